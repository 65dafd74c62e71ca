// Ranking: which mentors meet which intents, in two groups (everything asked, part of it), each
// ordered by how well they match, equally good matches in an order that changes daily. Mentors
// with a skill within an area asked for meet it (Kubernetes for DevOps), ranked below those who
// list the area; those with what a skill is built on (Ruby for Rails) meet it only when nobody
// lists the skill itself, nor one within it. Other related skills are part matches, in the second
// group.

import { createDailyOrder } from "./daily.js";
import { overlapsWith, today } from "./time.js";

// Filtered otherwise than by any of the chosen ids: skills (any or all) and experiences (intents).
const OWN_FILTERS = new Set(["skills", "experiences"]);
const TEXT_STEPS = 9; // name and headline scores are ranked in this many steps
// Up to this share of the mentors, those who meet an intent are put in the day's order by
// sorting them; beyond it, walking every mentor's order is quicker.
const SORTED_SHARE = 1 / 16;
// How a mentor meets an intent: through a related skill, through a covering one further off (what
// the asked skill's base is built on: PHP for Eloquent, through Laravel), a covering one, by
// listing it.
const PART = 0;
const FULLY = 1;
const NEAR = 2;
const ITSELF = 3;
// The loops over mentors that run for every query are indexed: until the optimiser has compiled
// a loop, for...of makes an object per step, and at 100,000 mentors that garbage cost more than
// the ranking.

function bitsOf(mask) {
  let count = 0;
  for (let rest = mask; rest; count++) rest &= rest - 1;
  return count;
}

/**
 * `rank(reading, filters, options)`: the mentors for a query's reading (from intents.js) under
 * the page's filters, as {all, part, intents, counts, overlaps, hits}: `all` meet every intent,
 * `part` some, each as mentor positions in rank order with their sort keys (group, intents met,
 * met by listing what was asked, name or headline score in steps); `counts[i]` is how many
 * mentors (filters applied) list what intent i asks, `overlaps(zone, windows)` the hours of
 * overlap with a mentor (when the filters give a zone), `hits` the name or headline scores per word.
 * Chosen experiences and, when nothing else is asked, leftover words are intents too.
 * `needs(reading, filters)` says which concepts' postings (`chunks`) ranking them reads, and
 * whether it reads zones.
 */
export function createRanker(index, vocabulary, textSearch, chunks) {
  const { size } = chunks;
  // Per mentor, for the query being ranked. Filling them with 0 for each query takes a few
  // hundredths of a millisecond at 100,000 mentors: the time goes to the mentors a query reaches.
  const mask = new Int32Array(size); // bit i: meets intent i, perhaps through a related skill
  const full = new Int32Array(size); // bit i: meets intent i itself or through a covering skill
  const near = new Int32Array(size); // bit i: meets intent i itself or through a near covering skill
  const exact = new Int32Array(size); // bit i: meets intent i by listing what was asked
  const text = new Float64Array(size);
  const lists = new Uint8Array(size); // filtered lists, in turn, in which the mentor lists a chosen entry
  const has = new Uint8Array(size); // chosen skills the mentor lists
  const meeting = new Int32Array(size); // those who meet an intent, as they are first marked
  const passing = new Int32Array(size);
  const keys = new Int32Array(size);
  const perKey = new Int32Array(1 << 16); // mentors per sort key, then where each key starts
  const { open } = chunks;
  const listed = (concept) => chunks.postings(concept.id);
  const days = createDailyOrder(size, chunks.cardSize);
  const ids = Object.fromEntries(Object.entries(vocabulary.byKind).map(([kind, concepts]) =>
    [kind, new Map(concepts.map((concept) => [concept.entry, concept]))]));
  const hardFilters = index.format.facets.map((facet) => facet.key).filter((key) => !OWN_FILTERS.has(key));

  const reached = new Map(); // concept -> the mentors its related skills reach, worked out once
  const seen = new Uint8Array(size); // all 0 between calls of reach
  const covered = new Uint8Array(size); // all 0 between calls of reach
  /**
   * The mentors a concept's related skills reach: `covering`, those who meet it (an area is met by
   * the skills within it; a skill by what it is built on only when nobody lists the skill
   * itself, nor one within it), `far` those who meet it through what that is built on, and
   * `part`, those who meet it in part; each mentor once.
   */
  function reach(concept) {
    if (!reached.has(concept)) {
      const related = concept.related || [];
      // What it is built on meets it only when nobody lists it, nor a skill within it: PHP
      // mentors meet "PHP frameworks" when nobody lists Laravel or another.
      const listedWithin = concept.count || (concept.covering || [])
        .some((other) => !concept.parents.includes(other) && other.count);
      const covers = (other) => concept.covering.includes(other)
        && (!concept.parents.includes(other) || !listedWithin);
      const collect = (wanted, skip) => {
        const found = [];
        for (const other of related.filter(wanted)) {
          for (const position of listed(other)) {
            if (!seen[position] && !skip[position]) {
              seen[position] = 1;
              found.push(position);
            }
          }
        }
        for (const position of found) seen[position] = 0;
        return Int32Array.from(found);
      };
      const far = concept.far || [];
      const covering = collect((other) => covers(other) && !far.includes(other), covered);
      for (const position of covering) covered[position] = 1;
      const further = collect((other) => covers(other) && far.includes(other), covered);
      for (const position of further) covered[position] = 1;
      reached.set(concept, { covering, far: further, part: collect((other) => !covers(other), covered) });
      for (const position of covering) covered[position] = 0;
      for (const position of further) covered[position] = 0;
    }
    return reached.get(concept);
  }

  function chosen(kind, values) {
    return new Set((values || []).map((id) => ids[kind].get(id)).filter(Boolean)
      .map((concept) => concept.position));
  }

  /** The intents a reading and the chosen experiences ask for. */
  function intentsOf(reading, filters) {
    const intents = [...reading.intents];
    // Chosen experiences are intents too: mentors who share more of them rank first.
    for (const concept of [...chosen("experiences", filters.experiences)]
      .map((n) => vocabulary.byKind.experiences[n])) {
      if (!intents.some((intent) => intent.concepts.includes(concept))) {
        intents.push({ concepts: [concept], kind: "experiences", how: "filter", typed: "", tokens: [] });
      }
    }
    return intents;
  }

  /** What ranking a reading under these filters reads: concepts (postings) and zones. */
  function needs(reading, filters = {}) {
    const concepts = new Set();
    for (const intent of intentsOf(reading, filters)) {
      for (const concept of intent.concepts) {
        concepts.add(concept);
        for (const other of concept.related || []) concepts.add(other);
      }
    }
    for (const kind of [...hardFilters, "skills"]) {
      for (const n of chosen(kind, filters[kind])) concepts.add(vocabulary.byKind[kind][n]);
    }
    return { concepts: [...concepts].map((concept) => concept.id),
      zones: Boolean(filters.timezone && Number(filters.overlapHours)) };
  }

  /** Marks who meets each intent (bit i for intent i) and returns how many meet any, listed
   *  in `meeting`. */
  function markIntents(asked) {
    let count = 0;
    /** Marks mentors as meeting an intent in part, fully or by listing what was asked. */
    const meet = (positions, bit, how) => {
      for (let i = 0; i < positions.length; i++) {
        const position = positions[i];
        if (!mask[position]) meeting[count++] = position;
        mask[position] |= bit;
        if (how !== PART) full[position] |= bit;
        if (how >= NEAR) near[position] |= bit;
        if (how === ITSELF) exact[position] |= bit;
      }
    };
    asked.forEach((intent, i) => {
      const bit = 1 << i;
      for (const concept of intent.concepts) {
        const { covering, far, part } = reach(concept);
        meet(part, bit, PART);
        meet(far, bit, FULLY);
        meet(covering, bit, NEAR);
        meet(listed(concept), bit, ITSELF);
      }
      if (intent.hits) meet([...intent.hits.keys()], bit, ITSELF);
    });
    return count;
  }

  /** The mentors to rank, in the day's order: when something is asked and few meet it, those
   *  first `count` in `meeting`, sorted; otherwise every mentor's order (the walk skips those
   *  who meet nothing). */
  function candidates(asking, count, seed) {
    if (!asking || count > size * SORTED_SHARE) return days.order(seed);
    return days.sort(seed, meeting.slice(0, count));
  }

  function rank(reading, filters = {}, options = {}) {
    const intents = intentsOf(reading, filters);
    const hits = reading.words.map((word) => textSearch.search(word));
    // Words that name nothing else are what is asked only when nothing else is.
    const asked = intents.length ? intents : reading.words.map((word, i) =>
      ({ concepts: [], kind: "text", how: "exact", typed: word, tokens: [], hits: hits[i] }));
    const everything = asked.length >= 31 ? -1 : (1 << asked.length) - 1;

    for (const array of [mask, full, near, exact, text, lists, has]) array.fill(0);
    const meetingCount = markIntents(asked);
    let topText = 0;
    for (const scores of hits) {
      for (const [position, score] of scores) {
        text[position] += score;
        if (text[position] > topText) topText = text[position];
      }
    }

    const wanted = Object.fromEntries(hardFilters.map((kind) => [kind, chosen(kind, filters[kind])]));
    const facets = hardFilters.filter((kind) => wanted[kind].size);
    const skills = chosen("skills", filters.skills);
    const minimumOverlap = Number(filters.overlapHours) || 0;
    const overlaps = filters.timezone ? overlapsWith(index, filters.timezone, filters.when) : null;
    const [zones, windows] = minimumOverlap && overlaps ? chunks.zones() : [];
    // Mentors by the filters on lists: `lists` counts the lists in turn in which a mentor lists
    // a chosen entry, so it reaches facets.length only for those who pass every one.
    facets.forEach((kind, i) => {
      for (const n of wanted[kind]) {
        const positions = listed(vocabulary.byKind[kind][n]);
        for (let at = 0; at < positions.length; at++) {
          if (lists[positions[at]] === i) lists[positions[at]] = i + 1;
        }
      }
    });
    for (const n of skills) {
      const positions = listed(vocabulary.byKind.skills[n]);
      for (let at = 0; at < positions.length; at++) has[positions[at]]++;
    }
    const counts = new Array(asked.length).fill(0);
    const ranked = candidates(asked.length > 0, meetingCount, options.seed || today());
    const passed = keep(ranked, { asking: asked.length > 0, everything, topText, counts,
      onlyOpen: filters.accepting !== false, facets: facets.length, skills: skills.size,
      allSkills: filters.skillsMode === "all", minimumOverlap, overlaps, zones, windows });
    const { positions, sortKeys, matchAll } = sortByKey(passed);
    const group = (from, to) => ({ positions: positions.subarray(from, to), keys: sortKeys.subarray(from, to) });
    return { all: group(0, matchAll), part: group(matchAll, passed), intents: asked, counts, overlaps, hits };
  }

  /**
   * Puts the mentors of `ranked` (in the day's order) who meet what is asked and pass the
   * filters in `passing`, each with its sort key in `keys` (group, intents met, met by listing
   * what was asked, name or headline score); counts per intent those who list what it asks.
   * Returns how many passed.
   */
  function keep(ranked, { asking, everything, topText, counts, onlyOpen, facets, skills, allSkills,
    minimumOverlap, overlaps, zones, windows }) {
    let passed = 0;
    const filtered = facets > 0 || skills > 0 || minimumOverlap > 0;
    for (let at = 0; at < ranked.length; at++) {
      const position = ranked[at];
      const met = mask[position];
      if (asking && !met) continue;
      if (onlyOpen && !open[position]) continue;
      if (filtered) {
        if (facets && lists[position] !== facets) continue;
        if (skills && (allSkills ? has[position] < skills : !has[position])) continue;
        if (minimumOverlap && !(overlaps && overlaps(zones[position], windows[position]) >= minimumOverlap)) continue;
      }
      const itself = exact[position];
      for (let rest = itself; rest; rest &= rest - 1) counts[31 - Math.clz32(rest & -rest)]++;
      const step = topText ? Math.round((text[position] / topText) * TEXT_STEPS) : 0;
      const all = full[position] === everything || !asking ? 1 : 0;
      passing[passed] = position;
      // Met by listing what was asked counts twice, through a near covering skill once.
      const closeness = bitsOf(itself) + bitsOf(near[position]);
      keys[passed++] = ((all * 32 + bitsOf(met)) * 64 + closeness) * 16 + step;
    }
    return passed;
  }

  /** The `passed` mentors of `passing` by their `keys`, best first, equally good ones in the
   *  order they came (the day's): a counting sort, which compares no mentors. Also how many
   *  match everything asked (they come first). */
  function sortByKey(passed) {
    const used = [];
    for (let i = 0; i < passed; i++) {
      if (!perKey[keys[i]]++) used.push(keys[i]);
    }
    used.sort((a, b) => b - a);
    let offset = 0;
    let matchAll = 0;
    for (const sortKey of used) {
      const count = perKey[sortKey];
      perKey[sortKey] = offset;
      offset += count;
      if (sortKey >= 32 * 64 * 16) matchAll += count;
    }
    const positions = new Int32Array(passed);
    const sortKeys = new Int32Array(passed);
    for (let i = 0; i < passed; i++) {
      const at = perKey[keys[i]]++;
      positions[at] = passing[i];
      sortKeys[at] = keys[i];
    }
    for (const sortKey of used) perKey[sortKey] = 0;
    return { positions, sortKeys, matchAll };
  }

  return { rank, needs };
}
