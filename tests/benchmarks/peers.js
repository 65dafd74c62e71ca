// The search libraries a site author could put on the directory instead of ours, each set up the
// way its own documentation shows, over the same documents and field boosts (peers.py says which).
// The libraries are passed in, so that Chromium (loadPeers) and Node (peers.test.js) load them
// each their own way. Every search returns the ids of all the documents it finds, best first.

/** lunr.js: its default pipeline (trimmer, stop words, stemmer), boosted fields, the query as typed. */
export function lunrSearch(lunr, documents, boosts) {
  const index = lunr(function build() {
    this.ref("id");
    for (const [field, boost] of Object.entries(boosts)) this.field(field, { boost });
    for (const document of documents) this.add(document);
  });
  return (query) => index.search(query).map((result) => result.ref); // throws on lunr's query syntax
}

/** Fuse.js: weighted keys; token search for queries of several words; a match counts anywhere. */
export function fuseSearch(Fuse, documents, boosts) {
  const fuse = new Fuse(documents, {
    keys: Object.entries(boosts).map(([name, weight]) => ({ name, weight })),
    useTokenSearch: true, // each word fuzzy-matched on its own, rare words weighted higher
    ignoreLocation: true, // bios are long: by default only the first 60 characters would count
  });
  return (query) => fuse.search(query).map((result) => result.item.id);
}

/** MiniSearch: boosted fields, fuzzy matching (0.2 of a term's length) and prefix search. */
export function miniSearchSearch(MiniSearch, documents, boosts) {
  const index = new MiniSearch({
    fields: Object.keys(boosts),
    searchOptions: { boost: boosts, fuzzy: 0.2, prefix: true },
  });
  index.addAll(documents);
  return (query) => index.search(query).map((result) => result.id);
}

/** Orama: string fields, English stemming, one typo tolerated per word, boosted fields. */
export async function oramaSearch({ create, insertMultiple, search }, documents, boosts) {
  const db = create({
    schema: Object.fromEntries(Object.keys(boosts).map((field) => [field, "string"])),
    components: { tokenizer: { stemming: true } },
  });
  await insertMultiple(db, documents);
  return async (query) => {
    const found = await search(db, { term: query, tolerance: 1, boost: boosts, limit: documents.length });
    return found.hits.map((hit) => hit.id);
  };
}

/** Runs a UMD build from a script element, takes the global it defines, puts back what was there. */
function scriptGlobal(url, name) {
  return new Promise((resolve, reject) => {
    const had = Object.hasOwn(window, name);
    const before = window[name];
    const script = document.createElement("script");
    script.src = url;
    script.onload = () => {
      const library = window[name];
      if (had) window[name] = before;
      else delete window[name];
      script.remove();
      if (library) resolve(library);
      else reject(new Error(`${url} defined no ${name}`));
    };
    script.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.append(script);
  });
}

const esmDefault = async (url) => (await import(url)).default;

const SETUP = {
  lunr: { load: (url) => scriptGlobal(url, "lunr"), build: lunrSearch },
  fuse: { load: esmDefault, build: fuseSearch },
  minisearch: { load: esmDefault, build: miniSearchSearch },
  orama: { load: (url) => import(url), build: oramaSearch },
};

/**
 * In the page: loads each library and the documents (paths relative to the site's `root` URL);
 * resolves to a search function per library.
 */
export async function loadPeers({ root, documents, boosts, libraries }) {
  const response = await fetch(new URL(documents, root));
  if (!response.ok) throw new Error(`${documents}: ${response.status}`);
  const indexed = await response.json();
  const searches = {};
  for (const [name, path] of Object.entries(libraries)) {
    if (!Object.hasOwn(SETUP, name)) throw new Error(`peers.js cannot set up the library "${name}"`);
    const library = await SETUP[name].load(new URL(path, root).href);
    searches[name] = await SETUP[name].build(library, indexed, boosts);
  }
  return searches;
}
