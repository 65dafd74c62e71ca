// The program's vocabulary, read from the match index: every entry of every list (skills, goals,
// experiences, languages, stages, formats) as a concept, and the ways a query can name it.

import { key, words } from "./text.js";

// When one typed word names entries of several lists, the first list here with any of them wins;
// skills and goals are read together ("leadership" is both).
export const PRECEDENCE = [["skills", "goals", "offers"], ["experiences"], ["languages"], ["formats"], ["stages"]];

function push(map, name, value) {
  if (!map.has(name)) map.set(name, []);
  const list = map.get(name);
  if (!list.includes(value)) list.push(value);
}

/**
 * Concepts and their written forms. A concept is {id, kind, position, label, count, offered}
 * (`count`: how many mentors list it; `id` numbers its postings in the index); `keys`
 * maps the key of each written form to concepts; `bags` are phrases read as their meaningful
 * words in any order; `runs` are those read word for word: skills' several-word names, and
 * phrases of generic words ("become a manager").
 */
export function createVocabulary(index, text) {
  const row = Object.fromEntries(index.format.row.map((name, position) => [name, position]));
  const concepts = [];
  const byKind = {};
  for (const { key: kind } of index.format.facets) {
    byKind[kind] = index.lists[kind].map(([id, label], position) => {
      const concept = { id: concepts.length, kind, entry: id, position, label,
        count: index.counts[concepts.length] };
      concepts.push(concept);
      return concept;
    });
  }
  // A skill's related skills (`related`); those it is part of (`parents`: what it is built on,
  // `built` as the skill list gives it, nearest first, and the areas it is within); and those whose mentors can help with it (`covering`): what it is
  // built on (a Ruby mentor with Rails) and the skills within it, also within its sub-areas (a
  // React Native mentor with mobile development, through cross-platform mobile). The others help
  // in part (a Rails mentor with Ruby, a DevOps one with Kubernetes).
  for (const concept of byKind.skills) {
    Object.assign(concept, { related: [], parents: [], covering: [], members: [], far: [], built: [] });
  }
  index.lists.skills.forEach(([, , , broader, within], position) => {
    const skill = byKind.skills[position];
    for (const n of broader) {
      skill.built.push(byKind.skills[n]);
      skill.parents.push(byKind.skills[n]);
      skill.covering.push(byKind.skills[n]);
    }
    for (const n of within) {
      skill.parents.push(byKind.skills[n]);
      byKind.skills[n].members.push(skill);
    }
    for (const parent of skill.parents) {
      skill.related.push(parent);
      parent.related.push(skill);
    }
  });
  // And what that is built on in turn (Eloquent on Laravel on PHP): mentors who list it help
  // too, ranked below those who list what is nearer (`far`).
  for (const skill of byKind.skills) {
    const seen = new Set([skill, ...skill.built]);
    const visit = (base) => base.built.forEach((other) => {
      if (!seen.has(other)) {
        seen.add(other);
        skill.far.push(other);
        visit(other);
      }
    });
    skill.built.forEach(visit);
  }
  for (const skill of byKind.skills) {
    for (const other of skill.far) {
      skill.parents.push(other);
      skill.covering.push(other);
      skill.related.push(other);
      other.related.push(skill);
    }
    // What a skill is built on is listed nearest first: mentors who list the rest help as those
    // further off do (Apollo is built on GraphQL, and on JavaScript further off).
    skill.far.push(...skill.built.slice(1).filter((other) => !skill.far.includes(other)));
  }
  for (const area of byKind.skills) {
    const reached = new Set([area]);
    const visit = (skill) => skill.members.forEach((member) => {
      if (!reached.has(member)) {
        reached.add(member);
        visit(member);
      }
    });
    visit(area);
    reached.delete(area);
    area.covering.push(...[...reached].filter((member) => !area.covering.includes(member)));
    for (const member of reached) if (!area.related.includes(member)) area.related.push(member);
  }
  // A skill nobody offers, even through a related skill, is no intent: its words search names.
  for (const concept of concepts) {
    concept.offered = concept.count > 0
      || (concept.kind === "skills" && concept.related.some((other) => other.count));
  }

  // The ways a query can name each concept, worked out when the first query is read: the first
  // results, before anything is typed, need none of it.
  let written = null;
  function forms() {
    if (written) return written;
    const keys = new Map(); // key of a written form -> concepts
    const writings = new Map(); // key of a written form -> how its forms are written
    const stems = new Map(); // stem of a one-word form -> concepts
    const bags = []; // {concept, stems} of two or more meaningful words
    const runs = new Map(); // first stem -> [{concept, stems}] of skills named in several words
    const vocabulary = new Set(); // every word of every written form, for typo tolerance
    const generic = new Set(index.text.generic);
    // Lists the index marks as filters only (industry, meeting mode) name no intents.
    const searched = new Set(index.format.facets.filter((facet) => facet.searched).map((facet) => facet.key));
    for (const concept of concepts) {
      if (!searched.has(concept.kind)) continue;
      if (concept.kind === "skills" && !concept.offered) continue;
      const [id, label, phrases] = index.lists[concept.kind][concept.position];
      for (const written of [...(concept.kind === "skills" ? [id] : []), label, ...phrases]) {
        const spelled = words(written);
        if (!spelled.length) continue;
        spelled.forEach((word) => vocabulary.add(word));
        const wordStems = spelled.map(text.stem);
        // Numbers written apart are not one number: "1:1" is read word for word, so "11 at
        // night" is no one-to-one.
        if (spelled.length > 1 && spelled.every((word) => /^\p{N}+$/u.test(word))) {
          push(runs, wordStems[0], { concept, stems: wordStems });
          continue;
        }
        const writtenKey = key(written);
        push(keys, writtenKey, concept);
        // A skill's id says nothing of its words where its label has the same key.
        if (written !== id || writtenKey !== key(label)) push(writings, writtenKey, written);
        if (concept.kind === "skills") {
          if (spelled.length === 1) push(stems, wordStems[0], concept);
          else push(runs, wordStems[0], { concept, stems: wordStems });
          continue;
        }
        const meaningful = [...new Set(spelled.filter((word) => !text.isStop(word)).map(text.stem))];
        if (!meaningful.length) continue;
        if (spelled.filter((word) => !text.isStop(word)).every((word) => generic.has(word))) {
          // "become a manager": word for word only, each word possibly misspelled.
          if (spelled.length > 1) push(runs, wordStems[0], { concept, stems: wordStems });
          continue;
        }
        if (meaningful.length > 1) bags.push({ concept, stems: meaningful });
        // One meaningful word in several ("how do I start", "get hired"): word for word, each
        // word possibly inflected; "start" alone is no ask to get started.
        else if (spelled.length > 1) push(runs, wordStems[0], { concept, stems: wordStems });
        // A stage is a kind of person, read word for word: "returning" is no "returner".
        else if (concept.kind !== "stages") push(stems, meaningful[0], concept);
      }
    }
    // Longest first: "unfair performance review" is feedback before "performance" is a skill.
    bags.sort((a, b) => b.stems.length - a.stems.length || rank(a.concept) - rank(b.concept));
    const bagsByStem = new Map();
    for (const bag of bags) for (const stem of bag.stems) push(bagsByStem, stem, bag);
    const sortedKeys = [...keys.keys()].sort();

    written = { keys, stems, runs, bagsByStem, vocabulary, sortedKeys, writings };
    return written;
  }

  const wordEnds = new Map(); // key -> where the words of each written form end, once completed to
  /** Where the words of each form written with this key end inside it: words end at spaces
   *  ("Node.js" is one word, "mean stack, pwa" three). */
  function endsOf(full) {
    if (!wordEnds.has(full)) {
      wordEnds.set(full, (forms().writings.get(full) || []).map((written) => written.trim()
        .split(/\s+/).map(key).filter(Boolean).slice(0, -1)
        .map((word, i, all) => all.slice(0, i + 1).join("").length)));
    }
    return wordEnds.get(full);
  }

  function rank(concept) {
    return PRECEDENCE.findIndex((kinds) => kinds.includes(concept.kind));
  }

  const weak = new Set(index.text.weak);
  return {
    concepts, byKind, rank, row,
    get keys() { return forms().keys; },
    get stems() { return forms().stems; },
    get runs() { return forms().runs; },
    get bagsByStem() { return forms().bagsByStem; },
    get vocabulary() { return forms().vocabulary; },
    /** Whether a key is a skill alias that is also an everyday word ("build", "rest", "go"). */
    weak: (name) => weak.has(name),
    /**
     * Concepts whose key starts with a partly typed key (by the prefix rule), its last word,
     * from `last` on, inside one of their words: "means" is no unfinished "MEAN stack".
     */
    completions(typed, last = 0) {
      const { keys, sortedKeys, vocabulary } = forms();
      // A last word that is already a word of the lists completes only to a skill's name, where
      // it ends a word of it: "eloquent" to Eloquent ORM, but "uni" to no Unity, "college" to no
      // "college dropout", "code" to no "code review".
      const whole = vocabulary.has(typed.slice(last));
      const within = (full) => !endsOf(full).length
        || endsOf(full).some((ends) => !ends.some((end) => end > last && end < typed.length)
          && (!whole || ends.includes(typed.length)));
      const found = [];
      let low = 0;
      let high = sortedKeys.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (sortedKeys[middle] < typed) low = middle + 1; else high = middle;
      }
      for (let i = low; i < sortedKeys.length && sortedKeys[i].startsWith(typed); i++) {
        if (text.completes(typed, sortedKeys[i]) && within(sortedKeys[i])) {
          for (const concept of keys.get(sortedKeys[i])) {
            if (whole && concept.kind !== "skills") continue;
            if (!found.includes(concept)) found.push(concept);
          }
        }
      }
      return found;
    },
  };
}
