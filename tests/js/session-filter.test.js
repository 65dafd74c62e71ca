// node --test: which session cards the list page's filters keep.
import { test } from "node:test";
import assert from "node:assert/strict";

import { matches, readState } from "../../theme/assets/mentor-directory/session-filter.js";

const CARD = { kind: "circle", goals: "career-change job-search", languages: "en pt", places: "open" };
const FULL = { ...CARD, places: "none" };
const NONE = { kind: "", goal: "", language: "", places: "" };

test("no filter keeps every card", () => {
  assert.ok(matches(CARD, NONE));
  assert.ok(matches(FULL, NONE));
});

test("each filter narrows by its own attribute", () => {
  assert.ok(matches(CARD, { ...NONE, kind: "circle", goal: "job-search", language: "pt" }));
  assert.ok(!matches(CARD, { ...NONE, kind: "event" }));
  assert.ok(!matches(CARD, { ...NONE, goal: "career" }));
  assert.ok(!matches(CARD, { ...NONE, language: "es" }));
  assert.ok(matches(CARD, { ...NONE, places: "open" }));
  assert.ok(!matches(FULL, { ...NONE, places: "open" }));
});

test("the state comes from the address, unknown parameters ignored", () => {
  assert.deepEqual(readState("?kind=circle&places=open&x=1"), { ...NONE, kind: "circle", places: "open" });
});
