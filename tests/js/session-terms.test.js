// node --test: reading a directory query against the sessions index.
import { test } from "node:test";
import assert from "node:assert/strict";

import { asked, readIndex, sameWord, sessionsFor, words } from "../../theme/assets/mentor-directory/session-terms.js";

const INDEX = {
  version: 1,
  terms: [
    ["goal", "career-change", ["Changing careers", "career-change", "career change", "switch careers into tech", "pivot"]],
    ["goal", "returning-to-work", ["Returning after a break", "career break"]],
    ["skill", "csharp", ["C#", "csharp"]],
  ],
  sessions: [
    { id: "changers", goals: ["career-change"], skills: [] },
    { id: "returners", goals: ["returning-to-work"], skills: [] },
    { id: "dotnet", goals: ["technical-growth"], skills: ["csharp"] },
  ],
};

test("words are lowercase runs of letters, digits, # and +", () => {
  assert.deepEqual(words("Circle for CAREER-changers, C# & C++!"), ["circle", "for", "career", "changers", "c#", "c++"]);
  assert.deepEqual(words("Ｃａｒｅｅｒ  Ängste"), ["career", "ängste"]);
});

test("a typed word may add a short ending to a long enough word", () => {
  assert.ok(sameWord("changers", "change"));
  assert.ok(sameWord("careers", "career"));
  assert.ok(!sameWord("changeovers", "change"));
  assert.ok(!sameWord("gopher", "go"));
});

test("a query names goals and skills by any of their phrases, words in order", () => {
  const read = readIndex(INDEX);
  assert.deepEqual([...asked("circle for career changers", read.terms).goals], ["career-change"]);
  assert.deepEqual([...asked("changers career", read.terms).goals], []);
  assert.deepEqual([...asked("after my career break", read.terms).goals], ["returning-to-work"]);
  assert.deepEqual([...asked("c# meetups", read.terms).skills], ["csharp"]);
  assert.deepEqual([...asked("c", read.terms).skills], []);
});

test("sessions for a search, or for goals and skills ticked in the directory", () => {
  const read = readIndex(INDEX);
  const ids = (state) => sessionsFor(read, state).map((session) => session.id);
  assert.deepEqual(ids({ search: "circle for career changers" }), ["changers"]);
  assert.deepEqual(ids({ search: "", goals: ["returning-to-work"], skills: ["csharp"] }), ["returners", "dotnet"]);
  assert.deepEqual(ids({ search: "kubernetes" }), []);
});

test("another index version is refused, not misread", () => {
  assert.throws(() => readIndex({ ...INDEX, version: 2 }), /sessions index version 2; this script reads 1/);
});
