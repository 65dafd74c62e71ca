// What the Node tests share: the match index built from tests/search_fixture.py, lunr's stemmer
// (the one the page loads) and the text rules' fixture strings.

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const lunr = require("../../theme/assets/mentor-directory/vendor/lunr/lunr.min.js");
const data = (name) => JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), "utf8"));

export const index = data("match-index.json");
export const normaliser = data("normaliser.json");
export const stem = (word) => lunr.stemmer(new lunr.Token(word)).toString();
export const SEED = "2026-1-1";
