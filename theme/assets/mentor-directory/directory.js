// Mentor Directory page behaviour. Plain ES module; every page works without it.
//
// On the directory page it loads the match index, lunr.js and the text index, then exposes
//   window.mentorDirectory.ready            a promise, resolved once search works
//   window.mentorDirectory.search(text, filters = {})  -> [{id, score, reasons}]
// and runs the search form with it. Nothing typed leaves the browser.

import { createMatcher, ROW } from "./match.js";
import { bindRequests, mailtoLink, requestChannel, requestSettings, revealEmail } from "./request.js";

const FACETS = [
  { key: "goals", legend: "Goals" },
  { key: "skills", legend: "Skills" },
  { key: "languages", legend: "Languages" },
  { key: "formats", legend: "Format" },
  { key: "stages", legend: "Mentee stage" },
  { key: "experiences", legend: "Shared lived experience" },
];
const LIST_KEYS = FACETS.map((facet) => facet.key);
const SHOWN_SKILLS = 30; // skill options listed at once (by how many results have them)
const PAGE_SIZE = 30; // result cards rendered at a time
const TYPING_DELAY = 150; // ms without a keystroke before results update
const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Turns an obscured address back into a mailto link, only when the visitor asks for it. */
function bindEmailButtons(root) {
  for (const button of root.querySelectorAll("button[data-email]")) {
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

function loadScript(url) {
  if (window.lunr) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.append(script);
  });
}

async function fetchJson(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not load ${url}: ${response.status}`);
  return response.json();
}

/** Loads the indexes and lunr.js in parallel; resolves to the index and its matcher. */
async function loadMatcher(root) {
  const [index, textData] = await Promise.all([
    fetchJson(new URL(root.dataset.matchIndex, document.baseURI)),
    fetchJson(new URL(root.dataset.textIndex, document.baseURI)),
    loadScript(new URL("vendor/lunr/lunr.min.js", import.meta.url)),
  ]);
  const { lunr } = window;
  const matcher = createMatcher(index, {
    stem: (word) => lunr.stemmer(new lunr.Token(word)).toString(),
    textIndex: lunr.Index.load(textData),
    lunr,
  });
  return { index, matcher };
}

function browserLanguages() {
  return [...new Set((navigator.languages || [navigator.language]).map((tag) => tag.split("-")[0]))];
}

function withDefaults(filters) {
  return { timezone: BROWSER_ZONE, ...filters };
}

// ---- URL state: every search can be shared, bookmarked, and walked with back and forward ----

function readState() {
  const params = new URLSearchParams(location.search);
  const list = (name) => (params.get(name) || "").split(",").filter(Boolean);
  return {
    search: params.get("search") || "",
    ...Object.fromEntries(LIST_KEYS.map((key) => [key, list(key)])),
    skillsMode: params.get("skills_mode") === "all" ? "all" : "any",
    accepting: params.get("accepting") !== "all",
    overlapHours: Number(params.get("overlap")) || 0,
  };
}

function writeState(state, push) {
  const params = new URLSearchParams();
  if (state.search) params.set("search", state.search);
  for (const key of LIST_KEYS) if (state[key].length) params.set(key, state[key].join(","));
  if (state.skillsMode === "all") params.set("skills_mode", "all");
  if (!state.accepting) params.set("accepting", "all");
  if (state.overlapHours) params.set("overlap", String(state.overlapHours));
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

function buildFilters(container, index) {
  const options = new Map(); // "goals:promotion-readiness" -> {input, count, item}
  const zoneLabel = BROWSER_ZONE.replace(/_/g, " ");
  const availability = element("fieldset", { class: "mdir-facet mdir-facet--open" },
    element("legend", {}, "Availability"),
    element("label", {}, element("input", { type: "checkbox", name: "accepting", checked: true }),
      " Only mentors accepting new mentees"),
    element("label", { for: "mdir-overlap" }, `Overlap with my day (${zoneLabel})`),
    element("select", { id: "mdir-overlap", name: "overlap" },
      ...[[0, "Any time"], [1, "At least 1 hour"], [2, "At least 2 hours"], [4, "At least 4 hours"]]
        .map(([value, text]) => element("option", { value }, text))));
  container.append(availability);
  for (const { key, legend } of FACETS) {
    const entries = key === "skills"
      ? index.skills.filter((_, n) => index.mentors.some((row) => row[ROW.skills].includes(n)))
      : index[key];
    if (!entries.length) continue;
    const list = element("ul", { class: "mdir-options" });
    for (const [id, label] of entries) {
      const input = element("input", { type: "checkbox", name: key, value: id });
      const count = element("span", { class: "mdir-count" });
      const item = element("li", {}, element("label", {}, input, ` ${label} `, count));
      options.set(`${key}:${id}`, { input, count, item });
      list.append(item);
    }
    const fieldset = element("fieldset", {}, element("legend", { class: "mdir-visually-hidden" }, legend));
    if (key === "skills") {
      fieldset.append(element("p", { class: "mdir-mode" }, "Show mentors with ",
        element("label", {}, element("input", { type: "radio", name: "skills_mode", value: "any", checked: true }), " any"),
        " ", element("label", {}, element("input", { type: "radio", name: "skills_mode", value: "all" }), " all"),
        " of the chosen skills"));
    }
    fieldset.append(list);
    container.append(element("details", { class: "mdir-facet", "data-facet": key },
      element("summary", {}, legend), fieldset));
  }
  return options;
}

function setFormState(form, options, state) {
  form.elements.search.value = state.search;
  form.elements.accepting.checked = state.accepting;
  form.elements.overlap.value = String(state.overlapHours);
  for (const radio of form.querySelectorAll("input[name=skills_mode]")) radio.checked = radio.value === state.skillsMode;
  for (const [name, { input }] of options) {
    const [key, id] = name.split(/:(.*)/s);
    input.checked = state[key].includes(id);
  }
  for (const details of form.querySelectorAll("details[data-facet]")) {
    if (state[details.dataset.facet].length) details.open = true;
  }
}

function formState(form) {
  const checked = (name) => [...form.querySelectorAll(`input[name="${name}"]:checked`)].map((input) => input.value);
  return {
    search: form.elements.search.value,
    ...Object.fromEntries(LIST_KEYS.map((key) => [key, checked(key)])),
    skillsMode: checked("skills_mode")[0] || "any",
    accepting: form.elements.accepting.checked,
    overlapHours: Number(form.elements.overlap.value) || 0,
  };
}

function filtersOf(state) {
  const filters = { accepting: state.accepting, skillsMode: state.skillsMode };
  for (const key of LIST_KEYS) if (state[key].length) filters[key] = state[key];
  if (state.overlapHours) filters.overlapHours = state.overlapHours;
  return filters;
}

/** Counts beside each option: results with every other facet applied, but not its own. */
function updateCounts(options, index, matcher, state, results) {
  const counts = new Map();
  for (const key of LIST_KEYS) {
    const base = state[key].length
      ? matcher.search(state.search.trim(), withDefaults(filtersOf({ ...state, [key]: [] })))
      : results;
    for (const { id } of base) {
      for (const n of matcher.row(id)[ROW[key]]) {
        const name = `${key}:${index[key][n][0]}`;
        counts.set(name, (counts.get(name) || 0) + 1);
      }
    }
  }
  const skills = [];
  for (const [name, option] of options) {
    const count = counts.get(name) || 0;
    option.count.textContent = `(${count})`;
    if (name.startsWith("skills:")) skills.push([count, option]);
  }
  skills.sort((a, b) => b[0] - a[0]);
  skills.forEach(([count, option], rank) => {
    option.item.hidden = !option.input.checked && (rank >= SHOWN_SKILLS || count === 0);
  });
}

function why(reasons) {
  const parts = [];
  for (const kind of ["skills", "goals"]) {
    for (const { label, typed, corrected } of reasons[kind]) {
      parts.push(corrected ? `${label} (you typed “${typed}”)` : label);
    }
  }
  if (reasons.text) parts.push("name or headline");
  if (reasons.overlapHours !== null) {
    parts.push(reasons.overlapHours ? `${reasons.overlapHours} h overlap with your day` : "no overlap with your day");
  }
  if (reasons.languages.length) parts.push(`speaks ${reasons.languages.join(", ")}`);
  return parts.length ? `Why this match: ${[...new Set(parts)].join(" · ")}` : "";
}

function avatar(row) {
  if (row[ROW.photo]) {
    return element("img", { class: "mdir-avatar mdir-avatar--small", src: row[ROW.photo], alt: "",
      width: 56, height: 56, loading: "lazy", referrerpolicy: "no-referrer" });
  }
  return element("span", { class: `mdir-avatar mdir-avatar--small mdir-avatar--colour-${row[ROW.colour]}`,
    "aria-hidden": "true" }, row[ROW.initials]);
}

/** The card's request button, or why there is none (generator/templates/request.html). */
function requestControl(row, index, settings) {
  const id = row[ROW.id];
  if (row[ROW.state] === "open" || row[ROW.state] === "stale") {
    const [channel, target] = requestChannel(settings, id, row[ROW.channel], row[ROW.target]);
    return element("button", {
      type: "button", class: "md-button md-button--primary", "data-request": true,
      "data-request-id": id, "data-request-name": row[ROW.name], "data-channel": channel,
      "data-target": target,
      "data-goals": JSON.stringify(row[ROW.goals].map((n) => index.goals[n])),
    }, "Request mentorship");
  }
  const waitlist = row[ROW.waitlist] || settings.waitlist.replace("{mentor}", id);
  const text = row[ROW.state] === "closed" ? "Not accepting new mentees right now." : "All places are taken right now.";
  return element("p", { class: "mdir-request-closed" }, text,
    ...(waitlist ? [" ", element("a", { href: waitlist, rel: "nofollow noopener noreferrer" }, "Join the waitlist")] : []));
}

function card(template, index, settings, row, result) {
  const node = template.content.firstElementChild.cloneNode(true);
  const templateId = node.dataset.mentorId;
  const slot = (name) => node.querySelector(`[data-slot="${name}"]`);
  const id = row[ROW.id];
  node.dataset.mentorId = id;
  slot("avatar").replaceChildren(avatar(row));
  const link = slot("link");
  link.setAttribute("href", link.getAttribute("href").replace(templateId, id));
  link.textContent = row[ROW.name];
  slot("pronouns").textContent = row[ROW.pronouns] ? ` (${row[ROW.pronouns]})` : "";
  slot("headline").textContent = row[ROW.headline];
  slot("status").className = `mdir-status mdir-status--${row[ROW.state]}`;
  slot("status").textContent = row[ROW.status];
  const reason = why(result.reasons);
  slot("why").hidden = !reason;
  slot("why").textContent = reason;
  const matched = new Set(result.reasons.skills.map((skill) => skill.label));
  const skills = row[ROW.skills].map((n) => index.skills[n][1])
    .sort((a, b) => matched.has(b) - matched.has(a));
  slot("skills").replaceChildren(...skills.map((label) =>
    element("li", { class: matched.has(label) ? "mdir-tag--match" : null }, label)));
  slot("goals").textContent = row[ROW.goals].map((n) => index.goals[n][1]).join(", ");
  slot("languages").textContent = row[ROW.languages].map((n) => index.languages[n][1]).join(", ");
  slot("zone").textContent = index.zones[row[ROW.zone]].replace(/_/g, " ");
  slot("request").replaceChildren(requestControl(row, index, settings));
  return node;
}

function summary(results, state, partial) {
  const count = results.length;
  const mentors = `${count} ${count === 1 ? "mentor" : "mentors"}`;
  if (!count) {
    return state.search || LIST_KEYS.some((key) => state[key].length) || state.overlapHours
      ? "No mentors match. Try fewer words or filters, or include mentors who are not accepting."
      : "No mentors are accepting new mentees right now.";
  }
  const match = count === 1 ? "matches" : "match";
  if (partial) return `No mentor matches everything you asked for; ${mentors} ${match} part of it.`;
  if (state.search || LIST_KEYS.some((key) => state[key].length) || state.overlapHours) return `${mentors} ${match}.`;
  return `${mentors} ${state.accepting ? "accepting new mentees" : "in the directory"}.`;
}

// ---- The directory page ----

function startDirectory(root) {
  const loading = loadMatcher(root);
  const api = {
    ready: loading.then(() => undefined),
    search() {
      throw new Error("mentorDirectory.search() is not ready yet: await mentorDirectory.ready first");
    },
  };
  window.mentorDirectory = api;
  loading.then(({ index, matcher }) => {
    api.search = (text, filters = {}) => matcher.search(text, withDefaults(filters),
      { preferredLanguages: browserLanguages() });
    runForm(root, index, matcher);
  }, (error) => {
    root.querySelector("[data-directory-count]").append(" (Search is unavailable: the index did not load.)");
    console.error(error);
  });
}

function runForm(root, index, matcher) {
  const form = root.querySelector("[data-directory-form]");
  const list = root.querySelector("[data-directory-results]");
  const status = root.querySelector("[data-directory-count]");
  const more = root.querySelector("[data-directory-more]");
  const template = root.querySelector("template[data-card-template]");
  root.querySelector("[data-directory-all]")?.setAttribute("hidden", "");
  const options = buildFilters(root.querySelector("[data-directory-filters]"), index);
  const settings = requestSettings();
  let results = [];
  let shown = 0;

  function showMore() {
    const next = results.slice(shown, shown + PAGE_SIZE);
    list.append(...next.map((result) => card(template, index, settings, matcher.row(result.id), result)));
    bindRequests(list, { goals: () => formState(form).goals });
    shown += next.length;
    more.hidden = shown >= results.length;
  }

  function render(state) {
    const text = state.search.trim();
    const ranked = matcher.rank(text, withDefaults(filtersOf(state)), { preferredLanguages: browserLanguages() });
    results = ranked.results;
    shown = 0;
    list.replaceChildren();
    showMore();
    status.textContent = summary(results, state, ranked.partial);
    updateCounts(options, index, matcher, state, results);
  }

  let timer = null;
  form.addEventListener("input", (event) => {
    clearTimeout(timer);
    const typing = event.target.name === "search";
    timer = setTimeout(() => {
      const state = formState(form);
      writeState(state, !typing);
      render(state);
    }, typing ? TYPING_DELAY : 0);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    const state = formState(form);
    writeState(state, true);
    render(state);
    list.querySelector("a")?.focus();
  });
  more.querySelector("button").addEventListener("click", () => {
    const first = shown;
    showMore();
    list.children[first]?.querySelector("a")?.focus();
  });
  window.addEventListener("popstate", () => {
    const state = readState();
    setFormState(form, options, state);
    render(state);
  });
  const state = readState();
  setFormState(form, options, state);
  form.hidden = false;
  render(state);
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

// With Material's instant navigation, scripts run once: re-bind on every page it swaps in.
if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(bind);
} else {
  bind();
}
