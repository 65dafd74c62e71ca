import assert from "node:assert/strict";
import { test } from "node:test";

import { createDailyOrder, dailyRank, dailyRanks, orderByRanks } from "../../theme/assets/mentor-directory/daily.js";

const SIZE = 1000;
const CARDS = 64;

test("the day's order holds every mentor once, a card page at a time, and changes daily", () => {
  const days = createDailyOrder(SIZE, CARDS);
  const order = [...days.order("2026-1-1")];
  assert.deepEqual([...order].sort((a, b) => a - b), Array.from({ length: SIZE }, (_, n) => n));
  const pages = order.map((position) => Math.floor(position / CARDS));
  const runs = pages.filter((page, at) => at === 0 || page !== pages[at - 1]);
  assert.equal(runs.length, Math.ceil(SIZE / CARDS)); // each page's mentors side by side
  assert.deepEqual([...days.order("2026-1-1")], order);
  assert.notDeepEqual([...days.order("2026-1-2")], order);
  assert.ok(dailyRank(7, "2026-1-1") !== dailyRank(7, "2026-1-2"));
});

test("sorting some mentors puts them in the day's order, as walking it would", () => {
  const days = createDailyOrder(SIZE, CARDS);
  const some = new Set([999, 0, 64, 65, 500, 3, 777]);
  const walked = [...days.order("2026-3-7")].filter((position) => some.has(position));
  assert.deepEqual([...days.sort("2026-3-7", Int32Array.from(some))], walked);
  assert.deepEqual([...days.sort("2026-3-7", new Int32Array(0))], []);
});

test("many daily ranks at once are those of each key", () => {
  const ranks = dailyRanks(150, "2026-1-1", "page ");
  assert.deepEqual([...ranks], Array.from({ length: 150 }, (_, n) => dailyRank(`page ${n}`, "2026-1-1")));
  assert.equal(dailyRanks(12, "2026-12-31")[11], dailyRank(11, "2026-12-31"));
});

test("ordering by ranks: by page rank, then own rank, then position, even when ranks tie", () => {
  // Few distinct ranks, so that pages and mentors tie: a plain sort of everyone is the reference.
  let state = 7;
  const draw = (distinct) => (state = (state * 48271) % 2147483647) % distinct;
  for (const [size, cardSize] of [[0, 4], [1, 4], [10, 4], [97, 8], [64, 1]]) {
    const pageRank = Float64Array.from({ length: Math.ceil(size / cardSize) }, () => draw(3));
    const daily = Float64Array.from({ length: size }, () => draw(5));
    const page = (position) => pageRank[Math.floor(position / cardSize)];
    const expected = Array.from({ length: size }, (_, n) => n)
      .sort((a, b) => page(a) - page(b) || daily[a] - daily[b] || a - b);
    assert.deepEqual([...orderByRanks(pageRank, daily, cardSize)], expected, `${size} by ${cardSize}`);
  }
});
