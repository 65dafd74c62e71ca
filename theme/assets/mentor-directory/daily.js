// The day's order of equally good matches: it changes daily, so that no mentor is always first,
// and stays the same all day. Mentors are ordered by the day's order of card pages, then within
// a page: the first results of a day then need a page or two of cards, not one page per card.

/** A number from 0 to 2^32 that orders equally good matches differently each day. */
export function dailyRank(key, seed) {
  let hash = 2166136261;
  for (const char of `${seed} ${key}`) {
    hash ^= char.codePointAt(0);
    hash = Math.imul(hash, 16777619) >>> 0;
  }
  return hash;
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
      const pages = Math.ceil(size / cardSize);
      const pageRank = Float64Array.from({ length: pages }, (_, page) => dailyRank(`page ${page}`, seed));
      const page = (position) => pageRank[Math.floor(position / cardSize)];
      const daily = Float64Array.from({ length: size }, (_, position) => dailyRank(position, seed));
      const order = Int32Array.from({ length: size }, (_, position) => position)
        .sort((a, b) => page(a) - page(b) || daily[a] - daily[b]);
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
