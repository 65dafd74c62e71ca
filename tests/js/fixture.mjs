// What the Node tests share: the match index built from tests/search_fixture.py (its core, and a
// matcher with every chunk loaded), the stemmers a site's pages load (tests/data/stemmers, as the
// build writes them) and the text rules' fixture strings.

import { readFileSync } from "node:fs";

import { createMatcher } from "../../theme/assets/mentor-directory/match.js";
import { combineStemmers } from "../../theme/assets/mentor-directory/text.js";
const data = (name) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));

export const index = data("match-index/match-index.json");
export const normaliser = data("normaliser.json");
/** The stemmer of a site in a language, as its pages make it ("pt" for a pt-BR site). */
export async function siteStemmer(language) {
  const stemmers = await import(`../data/stemmers/stemmers-${language}.js`);
  return combineStemmers(stemmers.default);
}
export const stem = await siteStemmer("en");
export const SEED = "2026-1-1";

/** Chunks of an index in a folder, as the page fetches them beside the core. */
export const loader = (folder) => async (path) => JSON.parse(readFileSync(new URL(path, folder), "utf8"));

/** A matcher over the fixture index with every chunk loaded, as with the whole index. */
export async function wholeMatcher() {
  const matcher = createMatcher(index, { stem, load: loader(new URL("../data/match-index/", import.meta.url)) });
  await matcher.loadAll();
  return matcher;
}
