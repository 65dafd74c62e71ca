import assert from "node:assert/strict";
import { test } from "node:test";

import { index, stem, wholeMatcher } from "./fixture.mjs";

const matcher = await wholeMatcher();

/** The intents of a query as "kind:entry|entry (how)", and its leftover words. */
function read(query) {
  const { intents, words } = matcher.read(query);
  return [intents.map((intent) => `${intent.kind}:${intent.concepts.map((c) => c.entry).join("|")}`
    + (intent.how === "exact" ? "" : ` (${intent.how})`)), words];
}

test("lived experience in people's own words, never from anything else", () => {
  assert.deepEqual(read("woman mentor")[0], ["experiences:women"]);
  assert.deepEqual(read("women in tech")[0], ["experiences:women"]);
  assert.deepEqual(read("queer")[0], ["experiences:lgbtqia"]);
  assert.deepEqual(read("first gen")[0], ["experiences:first-generation"]);
  assert.deepEqual(read("working mom")[0], ["experiences:women", "experiences:parent-carer"]);
  assert.deepEqual(read("latina developer")[0], ["experiences:women", "experiences:racial-ethnic-minority"]);
  assert.deepEqual(read("dad")[0], ["experiences:parent-carer"]);
  assert.deepEqual(read("self-taught")[0], ["experiences:non-traditional-path"]);
  assert.deepEqual(read("neurodivergent woman of colour")[0],
    ["experiences:neurodivergent", "experiences:women", "experiences:racial-ethnic-minority"]);
});

test("whole sentences: filler and generic words fall away, the asks remain", () => {
  assert.deepEqual(read("I was a nurse for 8 years and want to move into tech"),
    [["goals:career-change"], ["nurse", "8", "years"]]);
  assert.deepEqual(read("senior dev wondering how to reach staff level")[0],
    ["stages:senior", "goals:staff-plus"]);
  assert.deepEqual(read("I'm looking for someone who can help me with python")[0], ["skills:python"]);
});

test("skills in the mentee's description of themself are what they have, not what they ask", () => {
  assert.deepEqual(read("I'm a senior python developer and want to reach staff level")[0],
    ["stages:senior", "goals:staff-plus"]);
  assert.deepEqual(read("as a python developer, how do I negotiate my salary")[0], ["goals:negotiation"]);
  assert.ok(read("I'm learning python")[0].includes("skills:python"));
  assert.ok(["stages:student", "skills:python"].every((one) => read("I'm a student learning python")[0]
    .includes(one)));
  assert.deepEqual(read("single dad, machine learning engineer in a bank")[0], ["experiences:parent-carer",
    "skills:machine-learning"]);
  assert.deepEqual(read("how do I negotiate my salary, I mostly do python")[0], ["goals:negotiation"]);
  assert.deepEqual(read("I know python and react, how do I negotiate my salary")[0], ["goals:negotiation"]);
  assert.ok(read("I know python and want to learn react")[0].includes("skills:react"));
  // A query may open with who the mentee is, up to a word for a person, before it asks.
  assert.deepEqual(read("non-binary python dev, want a mentor who gets it")[0], ["experiences:gender-diverse"]);
  assert.deepEqual(read("python developer looking for help with python testing")[0].slice(0, 1), ["skills:python"]);
});

test("a generic word before a word for a person says who they are", () => {
  assert.deepEqual(read("mentor for senior python devs")[0], ["stages:senior", "skills:python"]);
  assert.deepEqual(read("senior")[0], ["stages:senior"]);
  assert.deepEqual(read("python for seniors in tech")[0], ["skills:python"]);
});

test("a phrase read in any order does not reach across a request word", () => {
  assert.deepEqual(read("first gen mentor helping students")[0], ["experiences:first-generation",
    "stages:student"]);
});

test("paraphrased goals", () => {
  assert.deepEqual(read("how do I ask for a raise")[0], ["goals:negotiation"]);
  assert.deepEqual(read("re-entering the workforce")[0], ["goals:returning-to-work"]);
  assert.deepEqual(read("I feel like a fraud at work")[0], ["goals:confidence"]);
  assert.deepEqual(read("meeting people in the industry")[0], ["goals:networking"]);
  assert.deepEqual(read("negotiating my salary")[0], ["goals:negotiation"]);
});

test("typos in phrases of generic words, read word for word", () => {
  assert.deepEqual(read("becoming a mnager")[0], ["goals:management (typo)"]);
  assert.deepEqual(read("black software engineer")[0], ["experiences:racial-ethnic-minority"]);
});

test("typos in every word of a phrase", () => {
  assert.deepEqual(read("machin lerning")[0], ["skills:machine-learning (typo)"]);
  assert.deepEqual(read("Sytem Desing")[0], ["skills:system-design (typo)"]);
  assert.deepEqual(read("carreer chnage")[0], ["goals:career-change (typo)"]);
  assert.deepEqual(read("kubernets")[0], ["skills:kubernetes (typo)"]);
});

test("everyday words are not typos, and skill aliases that are everyday words need a skill beside them", () => {
  assert.deepEqual(read("nurse on night shifts")[0], []);
  assert.deepEqual(read("go into management")[0], ["goals:management"]);
  assert.deepEqual(read("go developer")[0], ["skills:go"]);
  assert.deepEqual(read("python and go")[0], ["skills:python", "skills:go"]);
  assert.deepEqual(read("kubernetes with go")[0], ["skills:kubernetes", "skills:go"]);
  assert.deepEqual(read("golang")[0], ["skills:go"]);
  // Another form of such a word is as everyday: "going" is not Go.
  assert.deepEqual(read("going to a conference")[0], ["goals:networking"]);
});

test("a level the mentee aims for is the goal's, not who they are", () => {
  assert.deepEqual(read("promotion to senior engineer")[0], ["goals:promotion-readiness"]);
  assert.deepEqual(read("senior engineer wanting a promotion")[0], ["stages:senior", "goals:promotion-readiness"]);
});

test("a phrase read in any order is read from words close together", () => {
  // "meet people" is a networking phrase, but not across a sentence.
  assert.deepEqual(read("people keep asking me to stop bringing snacks to meetings")[0], []);
  assert.deepEqual(read("negotiating my salary")[0], ["goals:negotiation"]);
});

test("what the mentee turns down beside what they ask for is not asked", () => {
  assert.deepEqual(read("I want to reach staff level without becoming a manager")[0], ["goals:staff-plus"]);
  // A problem the mentee wants to avoid is still their ask.
  assert.deepEqual(read("not burning out")[0], ["goals:work-life-boundaries"]);
});

test("asks joined by 'or' or 'vs' are one: a mentor for either meets it", () => {
  assert.deepEqual(read("staff engineer vs becoming a manager")[0], ["goals:staff-plus|management"]);
  assert.deepEqual(read("react or python")[0], ["skills:react|python"]);
  assert.deepEqual(read("react and python")[0], ["skills:react", "skills:python"]);
});

test("someone the mentee speaks of is not who they are, nor an ask", () => {
  assert.deepEqual(read("my team lead wants me to get promoted")[0], ["goals:promotion-readiness"]);
  assert.deepEqual(read("I'm a team lead")[0], ["stages:lead"]);
  assert.deepEqual(read("our director")[0], []);
  // The mentee's parents make them no parent; their kids and their disability are theirs.
  assert.deepEqual(read("grew up poor, now out-earning my parents")[0], ["experiences:low-income-background"]);
  assert.deepEqual(read("raising my kids")[0], ["experiences:parent-carer"]);
  assert.deepEqual(read("my disability")[0], ["experiences:disabled"]);
  // Words for a time of their life, not for a person: the mentee's own.
  assert.deepEqual(read("in my final year at college.")[0], ["stages:student"]);
  assert.deepEqual(read("director")[0], ["stages:director-executive"]);
});

test("who the mentee says they are is a stage before a longer phrase", () => {
  assert.deepEqual(read("I'm a tech lead and want to reach principal engineer")[0],
    ["stages:lead", "goals:staff-plus"]);
});

test("a move between fields is a change of careers; the field left is not asked", () => {
  assert.deepEqual(read("shifting from accounting to tech")[0], ["goals:career-change"]);
  assert.deepEqual(read("switching from angular to react")[0], ["skills:react"]); // one field
  assert.deepEqual(read("moved from support to dev last year")[0], []); // done: background
  assert.ok(!read("moving from developer to engineering manager")[0].includes("goals:career-change"));
});

test("the lived experience asked of the mentor is the mentor's path, not the mentee's goal", () => {
  // "got into tech" alone would be getting started, "came back to tech" returning to work.
  assert.deepEqual(read("a mentor who also got into tech later in life")[0], ["experiences:later-career-start"]);
  assert.deepEqual(read("a mentor who came back to tech after a career break")[0], ["experiences:career-break"]);
  // What the mentee asks after "me" is theirs; without an experience, the mentor's help is asked.
  assert.deepEqual(read("someone who is a mom and can help me negotiate my salary")[0],
    ["experiences:women", "experiences:parent-carer", "goals:negotiation"]);
  assert.deepEqual(read("someone who helps with salary negotiation")[0], ["goals:negotiation"]);
});

test("a misspelling reads as its correct spelling, also of generic words and shared phrases", () => {
  const plain = (query) => read(query)[0].map((intent) => intent.replace(" (typo)", ""));
  assert.deepEqual(plain("dificult feedback from my maneger"), plain("difficult feedback from my manager"));
  assert.deepEqual(plain("sinlge mom going back to wrok"), plain("single mom going back to work"));
  assert.deepEqual(plain("sinlge mom"), ["experiences:women", "experiences:parent-carer"]);
});

test("one word typed in two and a letter off is that word", () => {
  assert.deepEqual(read("kuber nets")[0], ["skills:kubernetes (typo)"]);
  assert.deepEqual(read("pyth onn")[0], ["skills:python (typo)"]);
});

test("a skill named with a goal's own word asks for both", () => {
  assert.deepEqual(read("kubernetes certification")[0], ["skills:kubernetes-certification", "goals:certifications"]);
  assert.deepEqual(read("kubernetes certifcation prep")[0],
    ["skills:kubernetes-certification (typo)", "goals:certifications (typo)"]);
});

test("an everyday word that names a skill is the skill right after a word for learning", () => {
  assert.deepEqual(read("I want to learn go")[0], ["skills:go"]);
  assert.deepEqual(read("how to go into management")[0], ["goals:management"]);
});

test("a country is not a typo of its language", () => {
  assert.deepEqual(read("moved to korea last year")[0], []);
  assert.deepEqual(read("koreen speaking mentor")[0], ["languages:ko (typo)"]);
});

test("stages, formats and languages where typed", () => {
  assert.deepEqual(read("career changer")[0], ["stages:career-changer"]);
  assert.deepEqual(read("career change")[0], ["goals:career-change"]);
  assert.deepEqual(read("mentoring circle")[0], ["formats:circle"]);
  // "1:1" is two numbers, read word for word: "11" is another number.
  assert.deepEqual(read("1:1 mentoring")[0], ["formats:one-on-one"]);
  assert.ok(!read("answering messages at 11 at night")[0].includes("formats:one-on-one"));
  assert.deepEqual(read("Spanish-speaking python mentor")[0], ["languages:es", "skills:python"]);
  assert.deepEqual(read("returning after parental leave")[0], ["goals:returning-to-work"]);
});

test("unfinished last words complete, and names are searched, not corrected", () => {
  assert.deepEqual(read("kubern")[0], ["skills:kubernetes (prefix)"]);
  assert.deepEqual(read("react nat")[0], ["skills:react-native (prefix)"]); // Rosa: React
  // Once a space or a full stop follows it, the last word is whole.
  assert.deepEqual(read("kubern.")[0], []);
  assert.deepEqual(read("react nat ")[0], ["skills:react"]);
  assert.deepEqual(read("negotiating my sal")[0], ["goals:negotiation"]);
  // A word of the lists at the end completes only to a skill's name: "switch" is not "switch
  // careers", "college" not "college dropout".
  assert.deepEqual(read("guide me through the switch")[0], []);
  assert.deepEqual(read("in my final year at college")[0], ["stages:student"]);
  // The last word is unfinished inside one word of a name, not across two: "systemd" is no
  // unfinished "system design".
  assert.deepEqual(read("system des")[0], ["skills:system-design (prefix)"]);
  assert.deepEqual(read("systemd")[0], []);
  assert.deepEqual(read("Rosa"), [[], ["rosa"]]);
  assert.deepEqual(read("platform"), [[], ["platform"]]);
});
