// Each peer as peers.js sets it up, on three fictional documents: it ranks the boosted field first
// and forgives what its documentation says it forgives. Run: cd tests/benchmarks && npm test
import assert from "node:assert/strict";
import { test } from "node:test";

import * as orama from "@orama/orama";
import Fuse from "fuse.js";
import lunr from "lunr";
import MiniSearch from "minisearch";

import { fuseSearch, lunrSearch, miniSearchSearch, oramaSearch } from "./peers.js";

const BOOSTS = { name: 2, skills: 2, bio: 1 };
const DOCUMENTS = [
  { id: "bo", name: "Bo Example", skills: "React, TypeScript", bio: "Kubernetes is new to me, and I enjoy it." },
  { id: "ana", name: "Ana Example", skills: "Kubernetes, Go", bio: "I run platform teams." },
  { id: "cy", name: "Cy Example", skills: "Python", bio: "I teach data engineering." },
];

test("lunr.js finds stemmed words, the boosted field first, and throws on its query syntax", () => {
  const search = lunrSearch(lunr, DOCUMENTS, BOOSTS);
  assert.deepEqual(search("kubernetes"), ["ana", "bo"]);
  assert.deepEqual(search("teaching"), ["cy"]);
  assert.throws(() => search("python^"), lunr.QueryParseError);
});

test("Fuse.js forgives a typo in any word, anywhere in a long field", () => {
  const search = fuseSearch(Fuse, DOCUMENTS, BOOSTS);
  assert.deepEqual(search("kubernets").slice(0, 2), ["ana", "bo"]);
  assert.equal(search("pyhton data")[0], "cy");
});

test("MiniSearch forgives a typo and completes a prefix", () => {
  const search = miniSearchSearch(MiniSearch, DOCUMENTS, BOOSTS);
  assert.deepEqual(search("kubernets"), ["ana", "bo"]);
  assert.deepEqual(search("pyth"), ["cy"]);
});

test("Orama forgives one typo, stems and completes a prefix", async () => {
  const search = await oramaSearch(orama, DOCUMENTS, BOOSTS);
  assert.deepEqual(await search("kubernets"), ["ana", "bo"]);
  assert.deepEqual(await search("teaching"), ["cy"]);
  assert.deepEqual(await search("pyth"), ["cy"]);
});
