import assert from "node:assert/strict";
import { test } from "node:test";

import { createText, key, words } from "../../theme/assets/mentor-directory/text.js";
import { index, normaliser, siteStemmer, stem } from "./fixture.mjs";

test("the browser reads the shared fixture strings as generator/text.py does", async () => {
  for (const { text, language = "en", words: expected, key: expectedKey, stems } of normaliser.cases) {
    assert.deepEqual(words(text), expected, text);
    assert.equal(key(text), expectedKey, text);
    assert.deepEqual(expected.map(await siteStemmer(language.split("-")[0])), stems, text);
  }
});

test("the typo rule from the index is the recorded one", () => {
  const text = createText(index.text, stem);
  assert.deepEqual(normaliser.typo.map(([length]) => [length, text.typoDistance(length)]), normaliser.typo);
});

test("tokens say what kind of word each is", () => {
  const text = createText(index.text, stem);
  const [i, want, senior, kubernetes] = text.tokens("I want senior Kubernetes");
  assert.equal(i.stop, true);
  assert.equal(want.filler, true);
  assert.equal(senior.generic, true);
  assert.deepEqual([kubernetes.word, kubernetes.key, kubernetes.stem], ["kubernetes", "kubernetes", "kubernet"]);
});

test("an unfinished key completes a longer one from 3 characters and 40% of it", () => {
  const text = createText(index.text, stem);
  assert.equal(text.completes("kubern", "kubernetes"), true);
  assert.equal(text.completes("ku", "kubernetes"), false);
  assert.equal(text.completes("kub", "kubernetes"), false);
  assert.equal(text.completes("kubernetes", "kubernetes"), false);
});
