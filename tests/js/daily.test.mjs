import assert from "node:assert/strict";
import { test } from "node:test";

import { createDailyOrder, dailyRank } from "../../theme/assets/mentor-directory/daily.js";

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
