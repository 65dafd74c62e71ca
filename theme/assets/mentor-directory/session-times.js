// Session dates in the visitor's own time zone, with the session's zone beside them.
// The page is built with each <time data-session-time> in the session's zone, so it reads right
// without this script; Intl.DateTimeFormat does the conversion, with the browser's zone data,
// and writes the dates and times as the site's language does.

import { _, siteLanguage } from "./messages.js";

export function visitorZone() {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** "Tuesday, 1 December 2026, 19:30–20:45" on the clock of `zone` (both days when it ends on
 *  the next). */
export function formatMeeting(start, end, zone) {
  return new Intl.DateTimeFormat(siteLanguage(), { dateStyle: "full", timeStyle: "short", timeZone: zone })
    .formatRange(start, end);
}

/** "Tue 1 Dec, 19:30": a short form for links. */
export function shortMoment(start, zone) {
  return new Intl.DateTimeFormat(siteLanguage(), {
    weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone: zone,
  }).format(start);
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
    // Translators: a session's time on its own clock, after the same time on the visitor's.
    const beside = _("({when} in {zone})", { when: formatMeeting(start, end, own), zone: zoneName(own) });
    session.textContent = ` ${beside}`;
    time.textContent = _("{when}, your time", { when: formatMeeting(start, end, zone) });
    time.after(session);
  }
  const note = root.querySelector("[data-session-zone-note]");
  if (note && zone && !note.dataset.localised) {
    note.dataset.localised = zone;
    note.textContent = _("Times are shown in your time zone ({zone}), with the session's beside them.",
      { zone: zoneName(zone) });
  }
}
