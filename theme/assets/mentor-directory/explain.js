// Explaining results: why a mentor matches (per card), and what a query was understood to ask.

import { _, formatList } from "./messages.js";

const KINDS = ["skills", "goals", "offers", "experiences", "languages", "stages", "formats"];

/**
 * Why a mentor (their card row, at a position) matches: per kind, the entries they list that meet what was
 * asked, with what was typed (`corrected` when read as a typo or an unfinished word; `related`
 * names the asked skill when the mentor has a broader or narrower one), and `missing`, the
 * intents they do not meet.
 */
export function reasons(mentor, position, { intents, vocabulary, index, overlaps, hits, preferred }) {
  const { row } = vocabulary;
  const found = Object.fromEntries(KINDS.map((kind) => [kind, []]));
  const missing = [];
  const listed = (concept) => mentor[row[concept.kind]].includes(concept.position);
  for (const intent of intents) {
    if (intent.kind === "text") continue;
    const corrected = intent.how === "typo" || intent.how === "prefix";
    const own = intent.concepts.filter(listed);
    for (const concept of own) {
      found[concept.kind].push({ label: concept.label, typed: intent.typed, corrected });
    }
    const related = own.length ? [] : intent.concepts.flatMap((concept) =>
      (concept.related || []).filter(listed).map((other) => ({ label: other.label, typed: intent.typed,
        corrected, related: concept.label })));
    found.skills.push(...related);
    if (!own.length && !related.length) missing.push(describe(intent));
  }
  const spoken = mentor[row.languages].map((n) => index.lists.languages[n]);
  const languages = [...new Set([
    ...spoken.filter(([code]) => preferred.has(code)).map(([, name]) => name),
    ...found.languages.map((language) => language.label)])];
  return {
    skills: found.skills, goals: found.goals, offers: found.offers, experiences: found.experiences,
    stages: found.stages, formats: found.formats, languages,
    text: hits.some((scores) => scores.has(position)),
    overlapHours: overlaps ? overlaps(mentor[row.zone], mentor[row.windows]) : null, missing,
  };
}

/** An intent in a few words: its entries' labels ("Kubernetes", "Python or Django"). */
export function describe(intent) {
  // Translators: words a visitor typed, quoted as your language quotes them.
  if (intent.kind === "text") return _("“{typed}”", { typed: intent.typed });
  return formatList(intent.concepts.map((concept) => concept.label), "disjunction");
}

/** What the query was understood to ask, one item per intent, with how many mentors meet it. */
export function understood(intents, counts) {
  return intents.map((intent, i) => ({ kind: intent.kind, label: describe(intent), mentors: counts[i],
    typed: intent.typed, corrected: intent.how === "typo" || intent.how === "prefix" }));
}
