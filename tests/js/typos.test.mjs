import assert from "node:assert/strict";
import { test } from "node:test";

import { createSpeller, editDistance } from "../../theme/assets/mentor-directory/typos.js";

test("edit distance counts a swap of neighbours as one edit and stops past the maximum", () => {
  assert.equal(editDistance("desing", "design", 2), 1);
  assert.equal(editDistance("kubernets", "kubernetes", 2), 1);
  assert.equal(editDistance("pyhton", "python", 1), 1);
  assert.equal(editDistance("abc", "xyz", 1), 2);
  assert.equal(editDistance("short", "much longer", 2), 3);
});

test("the speller corrects to the closest vocabulary words, never an everyday word", () => {
  const typo = (length) => (length >= 8 ? 2 : length >= 4 ? 1 : 0);
  const corrections = createSpeller(["learning", "machine", "swift", "react", "career"], typo, () => ["shift", "reach"]);
  assert.deepEqual(corrections("lerning"), ["learning"]);
  assert.deepEqual(corrections("machin"), ["machine"]);
  assert.deepEqual(corrections("carreer"), ["career"]);
  assert.deepEqual(corrections("shift"), []); // "night shift" is no Swift
  assert.deepEqual(corrections("reach"), []);
  assert.deepEqual(corrections("react"), []); // already a word of the vocabulary
  assert.deepEqual(corrections("rea"), []); // too short to guess
  assert.deepEqual(corrections("2024"), []);
});
