// Mentor Directory page behaviour. Plain ES module; every page works without it.
//
// On the directory page it loads the match index's core and the site's stemmers, then exposes
//   window.mentorDirectory.ready            a promise, resolved once search works and shows its first results
//   window.mentorDirectory.search(text, filters = {})  -> Promise of [{id, score, matchesAll, reasons}]
//   window.mentorDirectory.rank(text, filters = {})    -> Promise of {all, part, understood, words}
// and runs the search form with it, fetching the index's chunks a search needs. Nothing typed
// leaves the browser: chunks are chosen by the index's layout, the same files for everyone.

import { lazyArray } from "./lazy-array.js";
import { createMatcher } from "./match.js";
import { PAGE_LANGUAGE, _, formatList, ngettext, number, pieces } from "./messages.js";
import { combineStemmers } from "./text.js";
import { bindRequests, mailtoLink, requestChannel, requestSettings, revealEmail } from "./request.js";

const SHOWN_SKILLS = 30; // skill options listed at once (by how many results have them)
const PAGE_SIZE = 30; // result cards rendered at a time
const TYPING_DELAY = 150; // ms without a keystroke before results update
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
// Wide enough to show the filters beside everything else; on a phone they wait behind "Filters".
const WIDE = "(min-width: 60em)";

/** Turns an obscured address back into a mailto link, only when the visitor asks for it. */
function bindEmailButtons(root) {
  for (const button of root.querySelectorAll("button[data-email]:not([data-bound])")) {
    button.dataset.bound = "true";
    button.addEventListener("click", () => {
      const address = revealEmail(button.dataset.email);
      const link = document.createElement("a");
      link.href = mailtoLink(address);
      link.textContent = address;
      button.replaceWith(link);
      link.focus();
    }, { once: true });
  }
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: ${response.status}`);
  return response.json();
}

/**
 * Loads the index's core and the stemmers of the page's language (written by the build beside
 * this script: generator/stemmer_js.py) in parallel; resolves to the core and its matcher.
 */
async function loadMatcher(root) {
  const core = new URL(root.dataset.matchIndex, document.baseURI);
  const [index, stemmers] = await Promise.all([
    fetchJson(core),
    import(new URL(`stemmers-${PAGE_LANGUAGE}.js`, import.meta.url)).then((module) => module.default),
  ]);
  const matcher = createMatcher(index, { stem: combineStemmers(stemmers),
    load: (path) => fetchJson(new URL(path, core)) });
  // The first results in a task of their own: a phone answers a tap between the two.
  await new Promise((resolve) => setTimeout(resolve));
  return { index, matcher };
}

function browserLanguages() {
  return [...new Set((navigator.languages || [navigator.language]).map((tag) => tag.split("-")[0]))];
}

function withDefaults(filters) {
  return { timezone: BROWSER_ZONE, ...filters };
}

// ---- URL state: every search can be shared, bookmarked, and walked with back and forward ----

function readState(keys) {
  const params = new URLSearchParams(location.search);
  const list = (name) => (params.get(name) || "").split(",").filter(Boolean);
  return {
    search: params.get("search") || "",
    ...Object.fromEntries(keys.map((key) => [key, list(key)])),
    skillsMode: params.get("skills_mode") === "all" ? "all" : "any",
    accepting: params.get("accepting") !== "all",
    overlapHours: Number(params.get("overlap")) || 0,
    when: params.get("when") || "",
  };
}

function writeState(keys, state, push) {
  const params = new URLSearchParams();
  if (state.search) params.set("search", state.search);
  for (const key of keys) if (state[key].length) params.set(key, state[key].join(","));
  if (state.skillsMode === "all") params.set("skills_mode", "all");
  if (!state.accepting) params.set("accepting", "all");
  if (state.overlapHours) params.set("overlap", String(state.overlapHours));
  if (state.when) params.set("when", state.when);
  const url = `${location.pathname}${params.size ? `?${params}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) {
    history[push ? "pushState" : "replaceState"](null, "", url);
  }
}

// ---- Building the form and the cards (text goes in through textContent only) ----

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false && value !== null && value !== undefined) node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children);
  return node;
}

function buildFilters(container, index, matcher) {
  const options = new Map(); // "goals:promotion-readiness" -> {input, count, item}
  const zoneLabel = BROWSER_ZONE.replace(/_/g, " ");
  const availability = element("fieldset", { class: "mdir-facet mdir-facet--open" },
    element("legend", {}, _("Availability")),
    element("label", {}, element("input", { type: "checkbox", name: "accepting", checked: true }),
      " ", _("Only mentors accepting new mentees")),
    element("label", { for: "mdir-overlap" }, _("Overlap with my day ({zone})", { zone: zoneLabel })),
    element("select", { id: "mdir-overlap", name: "overlap" },
      element("option", { value: 0 }, _("Any time")),
      ...[1, 2, 4].map((hours) => element("option", { value: hours },
        ngettext("At least {count} hour", "At least {count} hours", hours)))),
    // When the mentee can meet: the build's named windows (generator/workday.py).
    element("label", { for: "mdir-when" }, _("I can meet")),
    element("select", { id: "mdir-when", name: "when" },
      element("option", { value: "" }, index.windows.default_label),
      ...index.windows.named.map(([id, label]) => element("option", { value: id }, label))));
  container.append(availability);
  for (const { key, legend } of index.format.facets) {
    const entries = key === "skills"
      ? index.lists.skills.filter((_, n) => matcher.vocabulary.byKind.skills[n].count)
      : index.lists[key];
    if (!entries.length) continue;
    const list = element("ul", { class: "mdir-options" });
    // Until counts for the results are known, the skills most mentors list.
    const common = new Set(key === "skills" ? matcher.vocabulary.byKind.skills.filter((skill) => skill.count)
      .sort((a, b) => b.count - a.count).slice(0, SHOWN_SKILLS).map((skill) => skill.entry) : []);
    for (const [id, label] of entries) {
      const input = element("input", { type: "checkbox", name: key, value: id });
      const count = element("span", { class: "mdir-count" });
      const item = element("li", { hidden: key === "skills" && !common.has(id) }, element("label", {}, input, ` ${label} `, count));
      options.set(`${key}:${id}`, { input, count, item });
      list.append(item);
    }
    const fieldset = element("fieldset", {}, element("legend", { class: "mdir-visually-hidden" }, legend));
    if (key === "skills") fieldset.append(skillsMode());
    fieldset.append(list);
    container.append(element("details", { class: "mdir-facet", "data-facet": key },
      element("summary", {}, legend), fieldset));
  }
  return options;
}

/** "Show mentors with (•) any ( ) all of the chosen skills": one sentence around two radio
 *  buttons, so that a translation can put them where its grammar needs them. */
function skillsMode() {
  const choice = (value, text) => element("label", {},
    element("input", { type: "radio", name: "skills_mode", value, checked: value === "any" }), " ", text);
  // Translators: {any} and {all} are radio buttons, labelled with the next two messages: keep both.
  const sentence = _("Show mentors with {any} {all} of the chosen skills");
  return element("p", { class: "mdir-mode" }, ...pieces(sentence, {
    // Translators: a choice in "Show mentors with {any} {all} of the chosen skills".
    any: choice("any", _("any")),
    // Translators: a choice in "Show mentors with {any} {all} of the chosen skills".
    all: choice("all", _("all")),
  }));
}

function setFormState(form, options, state) {
  form.elements.search.value = state.search;
  form.elements.accepting.checked = state.accepting;
  form.elements.overlap.value = String(state.overlapHours);
  form.elements.when.value = state.when;
  for (const radio of form.querySelectorAll("input[name=skills_mode]")) radio.checked = radio.value === state.skillsMode;
  for (const [name, { input }] of options) {
    const [key, id] = name.split(/:(.*)/s);
    input.checked = state[key].includes(id);
  }
  for (const details of form.querySelectorAll("details[data-facet]")) {
    if (state[details.dataset.facet].length) details.open = true;
  }
  if (activeFilters(state, Object.keys(state))) {
    form.querySelector("[data-directory-filters-toggle]").open = true;
  }
}

/** How many filters differ from the defaults: each chosen option, availability and overlap. */
function activeFilters(state, keys) {
  const chosen = keys.filter((key) => Array.isArray(state[key]) && key !== "search")
    .reduce((sum, key) => sum + state[key].length, 0);
  return chosen + (state.accepting === false ? 1 : 0) + (state.overlapHours ? 1 : 0) + (state.when ? 1 : 0);
}

function formState(keys, form) {
  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
  return {
    search: form.elements.search.value,
    ...Object.fromEntries(keys.map((key) => [key, checked(key)])),
    skillsMode: checked("skills_mode")[0] || "any",
    accepting: form.elements.accepting.checked,
    overlapHours: Number(form.elements.overlap.value) || 0,
    when: form.elements.when.value,
  };
}

function filtersOf(keys, state) {
  const filters = { accepting: state.accepting, skillsMode: state.skillsMode };
  for (const key of keys) if (state[key].length) filters[key] = state[key];
  if (state.overlapHours) filters.overlapHours = state.overlapHours;
  if (state.when) filters.when = [state.when];
  return filters;
}

/** The positions of the mentors search() gives for a ranking: those who meet everything asked
 *  or, when nobody does, those who meet part of it. */
const searched = (ranking) => (ranking.positions.all.length ? ranking.positions.all : ranking.positions.part);

/** Counts beside each option: results with every other facet applied, but not its own. They
 *  read every option's postings, fetched once the filters are open. */
function updateCounts(options, index, matcher, state, results) {
  const counts = new Map();
  const keys = index.format.facets.map((facet) => facet.key);
  const within = new Uint8Array(index.mentors);
  for (const key of keys) {
    const base = state[key].length
      ? searched(matcher.rank(state.search.trim(), withDefaults(filtersOf(keys, { ...state, [key]: [] })),
        { preferredLanguages: browserLanguages() }))
      : results;
    within.fill(0);
    for (let at = 0; at < base.length; at++) within[base[at]] = 1;
    for (const concept of matcher.vocabulary.byKind[key]) {
      let count = 0;
      for (const position of matcher.postings(concept)) count += within[position];
      if (count) counts.set(`${key}:${concept.entry}`, count);
    }
  }
  const skills = [];
  for (const [name, option] of options) {
    const count = counts.get(name) || 0;
    // Translators: how many of the results an option would give, shown beside the option.
    option.count.textContent = _("({count})", { count: number(count) });
    if (name.startsWith("skills:")) skills.push([count, option]);
  }
  skills.sort((a, b) => b[0] - a[0]);
  skills.forEach(([count, option], rank) => {
    option.item.hidden = !option.input.checked && (rank >= SHOWN_SKILLS || count === 0);
  });
}

/** An entry read from a typo or an unfinished word, with what was typed. */
function typedAs(label, typed) {
  // Translators: a skill or goal the search read from a misspelt or unfinished word.
  return _("{label} (you typed “{typed}”)", { label, typed });
}

const labels = (entries) => formatList(entries.map((entry) => entry.label));

// The items of a card's reasons and of what a search was understood to ask are set apart by a
// middle dot, a separator rather than a word (as on the build's trust and background lines).
const SEPARATOR = " · ";

function why(result) {
  const { reasons } = result;
  const parts = [];
  for (const kind of ["skills", "goals", "offers", "formats"]) {
    for (const { label, typed, corrected, related } of reasons[kind]) {
      // Translators: a mentor's skill that is broader or narrower than the one asked for.
      parts.push(related ? _("{skill} (for {asked})", { skill: label, asked: related })
        : corrected ? typedAs(label, typed) : label);
    }
  }
  if (reasons.experiences.length) {
    parts.push(_("shares lived experience: {experiences}", { experiences: labels(reasons.experiences) }));
  }
  // Translators: the stages of a career the mentor mentors, such as "career changers".
  if (reasons.stages.length) parts.push(_("mentors: {stages}", { stages: labels(reasons.stages) }));
  // Translators: the words searched for are in the mentor's name or headline.
  if (reasons.text) parts.push(_("name or headline"));
  if (reasons.overlapHours !== null) {
    parts.push(reasons.overlapHours
      // Translators: h for hours, of the mentor's working day that overlap with the visitor's.
      ? ngettext("{count} h overlap with your day", "{count} h overlap with your day", reasons.overlapHours)
      : _("no overlap with your day"));
  }
  if (reasons.languages.length) parts.push(_("speaks {languages}", { languages: formatList(reasons.languages) }));
  // Each item may itself be a choice ("Python or Django"): listed plainly, without an "and".
  // Translators: what was asked that this mentor does not offer.
  if (reasons.missing.length) parts.push(_("not: {missing}", { missing: formatList(reasons.missing, "unit") }));
  return parts.length ? _("Why this match: {reasons}", { reasons: [...new Set(parts)].join(SEPARATOR) }) : "";
}

function avatar(row, layout) {
  if (row[layout.photo]) {
    return element("img", { class: "mdir-avatar mdir-avatar--small", src: row[layout.photo], alt: "",
      width: 56, height: 56, loading: "lazy", referrerpolicy: "no-referrer" });
  }
  return element("span", { class: `mdir-avatar mdir-avatar--small mdir-avatar--colour-${row[layout.colour]}`,
    "aria-hidden": "true" }, row[layout.initials]);
}

/** The card's request button, or why there is none (generator/templates/request.html). */
function requestControl(row, layout, index, settings) {
  const id = row[layout.id];
  if (row[layout.state] === "open" || row[layout.state] === "stale") {
    const [channel, target] = requestChannel(settings, id, row[layout.channel], row[layout.target]);
    return element("button", {
      type: "button", class: "md-button md-button--primary", "data-request": true,
      "data-request-id": id, "data-request-name": row[layout.name], "data-channel": channel,
      "data-target": target,
      "data-goals": JSON.stringify(row[layout.goals].map((n) => index.lists.goals[n].slice(0, 2))),
    }, _("Request mentorship"));
  }
  const waitlist = row[layout.waitlist] || settings.waitlist.replace("{mentor}", id);
  const text = row[layout.state] === "closed" ? _("Not accepting new mentees right now.") : _("All places are taken right now.");
  return element("p", { class: "mdir-request-closed" }, text,
    ...(waitlist ? [" ", element("a", { href: waitlist, rel: "nofollow noopener noreferrer" }, _("Join the waitlist"))] : []));
}

function card(template, index, layout, settings, result) {
  const { row } = result;
  const node = template.content.firstElementChild.cloneNode(true);
  const templateId = node.dataset.mentorId;
  const slot = (name) => node.querySelector(`[data-slot="${name}"]`);
  const id = row[layout.id];
  const names = (kind) => row[layout[kind]].map((n) => index.lists[kind][n][1]);
  node.dataset.mentorId = id;
  node.dataset.matches = result.matchesAll ? "all" : "part";
  slot("avatar").replaceChildren(avatar(row, layout));
  const link = slot("link");
  link.setAttribute("href", link.getAttribute("href").replace(templateId, id));
  link.textContent = row[layout.name];
  slot("pronouns").textContent = row[layout.pronouns] ? ` (${row[layout.pronouns]})` : "";
  slot("headline").textContent = row[layout.headline];
  slot("status").className = `mdir-status mdir-status--${row[layout.state]}`;
  slot("status").textContent = row[layout.status];
  const reason = why(result);
  slot("why").hidden = !reason;
  slot("why").textContent = reason;
  const matched = new Set(result.reasons.skills.map((skill) => skill.label));
  const skills = names("skills").sort((a, b) => matched.has(b) - matched.has(a));
  slot("skills").replaceChildren(...skills.map((label) =>
    element("li", { class: matched.has(label) ? "mdir-tag--match" : null }, label)));
  slot("goals").textContent = formatList(names("goals"), "unit");
  slot("trust").textContent = row[layout.trust] || "";
  slot("trust").hidden = !row[layout.trust];
  // Facts a mentor may leave out: their row of the card goes with them.
  for (const [name, text] of [["offers", formatList(names("offers"), "unit")], ["meets", row[layout.meets]],
    ["background", row[layout.background]]]) {
    slot(name).textContent = text || "";
    node.querySelector(`[data-fact="${name}"]`).hidden = !text;
  }
  slot("languages").textContent = formatList(names("languages"), "unit");
  slot("zone").textContent = index.zones[row[layout.zone]].replace(/_/g, " ");
  slot("request").replaceChildren(requestControl(row, layout, index, settings));
  return node;
}

/** The status line: how many mentors match, and when nobody matches everything, what was
 *  understood and which part of it no mentor meets. */
function summary(ranking, state, keys) {
  const { all, part, understood } = ranking;
  const asked = state.search.trim() || keys.some((key) => state[key].length) || state.overlapHours;
  const asks = understood.filter((item) => item.kind !== "text");
  if (!all.length && !part.length) {
    return asked
      ? _("No mentors match. Try fewer words or filters, or include mentors who are not accepting.")
      : _("No mentors are accepting new mentees right now.");
  }
  if (all.length && !asked) {
    return state.accepting
      ? ngettext("{count} mentor accepting new mentees.", "{count} mentors accepting new mentees.", all.length)
      : ngettext("{count} mentor in the directory.", "{count} mentors in the directory.", all.length);
  }
  if (all.length) {
    const matching = ngettext("{count} mentor matches.", "{count} mentors match.", all.length);
    return part.length
      ? `${matching} ${ngettext("{count} more matches part of it.", "{count} more match part of it.", part.length)}`
      : matching;
  }
  const none = asks.filter((item) => !item.mentors).map((item) => item.label);
  const values = { asked: asks.map((item) => item.label).join(SEPARATOR), missing: formatList(none, "unit") };
  const nobody = none.length
    // Translators: {missing} lists what was asked that no mentor offers (the plural: several things).
    ? ngettext("No mentor matches everything you asked ({asked}): no mentor offers {missing}.",
      "No mentor matches everything you asked ({asked}): no mentor offers any of {missing}.", none.length, values)
    : asks.length > 1
      ? _("No mentor matches everything you asked ({asked}): no mentor offers all of it together.", values)
      : _("No mentor matches everything you asked ({asked}).", values);
  return `${nobody} ${ngettext("{count} mentor matches part of it.", "{count} mentors match part of it.", part.length)}`;
}

/** The filter that would help when nobody matches everything: for lived experience, which
 *  mentors list only if they choose to, the Shared lived experience filter. */
function suggestion(ranking, index) {
  if (ranking.all.length) return null;
  const asks = ranking.understood.filter((item) => item.kind !== "text");
  const kind = (asks.find((item) => item.kind === "experiences") || asks.find((item) => !item.mentors) || {}).kind;
  const facet = index.format.facets.find((entry) => entry.key === kind);
  if (!facet) return null;
  const text = kind === "experiences"
    ? _("Lived experience matches only mentors who chose to list it.")
    : _("See what mentors offer in the {filter} filter.", { filter: facet.legend });
  return { key: facet.key, text, button: _("Open the {filter} filter", { filter: facet.legend }) };
}

// ---- The directory page ----

function startDirectory(root) {
  const api = {
    search() {
      throw new Error("mentorDirectory.search() is not ready yet: await mentorDirectory.ready first");
    },
  };
  api.rank = api.search;
  // Ready once the first results are shown.
  const started = loadMatcher(root).then(({ index, matcher }) => {
    const options = () => ({ preferredLanguages: browserLanguages() });
    /** Results as data, with every chunk they read fetched first. */
    const loaded = async (results) => {
      await matcher.loadRows(results);
      return results.map((result) => result.toJSON());
    };
    api.search = async (text, filters = {}) => {
      await matcher.prepare(text, withDefaults(filters));
      return loaded(matcher.search(text, withDefaults(filters), options()));
    };
    api.rank = async (text, filters = {}) => {
      await matcher.prepare(text, withDefaults(filters));
      const ranking = matcher.rank(text, withDefaults(filters), options());
      return { understood: ranking.understood, words: ranking.words,
        all: await loaded(ranking.all), part: await loaded(ranking.part) };
    };
    api.matcher = matcher; // for benchmarks: prepare(), then search() and rank() without fetching
    return runForm(root, index, matcher);
  });
  api.ready = started.then(() => undefined);
  window.mentorDirectory = api;
  started.catch((error) => {
    root.querySelector("[data-directory-count]").append(" ", _("(Search is unavailable: the index did not load.)"));
    console.error(error);
  });
}

function runForm(root, index, matcher) {
  const form = root.querySelector("[data-directory-form]");
  const list = root.querySelector("[data-directory-results]");
  const partList = root.querySelector("[data-directory-partial]");
  const partHeading = root.querySelector("[data-directory-partial-heading]");
  const status = root.querySelector("[data-directory-count]");
  const understood = root.querySelector("[data-directory-understood]");
  const suggest = root.querySelector("[data-directory-suggest]");
  const more = root.querySelector("[data-directory-more]");
  const template = root.querySelector("template[data-card-template]");
  const keys = index.format.facets.map((facet) => facet.key);
  root.querySelector("[data-directory-all]")?.setAttribute("hidden", "");
  const options = buildFilters(root.querySelector("[data-directory-filters]"), index, matcher);
  const toggle = root.querySelector("[data-directory-filters-toggle]");
  const toggleSummary = root.querySelector("[data-directory-filters-summary]");
  toggle.open = window.matchMedia(WIDE).matches;
  const settings = requestSettings();
  let results = [];
  let full = 0; // results[0..full) match everything asked
  let shown = 0;
  let latest = null; // the state the page shows or is about to show
  let counted = false; // every option's postings are loaded: counts can be shown
  let recount = () => {}; // counts for the results shown

  async function showMore() {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const showing = latest;
    await matcher.loadRows(next);
    if (showing !== latest) return;
    next.forEach((result, n) => {
      const node = card(template, index, matcher.layout, settings, result);
      (shown + n < full ? list : partList).append(node);
    });
    bindRequests(root, { goals: () => formState(keys, form).goals });
    shown += next.length;
    partList.hidden = partHeading.hidden = !partList.children.length;
    more.hidden = shown >= results.length;
  }

  /** Shows the results for a state once the chunks they read are here, and says whether it did:
   *  a newer state wins. */
  async function render(state) {
    latest = state;
    const text = state.search.trim();
    const filters = withDefaults(filtersOf(keys, state));
    await matcher.prepare(text, filters);
    if (state !== latest) return false;
    const ranking = matcher.rank(text, filters, { preferredLanguages: browserLanguages() });
    // Both groups as one list, each result made when a page shows it.
    const found = lazyArray(ranking.all.length + ranking.part.length, (at) =>
      (at < ranking.all.length ? ranking.all[at] : ranking.part[at - ranking.all.length]));
    await matcher.loadRows(found.slice(0, PAGE_SIZE));
    if (state !== latest) return false;
    results = found;
    full = ranking.all.length;
    shown = 0;
    list.replaceChildren();
    partList.replaceChildren();
    partHeading.textContent = ranking.all.length
      ? ngettext("{count} mentor matches part of what you asked", "{count} mentors match part of what you asked",
        ranking.part.length)
      : _("Matching part of what you asked");
    showMore();
    status.textContent = summary(ranking, state, keys);
    const asks = ranking.understood.filter((item) => item.kind !== "text");
    understood.hidden = !asks.length;
    understood.textContent = asks.length ? _("Looking for: {asks}", { asks: asks.map((item) =>
      (item.corrected ? typedAs(item.label, item.typed) : item.label)).join(SEPARATOR) }) : "";
    const help = suggestion(ranking, index);
    suggest.hidden = !help;
    if (help) {
      const button = element("button", { type: "button", class: "md-button" }, help.button);
      button.addEventListener("click", () => {
        const details = root.querySelector(`details[data-facet="${help.key}"]`);
        toggle.open = details.open = true;
        details.querySelector("summary").focus();
      });
      suggest.replaceChildren(help.text, " ", button);
    }
    recount = () => updateCounts(options, index, matcher, state, searched(ranking));
    if (counted) recount();
    const active = activeFilters(state, keys);
    // Translators: the button that shows the filters, with how many are on.
    toggleSummary.textContent = active ? ngettext("Filters ({count} on)", "Filters ({count} on)", active) : _("Filters");
    // Other parts of the page (session-links.js) follow the search without reading this form.
    root.dispatchEvent(new CustomEvent("mentor-directory:search", {
      bubbles: true, detail: { search: state.search, goals: state.goals ?? [], skills: state.skills ?? [] },
    }));
    return true;
  }

  let timer = null;
  form.addEventListener("input", (event) => {
    clearTimeout(timer);
    const typing = event.target.name === "search";
    timer = setTimeout(() => {
      const state = formState(keys, form);
      render(state).then((shown) => shown && writeState(keys, state, !typing));
    }, typing ? TYPING_DELAY : 0);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const state = formState(keys, form);
    render(state).then((shown) => {
      if (!shown) return;
      writeState(keys, state, true);
      root.querySelector("[data-directory-results] a, [data-directory-partial] a")?.focus();
    });
  });
  more.querySelector("button").addEventListener("click", async () => {
    const first = shown;
    await showMore();
    root.querySelectorAll("[data-mentor-id]")[first]?.querySelector("a")?.focus();
  });
  // Counts beside the options read every option's postings: fetched when the filters are open,
  // after the first results are painted.
  const count = () => {
    if (!toggle.open || counted) return;
    matcher.loadAllPostings().then(() => {
      counted = true;
      recount();
    }, (error) => console.error(error));
  };

  window.addEventListener("popstate", () => {
    const state = readState(keys);
    setFormState(form, options, state);
    render(state);
  });
  const state = readState(keys);
  // The form is on the page before the script takes over: search what the visitor typed meanwhile.
  if (!state.search && form.elements.search.value) {
    state.search = form.elements.search.value;
    writeState(keys, state, false);
  }
  setFormState(form, options, state);
  return render(state).then(() => {
    toggle.addEventListener("toggle", count);
    // Once the first results are painted and the page has loaded: on a slow network every
    // option's postings would otherwise hold back the theme's scripts, which wait for the page.
    const counting = () => requestAnimationFrame(() => setTimeout(count));
    if (document.readyState === "complete") counting();
    else window.addEventListener("load", counting, { once: true });
  });
}

/** Material wraps each code block's copy button in an unnamed <nav>: a page with several code
 *  blocks had several nameless landmarks. A copy button is not navigation. */
function unlandmarkCodeButtons(root) {
  for (const nav of root.querySelectorAll("nav.md-code__nav")) nav.setAttribute("role", "none");
}

function bind() {
  unlandmarkCodeButtons(document);
  bindEmailButtons(document);
  bindRequests(document);
  const root = document.querySelector("[data-directory]");
  if (root && !root.dataset.started) {
    root.dataset.started = "true";
    startDirectory(root);
  }
}

bind();
// With Material's instant navigation, scripts run once: re-bind on every page it swaps in. The
// directory page runs this script before the theme's (async), which defines document$ before the
// page is loaded; binding twice changes nothing.
const follow = () => window.document$?.subscribe?.(bind);
if (window.document$) follow(); else document.addEventListener("DOMContentLoaded", follow, { once: true });
