// Times the matcher in Node as search.py times it in Chromium: each query once through prepare
// (which reads the chunks it needs from disk), then `repeats` rounds of search(query,
// {accepting: false}). Run by latency.py: node latency.mjs <index folder> <repeats> < queries.json
// (a list of query texts); prints [{query, ms, results}, ...].

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { createMatcher } from "../../theme/assets/mentor-directory/match.js";
import { combineStemmers } from "../../theme/assets/mentor-directory/text.js";
import stemmers from "../data/stemmers/stemmers-en.js"; // the corpus is an English site

const [folder, repeats] = process.argv.slice(2);
const queries = JSON.parse(readFileSync(0, "utf8"));
const read = (path) => JSON.parse(readFileSync(join(folder, path), "utf8"));
const matcher = createMatcher(read("match-index.json"),
  { stem: combineStemmers(stemmers), load: async (path) => read(path) });

for (const query of queries) await matcher.prepare(query, { accepting: false });
const times = [];
for (let round = 0; round < Number(repeats); round++) {
  for (const query of queries) {
    const started = performance.now();
    const results = matcher.search(query, { accepting: false });
    times.push({ query, ms: performance.now() - started, results: results.length });
  }
}
console.log(JSON.stringify(times));
