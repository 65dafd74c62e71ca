// Overlap between two people's meeting windows, each in their own zone (time.js).

import assert from "node:assert/strict";
import { test } from "node:test";

import { overlapHours, overlapsWith } from "../../theme/assets/mentor-directory/time.js";
import { index, SEED, stem, wholeMatcher } from "./fixture.mjs";

const WINTER = new Date("2026-01-14T12:00:00Z"); // a Wednesday
const named = Object.fromEntries(index.windows.named.map(([id, , window]) => [id, [window]]));

test("without windows, the 08:00-20:00 day of each person", () => {
  assert.equal(overlapHours("Europe/Berlin", "Europe/Berlin", WINTER), 12);
  assert.equal(overlapHours("Europe/Berlin", "America/New_York", WINTER), 6);
  assert.equal(overlapHours("Asia/Kolkata", "Europe/London", WINTER), 6.5);
});

test("evenings meet evenings; weekends meet only weekends", () => {
  const evenings = named["weekday-evenings"];
  assert.equal(overlapHours("Europe/Berlin", "Europe/Berlin", WINTER, evenings, evenings), 5);
  assert.equal(overlapHours("Europe/Berlin", "Europe/Berlin", WINTER, evenings), 3);
  assert.equal(overlapHours("Europe/Berlin", "Europe/Berlin", WINTER, evenings, named.weekends), 0);
  // Saturday 10:00-14:00 in Sao Paulo is 14:00-18:00 in Berlin: inside Berlin's weekend.
  assert.equal(overlapHours("Europe/Berlin", "America/Sao_Paulo", WINTER, named.weekends,
    [[0b0100000, 600, 840]]), 4);
  // A night shift past midnight, 22:00-02:00 in Berlin, meets a New York evening 18:00-22:00.
  assert.equal(overlapHours("America/New_York", "Europe/Berlin", WINTER, [[0b1111111, 1080, 1320]],
    [[0b1111111, 1320, 120]]), 2);
});

test("the overlap filter and reason use the mentor's windows and the mentee's choice", async () => {
  const matcher = await wholeMatcher();
  const hours = (id, when) => matcher.rank("", { accepting: false, timezone: "Asia/Seoul", when },
    { seed: SEED }).all.find((result) => result.id === id).reasons.overlapHours;
  assert.equal(hours("lee", []), 3); // Lee's weekday evenings against a Seoul 08:00-20:00 day
  assert.equal(hours("lee", ["weekday-evenings"]), 5);
  assert.equal(hours("lee", ["weekday-mornings"]), 0);
  const within = (when, minimum) => matcher.rank("", { accepting: false, timezone: "Asia/Seoul",
    when, overlapHours: minimum }, { seed: SEED }).all.map((result) => result.id);
  assert.ok(!within(["weekends"], 1).includes("lee"));
  assert.ok(within(["weekday-evenings"], 4).includes("lee"));
  const row = matcher.layout;
  const lee = matcher.search("", { accepting: false }, { seed: SEED }).find((result) => result.id === "lee").row;
  assert.equal(overlapsWith(index, "Asia/Seoul", ["weekday-evenings"], WINTER)(lee[row.zone], lee[row.windows]), 5);
});
