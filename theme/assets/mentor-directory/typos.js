// Typo tolerance: which vocabulary words a typed word may be a misspelling of.

// Three reusable rows for editDistance: it runs many times per query.
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance (a swap of neighbours is one edit), or max + 1 if over. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (b.length >= rows[0].length) rows = rows.map(() => new Int32Array(b.length * 2));
  let [before, previous, row] = rows;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j] + 1, row[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        cost = Math.min(cost, before[j - 2] + 1);
      }
      row[j] = cost;
      if (cost < smallest) smallest = cost;
    }
    if (smallest > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length];
}

/** The letters a word uses, one bit per letter: words one edit apart differ in at most two. */
function letters(word) {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) % 31);
  return mask;
}

function bits(mask) {
  let count = 0;
  for (; mask; count++) mask &= mask - 1;
  return count;
}

/**
 * A speller over a vocabulary of words (or a function giving them, called when the first word is
 * checked): `corrections(word)` lists the vocabulary words within
 * the typo distance of the typed word's length, closest first. `everyday()` words (those a typo
 * of the vocabulary would look like) are never corrected: "reach" is not "react"; they are asked
 * for when the first word is, so that they can be fetched after the speller is made.
 */
export function createSpeller(vocabulary, typoDistance, everyday = () => []) {
  let known = null; // the vocabulary (a list, or a function giving it), read on the first word
  let skip = null;
  const byLength = new Map();
  const cache = new Map();
  return function corrections(word) {
    if (cache.has(word)) return cache.get(word);
    if (!known) {
      known = new Set(typeof vocabulary === "function" ? vocabulary() : vocabulary);
      for (const one of known) {
        if (!byLength.has(one.length)) byLength.set(one.length, []);
        byLength.get(one.length).push([one, letters(one)]);
      }
    }
    const found = [];
    const max = typoDistance(word.length);
    skip ??= new Set(everyday());
    if (max && !known.has(word) && !skip.has(word) && !/^\d+$/.test(word)) {
      const mask = letters(word);
      for (let length = word.length - max; length <= word.length + max; length++) {
        for (const [candidate, candidateMask] of byLength.get(length) || []) {
          if (bits(mask ^ candidateMask) > 2 * max) continue;
          const distance = editDistance(word, candidate, max);
          if (distance <= max) found.push([candidate, distance]);
        }
      }
      found.sort((a, b) => a[1] - b[1]);
      const best = found.length ? found[0][1] : 0;
      found.splice(0, found.length, ...found.filter(([, distance]) => distance === best));
    }
    const words = found.map(([candidate]) => candidate);
    cache.set(word, words);
    return words;
  };
}
