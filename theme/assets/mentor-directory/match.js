// The matcher: reads what a mentee typed into intents and ranks mentors for them. Plain ES
// module, no DOM. The build (generator/index.py) writes the index it reads; the index carries its
// own layout, and an index of another version is refused.

import { createText } from "./text.js";
import { createSpeller } from "./typos.js";
import { createVocabulary } from "./vocabulary.js";
import { interpret } from "./intents.js";
import { createTextSearch } from "./textsearch.js";
import { createRanker } from "./rank.js";
import { reasons, understood } from "./explain.js";

export { overlapHours, today } from "./time.js";

/** The match index version this matcher reads (INDEX_VERSION in generator/index.py). */
export const INDEX_VERSION = 3;

/** Positions of a mentor row's fields, by name, as the index declares them. */
export function rowLayout(index) {
  return Object.fromEntries(index.format.row.map((name, position) => [name, position]));
}

/** Throws, with a message saying what to do, unless the index is one this matcher reads. */
export function checkFormat(index) {
  const version = index && index.format && index.format.version;
  if (version !== INDEX_VERSION) {
    throw new Error(`mentor directory: match-index.json is version ${version ?? "unknown"}, but `
      + `this page reads version ${INDEX_VERSION}; rebuild the site so both come from one release`);
  }
}

/** One result: the mentor, its score and group, and why it matches (worked out when read). */
class Result {
  #position;
  #context;
  #why = null;

  constructor(id, score, matchesAll, position, context) {
    this.id = id;
    this.score = score;
    this.matchesAll = matchesAll;
    this.#position = position;
    this.#context = context;
  }

  get reasons() {
    this.#why ??= reasons(this.#position, this.#context);
    return this.#why;
  }

  toJSON() {
    return { id: this.id, score: this.score, matchesAll: this.matchesAll, reasons: this.reasons };
  }
}

/**
 * Builds a matcher over a match index. `stem` is lunr's Porter stemmer (the build reads skills
 * with the same algorithm).
 */
export function createMatcher(index, { stem = (word) => word } = {}) {
  checkFormat(index);
  const text = createText(index.text, stem);
  const vocabulary = createVocabulary(index, text);
  const textSearch = createTextSearch(index.mentors, vocabulary.row);
  const corrections = createSpeller(vocabulary.vocabulary, text.typoDistance, index.text.near);
  const ranker = createRanker(index, vocabulary, textSearch);
  const { row } = vocabulary;
  let positions = null; // mentor id -> row position, when first asked
  const ids = index.mentors.map((mentor) => mentor[row.id]);

  /** What a query asks for: its intents and leftover words. */
  function read(query) {
    return interpret(query || "", { text, vocabulary, corrections, isName: textSearch.isName });
  }

  /**
   * Both groups for text and filters: {all, part, understood, words}. `all` holds the mentors
   * who meet everything asked, `part` those who meet some of it, most of it first.
   */
  function rank(query = "", filters = {}, options = {}) {
    const reading = read(query);
    const ranking = ranker(reading, filters, options);
    const context = { intents: ranking.intents, vocabulary, index, overlaps: ranking.overlaps,
      hits: ranking.hits, preferred: new Set(filters.languages && filters.languages.length
        ? filters.languages : options.preferredLanguages || []) };
    let all = null; // each group's results are made when first read: search() reads one
    let part = null;
    const results = (group, matchesAll) => {
      const made = new Array(group.positions.length);
      for (let at = 0; at < made.length; at++) {
        // Intents met by what was asked count 1, through a related skill 1/2; names up to 1/2.
        const key = group.keys[at];
        const covered = (key >> 9) % 32;
        const exact = (key >> 4) % 32;
        const score = Math.round((exact + (covered - exact) / 2 + (key % 16) / 18) * 1000) / 1000;
        const position = group.positions[at];
        made[at] = new Result(ids[position], score, matchesAll, position, context);
      }
      return made;
    };
    return {
      get all() { return (all ??= results(ranking.all, true)); },
      get part() { return (part ??= results(ranking.part, false)); },
      understood: understood(ranking.intents, ranking.counts),
      words: reading.words,
    };
  }

  return {
    read,
    rank,
    /** The mentors a mentee would contact first: those who meet everything asked or, when
     *  nobody does, those who meet part of it; each says which (`matchesAll`). */
    search(query, filters, options) {
      const { all, part } = rank(query, filters, options);
      return all.length ? all : part;
    },
    row(id) {
      positions ??= new Map(index.mentors.map((mentor, position) => [mentor[row.id], position]));
      return index.mentors[positions.get(id)];
    },
    layout: row,
    vocabulary,
  };
}
