// node --test: the scripts' messages in another language, from a catalogue as the build writes
// catalogue.js (generator/translation.py for_browser): a string per message, and per plural
// message its form for each of the language's plural categories.
import assert from "node:assert/strict";
import { test } from "node:test";

import catalogue, { formats } from "../../theme/assets/mentor-directory/catalogue.js";
import {
  _, formatList, ngettext, number, pieces, siteLanguage, useMessages,
} from "../../theme/assets/mentor-directory/messages.js";

const FRENCH = {
  "Overlap with my day ({zone})": "Chevauchement avec ma journée ({zone})",
  "{count} mentor matches.": {
    one: "{count} mentor correspond.",
    many: "{count} de mentors correspondent.",
    other: "{count} mentors correspondent.",
  },
};
const SPANISH = {
  "{count} mentor matches.": {
    one: "{count} mentor coincide.",
    many: "{count} de mentores coinciden.",
    other: "{count} mentores coinciden.",
  },
};
const NARROW = "\u202f"; // French groups thousands with a narrow no-break space

function inLanguage(found, language, check) {
  try {
    useMessages(found, language);
    check();
  } finally {
    useMessages(catalogue, formats);
  }
}

const matches = (count) => ngettext("{count} mentor matches.", "{count} mentors match.", count);

test("a message's translation, its placeholders filled in", () => {
  inLanguage(FRENCH, "fr", () => {
    assert.equal(_("Overlap with my day ({zone})", { zone: "Europe/Paris" }),
      "Chevauchement avec ma journée (Europe/Paris)");
    assert.equal(_("Overlap with my day ({zone})"), "Chevauchement avec ma journée ({zone})");
  });
});

test("the plural form the language's rules give, the count written as the language writes numbers", () => {
  inLanguage(FRENCH, "fr", () => {
    assert.deepEqual([0, 1, 2, 1234, 1000000].map(matches), [
      "0 mentor correspond.", "1 mentor correspond.", "2 mentors correspondent.",
      `1${NARROW}234 mentors correspondent.`, `1${NARROW}000${NARROW}000 de mentors correspondent.`]);
  });
  inLanguage(SPANISH, "es", () => {
    assert.deepEqual([0, 1, 2, 1234, 1000000].map(matches), [
      "0 mentores coinciden.", "1 mentor coincide.", "2 mentores coinciden.", "1234 mentores coinciden.",
      "1.000.000 de mentores coinciden."]);
  });
});

test("a message without a translation is the English, in its English form for the count", () => {
  inLanguage(FRENCH, "fr", () => {
    assert.equal(_("Filters"), "Filters");
    // French calls 0 singular; the English it falls back on does not.
    assert.equal(ngettext("{count} upcoming session.", "{count} upcoming sessions.", 0), "0 upcoming sessions.");
    assert.equal(ngettext("{count} upcoming session.", "{count} upcoming sessions.", 1), "1 upcoming session.");
    assert.equal(number(1234.5), `1${NARROW}234,5`);
  });
});

test("as committed, English with the dates and numbers of en-GB, as the build's", () => {
  assert.equal(siteLanguage(), "en-GB");
  assert.deepEqual([1, 1500].map(matches), ["1 mentor matches.", "1,500 mentors match."]);
  assert.equal(formatList(["Python", "Go", "Rust"]), "Python, Go and Rust");
  assert.equal(formatList(["Python", "Django"], "disjunction"), "Python or Django");
  assert.equal(formatList(["Python", "Go", "Rust"], "unit"), "Python, Go, Rust");
});

test("lists in the site's language", () => {
  inLanguage({}, "es", () => {
    assert.equal(formatList(["Python", "Go", "Rust"]), "Python, Go y Rust");
    assert.equal(formatList(["Python", "Django"], "disjunction"), "Python o Django");
  });
});

test("elements go where the translation puts their placeholders", () => {
  const any = { radio: "any" };
  const all = { radio: "all" };
  assert.deepEqual(pieces("Show mentors with {any} {all} of the chosen skills", { any, all }),
    ["Show mentors with ", any, " ", all, " of the chosen skills"]);
  assert.deepEqual(pieces("{all}{any} : compétences choisies", { any, all }), [all, any, " : compétences choisies"]);
});
