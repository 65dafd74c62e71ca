// The filters of the "Circles and events" page: kind, goal, language and "has places".
// Every card is in the page; filtering hides cards, so without this script all are listed.

import { _, ngettext } from "./messages.js";

export const FILTERS = ["kind", "goal", "language", "places"];

/** Whether a card (its data-kind, data-goals, data-languages, data-places) passes the filters. */
export function matches(card, state) {
  return (!state.kind || card.kind === state.kind)
    && (!state.goal || card.goals.split(" ").includes(state.goal))
    && (!state.language || card.languages.split(" ").includes(state.language))
    && (!state.places || card.places === "open");
}

export function readState(search) {
  const params = new URLSearchParams(search);
  return Object.fromEntries(FILTERS.map((name) => [name, params.get(name) || ""]));
}

function formState(form) {
  return {
    kind: form.elements.kind.value,
    goal: form.elements.goal.value,
    language: form.elements.language.value,
    places: form.elements.places.checked ? "open" : "",
  };
}

function setForm(form, state) {
  for (const name of ["kind", "goal", "language"]) {
    const select = form.elements[name];
    select.value = [...select.options].some((option) => option.value === state[name]) ? state[name] : "";
  }
  form.elements.places.checked = state.places === "open";
}

function writeState(state) {
  const params = new URLSearchParams();
  for (const name of FILTERS) if (state[name]) params.set(name, state[name]);
  const url = `${location.pathname}${params.size ? `?${params}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(null, "", url);
}

export function bindFilters(root) {
  const form = root.querySelector("[data-session-filters]");
  const cards = [...root.querySelectorAll("[data-session-list] > [data-session-id]")];
  const status = root.querySelector("[data-session-count]");
  if (!form || !cards.length) return;
  function apply(state) {
    let shown = 0;
    for (const card of cards) {
      card.hidden = !matches(card.dataset, state);
      if (!card.hidden) shown += 1;
    }
    const filtered = FILTERS.some((name) => state[name]);
    status.textContent = !filtered
      ? ngettext("{count} upcoming session.", "{count} upcoming sessions.", shown)
      : shown ? ngettext("{count} upcoming session matches.", "{count} upcoming sessions match.", shown)
        : _("No upcoming session matches. Try fewer filters.");
  }
  form.addEventListener("change", () => {
    const state = formState(form);
    writeState(state);
    apply(state);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  setForm(form, readState(location.search));
  form.hidden = false;
  apply(formState(form));
}
