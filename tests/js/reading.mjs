// What a site in another language reads in queries: run by tests/test_reading.py as
// node tests/js/reading.mjs <index folder> <stemmers module> < queries.json; prints, per query,
// its intents as "kind:entry|entry".

import { readFileSync } from "node:fs";
import { join } from "node:path";

import { createMatcher } from "../../theme/assets/mentor-directory/match.js";
import { combineStemmers } from "../../theme/assets/mentor-directory/text.js";

const [folder, stemmers] = process.argv.slice(2);
const core = JSON.parse(readFileSync(join(folder, "match-index.json"), "utf8"));
const stem = combineStemmers((await import(stemmers)).default);
const matcher = createMatcher(core, { stem, load: async (path) => JSON.parse(readFileSync(join(folder, path), "utf8")) });
await matcher.loadAll();
const queries = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(queries.map((query) => matcher.read(query).intents
  .map((intent) => `${intent.kind}:${intent.concepts.map((concept) => concept.entry).join("|")}`))));
