// Name, headline and location search for the words of a query that name no skill, goal or other
// list entry: "Ana", "platform". The build indexes the words (generator/index.py, words chunks);
// a typed word fetches only its chunk, and the words of nearby lengths when it may be a typo.

import { fromGaps } from "./chunks.js";
import { createSpeller } from "./typos.js";

const PREFIX = { min: 3, weight: 0.7 }; // an unfinished word: from 3 characters
const TYPO = { min: 5, weight: 0.5 }; // a misspelt name: one edit from 5 characters

/** `search(word)` gives a Map of mentor position -> score for one typed word, once `load`ed. */
export function createTextSearch(chunks, weights) {
  const spellers = new Map(); // length -> speller over the words one edit can reach
  const decoded = new Map(); // word -> [positions] per weight

  const lengthsNear = (length) => [length - 1, length, length + 1];
  function misspelt(typed) {
    if (typed.length < TYPO.min) return [];
    if (!spellers.has(typed.length)) {
      const near = lengthsNear(typed.length).flatMap((length) => chunks.spelling(length));
      spellers.set(typed.length, createSpeller(near, (length) => (length >= TYPO.min ? 1 : 0)));
    }
    return spellers.get(typed.length)(typed);
  }

  function positions(word) {
    if (!decoded.has(word)) decoded.set(word, (chunks.word(word) || []).map(fromGaps));
    return decoded.get(word);
  }

  function addHits(scores, word, factor) {
    positions(word).forEach((found, i) => {
      const score = weights[i] * factor;
      for (const position of found) scores.set(position, Math.max(scores.get(position) || 0, score));
    });
  }

  return {
    /** Fetches what searching these typed words needs: their chunks, and for a possible typo
     *  the words of nearby lengths and the chunks of those it may stand for. */
    async load(words) {
      await Promise.all([chunks.loadWords(words), chunks.loadSpelling(words
        .filter((word) => word.length >= TYPO.min).flatMap((word) => lengthsNear(word.length)))]);
      await chunks.loadWords(words.flatMap(misspelt));
    },
    /** Whether a word is part of some mentor's name (a name has the highest weight). */
    isName: (word) => positions(word).length > 0 && positions(word)[0].length > 0,
    search(typed) {
      const scores = new Map();
      addHits(scores, typed, 1);
      if (typed.length >= PREFIX.min) {
        // Every word a typed word begins is in its chunk.
        for (const word of chunks.bucketWords(typed)) {
          if (word !== typed && word.startsWith(typed)) addHits(scores, word, PREFIX.weight);
        }
      }
      for (const word of misspelt(typed)) addHits(scores, word, TYPO.weight);
      return scores;
    },
  };
}
