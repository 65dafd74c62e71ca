// Circles, office hours and events: the page behaviour of their pages and of the directory's
// "Circles and events for this" links. Plain ES module; every page works without it.
//   window.mentorDirectorySessions.ready  a promise, resolved once the links are bound (directory)

import { bindFilters } from "./session-filter.js";
import { bindSessionLinks } from "./session-links.js";
import { localiseTimes } from "./session-times.js";

const SITE_ROOT = new URL("../../", import.meta.url); // this file is assets/mentor-directory/

function bind() {
  localiseTimes(document);
  const list = document.querySelector("[data-sessions]");
  if (list && !list.dataset.started) {
    list.dataset.started = "true";
    bindFilters(list);
  }
  const directory = document.querySelector("[data-directory]");
  if (directory && directory.dataset.sessionsIndex && !directory.dataset.sessionsStarted) {
    directory.dataset.sessionsStarted = "true";
    // The index of the directory's language (a site in several languages has one in each).
    const index = new URL(directory.dataset.sessionsIndex, document.baseURI);
    const ready = bindSessionLinks(directory, index, SITE_ROOT);
    window.mentorDirectorySessions = { ready };
    ready.catch((error) => console.error(error));
  }
}

// With Material's instant navigation, scripts run once: re-bind on every page it swaps in.
if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(bind);
} else {
  bind();
}
