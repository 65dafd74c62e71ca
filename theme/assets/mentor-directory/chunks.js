// The parts of the match index beyond its core, fetched when a query needs them and kept: who
// lists each entry (postings), the words of names and headlines, card rows in pages, and zones.
// Their layout is the core's `format` (generator/index.py writes both).

/** Ascending positions from the gaps between them. */
export function fromGaps(gaps) {
  const positions = new Int32Array(gaps.length);
  let at = 0;
  gaps.forEach((gap, i) => { positions[i] = (at += gap); });
  return positions;
}

/** The words chunk of a word: FNV-1a over the code points of its first `prefix` letters, as
 *  bucket() in generator/index.py computes it, so the words it begins share its chunk. */
export function bucket(word, prefix, buckets) {
  let hash = 2166136261;
  for (const char of [...word].slice(0, prefix)) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash % buckets;
}

/** One bit per mentor from the core's base64 bit sets. */
function bits(written, size) {
  const set = new Uint8Array(size);
  const bytes = atob(written);
  for (let position = 0; position < size; position++) {
    set[position] = (bytes.charCodeAt(position >> 3) >> (position & 7)) & 1;
  }
  return set;
}

/**
 * The chunks of an index whose core is `core`; `load(path)` resolves to the JSON of a file at a
 * path relative to the core. `loadX(...)` fetch what is missing; the plain getters read what is
 * loaded and throw otherwise: a query is ranked only once what it needs is here.
 */
export function createChunks(core, load) {
  const { format } = core;
  const files = new Map(); // path -> data, once loaded
  const pending = new Map(); // path -> promise, while loading
  const decoded = new Map(); // concept -> positions
  const cardSize = format.cards.size;
  const { first } = format.postings;
  const words = format.words;
  const spelled = new Set(words.spelling.lengths);

  function fetchAll(paths) {
    return Promise.all([...new Set(paths)].filter((path) => !files.has(path)).map((path) => {
      if (!pending.has(path)) {
        pending.set(path, load(path).then((data) => {
          files.set(path, data);
          pending.delete(path);
        }, (error) => {
          pending.delete(path);
          throw error;
        }));
      }
      return pending.get(path);
    }));
  }

  function loaded(path) {
    if (!files.has(path)) throw new Error(`mentor directory: ${path} is needed but not loaded`);
    return files.get(path);
  }

  const chunkOf = (concept) => {
    let low = 0;
    let high = first.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (first[middle] <= concept) low = middle; else high = middle - 1;
    }
    return low;
  };
  const postingsPath = (concept) => format.postings.path.replace("{}", chunkOf(concept));
  const cardsPath = (position) => format.cards.path.replace("{}", Math.floor(position / cardSize));
  const wordsPath = (word) => words.path.replace("{}", bucket(word, words.prefix, words.buckets));
  const spellingPath = (length) => words.spelling.path.replace("{}", length);

  return {
    size: core.mentors,
    /** 1 for each mentor accepting mentees. */
    open: bits(core.open, core.mentors),
    /** Mentors per card page: equally good matches are shuffled a page at a time. */
    cardSize,
    /** The positions of the mentors who list a concept (by its number). */
    postings(concept) {
      if (!decoded.has(concept)) {
        decoded.set(concept, fromGaps(loaded(postingsPath(concept))[concept - first[chunkOf(concept)]]));
      }
      return decoded.get(concept);
    },
    loadPostings: (concepts) => fetchAll([...concepts].map(postingsPath)),
    loadAllPostings: () => fetchAll(first.map((_, n) => format.postings.path.replace("{}", n))),
    /** A mentor's card row (format.row). */
    row: (position) => loaded(cardsPath(position))[position % cardSize],
    loadRows: (positions) => fetchAll([...positions].map(cardsPath)),
    /** A word's mentors per weight of words.weights, highest (a name) first; null for none. */
    word(word) {
      const chunk = loaded(wordsPath(word));
      return Object.hasOwn(chunk, word) ? chunk[word] : null;
    },
    /** Every word in the chunk of `word`. */
    bucketWords: (word) => Object.keys(loaded(wordsPath(word))),
    loadWords: (list) => fetchAll(list.map(wordsPath)),
    /** The words of a length (of names, headlines and locations). */
    spelling: (length) => (spelled.has(length) ? loaded(spellingPath(length)) : []),
    loadSpelling: (lengths) => fetchAll(lengths.filter((length) => spelled.has(length)).map(spellingPath)),
    /** [zone, set of meeting windows] of each mentor, as two lists by position. */
    zones: () => loaded(format.zones),
    loadZones: () => fetchAll([format.zones]),
    /** Everyday words a typo of the vocabulary would look like: never corrected. */
    near: () => loaded(format.near),
    loadNear: () => fetchAll([format.near]),
    /** Everything: what a page that has the whole index would hold. */
    loadAll() {
      const positions = Array.from({ length: core.mentors }, (_, position) => position);
      return Promise.all([
        fetchAll(first.map((_, n) => format.postings.path.replace("{}", n))),
        fetchAll(positions.map(cardsPath)),
        fetchAll(Array.from({ length: words.buckets }, (_, n) => words.path.replace("{}", n))),
        fetchAll(words.spelling.lengths.map(spellingPath)),
        fetchAll([format.zones, format.near]),
      ]);
    },
  };
}
