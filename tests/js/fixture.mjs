// What the Node tests share: the match index built from tests/search_fixture.py (its core, and a
// matcher with every chunk loaded), lunr's stemmer (the one the page loads) and the text rules'
// fixture strings.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import { createMatcher } from "../../theme/assets/mentor-directory/match.js";

const require = createRequire(import.meta.url);
const lunr = require("../../theme/assets/mentor-directory/vendor/lunr/lunr.min.js");
const data = (name) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));

export const index = data("match-index/match-index.json");
export const normaliser = data("normaliser.json");
export const stem = (word) => lunr.stemmer(new lunr.Token(word)).toString();
export const SEED = "2026-1-1";

/** Chunks of an index in a folder, as the page fetches them beside the core. */
export const loader = (folder) => async (path) => JSON.parse(readFileSync(new URL(path, folder), "utf8"));

/** A matcher over the fixture index with every chunk loaded, as with the whole index. */
export async function wholeMatcher() {
  const matcher = createMatcher(index, { stem, load: loader(new URL("../data/match-index/", import.meta.url)) });
  await matcher.loadAll();
  return matcher;
}
