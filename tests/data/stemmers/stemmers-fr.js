// The stemmers of a site in fr (generator/stemmer_js.py), in order.
import { stem as french } from "./stemmer-french.js";
import { stem as english } from "./stemmer-english.js";
export default [french, english];
