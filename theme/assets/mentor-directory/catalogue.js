// The site language's translations of the scripts' messages. The build replaces this file with
// the catalogue of the site's `theme.language` (generator/translation.py); as committed, English.
export const language = "en";
// The locale Intl formats dates, numbers and lists in (Catalogue.formats).
export const formats = "en-GB";
export default {};
