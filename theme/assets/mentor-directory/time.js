// Time: overlap between two people's working days, and the date that seeds the daily order.

const WORKDAY = [8, 20]; // "working hours" for overlap: 08:00 to 20:00 in each person's zone
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
