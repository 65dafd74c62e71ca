import assert from "node:assert/strict";
import { test } from "node:test";

import { index, SEED, stem, wholeMatcher } from "./fixture.mjs";

const matcher = await wholeMatcher();
const ids = (results) => results.map((result) => result.id);
const rank = (query, filters = {}) => matcher.rank(query, { accepting: false, ...filters }, { seed: SEED });

test("two groups: everything asked, then part of it; a misspelling gives the same results", () => {
  const right = rank("kubernetes career change");
  assert.deepEqual(ids(right.all), ["zed"]);
  assert.deepEqual(new Set(ids(right.part)), new Set(["kai", "ana"]));
  const typo = rank("kubernets career chnage");
  assert.deepEqual([ids(typo.all), ids(typo.part)], [ids(right.all), ids(right.part)]);
  assert.equal(right.all[0].matchesAll, true);
  assert.equal(right.part[0].matchesAll, false);
});

test("mentors who share more of the asked experiences rank first", () => {
  const { all, part } = rank("queer woman mentor");
  assert.deepEqual(ids(all), ["rosa"]);
  assert.deepEqual(new Set(ids(part)), new Set(["ana", "noor", "kai"]));
  const chosen = rank("", { experiences: ["women", "lgbtqia"] });
  assert.deepEqual([ids(chosen.all), ids(chosen.part).length], [["rosa"], 3]);
});

test("a related skill meets a skill in part, after those who list it", () => {
  const rails = rank("Rails");
  assert.deepEqual([ids(rails.all), ids(rails.part)], [["sam"], ["lee"]]);
  assert.equal(rails.part[0].reasons.skills[0].related, "Ruby on Rails");
  assert.deepEqual([ids(rank("ruby").all), ids(rank("ruby").part)], [["lee"], ["sam"]]);
});

test("when nobody lists a skill, what it is built on meets it", () => {
  assert.deepEqual([ids(rank("ASP.NET Core").all), ids(rank("ASP.NET Core").part)], [["dev"], []]);
  assert.equal(rank("ASP.NET Core").all[0].reasons.skills[0].related, "ASP.NET");
});

test("what a skill is built on is listed nearest first: the rest help as those further off", () => {
  const skill = (entry) => matcher.vocabulary.byKind.skills.find((concept) => concept.entry === entry);
  // Kubernetes operators are built on Kubernetes, and written in Go.
  assert.deepEqual(skill("kubernetes-operators").far, [skill("go")]);
  // Eloquent is built on Laravel, on PHP further off.
  assert.deepEqual(skill("eloquent-orm").far, [skill("php")]);
});

test("what an area is built on meets it only when nobody lists a skill within it either", () => {
  // Ana lists Django, a Python web framework; Noor lists Python only.
  const frameworks = rank("python web frameworks");
  assert.deepEqual([ids(frameworks.all), ids(frameworks.part)], [["ana"], ["noor"]]);
});

test("when nobody lists an area, the skills within it meet it", () => {
  const devops = rank("devops");
  assert.deepEqual([new Set(ids(devops.all)), ids(devops.part)], [new Set(["kai", "zed"]), []]);
  assert.equal(devops.all[0].reasons.skills[0].related, "DevOps");
});

test("a skill named beside what it is part of is one ask", () => {
  const entries = (query) => matcher.read(query).intents.map((intent) => intent.concepts.map((c) => c.entry));
  assert.deepEqual(entries("Rails and Ruby"), [["rails"]]);
  // An area named beside a skill within it, however far down: "DevOps with Kubernetes".
  assert.deepEqual(entries("devops with kubernetes"), [["kubernetes"]]);
  // Not one of several things a skill is built on: Kubernetes operators are built on Kubernetes
  // and written in Go, so "golang" asks for Go too (as "Android with Kotlin" does: not Java).
  assert.deepEqual(entries("kubernetes operators golang"), [["kubernetes-operators"], ["go"]]);
  assert.deepEqual([ids(rank("ruby rails").all), ids(rank("ruby rails").part)], [["sam"], ["lee"]]);
});

test("filters narrow both groups; only accepting mentors by default", () => {
  assert.equal(ids(matcher.rank("kubernetes", {}, { seed: SEED }).all).includes("zed"), false);
  assert.deepEqual(ids(rank("", { languages: ["pt"] }).all), ["ines"]);
  assert.deepEqual(ids(rank("python", { goals: ["returning-to-work"] }).all), ["noor"]);
  assert.deepEqual(ids(rank("", { skills: ["react", "typescript"], skillsMode: "all" }).all), ["rosa"]);
});

test("counts per intent say which part no mentor offers", () => {
  const { understood } = rank("machine learning negotiation");
  assert.deepEqual(understood.map(({ label, mentors }) => [label, mentors]),
    [["Machine learning", 1], ["Negotiation", 2]]);
});

test("ties are ordered by the day's seed, the same order for the same day", () => {
  const order = (seed) => ids(matcher.rank("", { accepting: false }, { seed }).all).join(" ");
  assert.equal(order("2026-1-1"), order("2026-1-1"));
  assert.ok(new Set(["2026-1-1", "2026-1-2", "2026-1-3", "2026-1-4"].map(order)).size > 1);
});

test("an area is covered by the skills within it and within its sub-areas, a skill by what it is built on", () => {
  const skill = (id) => matcher.vocabulary.byKind.skills.find((concept) => concept.entry === id);
  assert.ok(skill("mobile-development").covering.includes(skill("react-native"))); // via cross-platform
  assert.ok(skill("react-native").covering.includes(skill("react")));
  assert.ok(!skill("react").covering.includes(skill("react-native")));
  assert.ok(skill("react").related.includes(skill("react-native")));
});
