import assert from "node:assert/strict";
import { test } from "node:test";

import { createMatcher, INDEX_VERSION } from "../../theme/assets/mentor-directory/match.js";
import { index, SEED, stem, wholeMatcher } from "./fixture.mjs";

test("an index of another version is refused with a message saying what to do", () => {
  assert.throws(() => createMatcher({ ...index, format: { ...index.format, version: 1 } }, { stem }),
    /match-index.json is version 1, but this page reads version 7; rebuild the site/);
  assert.throws(() => createMatcher({ mentors: [] }, { stem }), /version unknown/);
  assert.equal(index.format.version, INDEX_VERSION);
});

test("search gives those who match everything or, when nobody does, those who match part", async () => {
  const matcher = await wholeMatcher();
  const search = (query) => matcher.search(query, { accepting: false }, { seed: SEED })
    .map((result) => [result.id, result.matchesAll]);
  assert.deepEqual(search("kubernetes career change"), [["zed", true]]);
  assert.deepEqual(search("react staff engineer").map(([, all]) => all), [false, false]);
});

test("reasons name what matched, what was typed and what is missing", async () => {
  const matcher = await wholeMatcher();
  const [kai] = matcher.rank("kubernets promotion queer", { timezone: "Europe/Paris", languages: ["en"] },
    { seed: SEED }).all;
  assert.equal(kai.id, "kai");
  assert.deepEqual(kai.reasons, {
    skills: [{ label: "Kubernetes", typed: "kubernets", corrected: true }],
    goals: [{ label: "Promotion readiness", typed: "promotion", corrected: false }],
    experiences: [{ label: "LGBTQIA+", typed: "queer", corrected: false }],
    offers: [], stages: [], formats: [], languages: ["English"], text: false, overlapHours: 12,
    missing: [],
  });
  const [rosa] = matcher.rank("react negotiation", { accepting: false }, { seed: SEED }).part
    .filter((result) => result.id === "rosa");
  assert.deepEqual(rosa.reasons.missing, ["Negotiation"]);
  assert.deepEqual(JSON.parse(JSON.stringify(rosa)).reasons.missing, ["Negotiation"]);
});
