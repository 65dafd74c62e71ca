// Reading a query into intents: the skills, goals, lived experiences, languages, stages and
// formats it names, each read from its own words, plus the words left for name and headline search.

import { key } from "./text.js";
import { editDistance } from "./typos.js";
import { PRECEDENCE } from "./vocabulary.js";

const MAX_INTENTS = 30; // coverage is a bit mask; a query is not an essay
const LONGEST_RUN = 6;
// A phrase read from its words in any order ("negotiating my salary") needs them close: its
// words and fewer than this many others between them.
const BAG_SLACK = 4;

/**
 * What a query asks for: `intents` ({concepts, kind, typed, how}; a mentor who lists any of the
 * concepts meets the intent; `how` is exact, typo or prefix) and the leftover `words`.
 * `corrections(word)` lists the vocabulary words a typed word may be a typo of; `isName(word)`
 * says a word is part of a mentor's name, which is never taken for a typo.
 */
export function interpret(query, { text, vocabulary, corrections, isName = () => false }) {
  const tokens = text.tokens(query);
  const content = tokens.filter((token) => !token.stop && !token.filler);
  // A misspelt generic word is as generic ("maneger" as "manager", "tecch" as "tech"): a
  // misspelling reads as its correct spelling.
  for (const token of content) {
    if (!token.generic && !vocabulary.vocabulary.has(token.word)
      && forms(token).some((form) => form.how === "typo" && text.isGeneric(form.word))) token.generic = true;
  }
  // Generic words ("senior", "tech") are read as intents only when they are all the query says.
  const alone = content.length === 1 || content.every((token) => token.generic);
  // Where the mentee describes themself or someone, such words say who they are ("I'm a senior
  // engineer", "for junior devs"): a stage rather than a goal.
  const described = text.selfDescribed(tokens);
  const personal = text.personal(tokens);
  const who = (token) => described.has(token.index) || personal.has(token.index);
  const used = new Set();
  const intents = [];
  // The last word may be unfinished while the mentee types ("react nat"), not once a space or a
  // full stop follows it ("... through the switch.").
  const last = /[\p{L}\p{N}]$/u.test(query) ? tokens[tokens.length - 1] : undefined;

  function forms(token) {
    if (!token.forms) {
      token.forms = [{ word: token.word, stem: token.stem, how: "exact" }];
      if (!token.stop && !token.filler && !isName(token.word)) {
        for (const word of corrections(token.word)) {
          token.forms.push({ word, stem: text.stem(word), how: "typo" });
        }
      }
    }
    return token.forms;
  }

  /** The concepts to read: offered ones, of the first kinds in PRECEDENCE that has any. */
  function pick(concepts) {
    const offered = concepts.filter((concept) => concept.offered || concept.kind !== "skills");
    for (const kinds of PRECEDENCE) {
      const chosen = offered.filter((concept) => kinds.includes(concept.kind));
      if (chosen.length) return chosen;
    }
    return [];
  }

  function add(found, span, how) {
    const concepts = [...new Set(found)];
    if (!concepts.length) return false;
    // A word naming several lived experiences names all of them ("latina": a woman of an
    // under-represented ethnicity), where a word naming several skills names any of them.
    if (concepts.length > 1 && concepts.every((concept) => concept.kind === "experiences")) {
      return concepts.map((concept) => add([concept], span, how)).some(Boolean);
    }
    span.forEach((token) => used.add(token.index));
    const same = intents.find((intent) => intent.concepts.length === concepts.length
      && intent.concepts.every((concept) => concepts.includes(concept)));
    if (same) {
      // Named again: "react developer looking for help with react performance" asks for React
      // where the first "react" only says who the mentee is.
      same.tokens.push(...span.map((t) => t.index));
    } else if (intents.length < MAX_INTENTS) {
      intents.push({ concepts, kind: concepts[0].kind, how, tokens: span.map((t) => t.index),
        typed: span.map((token) => token.word).join(" ") });
    }
    return true;
  }

  const free = (token) => !used.has(token.index);
  // What may be said of someone else: "my tech lead", "my parents".
  const isPerson = (concept) => concept.kind === "stages" || concept.kind === "experiences";
  /** Whether words for someone come right after one saying whose: "my tech lead", "mi líder
   *  técnico", not "my final year". */
  const whose = (span) => {
    const first = Math.min(...span.map((token) => token.index));
    return first > 0 && text.isPossessive(tokens[first - 1].word) && text.isRole(tokens[first].word);
  };
  /** A word saying who someone is names a stage where it can ("junior dev"), else as `pick`. */
  function pickFor(token, concepts) {
    const stages = who(token) ? concepts.filter((concept) => concept.kind === "stages") : [];
    return stages.length ? stages : pick(concepts);
  }

  // Phrases of two or more words, found three ways; the one covering most words wins, then the
  // one read word for word:
  const found = [];
  // a. runs whose joined key is a written form; a run ending at the last word may be unfinished
  //    ("react nat");
  for (let n = Math.min(LONGEST_RUN, tokens.length); n >= 2; n--) {
    for (let i = 0; i + n <= tokens.length; i++) {
      const span = tokens.slice(i, i + n);
      const joined = span.map((token) => token.key).join("");
      // Generic words together name no skill beside other words: "software engineer" is who the
      // mentee is, where "senior engineer" is a stage and "level up" a goal.
      const generic = !alone && span.every((token) => token.generic || token.stop || token.filler);
      const named = (concepts) => (generic ? concepts.filter((concept) => concept.kind !== "skills")
        : concepts);
      const exact = named(vocabulary.keys.get(joined) || []);
      const completed = !exact.length && last && i + n === tokens.length && !text.isStop(last.word)
        && span.some((token) => !token.stop && !token.filler)
        ? pick(named(vocabulary.completions(joined, joined.length - last.key.length))) : [];
      if (exact.length) {
        found.push({ concepts: span.every(who) ? pickFor(span[0], exact) : pick(exact), span,
          how: "exact", order: 0, person: exact.some(isPerson) });
      } else if (completed.length) {
        found.push({ concepts: completed, span, how: "prefix", order: 0 });
      } else if (n === 2 && span.every((token) => !token.stop && !token.filler && !token.generic
        && !vocabulary.keys.has(token.key)) && span.some((token) => !vocabulary.vocabulary.has(token.word))) {
        // One word typed in two, one letter off: "jav script" (but "git rebase" is no Firebase).
        const fixed = named(corrections(joined).filter((word) => editDistance(joined, word, 1) <= 1)
          .flatMap((word) => vocabulary.keys.get(key(word)) || []));
        if (fixed.length) found.push({ concepts: pick(fixed), span, how: "typo", order: 0 });
      }
    }
  }
  // b. skills named in several words and phrases of generic words, word for word, each word
  //    possibly misspelled or inflected ("machin lerning", "Sytem Desing", "becoming a mnager");
  for (const token of tokens) {
    for (const form of forms(token)) {
      for (const run of vocabulary.runs.get(form.stem) || []) {
        const span = tokens.slice(token.index, token.index + run.stems.length);
        if (span.length !== run.stems.length) continue;
        // "software engineer wondering how...": generic words name no skill beside others.
        if (run.concept.kind === "skills" && !alone
          && span.every((t) => t.generic || t.stop || t.filler)) continue;
        const chosen = span.map((t, j) => forms(t).find((f) => f.stem === run.stems[j]));
        if (!chosen.every(Boolean)) continue;
        found.push({ concepts: pick([run.concept]), span, order: 1, person: isPerson(run.concept),
          how: chosen.some((f) => f.how === "typo") ? "typo" : "exact" });
      }
    }
  }
  // c. goals, experiences and the other lists in the mentee's own words: every meaningful word of
  //    a phrase, in any order, each possibly misspelled ("negotiating my salary").
  const bags = new Set();
  for (const token of content) {
    for (const form of forms(token)) {
      for (const bag of vocabulary.bagsByStem.get(form.stem) || []) bags.add(bag);
    }
  }
  for (const bag of bags) {
    const span = [];
    let how = "exact";
    for (const stem of bag.stems) {
      const token = content.find((t) => !span.includes(t) && forms(t).some((form) => form.stem === stem));
      if (!token) break;
      if (!forms(token).some((form) => form.stem === stem && form.how === "exact")) how = "typo";
      span.push(token);
    }
    const from = Math.min(...span.map((t) => t.index));
    const reach = span.length && Math.max(...span.map((t) => t.index)) - from;
    // Its words lie close, and not on both sides of a word for the mentor: "first gen mentor
    // helping students" is no "first gen student".
    const across = tokens.slice(from + 1, from + reach).some((t) => text.isSomeone(t.word)
      && !span.includes(t));
    if (span.length === bag.stems.length && reach < bag.stems.length + BAG_SLACK && !across) {
      found.push({ concepts: [bag.concept], span, how, order: 2 + vocabulary.rank(bag.concept),
        person: isPerson(bag.concept) });
    }
  }
  // A stage where the mentee says who they are comes first: "I'm a tech lead" before "tech
  // lead role" (a goal) in "I'm a tech lead role model".
  const says = (item) => (item.span.every(who) && item.concepts.some((concept) => concept.kind === "stages") ? 1 : 0);
  found.sort((a, b) => says(b) - says(a) || b.span.length - a.span.length || a.order - b.order);
  const experiences = new Set(); // the words of the lived experiences read so far
  const named = (span) => span.map((token) => token.index).sort((a, b) => a - b).join();
  for (const { concepts, span, how, person } of found) {
    // Someone the mentee speaks of ("my tech lead wrote in my review") is not who they are, nor
    // what they ask; "in my final year" says who they are.
    if (person && whose(span) && span.every(free)) {
      span.forEach((token) => used.add(token.index));
      continue;
    }
    if (!concepts.length) continue;
    // A phrase in several experiences' entries ("single mom": a woman and a parent) names each.
    const again = experiences.has(named(span)) && concepts.every((concept) => concept.kind === "experiences");
    if (!span.every(free) && !again) continue;
    add(concepts, span, how);
    if (concepts.every((concept) => concept.kind === "experiences")) experiences.add(named(span));
  }

  // 4. Single words: a written form's key or stem, an unfinished last word, or a typo.
  const deferred = [];
  for (const token of content) {
    if (!free(token) || (token.generic && !alone && !who(token))) continue;
    if (whose([token])) continue; // "my director", "my parents": someone else
    // The last word may be unfinished: "javas" is JavaScript before it is the plural of Java.
    let found = pickFor(token, vocabulary.keys.get(token.key) || []);
    let how = "exact";
    if (!found.length && token === last && !token.generic) {
      found = pickFor(token, vocabulary.completions(token.key));
      how = found.length ? "prefix" : how;
    }
    let weak = vocabulary.weak(token.key);
    if (!found.length && !text.isPlace(token.word)) {
      // Another form of a word ("androids"), or a typo the stemmer already mends ("kubernets").
      found = pickFor(token, vocabulary.stems.get(token.stem) || []);
      if (found.length && !vocabulary.vocabulary.has(token.word)) how = "typo";
      // Another form of an everyday word is as weak ("building" as "build"), as is another form
      // of a skill named by one (French "vit" as "vite").
      weak ||= found.length > 0 && (vocabulary.weak(token.stem)
        || found.some((concept) => vocabulary.weak(concept.entry)));
    }
    if (!found.length) {
      how = "typo";
      found = pickFor(token, forms(token).filter((form) => form.how === "typo").flatMap((form) => [
        ...(vocabulary.keys.get(key(form.word)) || []), ...(vocabulary.stems.get(form.stem) || [])]));
    }
    if (!found.length) continue;
    if (weak && !alone && found.some((concept) => concept.kind === "skills")) {
      deferred.push([token, found, how]);
    } else {
      add(found, [token], how);
    }
  }
  // An everyday word that is also a skill is the skill beside another skill or a word such as
  // "developer" ("go microservices", "python and go", "node developer") or right after a word for
  // learning ("learn node"), not beside a function word ("go into management", "build a portfolio").
  const skillTokens = new Set(intents.filter((intent) => intent.concepts
    .every((concept) => concept.kind === "skills")).flatMap((intent) => intent.tokens));
  const neighbour = (token, step) => {
    let other = tokens[token.index + step];
    if (other && text.isJoin(other.word)) other = tokens[token.index + 2 * step];
    return other && (skillTokens.has(other.index) || other.generic);
  };
  for (const [token, found, how] of deferred) {
    const beside = neighbour(token, -1) || neighbour(token, 1)
      || (token.index > 0 && text.isLearning(tokens[token.index - 1].word));
    add(beside ? found : found.filter((concept) => concept.kind !== "skills"), [token], how);
  }

  // Skills in the mentee's description of themself are what they have: "I'm a senior front-end
  // dev and thinking about management" asks for management.
  for (const intent of intents.filter((one) => one.kind === "skills"
    && one.tokens.every((index) => described.has(index)))) {
    intents.splice(intents.indexOf(intent), 1);
  }
  // A level the mentee aims for ("promotion to senior engineer") is where they want to go, which
  // the goal beside it says, not who they are.
  /** Whether a word of this kind comes before an intent, with only function words between. */
  const after = (intent, kind) => {
    let before = Math.min(...intent.tokens) - 1;
    while (before >= 0 && tokens[before].stop && !kind(tokens[before].word)) before--;
    return before >= 0 && kind(tokens[before].word);
  };
  if (intents.some((intent) => intent.kind === "goals")) {
    for (const intent of intents.filter((one) => one.kind === "stages" && after(one, text.isAim))) {
      intents.splice(intents.indexOf(intent), 1);
    }
  }
  // What the mentee turns down beside what they want is not asked for: "principal engineer
  // without becoming a manager", "a bootcamp instead of uni" (but "not burning out" is).
  for (const intent of intents.filter((one) => after(one, text.isNegation))) {
    if (intents.some((other) => other.kind === intent.kind && !after(other, text.isNegation))) {
      intents.splice(intents.indexOf(intent), 1);
    }
  }
  // A skill named with a goal's own word asks for both: "Kubernetes certification prep" asks for
  // Kubernetes and Certifications.
  for (const intent of intents.filter((one) => one.kind === "skills" && one.tokens.length > 1)) {
    for (const index of intent.tokens) {
      const goals = forms(tokens[index]).flatMap((form) => vocabulary.keys.get(key(form.word)) || [])
        .filter((concept) => concept.kind === "goals" && !intent.concepts.includes(concept));
      if (goals.length) add(goals, [tokens[index]], intent.how);
    }
  }
  betweenFields(intents, tokens, { text, vocabulary, add, pick });
  aboutTheMentor(intents, tokens, text);
  mergeParents(intents);
  intents.sort((a, b) => Math.min(...a.tokens) - Math.min(...b.tokens)); // in the query's order
  eitherOf(intents, tokens, text);
  const words = content.filter((token) => free(token) && (!token.generic || !intents.length))
    .map((token) => token.word);
  return { tokens, intents, words };
}

const MOVE_REACH = 3; // words at most from "switching" to "from"
const FIELD_WORDS = 6; // words at most in the field left, and read in the one joined

/** Whether two intents are about related skills: a move between them is no change of field. */
function akin(one, other) {
  return one.concepts.some((a) => other.concepts.some((b) => a === b || (a.related || []).includes(b)
    || (a.parents || []).some((parent) => (b.parents || []).includes(parent))));
}

/**
 * A move between fields ("shifting from mechanical engineering to IT", "switch from teaching to
 * front end") asks for a change of careers; a move between related skills ("switching from
 * Angular to React") does not. Either way, what the mentee leaves is what they have, not an ask.
 */
function betweenFields(intents, tokens, { text, vocabulary, add, pick }) {
  const within = (intent, from, to) => intent.tokens.some((index) => index > from && index < to);
  for (const move of tokens.filter((token) => text.isMove(token.word))) {
    const origin = tokens.slice(move.index + 1, move.index + 1 + MOVE_REACH)
      .find((token) => text.isOrigin(token.word));
    const aim = origin && tokens.slice(origin.index + 2, origin.index + 2 + FIELD_WORDS)
      .find((token) => text.isAim(token.word));
    if (!aim) continue;
    const left = intents.filter((intent) => within(intent, origin.index, aim.index));
    // From a word for someone in the field ("from developer to manager") is no change of field.
    if (tokens.slice(origin.index + 1, aim.index).every((token) => token.stop || token.generic)) continue;
    const joined = intents.filter((intent) => within(intent, aim.index, aim.index + FIELD_WORDS));
    // Where they go must be a skill or a word for the field ("to IT", "to dev").
    const field = tokens.slice(aim.index + 1, aim.index + 1 + FIELD_WORDS).some((token) => token.generic);
    if (!joined.length && !field) continue;
    for (const intent of left.filter((one) => one.kind === "skills")) intents.splice(intents.indexOf(intent), 1);
    if (!left.some((one) => joined.some((other) => akin(one, other)))) {
      add(pick(vocabulary.keys.get(key(text.moveMeans)) || []), [move], "exact");
    }
  }
}

/**
 * What the mentee says of the mentor they want, when it names a lived experience, tells the
 * mentor's path: "a mentor who also got into tech later in life" asks for no help getting
 * started, "someone who took years out and came back to tech" none returning to work. It runs
 * from a word for the mentor (or the experience) and "who" to the end, or to a word where the
 * mentee speaks of themself again ("me") or says what for (Spanish "para").
 */
function aboutTheMentor(intents, tokens, text) {
  const listed = (kind, token) => intents.some((intent) => intent.kind === kind
    && intent.tokens.includes(token.index));
  for (const relative of tokens.filter((token) => text.isRelative(token.word))) {
    const before = tokens[relative.index - 1];
    if (!before || !(before.filler || listed("experiences", before))) continue;
    const end = tokens.slice(relative.index + 1).find((token) => text.endsClause(token.word));
    const clause = tokens.slice(relative.index + 1, end ? end.index : tokens.length);
    if (!clause.some((token) => listed("experiences", token))) continue;
    for (const intent of intents.filter((one) => one.kind === "goals"
      && one.tokens.every((index) => clause.some((token) => token.index === index)))) {
      intents.splice(intents.indexOf(intent), 1);
    }
  }
}

const EITHER_GAP = 3; // words at most between two asks an "or" joins

/**
 * Two asks with "or" or "vs" between them (and no other ask) are one: a mentor for either meets
 * it ("staff engineer path vs management"). `intents` are in the query's order.
 */
function eitherOf(intents, tokens, text) {
  for (let i = intents.length - 1; i > 0; i--) {
    const [first, second] = [intents[i - 1], intents[i]];
    const between = tokens.slice(Math.max(...first.tokens) + 1, Math.min(...second.tokens));
    if (!between.length || between.length > EITHER_GAP
      || !between.some((token) => text.isEither(token.word))) continue;
    first.concepts = [...new Set([...first.concepts, ...second.concepts])];
    first.tokens.push(...second.tokens);
    first.typed = `${first.typed} ${second.typed}`;
    intents.splice(i, 1);
  }
}

/**
 * A skill named beside one of its parts says what that part is, not a second ask: "Laravel PHP"
 * asks for Laravel (PHP mentors match it in part, or fully when nobody lists Laravel: rank.js),
 * "GraphQL APIs" for GraphQL, as does an area named beside a skill however far within it
 * ("backend with Node"); not one of several things a skill is built on ("Android with Kotlin").
 * A skills intent may also hold goals and offers, read together with
 * skills ("entrevistas técnicas" is a skill and a goal), which are part of nothing.
 */
function mergeParents(intents) {
  /** Whether `broad` says nothing `one` does not: an area it is within, or what it is built on
   *  however it is written ("Eloquent PHP"; not "Android with Kotlin", written in Java too). */
  const implied = (broad, one) => (broad.members?.length && broad.covering.includes(one))
    || (one.built?.length && one.built.every((base) => base === broad || base.parents.includes(broad)));
  const skills = intents.filter((intent) => intent.kind === "skills");
  for (const broad of skills) {
    const narrow = skills.find((other) => other !== broad && intents.includes(other)
      && broad.concepts.every((concept) => other.concepts.some((one) => implied(concept, one))));
    if (!narrow) continue;
    narrow.tokens.push(...broad.tokens);
    narrow.typed = `${narrow.typed} ${broad.typed}`;
    intents.splice(intents.indexOf(broad), 1);
  }
}
