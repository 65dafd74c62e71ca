// The stemmers of a site in en (generator/stemmer_js.py), in order.
import { stem as english } from "./stemmer-english.js";
export default [english];
