// English, the language the scripts' messages are written in: no translations, and the locale
// of its dates, numbers and lists. Other languages' catalogues are catalogue-<language>.js, which
// the build writes beside it (generator/translation.py); a test checks this file is the English.
// The locale Intl formats dates, numbers and lists in (Catalogue.formats).
export const formats = "en-GB";
export default {};
