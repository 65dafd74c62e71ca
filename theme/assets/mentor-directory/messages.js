// The scripts' messages in the site's language. Every string a script shows goes through `_` or
// `ngettext`, written in English with {named} placeholders; `make messages` extracts them into
// the same catalogues as the build's own strings, and the build delivers the site language's
// translations as catalogue.js. Plurals follow the language's plural rules (Intl.PluralRules).

import catalogue, { language } from "./catalogue.js";

let translations = catalogue;
let locale = language;
let plurals = new Intl.PluralRules(locale);
let numbers = new Intl.NumberFormat(locale);

/** Shows messages in another language from now on (tests; the site uses catalogue.js). */
export function useMessages(found, lang) {
  translations = found;
  locale = lang;
  plurals = new Intl.PluralRules(locale);
  numbers = new Intl.NumberFormat(locale);
}

/** The site's language, for Intl's dates, times and lists. */
export function siteLanguage() {
  return locale;
}

function fill(text, values) {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** A message in the site's language, its {placeholders} filled in. */
export function _(message, values) {
  const found = translations[message];
  return fill(typeof found === "string" ? found : message, values);
}

/** The form of a message for a count (also filled in as {count}, written as the language writes numbers). */
export function ngettext(singular, plural, count, values) {
  const forms = translations[singular];
  const category = plurals.select(count);
  const text = forms && typeof forms === "object"
    ? forms[category] ?? forms.other
    : category === "one" ? singular : plural;
  return fill(text, { count: numbers.format(count), ...values });
}

/** A number as the site's language writes it. */
export function number(value) {
  return numbers.format(value);
}
