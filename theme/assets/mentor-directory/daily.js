// The day's order of equally good matches: it changes daily, so that no mentor is always first,
// and stays the same all day. Mentors are ordered by the day's order of card pages, then within
// a page: the first results of a day then need a page or two of cards, not one page per card.

const FNV_OFFSET = 2166136261;

/** FNV-1a over the code points of `text`, continuing from `hash`. */
function fnv(hash, text) {
  for (const char of text) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
}

/** A number from 0 to 2^32 that orders equally good matches differently each day. */
export function dailyRank(key, seed) {
  return fnv(FNV_OFFSET, `${seed} ${key}`);
}

/** dailyRank(`${prefix}${n}`, seed) for n from 0 to count - 1, the seed's part hashed once:
 *  100,000 of them in a few milliseconds. */
export function dailyRanks(count, seed, prefix = "") {
  const start = fnv(FNV_OFFSET, `${seed} ${prefix}`);
  const ranks = new Float64Array(count);
  for (let n = 0; n < count; n++) ranks[n] = fnv(start, String(n));
  return ranks;
}

/**
 * Mentor positions ordered by their card page's rank, then by their own (`daily`), then by
 * position; pages hold `cardSize` positions each. Sorting each page's few mentors, instead of
 * every mentor at once, takes a tenth of the time at 100,000.
 */
export function orderByRanks(pageRank, daily, cardSize) {
  const size = daily.length;
  const pages = Int32Array.from(pageRank.keys()).sort((a, b) => pageRank[a] - pageRank[b] || a - b);
  const order = new Int32Array(size);
  let filled = 0;
  for (let first = 0; first < pages.length;) {
    // Pages of equal rank (a hash collision) make one run, their mentors mixed by their own rank.
    let end = first + 1;
    while (end < pages.length && pageRank[pages[end]] === pageRank[pages[first]]) end++;
    const run = [];
    for (let at = first; at < end; at++) {
      const last = Math.min(size, (pages[at] + 1) * cardSize);
      for (let position = pages[at] * cardSize; position < last; position++) run.push(position);
    }
    run.sort((a, b) => daily[a] - daily[b] || a - b);
    order.set(run, filled);
    filled += run.length;
    first = end;
  }
  return order;
}

/**
 * The day's order of `size` mentors shown in card pages of `cardSize`, worked out once per seed
 * (a day): `order(seed)` every mentor's position in that order, `sort(seed, positions)` some
 * mentors put in that order.
 */
export function createDailyOrder(size, cardSize) {
  const days = new Map(); // seed -> {order: positions in the day's order, place: each one's place}

  function day(seed) {
    if (!days.has(seed)) {
      const pageRank = dailyRanks(Math.ceil(size / cardSize), seed, "page ");
      const order = orderByRanks(pageRank, dailyRanks(size, seed), cardSize);
      const place = new Int32Array(size);
      order.forEach((position, at) => { place[position] = at; });
      days.set(seed, { order, place });
    }
    return days.get(seed);
  }

  return {
    order: (seed) => day(seed).order,
    /** Puts distinct mentor positions (an Int32Array, changed in place) in the day's order: for
     *  a few mentors, sorting their places is quicker than walking every mentor's order. */
    sort(seed, positions) {
      const { order, place } = day(seed);
      for (let i = 0; i < positions.length; i++) positions[i] = place[positions[i]];
      positions.sort();
      for (let i = 0; i < positions.length; i++) positions[i] = order[positions[i]];
      return positions;
    },
  };
}
