// "Circles and events for this": links under the directory's results to upcoming sessions for
// the goals and skills a search names or ticks. It reads the search from the URL when the page
// loads and from the directory's "mentor-directory:search" event as the visitor types (the one
// line directory.js dispatches, with { search, goals, skills } as its detail).

import { _, ngettext } from "./messages.js";
import { readIndex, sessionsFor } from "./session-terms.js";
import { shortMoment, visitorZone } from "./session-times.js";

export const SEARCH_EVENT = "mentor-directory:search";
const SHOWN = 4; // links at most; the list page has the rest

function stateFromUrl(search) {
  const params = new URLSearchParams(search);
  const list = (name) => (params.get(name) || "").split(",").filter(Boolean);
  return { search: params.get("search") || "", goals: list("goals"), skills: list("skills") };
}

function link(session, siteRoot, zone) {
  const item = document.createElement("li");
  const anchor = document.createElement("a");
  anchor.href = new URL(session.url, siteRoot).href;
  anchor.textContent = session.title;
  const values = { kind: session.kindLabel, when: shortMoment(new Date(session.next), zone) };
  // Translators: {kind} is the kind of session ("Circle"), {when} its next meeting on the visitor's clock.
  const about = session.placesLeft === null ? _("({kind}, next {when} your time)", values)
    : session.canSignUp ? ngettext("({kind}, next {when} your time, {count} place left)",
      "({kind}, next {when} your time, {count} places left)", session.placesLeft, values)
      : _("({kind}, next {when} your time, full)", values);
  item.append(anchor, " ", about);
  return item;
}

/** Adds the links box after the directory's results and keeps it in step with the search. */
export async function bindSessionLinks(root, indexUrl, siteRoot) {
  const response = await fetch(indexUrl);
  if (!response.ok) throw new Error(`could not load ${indexUrl}: ${response.status}`);
  const read = readIndex(await response.json());
  const box = document.createElement("section");
  box.className = "mdir-session-links";
  box.dataset.sessionLinks = "";
  box.setAttribute("aria-labelledby", "mdir-session-links-title");
  box.hidden = true;
  const title = document.createElement("h2");
  title.id = "mdir-session-links-title";
  title.textContent = _("Circles and events for this");
  const list = document.createElement("ul");
  const all = document.createElement("p");
  const allLink = document.createElement("a");
  allLink.href = new URL("./", indexUrl).href; // the list page, where the index is
  allLink.textContent = _("All circles and events");
  all.append(allLink);
  box.append(title, list, all);
  (root.querySelector("[data-directory-results]")?.closest("section") || root).after(box);
  const zone = visitorZone();
  function update(state) {
    const found = state.search.trim() || state.goals.length || state.skills.length ? sessionsFor(read, state) : [];
    list.replaceChildren(...found.slice(0, SHOWN).map((session) => link(session, siteRoot, zone)));
    box.hidden = !found.length;
  }
  document.addEventListener(SEARCH_EVENT, (event) => update({ goals: [], skills: [], search: "", ...event.detail }));
  window.addEventListener("popstate", () => update(stateFromUrl(location.search)));
  update(stateFromUrl(location.search));
}
