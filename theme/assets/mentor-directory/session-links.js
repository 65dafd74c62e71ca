// "Circles and events for this": links under the directory's results to upcoming sessions for
// the goals and skills a search names or ticks. It reads the search from the URL when the page
// loads and from the directory's "mentor-directory:search" event as the visitor types (the one
// line directory.js dispatches, with { search, goals, skills } as its detail).

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
  const places = session.placesLeft === null ? "" : session.canSignUp ? `, ${session.placesLeft} ${session.placesLeft === 1 ? "place" : "places"} left` : ", full";
  item.append(anchor, ` (${session.kindLabel}, next ${shortMoment(new Date(session.next), zone)} your time${places})`);
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
  title.textContent = "Circles and events for this";
  const list = document.createElement("ul");
  const all = document.createElement("p");
  const allLink = document.createElement("a");
  allLink.href = new URL("sessions/", siteRoot).href;
  allLink.textContent = "All circles and events";
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
