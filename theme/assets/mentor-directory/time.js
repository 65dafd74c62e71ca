// Time: overlap between two people's working days, and the date that seeds the daily order.

const WORKDAY = [8, 20]; // without meeting windows: 08:00 to 20:00 in each person's zone, daily
const offsets = new Map();

/** Today as the seed of the day's order of equally good matches. */
export function today() {
  const now = new Date();
  return `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()}`;
}

/** Hours a zone is ahead of UTC on a date, from the browser's own time zone database. */
function utcOffset(zone, date) {
  const name = `${zone} ${date.toDateString()}`;
  if (!offsets.has(name)) {
    let written;
    try {
      // Read, never shown: the offset is parsed from the form English gives it ("GMT+05:30").
      written = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" })
        .formatToParts(date).find((part) => part.type === "timeZoneName").value;
    } catch {
      // A zone newer than this browser's time zone data: its offset is unknown, not an error.
      offsets.set(name, null);
      return null;
    }
    const found = /GMT([+-])(\d\d):(\d\d)/.exec(written);
    offsets.set(name, found ? (found[1] === "-" ? -1 : 1) * (+found[2] + found[3] / 60) : 0);
  }
  return offsets.get(name);
}

const SLOTS_PER_HOUR = 4; // quarter hours: every zone's offset from UTC is a whole number of them
const DAY = 24 * SLOTS_PER_HOUR;
const WEEK = 7 * DAY;
const EVERY_DAY = [[0b1111111, WORKDAY[0] * 60, WORKDAY[1] * 60]];
const weeks = new Map();

/** The quarter hours of the UTC week (from Monday 00:00) that windows cover, as 0 or 1 each, for
 *  a person `offset` hours ahead of UTC. A window is [days, start, end]: a bit per day (bit 0
 *  Monday), minutes after local midnight; an end at or before the start runs past midnight. */
function weekSlots(windows, offset) {
  const name = `${offset} ${JSON.stringify(windows)}`;
  if (!weeks.has(name)) {
    const slots = new Uint8Array(WEEK);
    const shift = Math.round(offset * SLOTS_PER_HOUR);
    for (const [days, start, end] of windows) {
      const first = Math.round(start / 15);
      const length = ((((Math.round(end / 15) - first) % DAY) + DAY) % DAY) || DAY;
      for (let day = 0; day < 7; day++) {
        if (!((days >> day) & 1)) continue;
        for (let step = 0; step < length; step++) {
          slots[((((day * DAY) + first + step - shift) % WEEK) + WEEK) % WEEK] = 1;
        }
      }
    }
    weeks.set(name, slots);
  }
  return weeks.get(name);
}

/** Hours two people can both meet on the best day of the first one's week, each within their own
 *  windows (08:00-20:00 every day when none are given) in their own zone, at the offsets of the
 *  given date; null when a zone is unknown to this browser. The meeting windows the build declares
 *  (generator/workday.py) reach it through the match index. */
export function overlapHours(zoneA, zoneB, date = new Date(), windowsA = EVERY_DAY, windowsB = EVERY_DAY) {
  const offsetA = utcOffset(zoneA, date);
  const offsetB = utcOffset(zoneB, date);
  if (offsetA === null || offsetB === null) return null;
  const a = weekSlots(windowsA, offsetA);
  const b = weekSlots(windowsB, offsetB);
  const perDay = new Array(7).fill(0);
  const shiftA = Math.round(offsetA * SLOTS_PER_HOUR);
  for (let slot = 0; slot < WEEK; slot++) {
    if (a[slot] && b[slot]) perDay[Math.floor((((slot + shiftA) % WEEK) + WEEK) % WEEK / DAY)]++;
  }
  return Math.round((Math.max(...perDay) / SLOTS_PER_HOUR) * 2) / 2;
}

/** For a mentee in `zone` who can meet in the named windows `when` (ids of index.windows.named;
 *  none: the default day), a function giving the hours of overlap with a mentor by the mentor's
 *  zone (a position in index.zones) and set of meeting windows (in index.windows.sets; -1: none). */
export function overlapsWith(index, zone, when = [], date = new Date()) {
  const { windows } = index;
  const chosen = windows.named.filter(([id]) => when.includes(id)).map(([, , window]) => window);
  const mine = chosen.length ? chosen : [windows.default];
  const found = new Map();
  return (mentorZone, set) => {
    const name = `${mentorZone} ${set}`;
    if (!found.has(name)) {
      found.set(name, overlapHours(zone, index.zones[mentorZone], date, mine,
        set >= 0 ? windows.sets[set] : [windows.default]));
    }
    return found.get(name);
  };
}
