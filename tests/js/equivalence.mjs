// Ranks queries twice over a split match index and prints what differs: with every chunk loaded
// (the whole index), and with a fresh matcher per query that fetches only what `prepare` asks
// for. Run by tests/test_index.py: node tests/js/equivalence.mjs <index folder> < queries.json,
// where queries.json is [[query, filters], ...]; prints {compared, differences, fetched, files}.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { createMatcher } from "../../theme/assets/mentor-directory/match.js";
import { SEED, stem } from "./fixture.mjs";

const folder = process.argv[2];
const core = JSON.parse(readFileSync(join(folder, "match-index.json"), "utf8"));
const queries = JSON.parse(readFileSync(0, "utf8"));

function matcher(fetched) {
  return createMatcher(core, { stem, load: async (path) => {
    fetched.add(path);
    return JSON.parse(readFileSync(join(folder, path), "utf8"));
  } });
}

/** Everything a mentee sees of a ranking: both groups in order with scores and reasons, what
 *  was understood, and the words left for names. */
async function seen(match, query, filters) {
  const options = { seed: SEED, preferredLanguages: ["es"] };
  const ranking = match.rank(query, filters, options);
  await match.loadRows([...ranking.all, ...ranking.part]);
  return JSON.stringify({ all: ranking.all, part: ranking.part, understood: ranking.understood,
    words: ranking.words });
}

const whole = matcher(new Set());
await whole.loadAll();
const differences = [];
let fetched = 0;
for (const [query, filters] of queries) {
  const loaded = new Set();
  const chunked = matcher(loaded);
  try {
    await chunked.prepare(query, filters);
    const ranked = await seen(chunked, query, filters);
    if (ranked !== await seen(whole, query, filters)) differences.push([query, filters, "differs"]);
  } catch (error) {
    differences.push([query, filters, String(error)]);
  }
  fetched += loaded.size;
}
const files = (dir) => readdirSync(dir).reduce((count, name) =>
  count + (statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : 1), 0);
console.log(JSON.stringify({ compared: queries.length, differences, fetched, files: files(folder) - 1 }));
