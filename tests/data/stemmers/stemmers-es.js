// The stemmers of a site in es (generator/stemmer_js.py), in order.
import { stem as spanish } from "./stemmer-spanish.js";
import { stem as english } from "./stemmer-english.js";
export default [spanish, english];
