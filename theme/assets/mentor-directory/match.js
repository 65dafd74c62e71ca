// The matcher: reads what a mentee typed into intents and ranks mentors for them. Plain ES
// module, no DOM. The build (generator/index.py) writes the index it reads: a core, which carries
// the layout of everything (an index of another version is refused), and chunks `prepare` fetches
// for a query; `rank` and `search` then answer from what is loaded, as with the whole index.

import { createChunks } from "./chunks.js";
import { createText } from "./text.js";
import { createSpeller } from "./typos.js";
import { createVocabulary } from "./vocabulary.js";
import { interpret } from "./intents.js";
import { createTextSearch } from "./textsearch.js";
import { createRanker } from "./rank.js";
import { reasons, understood } from "./explain.js";
import { lazyArray } from "./lazy-array.js";

export { overlapHours, today } from "./time.js";

/** The match index version this matcher reads (INDEX_VERSION in generator/index.py). */
export const INDEX_VERSION = 7;

/** Positions of a mentor row's fields, by name, as the index declares them. */
export function rowLayout(index) {
  return Object.fromEntries(index.format.row.map((name, position) => [name, position]));
}

/** Throws, with a message saying what to do, unless the index is one this matcher reads. */
export function checkFormat(index) {
  const version = index && index.format && index.format.version;
  if (version !== INDEX_VERSION) {
    throw new Error(`mentor directory: match-index.json is version ${version ?? "unknown"}, but `
      + `this page reads version ${INDEX_VERSION}; rebuild the site so both come from one release`);
  }
}

/** A result's score from its sort key (rank.js): intents met by what was asked count 1, met
 *  through a near covering skill 3/4, through another related skill 1/2; a name or headline up
 *  to 1/2. */
function score(key) {
  const covered = (key >> 10) % 32;
  const closeness = (key >> 4) % 64; // twice those met by what was asked, once through a near skill
  return Math.round(((covered + closeness / 2) / 2 + (key % 16) / 18) * 1000) / 1000;
}

/** One result: the mentor, its score and group, and why it matches (worked out when read). */
class Result {
  #context;
  #why = null;

  constructor(position, score, matchesAll, context) {
    this.position = position;
    this.score = score;
    this.matchesAll = matchesAll;
    this.#context = context;
  }

  /** The mentor's card row: `loadRows` first. */
  get row() {
    return this.#context.chunks.row(this.position);
  }

  get id() {
    return this.row[this.#context.vocabulary.row.id];
  }

  get reasons() {
    this.#why ??= reasons(this.row, this.position, this.#context);
    return this.#why;
  }

  toJSON() {
    return { id: this.id, score: this.score, matchesAll: this.matchesAll, reasons: this.reasons };
  }
}

/**
 * Builds a matcher over the core of a match index; `load(path)` resolves to the JSON of a chunk
 * at a path relative to the core. `stem` is the site's stemmer (text.js combineStemmers over
 * the modules the build writes from the same Snowball algorithms as generator/text.py).
 */
export function createMatcher(index, { stem = (word) => word, load } = {}) {
  checkFormat(index);
  const text = createText(index.text, stem);
  const vocabulary = createVocabulary(index, text);
  const chunks = createChunks(index, load);
  const textSearch = createTextSearch(chunks, index.format.words.weights);
  const corrections = createSpeller(() => vocabulary.vocabulary, text.typoDistance, chunks.near);
  const ranker = createRanker(index, vocabulary, textSearch, chunks);
  const { row } = vocabulary;

  /** What a query asks for: its intents and leftover words. */
  function read(query) {
    return interpret(query || "", { text, vocabulary, corrections, isName: textSearch.isName });
  }

  /** Fetches what ranking a query under these filters reads: the chunks of its words (whether
   *  each is a name decides how it is read), then its intents' postings and its words' matches. */
  async function prepare(query = "", filters = {}) {
    const typed = text.tokens(query || "").map((token) => token.word);
    await Promise.all([chunks.loadWords(typed), typed.length ? chunks.loadNear() : null]);
    const reading = read(query);
    const { concepts, zones } = ranker.needs(reading, filters);
    await Promise.all([textSearch.load(reading.words), chunks.loadPostings(concepts),
      zones ? chunks.loadZones() : null]);
  }

  /**
   * Both groups for text and filters: {all, part, positions, understood, words}. `all` holds the
   * mentors who meet everything asked, `part` those who meet some of it, most of it first;
   * `positions` the mentors of each group, as positions, without making their results.
   */
  function rank(query = "", filters = {}, options = {}) {
    const reading = read(query);
    const ranking = ranker.rank(reading, filters, options);
    const context = { intents: ranking.intents, vocabulary, index, chunks, overlaps: ranking.overlaps,
      hits: ranking.hits, preferred: new Set(filters.languages && filters.languages.length
        ? filters.languages : options.preferredLanguages || []) };
    let all = null; // each group is made when first read (search() reads one), and each
    let part = null; // of its results when read: a page shows a few of 100,000 mentors
    const results = (group, matchesAll) => lazyArray(group.positions.length, (at) =>
      new Result(group.positions[at], score(group.keys[at]), matchesAll, context));
    return {
      get all() { return (all ??= results(ranking.all, true)); },
      get part() { return (part ??= results(ranking.part, false)); },
      positions: { all: ranking.all.positions, part: ranking.part.positions },
      understood: understood(ranking.intents, ranking.counts),
      words: reading.words,
    };
  }

  return {
    read,
    prepare,
    rank,
    /** The mentors a mentee would contact first: those who meet everything asked or, when
     *  nobody does, those who meet part of it; each says which (`matchesAll`). */
    search(query, filters, options) {
      const { all, part } = rank(query, filters, options);
      return all.length ? all : part;
    },
    /** Fetches the card rows of these results (those a page shows). */
    loadRows: (results) => chunks.loadRows(results.map((result) => result.position)),
    /** Fetches the whole index: what counting every option under any search reads. */
    loadAll: () => chunks.loadAll(),
    loadAllPostings: () => chunks.loadAllPostings(),
    postings: (concept) => chunks.postings(concept.id),
    layout: row,
    vocabulary,
  };
}
