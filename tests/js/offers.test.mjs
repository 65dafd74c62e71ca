// Offers (concrete help, such as mock interviews or sponsorship) are read from a mentee's words
// like goals, and every filter-only list (industry, meeting mode, years, alumni) narrows results.

import assert from "node:assert/strict";
import { test } from "node:test";

import { index, SEED, stem, wholeMatcher } from "./fixture.mjs";

const matcher = await wholeMatcher();
const ids = (results) => results.map((result) => result.id);
const rank = (query, filters = {}) => matcher.rank(query, { accepting: false, ...filters }, { seed: SEED });
const kinds = (query) => matcher.read(query).intents.map((intent) =>
  `${intent.kind}:${intent.concepts.map((concept) => concept.entry).join("|")}`);

test("offers in a mentee's own words", () => {
  assert.deepEqual(kinds("I need someone to refer me"), ["offers:referrals"]);
  assert.deepEqual(kinds("practice interviews"), ["offers:mock-interviews"]);
  assert.deepEqual(ids(rank("someone to refer me").all), ["lee"]);
  const mock = rank("practice interviews").all[0];
  assert.deepEqual([mock.id, mock.reasons.offers], ["lee",
    [{ label: "Mock interviews", typed: "practice interviews", corrected: false }]]);
});

test("an offer that is part of a goal is found through either (a CV review is job-search help)", () => {
  assert.deepEqual(kinds("mock interview"), ["goals:job-search|mock-interviews"]); // one intent
  assert.deepEqual(kinds("CV review"), ["goals:job-search|cv-review"]);
});

test("a sponsor is found through the offer and the goal alike", () => {
  assert.deepEqual(kinds("sponsor"), ["goals:visibility-sponsorship|sponsorship"]); // one intent
  assert.deepEqual(ids(rank("find a sponsor").all), ["sam"]);
});

test("filter-only lists name no intent, and filter by any of the chosen ids", () => {
  assert.deepEqual(kinds("healthcare"), []);
  assert.deepEqual(ids(rank("", { industries: ["healthcare"] }).all), ["sam"]);
  assert.deepEqual(ids(rank("", { meeting_modes: ["in-person"] }).all), ["ines"]);
  assert.deepEqual(ids(rank("", { years: ["10-to-19"] }).all), ["sam"]);
  assert.deepEqual(ids(rank("", { alumni: ["alumni"] }).all), ["sam"]);
  assert.deepEqual(ids(rank("", { offers: ["referrals", "sponsorship"] }).all).sort(), ["lee", "sam"]);
});
