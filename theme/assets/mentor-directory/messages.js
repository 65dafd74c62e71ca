// The scripts' messages in the site's language. Every string a script shows goes through `_` or
// `ngettext`, written in English with {named} placeholders; `make messages` extracts them into
// the same catalogues as the build's own strings, and the build writes each language's
// translations beside this file as catalogue-<language>.js (generator/translation.py). The
// page's language (<html lang>, which the site's theme.language sets) chooses which one: a site
// in several languages shares these scripts. Plurals follow the language's plural rules.

/** The translations for the page's language; none for English, or when there are none. */
async function pageCatalogue() {
  if (typeof document === "undefined") return ["en", {}]; // Node's tests
  const lang = document.documentElement.lang || "en";
  if (lang === "en") return [lang, {}];
  try {
    return [lang, (await import(new URL(`catalogue-${lang}.js`, import.meta.url))).default];
  } catch (error) {
    console.error(`mentor-directory: no messages in ${lang}, showing English (${error})`);
    return [lang, {}];
  }
}

let [locale, translations] = await pageCatalogue();
let plurals = new Intl.PluralRules(locale);
let numbers = new Intl.NumberFormat(locale);

/** Shows messages in another language from now on (tests; pages use their own language). */
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
