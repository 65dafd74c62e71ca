// The matcher: reads what a mentee typed, finds the skills and goals they mean, ranks mentors.
// Plain ES module, no DOM. The build (generator/index.py) writes the index it reads.

/** Positions in a mentor row of the match index (generator/index.py `_mentor_row`). */
export const ROW = {
  id: 0, name: 1, pronouns: 2, headline: 3, initials: 4, colour: 5, photo: 6, skills: 7,
  goals: 8, languages: 9, zone: 10, formats: 11, stages: 12, experiences: 13, state: 14,
  status: 15, channel: 16, target: 17, waitlist: 18,
};

const WORKDAY = [8, 20]; // "working hours" for overlap: 08:00 to 20:00 in each person's zone
const QUALITY = { exact: 1, phrase: 1, prefix: 0.9, typo: 0.8 };
const MAX_INTENTS = 30;

/** Same key as generator/taxonomy.py: case, spaces, hyphens, underscores, dots, slashes ignored. */
export function skillKey(text) {
  return text.normalize("NFKC").toLowerCase().trim().replace(/[\s\-_./]+/g, "");
}

/** Edits tolerated when matching a typed word: one from 4 characters, two from 8. */
export function typoDistance(length) {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

// Three reusable rows for editDistance: it runs thousands of times per query.
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

/** A number from 0 to 2^32 that orders equally good matches differently each day. */
function dailyRank(id, seed) {
  let hash = 2166136261;
  for (const char of seed + id) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

export function today() {
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

const offsets = new Map();

/** Hours a zone is ahead of UTC on a date, from the browser's own time zone database. */
function utcOffset(zone, date) {
  const key = `${zone} ${date.toDateString()}`;
  if (!offsets.has(key)) {
    let name;
    try {
      name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
        .formatToParts(date).find((part) => part.type === "timeZoneName").value;
    } catch {
      // A zone newer than this browser's time zone data: its offset is unknown, not an error.
      offsets.set(key, null);
      return null;
    }
    const found = /GMT([+-])(\d\d):(\d\d)/.exec(name);
    offsets.set(key, found ? (found[1] === "-" ? -1 : 1) * (+found[2] + found[3] / 60) : 0);
  }
  return offsets.get(key);
}

/** Hours both people are within their 08:00-20:00 day, on the given date; null when a zone is
 *  unknown to this browser. */
export function overlapHours(zoneA, zoneB, date = new Date()) {
  const offsetA = utcOffset(zoneA, date);
  const offsetB = utcOffset(zoneB, date);
  if (offsetA === null || offsetB === null) return null;
  const shift = offsetA - offsetB;
  let best = 0;
  for (const wrap of [-24, 0, 24]) {
    const start = Math.max(WORKDAY[0], WORKDAY[0] - shift + wrap);
    const end = Math.min(WORKDAY[1], WORKDAY[1] - shift + wrap);
    best = Math.max(best, end - start);
  }
  return Math.round(best * 2) / 2;
}

/**
 * Builds a matcher over a match index. `stem` is lunr's Porter stemmer (the build stems goal
 * phrases with the same algorithm); `textIndex` is a loaded lunr.Index over name, headline and
 * location, or null.
 */
export function createMatcher(index, { stem = (word) => word, textIndex = null, lunr = null } = {}) {
  const stopwords = new Set(index.stopwords);
  // What each mentor offers, as targets: skill i is i, goal j is -(j + 1).
  const offers = index.mentors.map((row) =>
    new Set([...row[ROW.skills], ...row[ROW.goals].map((goal) => -goal - 1)]));
  // Only skills and goals some mentor offers are read as intents; other words search names and
  // headlines instead, so "Ana" is not the start of "analytics" and "platform" finds headlines.
  const offered = new Set(offers.flatMap((targets) => [...targets]));
  const vocab = new Map(Object.entries(index.vocab)
    .map(([key, targets]) => [key, targets.filter((target) => offered.has(target))])
    .filter(([, targets]) => targets.length));
  const keysByLength = new Map();
  for (const key of vocab.keys()) {
    if (!keysByLength.has(key.length)) keysByLength.set(key.length, []);
    keysByLength.get(key.length).push(key);
  }
  const goalStems = [...index.goalStems].sort((a, b) => b[1].length - a[1].length);
  const positions = new Map(index.mentors.map((row, position) => [row[ROW.id], position]));
  const orders = new Map(); // seed -> mentor positions in that day's order
  // Which mentors offer each skill or goal, so a query visits only mentors who could match.
  const offering = new Map();
  offers.forEach((targets, position) => targets.forEach((target) => {
    if (!offering.has(target)) offering.set(target, []);
    offering.get(target).push(position);
  }));
  const candidate = new Uint8Array(index.mentors.length);
  const ids = (list) => new Map(list.map(([id], position) => [id, position]));
  const lookup = {
    goals: ids(index.goals), skills: ids(index.skills), languages: ids(index.languages),
    formats: ids(index.formats), stages: ids(index.stages), experiences: ids(index.experiences),
  };

  function label(target) {
    return target >= 0 ? index.skills[target][1] : index.goals[-target - 1][1];
  }

  function closestKey(key) {
    const max = typoDistance(key.length);
    let best = null;
    for (let length = key.length - max; length <= key.length + max; length++) {
      for (const candidate of keysByLength.get(length) || []) {
        const distance = editDistance(key, candidate, max);
        if (distance <= max && (!best || distance < best.distance)) best = { key: candidate, distance };
      }
    }
    return best && best.key;
  }

  /** Skills and goals whose key starts with a partly typed key covering 40% of it or more. */
  function completions(key) {
    if (key.length < 3) return null;
    const targets = new Set();
    for (const [candidate, candidateTargets] of vocab) {
      if (candidate.length > key.length && key.length >= 0.4 * candidate.length
        && candidate.startsWith(key)) candidateTargets.forEach((target) => targets.add(target));
    }
    return targets.size ? targets : null;
  }

  /** What the text asks for: intents (each satisfied by any of its targets) and loose words. */
  function interpret(text) {
    const tokens = text.toLowerCase().split(/[\s,;:!?()"]+/)
      .map((word) => word.replace(/^[-'.]+(?=\w)|['.]+$/g, "")).filter(Boolean)
      .map((word) => ({ word, key: skillKey(word), stem: stem(word), used: false }));
    const intents = [];
    const addIntent = (targets, span, how) => {
      span.forEach((token) => { token.used = true; });
      if (intents.length === MAX_INTENTS) return; // coverage is a bit mask; a query is not an essay
      intents.push({ targets: [...new Set(targets)], typed: span.map((t) => t.word).join(" "), how });
    };
    const free = () => tokens.filter((token) => !token.used && !stopwords.has(token.word));

    // Runs of `minimum` or more words whose joined key is an alias or goal phrase, longest
    // first; a run ending at the last word may be unfinished ("react nat").
    function exactRuns(minimum) {
      for (let i = 0; i < tokens.length; i++) {
        for (let n = Math.min(4, tokens.length - i); n >= minimum; n--) {
          const span = tokens.slice(i, i + n);
          if (span.some((token) => token.used) || (n === 1 && stopwords.has(span[0].word))) continue;
          const key = span.map((token) => token.key).join("");
          const unfinished = n > 1 && i + n === tokens.length && !vocab.has(key) && completions(key);
          if (vocab.has(key) || unfinished) {
            addIntent(unfinished || vocab.get(key), span, unfinished ? "prefix" : "exact");
            i += n - 1;
            break;
          }
        }
      }
    }

    // Goals in the mentee's own words: every stem of a phrase present, in any order.
    function goalPhrases(fewest, most) {
      for (const [goal, stems] of goalStems) {
        if (stems.length < fewest || stems.length > most) continue;
        const left = free();
        const span = stems.map((wanted) => left.find((token) => token.stem === wanted
          || (wanted.length >= 4 && editDistance(token.stem, wanted, typoDistance(wanted.length))
            <= typoDistance(wanted.length))));
        if (span.every(Boolean) && new Set(span).size === span.length
          && !intents.some((intent) => intent.targets.includes(-goal - 1))) {
          addIntent([-goal - 1], span, "phrase");
        }
      }
    }

    exactRuns(2);
    goalPhrases(2, Infinity); // "unfair performance review" is feedback, not the skill Performance
    exactRuns(1);
    goalPhrases(1, 1);
    const last = tokens[tokens.length - 1];
    const unfinished = last && !last.used && !stopwords.has(last.word) && completions(last.key);
    if (unfinished) addIntent(unfinished, [last], "prefix");
    for (const token of free()) {
      const key = closestKey(token.key);
      if (key) addIntent(vocab.get(key), [token], "typo");
    }
    return { intents, words: free().map((token) => token.word) };
  }

  function textScores(words) {
    if (!textIndex || !lunr || !words.length) return new Map();
    const scores = new Map();
    for (const word of words) {
      const term = word.replace(/[^\p{L}\p{N}]+/gu, "");
      if (!term) continue;
      const hits = textIndex.query((query) => {
        query.term(term, { boost: 10 });
        // Names and headlines: one edit from 5 characters; lunr's fuzzy search is costly.
        if (term.length >= 5) query.term(term, { editDistance: 1 });
        if (term.length >= 3) query.term(term, { wildcard: lunr.Query.wildcard.TRAILING });
      });
      for (const hit of hits) scores.set(+hit.ref, (scores.get(+hit.ref) || 0) + hit.score);
    }
    return scores;
  }

  function numbers(kind, values) {
    return new Set((values || []).map((value) => lookup[kind].get(value)).filter((n) => n !== undefined));
  }

  const FACETS = ["goals", "languages", "formats", "stages", "experiences"];

  function passesFilters(position, row, filters, wanted, facets) {
    if (filters.accepting !== false && row[ROW.state] !== "open") return false;
    for (const kind of facets) {
      const want = wanted[kind];
      if (!row[ROW[kind]].some((value) => want.has(value))) return false;
    }
    if (wanted.skills.size) {
      const matches = [...wanted.skills].filter((skill) => offers[position].has(skill)).length;
      if (filters.skillsMode === "all" ? matches < wanted.skills.size : matches === 0) return false;
    }
    return true;
  }

  /**
   * Ranked mentors for text and filters: {results: [{id, score, reasons}], partial}. With skills
   * or goals in the text, only mentors who cover the most of them are returned: all of them when
   * anyone does; otherwise `partial` is true.
   */
  function rank(text = "", filters = {}, options = {}) {
    const { intents, words } = interpret(text || "");
    const wanted = Object.fromEntries(
      ["goals", "skills", "languages", "formats", "stages", "experiences"]
        .map((kind) => [kind, numbers(kind, filters[kind])]));
    const seed = options.seed || today();
    const timezone = filters.timezone;
    const minimumOverlap = Number(filters.overlapHours) || 0;
    const preferred = new Set(filters.languages && filters.languages.length
      ? filters.languages : options.preferredLanguages || []);
    const text_ = textScores(words);
    // Overlap depends only on the two zones: work it out once per zone, not once per mentor.
    const now = new Date();
    const overlaps = timezone ? index.zones.map((zone) => overlapHours(timezone, zone, now)) : null;
    if (!orders.has(seed)) {
      const rank = index.mentors.map((row) => dailyRank(row[ROW.id], seed));
      orders.set(seed, index.mentors.map((_, position) => position).sort((a, b) => rank[a] - rank[b]));
    }
    // Visiting mentors in today's order and keeping equal scores together in that order ranks
    // them without sorting: ties come out rotated by the daily seed.
    // Per matching mentor: its position and which intents it covers (bit i for intent i). Plain
    // numbers, no objects: this loop runs for every mentor on every keystroke.
    const facets = FACETS.filter((kind) => wanted[kind].size);
    const found = [];
    const coverage = [];
    const counts = [];
    let best = 0;
    let topText = 0;
    // What must be covered: the intents read exactly; guesses (typos, unfinished words) only
    // rank higher when there are such, so "a fraud at work" is not narrowed by a guess at "work".
    const exact = intents.filter((intent) => intent.how === "exact" || intent.how === "phrase");
    const required = (exact.length ? exact : intents)
      .reduce((mask, intent) => mask | (1 << intents.indexOf(intent)), 0);
    // With intents to cover, only mentors offering one of the required ones can be a result.
    candidate.fill(intents.length ? 0 : 1);
    intents.forEach((intent, i) => {
      if (required & (1 << i)) {
        intent.targets.forEach((target) => (offering.get(target) || []).forEach((p) => { candidate[p] = 1; }));
      }
    });
    for (const position of orders.get(seed)) {
      if (!candidate[position]) continue;
      const row = index.mentors[position];
      if (!passesFilters(position, row, filters, wanted, facets)) continue;
      if (minimumOverlap && !(overlaps && overlaps[row[ROW.zone]] >= minimumOverlap)) continue;
      const has = offers[position];
      let mask = 0;
      let count = 0;
      for (let i = 0; i < intents.length; i++) {
        for (const target of intents[i].targets) {
          if (has.has(target)) {
            mask |= 1 << i;
            if (required & (1 << i)) count++;
            break;
          }
        }
      }
      const textScore = words.length ? text_.get(position) || 0 : 0;
      if ((intents.length && !count) || (!intents.length && words.length && !textScore)) continue;
      found.push(position);
      coverage.push(mask);
      counts.push(count);
      best = Math.max(best, count);
      topText = Math.max(topText, textScore);
    }
    // Few distinct masks occur: work out each one's intents and quality once, not per mentor.
    const masks = new Map();
    const byScore = new Map();
    for (let n = 0; n < found.length; n++) {
      if (counts[n] !== best) continue;
      if (!masks.has(coverage[n])) {
        const covered = intents.filter((_, i) => coverage[n] & (1 << i));
        masks.set(coverage[n], [covered, covered.reduce((sum, intent) => sum + QUALITY[intent.how], 0)]);
      }
      const [covered, quality] = masks.get(coverage[n]);
      const position = found[n];
      const textScore = topText ? text_.get(position) || 0 : 0;
      const score = topText
        ? Math.round((quality + Math.round((textScore / topText) * 100) / 200) * 1000) / 1000
        : Math.round(quality * 1000) / 1000;
      if (!byScore.has(score)) byScore.set(score, []);
      const row = index.mentors[position];
      byScore.get(score).push(result({ position, row, covered, textScore,
        overlap: overlaps ? overlaps[row[ROW.zone]] : null }, score, preferred));
    }
    const results = [...byScore.keys()].sort((a, b) => b - a).flatMap((score) => byScore.get(score));
    return { results, partial: results.length > 0 && best < (exact.length || intents.length) };
  }

  function result(match, score, preferred) {
    let why = null; // worked out when read: a page shows 30 results, not all of them
    return {
      id: match.row[ROW.id],
      score,
      get reasons() {
        why ??= reasons(match, preferred);
        return why;
      },
    };
  }

  function reasons({ position, row, covered, overlap, textScore }, preferred) {
    const matched = { skills: [], goals: [] };
    for (const intent of covered) {
      for (const target of intent.targets) {
        if (!offers[position].has(target)) continue;
        matched[target >= 0 ? "skills" : "goals"].push({
          label: label(target), typed: intent.typed, corrected: intent.how === "typo" || intent.how === "prefix",
        });
      }
    }
    return {
      ...matched,
      text: textScore > 0,
      overlapHours: overlap,
      languages: row[ROW.languages].map((n) => index.languages[n])
        .filter(([code]) => preferred.has(code)).map(([, name]) => name),
    };
  }

  return {
    rank,
    search: (text, filters, options) => rank(text, filters, options).results,
    row: (id) => index.mentors[positions.get(id)],
  };
}
