// The matcher: reads what a mentee typed, finds the skills and goals they mean, ranks mentors.
// Plain ES module, no DOM. The build (generator/index.py) writes the index it reads.

/** Positions in a mentor row of the match index (generator/index.py `_mentor_row`). */
export const ROW = {
  id: 0, name: 1, pronouns: 2, headline: 3, initials: 4, colour: 5, photo: 6, skills: 7,
  goals: 8, languages: 9, zone: 10, formats: 11, stages: 12, experiences: 13, state: 14,
  status: 15,
};

const WORKDAY = [8, 20]; // "working hours" for overlap: 08:00 to 20:00 in each person's zone
const QUALITY = { exact: 1, phrase: 1, prefix: 0.9, typo: 0.8 };

/** Same key as generator/taxonomy.py: case, spaces, hyphens, underscores, dots, slashes ignored. */
export function skillKey(text) {
  return text.normalize("NFKC").toLowerCase().trim().replace(/[\s\-_./]+/g, "");
}

/** Edits tolerated when matching a typed word: one from 4 characters, two from 8. */
export function typoDistance(length) {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/** Optimal string alignment distance (a swap of neighbours is one edit), or max + 1 if over. */
export function editDistance(a, b, max) {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = null;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j++) {
      let cost = Math.min(previous[j] + 1, row[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        cost = Math.min(cost, before[j - 2] + 1);
      }
      row.push(cost);
      smallest = Math.min(smallest, cost);
    }
    if (smallest > max) return max + 1;
    before = previous;
    previous = row;
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
    const name = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
      .formatToParts(date).find((part) => part.type === "timeZoneName").value;
    const found = /GMT([+-])(\d\d):(\d\d)/.exec(name);
    offsets.set(key, found ? (found[1] === "-" ? -1 : 1) * (+found[2] + found[3] / 60) : 0);
  }
  return offsets.get(key);
}

/** Hours both people are within their 08:00-20:00 day, on the given date. */
export function overlapHours(zoneA, zoneB, date = new Date()) {
  const shift = utcOffset(zoneA, date) - utcOffset(zoneB, date);
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
  // Only skills and goals some mentor offers are read as intents; other words search names and
  // headlines instead, so "Ana" is not the start of "analytics" and "platform" finds headlines.
  const offered = new Set(index.mentors.flatMap((row) =>
    [...row[ROW.skills], ...row[ROW.goals].map((goal) => -goal - 1)]));
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

  /** What the text asks for: intents (each satisfied by any of its targets) and loose words. */
  function interpret(text) {
    const tokens = text.toLowerCase().split(/[\s,;:!?()"]+/)
      .map((word) => word.replace(/^[-'.]+(?=\w)|['.]+$/g, "")).filter(Boolean)
      .map((word) => ({ word, key: skillKey(word), stem: stem(word), used: false }));
    const intents = [];
    const addIntent = (targets, span, how) => {
      span.forEach((token) => { token.used = true; });
      intents.push({ targets: new Set(targets), typed: span.map((t) => t.word).join(" "), how });
    };
    const free = () => tokens.filter((token) => !token.used && !stopwords.has(token.word));

    // 1. Exact: the longest run of words whose joined key is a skill alias or goal phrase.
    for (let i = 0; i < tokens.length; i++) {
      for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
        const span = tokens.slice(i, i + n);
        if (span.some((token) => token.used) || (n === 1 && stopwords.has(span[0].word))) continue;
        const targets = vocab.get(span.map((token) => token.key).join(""));
        if (targets) {
          addIntent(targets, span, "exact");
          i += n - 1;
          break;
        }
      }
    }
    // 2. Goals in the mentee's own words: every stem of a goal phrase present, in any order.
    for (const [goal, stems] of goalStems) {
      const left = free();
      const span = stems.map((wanted) => left.find((token) => token.stem === wanted
        || (wanted.length >= 4 && editDistance(token.stem, wanted, typoDistance(wanted.length))
          <= typoDistance(wanted.length))));
      if (span.every(Boolean) && new Set(span).size === span.length
        && !intents.some((intent) => intent.targets.has(-goal - 1))) {
        addIntent([-goal - 1], span, "phrase");
      }
    }
    // 3. The last word may be unfinished: match skills and goals that start with it.
    const last = tokens[tokens.length - 1];
    if (last && !last.used && !stopwords.has(last.word) && last.key.length >= 3) {
      const targets = new Set();
      for (const [key, keyTargets] of vocab) {
        if (key.length > last.key.length && key.startsWith(last.key)) keyTargets.forEach((t) => targets.add(t));
      }
      if (targets.size) addIntent(targets, [last], "prefix");
    }
    // 4. Typos: the closest alias within the allowed number of edits.
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
        if (typoDistance(term.length)) query.term(term, { editDistance: typoDistance(term.length) });
        if (term.length >= 3) query.term(term, { wildcard: lunr.Query.wildcard.TRAILING });
      });
      for (const hit of hits) scores.set(+hit.ref, (scores.get(+hit.ref) || 0) + hit.score);
    }
    return scores;
  }

  function numbers(kind, values) {
    return new Set((values || []).map((value) => lookup[kind].get(value)).filter((n) => n !== undefined));
  }

  function passesFilters(row, filters, wanted) {
    if (filters.accepting !== false && row[ROW.state] !== "open") return false;
    for (const kind of ["goals", "languages", "formats", "stages", "experiences"]) {
      const want = wanted[kind];
      if (want.size && !row[ROW[kind]].some((value) => want.has(value))) return false;
    }
    if (wanted.skills.size) {
      const has = new Set(row[ROW.skills]);
      const matches = [...wanted.skills].filter((skill) => has.has(skill)).length;
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
    const scored = [];
    for (const [position, row] of index.mentors.entries()) {
      if (!passesFilters(row, filters, wanted)) continue;
      const overlap = timezone ? overlapHours(timezone, index.zones[row[ROW.zone]]) : null;
      if (minimumOverlap && (overlap === null || overlap < minimumOverlap)) continue;
      const skills = new Set(row[ROW.skills]);
      const goals = new Set(row[ROW.goals].map((goal) => -goal - 1));
      const covered = intents.filter((intent) =>
        [...intent.targets].some((target) => (target >= 0 ? skills : goals).has(target)));
      const textScore = text_.get(position) || 0;
      if ((intents.length && !covered.length) || (!intents.length && words.length && !textScore)) continue;
      scored.push({ position, row, covered, overlap, textScore });
    }
    const best = Math.max(0, ...scored.map((match) => match.covered.length));
    const topText = Math.max(0, ...scored.map((match) => match.textScore)) || 1;
    const results = scored
      .filter((match) => match.covered.length === best)
      .map((match) => {
        const score = match.covered.reduce((sum, intent) => sum + QUALITY[intent.how], 0)
          + Math.round((match.textScore / topText) * 100) / 200;
        return { match, score, rank: dailyRank(match.row[ROW.id], seed) };
      })
      .sort((a, b) => b.score - a.score || a.rank - b.rank)
      .map(({ match, score }) => ({
        id: match.row[ROW.id],
        score: Math.round(score * 1000) / 1000,
        reasons: reasons(match, preferred),
      }));
    return { results, partial: results.length > 0 && best < intents.length };
  }

  function reasons({ row, covered, overlap, textScore }, preferred) {
    const skills = new Set(row[ROW.skills]);
    const goals = new Set(row[ROW.goals].map((goal) => -goal - 1));
    const matched = { skills: [], goals: [] };
    for (const intent of covered) {
      for (const target of intent.targets) {
        if (!(target >= 0 ? skills : goals).has(target)) continue;
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
