// node --test: session dates on the clock of a given zone, with Intl's zone data, written as the
// site's language writes dates (English: en-GB, as the build's). Between two days, and in
// French, Intl sets the dash of a range between thin spaces (U+2009).
import { test } from "node:test";
import assert from "node:assert/strict";

import catalogue, { formats } from "../../theme/assets/mentor-directory/catalogue.js";
import { useMessages } from "../../theme/assets/mentor-directory/messages.js";
import { formatMeeting, shortMoment, zoneName } from "../../theme/assets/mentor-directory/session-times.js";

const START = new Date("2026-12-01T18:30:00Z");
const END = new Date("2026-12-01T19:45:00Z");

test("a meeting on the clock of another zone", () => {
  assert.equal(formatMeeting(START, END, "Europe/London"), "Tuesday, 1 December 2026, 18:30–19:45");
  assert.equal(formatMeeting(START, END, "Asia/Tokyo"), "Wednesday, 2 December 2026, 03:30–04:45");
  assert.equal(formatMeeting(START, END, "America/Sao_Paulo"), "Tuesday, 1 December 2026, 15:30–16:45");
});

test("a meeting that crosses midnight in the visitor's zone names both days", () => {
  assert.equal(formatMeeting(START, END, "Asia/Kolkata"),
    "Wednesday, 2 December 2026, 00:00–01:15");
  assert.equal(formatMeeting(new Date("2026-12-01T18:00:00Z"), END, "Asia/Kolkata"),
    "Tuesday, 1 December 2026 at 23:30\u2009–\u2009Wednesday, 2 December 2026 at 01:15");
});

test("daylight saving time is the zone's own on each date", () => {
  const summer = new Date("2026-07-07T17:30:00Z");
  assert.equal(shortMoment(summer, "Europe/London"), "Tue 7 Jul, 18:30");
  assert.equal(shortMoment(START, "Europe/London"), "Tue 1 Dec, 18:30");
});

test("dates and times in the site's language", () => {
  try {
    useMessages({}, "fr");
    assert.equal(formatMeeting(START, END, "Europe/Paris"), "mardi 1 décembre 2026, 19:30\u2009–\u200920:45");
    assert.equal(shortMoment(START, "Europe/Paris"), "mar. 1 déc., 19:30");
  } finally {
    useMessages(catalogue, formats);
  }
});

test("zone names read with spaces", () => {
  assert.equal(zoneName("America/Argentina/Buenos_Aires"), "America/Argentina/Buenos Aires");
});
