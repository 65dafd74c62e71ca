// The request composer: helps a mentee write to a mentor through the mentor's own channel.
// Nothing is stored or sent by the site; an email address is assembled only when the mentee acts.
import { _, fill, formatList } from "./messages.js";

const BROWSER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Turns an address obscured by the build (generator/pages.py obscure_email) back into text:
 * base64 of its UTF-8 bytes in reverse order. atob gives bytes, so bytes are what is reversed.
 */
export function revealEmail(obscured) {
  const bytes = Uint8Array.from(atob(obscured), (char) => char.charCodeAt(0)).reverse();
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

/**
 * A mailto link built from its parts: the address, each side of its '@' encoded, then the
 * fields (subject, body) encoded by us, so nothing in the address can add a field of its own.
 */
export function mailtoLink(address, fields = {}) {
  const at = address.lastIndexOf("@");
  const to = `${encodeURIComponent(address.slice(0, at))}@${encodeURIComponent(address.slice(at + 1))}`;
  const query = Object.entries(fields)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join("&");
  return `mailto:${to}${query ? `?${query}` : ""}`;
}

// Lines about these answers are left out of the message while the mentee leaves them empty;
// the name and what they would like help with are the message itself, so they show a prompt.
const OPTIONAL = ["goals", "timezone", "availability", "contact"];

/** The message from the program's template and what the mentee wrote so far. */
export function composeMessage(settings, mentor, answers) {
  const values = {
    site: settings.site,
    mentor: mentor.name.split(/\s+/)[0],
    // Translators: stands in the message for the name the mentee has not written yet.
    name: answers.name || _("[your name]"),
    // Translators: stands in the message for what the mentee has not written yet.
    help: answers.help || _("[what you would like help with]"),
    goals: formatList(answers.goals),
    timezone: answers.timezone.trim(),
    availability: answers.availability.trim(),
    contact: answers.contact.trim(),
  };
  const empty = OPTIONAL.filter((name) => !values[name]);
  const lines = settings.body.split("\n")
    .filter((line) => !empty.some((name) => line.includes(`{${name}}`)));
  const body = fill(lines.join("\n"), values).replace(/\n{3,}/g, "\n\n");
  return { subject: fill(settings.subject, values), body };
}

/** Where the send button leads for a channel, and what it says. */
export function sendAction(channel, target, message) {
  switch (channel) {
    case "program":
      return { href: target, label: _("Open the program's request form"),
        note: _("Copy your message first, then paste it into the form.") };
    case "form":
      return { href: target, label: _("Open the mentor's contact form"),
        note: _("Copy your message first, then paste it into the form.") };
    case "calendar":
      return { href: target, label: _("Book a first call"),
        note: _("Copy your message first and add it to your booking.") };
    case "email":
      return { href: mailtoLink(revealEmail(target), { subject: message.subject, body: message.body }),
        label: _("Write the email"), note: "" };
    default:
      return { href: null, label: "", note: _("This mentor has not said how to reach them: please ask the organisers.") };
  }
}

/** The program's request settings from the page (generator/request.py), or null. */
export function requestSettings() {
  const node = document.querySelector("[data-request-settings]");
  return node ? JSON.parse(node.textContent) : null;
}

/** The channel a request to this mentor uses: the program's form first, else the mentor's. */
export function requestChannel(settings, id, channel, target) {
  return settings.form ? ["program", settings.form.replace("{mentor}", id)] : [channel, target];
}

/** Wires every [data-request] control in root to the page's composer. */
export function bindRequests(root, { goals = () => [] } = {}) {
  const dialog = document.querySelector("[data-composer]");
  const settings = requestSettings();
  if (!dialog || !settings) return;
  for (const trigger of root.querySelectorAll("[data-request]")) {
    if (trigger.dataset.bound) continue;
    trigger.dataset.bound = "true";
    trigger.addEventListener("click", (event) => {
      event.preventDefault();
      openComposer(dialog, settings, {
        id: trigger.dataset.requestId,
        name: trigger.dataset.requestName,
        channel: trigger.dataset.channel,
        target: trigger.dataset.target,
        goals: JSON.parse(trigger.dataset.goals || "[]"),
      }, goals(), trigger);
    });
  }
}

function openComposer(dialog, settings, mentor, chosenGoals, trigger) {
  const form = dialog.querySelector("[data-composer-form]");
  const send = dialog.querySelector("[data-composer-send]");
  const message = form.elements.message;
  const status = dialog.querySelector("[data-composer-status]");
  dialog.querySelector("[data-composer-mentor]").textContent = mentor.name;
  dialog.querySelector("[data-composer-public]").hidden = !(mentor.channel === "program" && settings.public);
  const fieldset = dialog.querySelector("[data-composer-goals]");
  fieldset.replaceChildren(fieldset.querySelector("legend"), ...mentor.goals.map(([id, label]) => {
    const input = Object.assign(document.createElement("input"),
      { type: "checkbox", name: "goals", value: label, checked: chosenGoals.includes(id) });
    const wrapper = document.createElement("label");
    wrapper.append(input, ` ${label}`);
    return wrapper;
  }));
  fieldset.hidden = mentor.goals.length === 0;
  if (!form.elements.timezone.value) form.elements.timezone.value = BROWSER_ZONE;
  let edited = false;
  const current = () => composeMessage(settings, mentor, {
    name: form.elements.name.value.trim(),
    help: form.elements.help.value.trim(),
    goals: [...form.querySelectorAll("input[name=goals]:checked")].map((input) => input.value),
    timezone: form.elements.timezone.value.trim(),
    availability: form.elements.availability.value.trim(),
    contact: form.elements.contact.value.trim(),
  });
  const update = () => {
    const composed = current();
    if (!edited) message.value = composed.body;
    const action = sendAction(mentor.channel, mentor.target, { subject: composed.subject, body: message.value });
    send.hidden = !action.href;
    send.textContent = action.label;
    send.target = mentor.channel === "email" ? "" : "_blank";
    // The address is assembled into the link only when the mentee chooses to send.
    send.setAttribute("href", mentor.channel === "email" ? "#" : action.href || "#");
    dialog.querySelector("[data-composer-note]").textContent = action.note;
  };
  form.oninput = (event) => {
    if (event.target === message) edited = true;
    update();
  };
  send.onclick = () => {
    if (mentor.channel === "email") {
      const composed = current();
      send.href = sendAction("email", mentor.target, { subject: composed.subject, body: message.value }).href;
    }
  };
  dialog.querySelector("[data-composer-copy]").onclick = async () => {
    try {
      await navigator.clipboard.writeText(message.value);
      status.textContent = _("Message copied.");
    } catch {
      message.select();
      status.textContent = _("Select the message and copy it (Ctrl+C or Cmd+C).");
    }
  };
  dialog.onclose = () => {
    if (mentor.channel === "email") send.setAttribute("href", "#");
    trigger.focus();
  };
  status.textContent = "";
  update();
  dialog.showModal();
  form.elements.name.focus();
}
