// node --test: session dates on the clock of a given zone, with Intl's zone data.
import { test } from "node:test";
import assert from "node:assert/strict";

import { formatMeeting, shortMoment, zoneName } from "../../theme/assets/mentor-directory/session-times.js";

const START = new Date("2026-12-01T18:30:00Z");
const END = new Date("2026-12-01T19:45:00Z");

test("a meeting on the clock of another zone", () => {
  assert.equal(formatMeeting(START, END, "Europe/London"), "Tuesday 1 December 2026, 18:30–19:45");
  assert.equal(formatMeeting(START, END, "Asia/Tokyo"), "Wednesday 2 December 2026, 03:30–04:45");
  assert.equal(formatMeeting(START, END, "America/Sao_Paulo"), "Tuesday 1 December 2026, 15:30–16:45");
});

test("a meeting that crosses midnight in the visitor's zone names both days", () => {
  assert.equal(formatMeeting(START, END, "Asia/Kolkata"),
    "Wednesday 2 December 2026, 00:00–01:15");
  assert.equal(formatMeeting(new Date("2026-12-01T18:00:00Z"), END, "Asia/Kolkata"),
    "Tuesday 1 December 2026, 23:30–Wednesday 2 December 2026, 01:15");
});

test("daylight saving time is the zone's own on each date", () => {
  const summer = new Date("2026-07-07T17:30:00Z");
  assert.equal(shortMoment(summer, "Europe/London"), "Tue 7 Jul, 18:30");
  assert.equal(shortMoment(START, "Europe/London"), "Tue 1 Dec, 18:30");
});

test("zone names read with spaces", () => {
  assert.equal(zoneName("America/Argentina/Buenos_Aires"), "America/Argentina/Buenos Aires");
});
