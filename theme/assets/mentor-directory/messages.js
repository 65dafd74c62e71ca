// The scripts' messages in the site's language. Every string a script shows goes through `_` or
// `ngettext`, written in English with {named} placeholders; `make messages` extracts them into
// the same catalogues as the build's own strings. English needs no translation (catalogue.js);
// the build writes each other language's beside this file as catalogue-<language>.js
// (generator/translation.py), and the page's <html lang> chooses which one: a site in several
// languages shares these scripts. Plurals follow the language's plural rules (Intl.PluralRules);
// dates, numbers and lists follow its conventions through Intl with siteLanguage().

import english, { formats as englishFormats } from "./catalogue.js";

// The rules of the English a message is written in: its forms when it has no translation.
const ENGLISH = new Intl.PluralRules("en");

/**
 * The page's language as Material writes it in <html lang> ("pt" for pt-BR): the build names the
 * files of each language (its catalogue, its stemmers) by it. English in Node's tests.
 */
export const PAGE_LANGUAGE = typeof document === "undefined" ? "en" : document.documentElement.lang || "en";

/** The page language's catalogue: [the locale of its formats, its translations]. */
async function pageCatalogue() {
  if (PAGE_LANGUAGE === "en") return [englishFormats, english];
  try {
    const found = await import(new URL(`catalogue-${PAGE_LANGUAGE}.js`, import.meta.url));
    return [found.formats, found.default];
  } catch (error) {
    console.error(`mentor-directory: no messages in ${PAGE_LANGUAGE}, showing English (${error})`);
    return [englishFormats, english];
  }
}

let [locale, translations] = await pageCatalogue();
let plurals = new Intl.PluralRules(locale);
let numbers = new Intl.NumberFormat(locale);
const lists = new Map(); // Intl.ListFormat by type, for the language in use

/** Shows messages in another language from now on (tests; pages use their own language). */
export function useMessages(found, lang) {
  translations = found;
  locale = lang;
  plurals = new Intl.PluralRules(locale);
  numbers = new Intl.NumberFormat(locale);
  lists.clear();
}

/** The locale whose conventions the site's dates, times and lists follow, for Intl: the site's
 *  language, or its regional variant where the build says so ("en-GB" for English). */
export function siteLanguage() {
  return locale;
}

/** Text with its {placeholders} filled in; a placeholder without a value stays as written. */
export function fill(text, values) {
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
  const text = forms && typeof forms === "object"
    ? forms[plurals.select(count)] ?? forms.other
    : ENGLISH.select(count) === "one" ? singular : plural;
  return fill(text, { count: numbers.format(count), ...values });
}

/** A number as the site's language writes it. */
export function number(value) {
  return numbers.format(value);
}

/** Items as the site's language lists them: "A, B and C" (conjunction), "A, B or C"
 *  (disjunction) or "A, B, C" (unit: a plain enumeration). */
export function formatList(items, type = "conjunction") {
  if (!lists.has(type)) lists.set(type, new Intl.ListFormat(locale, { type }));
  return lists.get(type).format(items);
}

/** A message whose {placeholders} stand for page elements (radio buttons, a link): its pieces in
 *  the order the translation puts them, each placeholder replaced by its element, for append(). */
export function pieces(message, elements) {
  return message.split(/\{(\w+)\}/)
    .map((piece, n) => (n % 2 ? elements[piece] ?? `{${piece}}` : piece))
    .filter((piece) => piece !== "");
}
