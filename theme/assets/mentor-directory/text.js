// How typed text becomes words, keys and stems: the browser's copy of generator/text.py, with
// its word lists and thresholds read from the match index. tests/data/normaliser.json holds
// strings both sides must read alike.

const WORD = /[\p{L}\p{N}]+[#+]*/gu;
const APOSTROPHES = /['\u2019]/g;
const NOT_KEY = /[^\p{L}\p{N}#+]/gu;

/** Lower case without accents: "Résumé" and "resume" are one word. */
export function fold(text) {
  return text.normalize("NFKC").toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/** The words of a text: letters and digits, with a trailing # or + kept (C#, C++). */
export function words(text) {
  return fold(text).replace(APOSTROPHES, "").match(WORD) || [];
}

/** A text with case, accents, spaces and punctuation ignored (# and + kept). */
export function key(text) {
  return fold(text).replace(NOT_KEY, "");
}

/**
 * One stemmer from a site's stemmers (stemmers-<language>.js: the language's own, then English):
 * the shorter of their stems, the first on a tie, as generator/text.py's stemmer().
 */
export function combineStemmers(stemmers) {
  return (word) => stemmers.map((stem) => stem(word))
    .reduce((shortest, found) => (found.length < shortest.length ? found : shortest));
}

const WORD_LISTS = ["stop", "filler", "generic", "people", "aims", "negations", "either", "joins",
  "moves", "origins", "relatives", "clause_ends", "possessives", "roles", "places", "learning",
  "someone"];

/**
 * The text rules of a match index (`index.text`) with the site's stemmer (combineStemmers):
 * what each typed word is.
 */
export function createText(rules, stem) {
  // The word lists (generator/text.py's SEARCH_LISTS, and the index's places), each as a set.
  const { stop, filler, generic, people, aims, negations, either, joins, moves, origins, relatives,
    clause_ends: clauseEnds, possessives, roles, places, learning, someone } = Object.fromEntries(
    WORD_LISTS.map((name) => [name, new Set(rules[name])]));
  const endings = rules.endings;
  const stems = new Map(); // the same words come back on every keystroke
  // Endings the language's stemmer leaves on some forms only ("reprendr" of French "reprendre",
  // "reprend" of "reprends"), mended as generator/text.py's stemmer() does.
  const mend = (found) => {
    const ending = rules.stem_endings.find(([end]) => found.endsWith(end));
    return ending ? found.slice(0, found.length - ending[0].length) + ending[1] : found;
  };
  const stemOf = (word) => {
    if (!stems.has(word)) stems.set(word, mend(stem(word)));
    return stems.get(word);
  };
  const [prefixMin, prefixShare] = rules.prefix;
  return {
    stem: stemOf,
    /** Edits tolerated in a word of this length. */
    typoDistance(length) {
      const rule = rules.typo.find(([least]) => length >= least);
      return rule ? rule[1] : 0;
    },
    /** Whether a partly typed key may stand for a longer key it starts. */
    completes(typed, full) {
      return typed.length >= prefixMin && full.length > typed.length
        && typed.length >= prefixShare * full.length && full.startsWith(typed);
    },
    /** The words of a query, each with its key and stem and what kind of word it is. */
    tokens(query) {
      return words(query).map((word, index) => ({
        index, word, key: key(word), stem: stemOf(word),
        stop: stop.has(word), filler: filler.has(word), generic: generic.has(word),
      }));
    },
    isStop: (word) => stop.has(word) || filler.has(word),
    isGeneric: (word) => generic.has(word),
    /** Whether a word is a place whose stem is a word's of the lists ("madrid", "madre"). */
    isPlace: (word) => places.has(word),
    /** Whether a word comes before a level the mentee aims for ("to", "towards"). */
    isAim: (word) => aims.has(word),
    /** Whether a word turns down what follows it ("without", "instead of"). */
    isNegation: (word) => negations.has(word),
    /** Whether a word between two asks leaves the choice open ("or", "vs"). */
    isEither: (word) => either.has(word),
    /** Whether a word joins two of a kind ("and", "or", "with"). */
    isJoin: (word) => joins.has(word),
    /** Whether a word moves between fields ("switching"), or comes before the field left ("from"). */
    isMove: (word) => moves.has(word),
    isOrigin: (word) => origins.has(word),
    /** Whether a word starts what the mentee says of someone ("who"), or ends it ("me"). */
    isRelative: (word) => relatives.has(word),
    endsClause: (word) => clauseEnds.has(word),
    /** Whether a word says whose someone is ("my" in "my tech lead"). */
    isPossessive: (word) => possessives.has(word),
    /** Whether a word is one for a person or a role ("developer", "lead"), or a generic one. */
    isRole: (word) => roles.has(word) || people.has(word) || generic.has(word),
    /** Whether a word is one for the mentor asked for ("mentor", "someone"). */
    isSomeone: (word) => someone.has(word),
    /** Whether a word is one for learning a skill ("learn"). */
    isLearning: (word) => learning.has(word),
    /** What a move between fields asks, as the program's lists read it ("career change"). */
    moveMeans: rules.move_means,
    /** The positions of tokens in which the mentee describes themself ("I'm a senior dev and"). */
    selfDescribed(tokens) {
      const described = new Set();
      // A query that opens with who the mentee is, up to a word for a person, and then asks:
      // "non-binary backend dev, want a mentor who gets it" (but "single dad, machine learning
      // engineer" may look for a mentor like them, and "staff engineer vs management" weighs two).
      const person = tokens.findIndex((token) => people.has(token.word));
      if (person > 0 && !either.has(tokens[person + 1]?.word)
        && tokens.slice(person + 1).some((token) => filler.has(token.word))
        && tokens.slice(0, person).every((token) => !stop.has(token.word) && !filler.has(token.word))) {
        for (let i = 0; i <= person; i++) described.add(i);
      }
      // An ending ends it after its first word: "I'm a dev thinking about ...", but "I'm an
      // engineering manager".
      const ends = (word, first = false) => stop.has(word) || filler.has(word)
        || (!first && endings.some((end) => word.endsWith(end)));
      for (const opening of rules.self) {
        for (let i = 0; i + opening.length <= tokens.length; i++) {
          if (!opening.every((word, j) => tokens[i + j].word === word)) continue;
          for (let j = i + opening.length; j < tokens.length; j++) {
            const { word } = tokens[j];
            const carries = joins.has(word) && j + 1 < tokens.length && !ends(tokens[j + 1].word);
            if (ends(word, j === i + opening.length) && !carries) break;
            described.add(j);
          }
        }
      }
      return described;
    },
    /**
     * The positions of generic words that say who someone is: "junior" in "a junior react dev",
     * and in languages that put such words after the person, "desarrolladora junior".
     */
    personal(tokens) {
      const found = new Set();
      const nearPerson = (words) => {
        for (const near of words) {
          if (people.has(near.word)) return true;
          if (stop.has(near.word) || filler.has(near.word)) return false;
        }
        return false;
      };
      tokens.forEach((token, i) => {
        if (!generic.has(token.word) || people.has(token.word)) return;
        if (nearPerson(tokens.slice(i + 1, i + 4))
          || nearPerson(tokens.slice(Math.max(0, i - rules.people_before), i).reverse())) found.add(i);
      });
      return found;
    },
  };
}
