// The stemmers of a site in pt-BR (generator/stemmer_js.py), in order.
import { stem as portuguese } from "./stemmer-portuguese.js";
import { stem as english } from "./stemmer-english.js";
export default [portuguese, english];
