// Name, headline and location search for the words of a query that name no skill, goal or other
// list entry: "Ana", "platform". Built in the browser from the mentor rows, so no second index.

import { words } from "./text.js";
import { createSpeller } from "./typos.js";

const FIELDS = [["name", 3], ["headline", 1], ["location", 1]]; // a name counts most
const PREFIX = { min: 3, weight: 0.7 }; // an unfinished word: from 3 characters
const TYPO = { min: 5, weight: 0.5 }; // a misspelt name: one edit from 5 characters

/** `search(word)` gives a Map of mentor position -> score for one typed word. */
export function createTextSearch(mentors, row) {
  const postings = new Map(); // word -> Map(position -> weight)
  const names = new Set();
  mentors.forEach((mentor, position) => {
    for (const [field, weight] of FIELDS) {
      for (const word of words(mentor[row[field]] || "")) {
        if (field === "name") names.add(word);
        if (!postings.has(word)) postings.set(word, new Map());
        const hits = postings.get(word);
        hits.set(position, Math.max(hits.get(position) || 0, weight));
      }
    }
  });
  const sorted = [...postings.keys()].sort();
  const misspelt = createSpeller(sorted, (length) => (length >= TYPO.min ? 1 : 0));

  function addHits(scores, word, factor) {
    for (const [position, weight] of postings.get(word) || []) {
      scores.set(position, Math.max(scores.get(position) || 0, weight * factor));
    }
  }

  return {
    /** Whether a word is part of some mentor's name. */
    isName: (word) => names.has(word),
    search(typed) {
      const scores = new Map();
      addHits(scores, typed, 1);
      if (typed.length >= PREFIX.min) {
        let low = 0;
        let high = sorted.length;
        while (low < high) {
          const middle = (low + high) >> 1;
          if (sorted[middle] < typed) low = middle + 1; else high = middle;
        }
        for (let i = low; i < sorted.length && sorted[i].startsWith(typed); i++) {
          if (sorted[i] !== typed) addHits(scores, sorted[i], PREFIX.weight);
        }
      }
      for (const word of misspelt(typed)) addHits(scores, word, TYPO.weight);
      return scores;
    },
  };
}
