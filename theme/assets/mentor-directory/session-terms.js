// Which goals and skills a directory query asks for, and the upcoming sessions that serve them.
// Plain ES module, no DOM. The build (generator/session_index.py) writes the index it reads:
// the words people type for each goal and skill are shipped as written and split here, so the
// rule for reading a query and the rule for reading the index are the same function.

export const INDEX_VERSION = 1;

/** Lowercase words: letters, digits and the # and + of "C#" and "C++"; all else separates. */
export function words(text) {
  return text.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}_#+]+/u).filter(Boolean);
}

/** A typed word stands for a word of a phrase when it is that word, or that word with an ending
 *  ("changers" for "change") once the word is long enough for a prefix to mean something. */
export function sameWord(typed, word) {
  return typed === word || (word.length >= 4 && typed.startsWith(word) && typed.length - word.length <= 3);
}

function contains(typed, phrase) {
  for (let start = 0; start + phrase.length <= typed.length; start++) {
    if (phrase.every((word, n) => sameWord(typed[start + n], word))) return true;
  }
  return false;
}

/** Checks the index's version and splits its phrases once. */
export function readIndex(index) {
  if (!index || index.version !== INDEX_VERSION) {
    throw new Error(`sessions index version ${index?.version}; this script reads ${INDEX_VERSION}`);
  }
  return {
    sessions: index.sessions,
    terms: index.terms.map(([kind, id, phrases]) => ({ kind, id, phrases: phrases.map(words).filter((p) => p.length) })),
  };
}

/** The goal and skill ids a query names, by any of their words. */
export function asked(query, terms) {
  const typed = words(query);
  const found = { goals: new Set(), skills: new Set() };
  for (const { kind, id, phrases } of terms) {
    if (phrases.some((phrase) => contains(typed, phrase))) found[`${kind}s`].add(id);
  }
  return found;
}

/** Upcoming sessions for the goals and skills a search names or ticks, soonest first. */
export function sessionsFor(read, { search = "", goals = [], skills = [] } = {}) {
  const wanted = asked(search, read.terms);
  for (const goal of goals) wanted.goals.add(goal);
  for (const skill of skills) wanted.skills.add(skill);
  return read.sessions.filter((session) =>
    session.goals.some((goal) => wanted.goals.has(goal)) || session.skills.some((skill) => wanted.skills.has(skill)));
}
