// Session dates in the visitor's own time zone, with the session's zone beside them.
// The page is built with each <time data-session-time> in the session's zone, so it reads right
// without this script; Intl.DateTimeFormat does the conversion, with the browser's zone data.

const DATE = { weekday: "long", day: "numeric", month: "long", year: "numeric" };
const TIME = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

export function visitorZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "Tuesday 1 December 2026", as the build writes it (generator/session_pages.py), whatever
 *  punctuation this browser's locale data would put between the parts. */
function dayText(moment, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", { ...DATE, timeZone: zone })
    .formatToParts(moment).map(({ type, value }) => [type, value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
}

/** "Tuesday 1 December 2026, 19:30–20:45" on the clock of `zone`. */
export function formatMeeting(start, end, zone) {
  const time = new Intl.DateTimeFormat("en-GB", { ...TIME, timeZone: zone });
  const day = dayText(start, zone);
  const until = dayText(end, zone) === day ? time.format(end) : `${dayText(end, zone)}, ${time.format(end)}`;
  return `${day}, ${time.format(start)}–${until}`;
}

/** "Tue 1 Dec, 19:30": a short form for links. */
export function shortMoment(start, zone) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat("en-GB", {
    weekday: "short", day: "numeric", month: "short", ...TIME, timeZone: zone,
  }).formatToParts(start).map(({ type, value }) => [type, value]));
  return `${parts.weekday} ${parts.day} ${parts.month}, ${parts.hour}:${parts.minute}`;
}

export function zoneName(zone) {
  return zone.replace(/_/g, " ");
}

/** Rewrites every session time under `root` into `zone`; the session's own stays beside it. */
export function localiseTimes(root, zone = visitorZone()) {
  for (const time of root.querySelectorAll("time[data-session-time]:not([data-localised])")) {
    const own = time.dataset.zone;
    time.dataset.localised = zone;
    if (!zone || zone === own) continue;
    const start = new Date(time.dateTime);
    const end = new Date(time.dataset.end);
    const session = document.createElement("span");
    session.className = "mdir-session__zone";
    session.textContent = ` (${formatMeeting(start, end, own)} in ${zoneName(own)})`;
    time.textContent = `${formatMeeting(start, end, zone)}, your time`;
    time.after(session);
  }
  const note = root.querySelector("[data-session-zone-note]");
  if (note && zone && !note.dataset.localised) {
    note.dataset.localised = zone;
    note.textContent = `Times are shown in your time zone (${zoneName(zone)}), with the session's beside them.`;
  }
}
