// Generated from snowballstemmer 3.1.1 (snowballstemmer/english_stemmer.py) by
// generator/stemmer_js.py. BSD-3-Clause:
// Copyright (c) 2001, Dr Martin Porter
// Copyright (c) 2004,2005, Richard Boulton
// Copyright (c) 2013, Yoshiki Shibukawa
// Copyright (c) 2006-2025, Olly Betts

// The runtime of the stemmers generator/stemmer_js.py translates: the methods of
// snowballstemmer/basestemmer.py that they call, ported line by line. The word is an array of
// characters (code points), so cursors and lengths count as Python's str does: a string would
// count UTF-16 units and stem "𠮷ies" otherwise. Groupings are Sets of characters; among tables
// are arrays of [string, substring_i, result] whose strings stemmer_js.py keeps within the BMP.
class BaseStemmer {
  stemWord(word) {
    this.current = Array.from(word);
    this.cursor = 0;
    this.limit = this.current.length;
    this.limit_backward = 0;
    this.bra = this.cursor;
    this.ket = this.limit;
    this._stem();
    return this.current.join("");
  }

  in_grouping(s) {
    if (this.cursor >= this.limit) return false;
    if (!s.has(this.current[this.cursor])) return false;
    this.cursor += 1;
    return true;
  }

  go_in_grouping(s) {
    while (this.cursor < this.limit) {
      if (!s.has(this.current[this.cursor])) return true;
      this.cursor += 1;
    }
    return false;
  }

  in_grouping_b(s) {
    if (this.cursor <= this.limit_backward) return false;
    if (!s.has(this.current[this.cursor - 1])) return false;
    this.cursor -= 1;
    return true;
  }

  out_grouping(s) {
    if (this.cursor >= this.limit) return false;
    if (!s.has(this.current[this.cursor])) {
      this.cursor += 1;
      return true;
    }
    return false;
  }

  go_out_grouping(s) {
    while (this.cursor < this.limit) {
      if (s.has(this.current[this.cursor])) return true;
      this.cursor += 1;
    }
    return false;
  }

  out_grouping_b(s) {
    if (this.cursor <= this.limit_backward) return false;
    if (!s.has(this.current[this.cursor - 1])) {
      this.cursor -= 1;
      return true;
    }
    return false;
  }

  go_out_grouping_b(s) {
    while (this.cursor > this.limit_backward) {
      if (s.has(this.current[this.cursor - 1])) return true;
      this.cursor -= 1;
    }
    return false;
  }

  /** Python: self.current.startswith(s, self.cursor, self.limit). */
  eq_s(s) {
    const chars = Array.from(s);
    if (this.limit - this.cursor < chars.length || !this.#holds(this.cursor, chars)) return false;
    this.cursor += chars.length;
    return true;
  }

  /** Python: self.current.endswith(s, self.limit_backward, self.cursor). */
  eq_s_b(s) {
    const chars = Array.from(s);
    const start = this.cursor - chars.length;
    if (start < this.limit_backward || !this.#holds(start, chars)) return false;
    this.cursor = start;
    return true;
  }

  #holds(start, chars) {
    return chars.every((char, i) => this.current[start + i] === char);
  }

  find_among(v) {
    let i = 0;
    let j = v.length;
    const c = this.cursor;
    const l = this.limit;
    let common_i = 0;
    let common_j = 0;
    let first_key_inspected = false;
    while (true) {
      const k = i + ((j - i) >> 1);
      let diff = 0;
      let common = Math.min(common_i, common_j);
      const w = v[k];
      for (let i2 = common; i2 < w[0].length; i2++) {
        if (c + common === l) {
          diff = -1;
          break;
        }
        diff = this.current[c + common].codePointAt(0) - w[0].codePointAt(i2);
        if (diff !== 0) break;
        common += 1;
      }
      if (diff < 0) {
        j = k;
        common_j = common;
      } else {
        i = k;
        common_i = common;
      }
      if (j - i <= 1) {
        if (i > 0) break;
        if (j === i) break;
        if (first_key_inspected) break;
        first_key_inspected = true;
      }
    }
    while (true) {
      const w = v[i];
      if (common_i >= w[0].length) {
        this.cursor = c + w[0].length;
        return w[2];
      }
      i = w[1];
      if (i < 0) return 0;
    }
  }

  find_among_b(v) {
    let i = 0;
    let j = v.length;
    const c = this.cursor;
    const lb = this.limit_backward;
    let common_i = 0;
    let common_j = 0;
    let first_key_inspected = false;
    while (true) {
      const k = i + ((j - i) >> 1);
      let diff = 0;
      let common = Math.min(common_i, common_j);
      const w = v[k];
      for (let i2 = w[0].length - 1 - common; i2 > -1; i2--) {
        if (c - common === lb) {
          diff = -1;
          break;
        }
        diff = this.current[c - 1 - common].codePointAt(0) - w[0].codePointAt(i2);
        if (diff !== 0) break;
        common += 1;
      }
      if (diff < 0) {
        j = k;
        common_j = common;
      } else {
        i = k;
        common_i = common;
      }
      if (j - i <= 1) {
        if (i > 0) break;
        if (j === i) break;
        if (first_key_inspected) break;
        first_key_inspected = true;
      }
    }
    while (true) {
      const w = v[i];
      if (common_i >= w[0].length) {
        this.cursor = c - w[0].length;
        return w[2];
      }
      i = w[1];
      if (i < 0) return 0;
    }
  }

  replace_s(c_bra, c_ket, s) {
    const chars = Array.from(s);
    const adjustment = chars.length - (c_ket - c_bra);
    this.current.splice(c_bra, c_ket - c_bra, ...chars);
    this.limit += adjustment;
    if (this.cursor >= c_ket) {
      this.cursor += adjustment;
    } else if (this.cursor > c_bra) {
      this.cursor = c_bra;
    }
    return adjustment;
  }

  slice_from(s) {
    this.replace_s(this.bra, this.ket, s);
    this.ket = this.bra + Array.from(s).length;
  }

  slice_del() {
    this.slice_from("");
  }
}

const g_aeo = new Set("aeo");
const g_v = new Set("aeiouy");
const g_v_WXY = new Set("Yaeiouwxy");
const g_valid_LI = new Set("cdeghkmnrt");
const a_0 = [
  ["arsen", -1, -1],
  ["commun", -1, -1],
  ["emerg", -1, -1],
  ["gener", -1, -1],
  ["inter", -1, -1],
  ["later", -1, -1],
  ["organ", -1, -1],
  ["past", -1, -1],
  ["univers", -1, -1]
];
const a_1 = [
  ["'", -1, 1],
  ["'s'", 0, 1],
  ["'s", -1, 1]
];
const a_2 = [
  ["ied", -1, 2],
  ["s", -1, 3],
  ["ies", 1, 2],
  ["sses", 1, 1],
  ["ss", 1, -1],
  ["us", 1, -1]
];
const a_3 = [
  ["succ", -1, 1],
  ["proc", -1, 1],
  ["exc", -1, 1]
];
const a_4 = [
  ["even", -1, 2],
  ["cann", -1, 2],
  ["inn", -1, 2],
  ["earr", -1, 2],
  ["herr", -1, 2],
  ["out", -1, 2],
  ["y", -1, 1]
];
const a_5 = [
  ["", -1, -1],
  ["ed", 0, 2],
  ["eed", 1, 1],
  ["ing", 0, 3],
  ["edly", 0, 2],
  ["eedly", 4, 1],
  ["ingly", 0, 2]
];
const a_6 = [
  ["", -1, 3],
  ["bb", 0, 2],
  ["dd", 0, 2],
  ["ff", 0, 2],
  ["gg", 0, 2],
  ["bl", 0, 1],
  ["mm", 0, 2],
  ["nn", 0, 2],
  ["pp", 0, 2],
  ["rr", 0, 2],
  ["at", 0, 1],
  ["tt", 0, 2],
  ["iz", 0, 1]
];
const a_7 = [
  ["anci", -1, 3],
  ["enci", -1, 2],
  ["ogi", -1, 14],
  ["li", -1, 16],
  ["bli", 3, 12],
  ["abli", 4, 4],
  ["alli", 3, 8],
  ["fulli", 3, 9],
  ["lessli", 3, 15],
  ["ousli", 3, 10],
  ["entli", 3, 5],
  ["aliti", -1, 8],
  ["biliti", -1, 12],
  ["iviti", -1, 11],
  ["tional", -1, 1],
  ["ational", 14, 7],
  ["alism", -1, 8],
  ["ation", -1, 7],
  ["ization", 17, 6],
  ["izer", -1, 6],
  ["ator", -1, 7],
  ["iveness", -1, 11],
  ["fulness", -1, 9],
  ["ousness", -1, 10],
  ["ogist", -1, 13]
];
const a_8 = [
  ["icate", -1, 4],
  ["ative", -1, 6],
  ["alize", -1, 3],
  ["iciti", -1, 4],
  ["ical", -1, 4],
  ["tional", -1, 1],
  ["ational", 5, 2],
  ["ful", -1, 5],
  ["ness", -1, 5]
];
const a_9 = [
  ["ic", -1, 1],
  ["ance", -1, 1],
  ["ence", -1, 1],
  ["able", -1, 1],
  ["ible", -1, 1],
  ["ate", -1, 1],
  ["ive", -1, 1],
  ["ize", -1, 1],
  ["iti", -1, 1],
  ["al", -1, 1],
  ["ism", -1, 1],
  ["ion", -1, 2],
  ["er", -1, 1],
  ["ous", -1, 1],
  ["ant", -1, 1],
  ["ent", -1, 1],
  ["ment", 15, 1],
  ["ement", 16, 1]
];
const a_10 = [
  ["e", -1, 1],
  ["l", -1, 2]
];
const a_11 = [
  ["andes", -1, -1],
  ["atlas", -1, -1],
  ["bias", -1, -1],
  ["cosmos", -1, -1],
  ["early", -1, 6],
  ["gently", -1, 4],
  ["howe", -1, -1],
  ["idly", -1, 3],
  ["news", -1, -1],
  ["only", -1, 7],
  ["singly", -1, 8],
  ["skies", -1, 2],
  ["skis", -1, 1],
  ["sky", -1, -1],
  ["ugly", -1, 5]
];
const as_11 = ["ski", "sky", "idl", "gentl", "ugli", "earli", "onli", "singl"];

class EnglishStemmer extends BaseStemmer {
  B_Y_found = false;
  I_p2 = 0;
  I_p1 = 0;

  r_prelude() {
    let v_1, v_2, v_3, v_4, v_5;
    this.B_Y_found = false;
    v_1 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      if ((this.cursor === this.limit) || (this.current.at(this.cursor) !== "'")) {
        break lab0;
      }
      this.cursor += 1;
      this.ket = this.cursor;
      this.slice_del();
    }
    this.cursor = v_1;
    v_2 = this.cursor;
    lab0: {
      this.bra = this.cursor;
      if ((this.cursor === this.limit) || (this.current.at(this.cursor) !== "y")) {
        break lab0;
      }
      this.cursor += 1;
      this.ket = this.cursor;
      this.slice_from("Y");
      this.B_Y_found = true;
    }
    this.cursor = v_2;
    v_3 = this.cursor;
    lab0: {
      while (true) {
        v_4 = this.cursor;
        lab1: {
          while (true) {
            v_5 = this.cursor;
            lab2: {
              if (!this.in_grouping(g_v)) {
                break lab2;
              }
              this.bra = this.cursor;
              if ((this.cursor === this.limit) || (this.current.at(this.cursor) !== "y")) {
                break lab2;
              }
              this.cursor += 1;
              this.ket = this.cursor;
              this.cursor = v_5;
              break;
            }
            this.cursor = v_5;
            if (this.cursor >= this.limit) {
              break lab1;
            }
            this.cursor += 1;
          }
          this.slice_from("Y");
          this.B_Y_found = true;
          continue;
        }
        this.cursor = v_4;
        break;
      }
    }
    this.cursor = v_3;
    return true;
  }

  r_mark_regions() {
    let v_1, v_2;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (this.find_among(a_0) === 0) {
            break lab1;
          }
          break;
        }
        this.cursor = v_2;
        if (!this.go_out_grouping(g_v)) {
          break lab0;
        }
        this.cursor += 1;
        if (!this.go_in_grouping(g_v)) {
          break lab0;
        }
        this.cursor += 1;
        break;
      }
      this.I_p1 = this.cursor;
      if (!this.go_out_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      if (!this.go_in_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      this.I_p2 = this.cursor;
    }
    this.cursor = v_1;
    return true;
  }

  r_shortv() {
    let v_1;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if (!this.out_grouping_b(g_v_WXY)) {
          break lab0;
        }
        if (!this.in_grouping_b(g_v)) {
          break lab0;
        }
        if (!this.out_grouping_b(g_v)) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      lab0: {
        if (!this.out_grouping_b(g_v)) {
          break lab0;
        }
        if (!this.in_grouping_b(g_v)) {
          break lab0;
        }
        if (this.cursor > this.limit_backward) {
          break lab0;
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      if (!this.eq_s_b("past")) {
        return false;
      }
      break;
    }
    return true;
  }

  r_R1() {
    return (this.I_p1 <= this.cursor);
  }

  r_R2() {
    return (this.I_p2 <= this.cursor);
  }

  r_Step_1a() {
    let among_var, v_1, v_2;
    v_1 = (this.limit - this.cursor);
    lab0: {
      this.ket = this.cursor;
      if (this.find_among_b(a_1) === 0) {
        this.cursor = (this.limit - v_1);
        break lab0;
      }
      this.bra = this.cursor;
      this.slice_del();
    }
    this.ket = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      this.slice_from("ss");
    } else if (among_var === 2) {
      while (true) {
        v_2 = (this.limit - this.cursor);
        lab0: {
          if ((this.cursor - 2) < this.limit_backward) {
            break lab0;
          }
          this.cursor -= 2;
          this.slice_from("i");
          break;
        }
        this.cursor = (this.limit - v_2);
        this.slice_from("ie");
        break;
      }
    } else if (among_var === 3) {
      if (this.cursor <= this.limit_backward) {
        return false;
      }
      this.cursor -= 1;
      if (!this.go_out_grouping_b(g_v)) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    return true;
  }

  r_Step_1b() {
    let among_var, v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_5);
    this.bra = this.cursor;
    while (true) {
      v_1 = (this.limit - this.cursor);
      lab0: {
        if (among_var === 1) {
          v_2 = (this.limit - this.cursor);
          lab1: {
            if (!this.r_R1()) {
              break lab1;
            }
            while (true) {
              v_3 = (this.limit - this.cursor);
              lab2: {
                if (this.find_among_b(a_3) === 0) {
                  break lab2;
                }
                if (this.cursor > this.limit_backward) {
                  break lab2;
                }
                break;
              }
              this.cursor = (this.limit - v_3);
              this.slice_from("ee");
              break;
            }
          }
          this.cursor = (this.limit - v_2);
        } else if (among_var === 2) {
          break lab0;
        } else if (among_var === 3) {
          among_var = this.find_among_b(a_4);
          if (among_var === 0) {
            break lab0;
          }
          if (among_var === 1) {
            v_4 = (this.limit - this.cursor);
            if (!this.out_grouping_b(g_v)) {
              break lab0;
            }
            if (this.cursor > this.limit_backward) {
              break lab0;
            }
            this.cursor = (this.limit - v_4);
            this.bra = this.cursor;
            this.slice_from("ie");
          } else if (this.cursor > this.limit_backward) {
            break lab0;
          }
        }
        break;
      }
      this.cursor = (this.limit - v_1);
      v_5 = (this.limit - this.cursor);
      if (!this.go_out_grouping_b(g_v)) {
        return false;
      }
      this.cursor -= 1;
      this.cursor = (this.limit - v_5);
      this.slice_del();
      this.ket = this.cursor;
      this.bra = this.cursor;
      v_6 = (this.limit - this.cursor);
      among_var = this.find_among_b(a_6);
      if (among_var === 1) {
        this.slice_from("e");
        return false;
      } else if (among_var === 2) {
        v_7 = (this.limit - this.cursor);
        lab0: {
          if (!this.in_grouping_b(g_aeo)) {
            break lab0;
          }
          if (this.cursor > this.limit_backward) {
            break lab0;
          }
          return false;
        }
        this.cursor = (this.limit - v_7);
      } else {
        if (this.cursor !== this.I_p1) {
          return false;
        }
        v_8 = (this.limit - this.cursor);
        if (!this.r_shortv()) {
          return false;
        }
        this.cursor = (this.limit - v_8);
        this.slice_from("e");
        return false;
      }
      this.cursor = (this.limit - v_6);
      this.ket = this.cursor;
      if (this.cursor <= this.limit_backward) {
        return false;
      }
      this.cursor -= 1;
      this.bra = this.cursor;
      this.slice_del();
      break;
    }
    return true;
  }

  r_Step_1c() {
    this.ket = this.cursor;
    while (true) {
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "y")) {
          break lab0;
        }
        this.cursor -= 1;
        break;
      }
      if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "Y")) {
        return false;
      }
      this.cursor -= 1;
      break;
    }
    this.bra = this.cursor;
    if (!this.out_grouping_b(g_v)) {
      return false;
    }
    if (this.cursor <= this.limit_backward) {
      return false;
    }
    this.slice_from("i");
    return true;
  }

  r_Step_2() {
    let among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_7);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    if (among_var === 1) {
      this.slice_from("tion");
    } else if (among_var === 2) {
      this.slice_from("ence");
    } else if (among_var === 3) {
      this.slice_from("ance");
    } else if (among_var === 4) {
      this.slice_from("able");
    } else if (among_var === 5) {
      this.slice_from("ent");
    } else if (among_var === 6) {
      this.slice_from("ize");
    } else if (among_var === 7) {
      this.slice_from("ate");
    } else if (among_var === 8) {
      this.slice_from("al");
    } else if (among_var === 9) {
      this.slice_from("ful");
    } else if (among_var === 10) {
      this.slice_from("ous");
    } else if (among_var === 11) {
      this.slice_from("ive");
    } else if (among_var === 12) {
      this.slice_from("ble");
    } else if (among_var === 13) {
      this.slice_from("og");
    } else if (among_var === 14) {
      if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "l")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_from("og");
    } else if (among_var === 15) {
      this.slice_from("less");
    } else {
      if (!this.in_grouping_b(g_valid_LI)) {
        return false;
      }
      this.slice_del();
    }
    return true;
  }

  r_Step_3() {
    let among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R1()) {
      return false;
    }
    if (among_var === 1) {
      this.slice_from("tion");
    } else if (among_var === 2) {
      this.slice_from("ate");
    } else if (among_var === 3) {
      this.slice_from("al");
    } else if (among_var === 4) {
      this.slice_from("ic");
    } else if (among_var === 5) {
      this.slice_del();
    } else {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    }
    return true;
  }

  r_Step_4() {
    let among_var;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_9);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_R2()) {
      return false;
    }
    if (among_var === 1) {
      this.slice_del();
    } else {
      while (true) {
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "s")) {
            break lab0;
          }
          this.cursor -= 1;
          break;
        }
        if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "t")) {
          return false;
        }
        this.cursor -= 1;
        break;
      }
      this.slice_del();
    }
    return true;
  }

  r_Step_5() {
    let among_var, v_1;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_10);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      while (true) {
        lab0: {
          if (!this.r_R2()) {
            break lab0;
          }
          break;
        }
        if (!this.r_R1()) {
          return false;
        }
        v_1 = (this.limit - this.cursor);
        lab0: {
          if (!this.r_shortv()) {
            break lab0;
          }
          return false;
        }
        this.cursor = (this.limit - v_1);
        break;
      }
      this.slice_del();
    } else {
      if (!this.r_R2()) {
        return false;
      }
      if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "l")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    return true;
  }

  r_exception1() {
    let among_var;
    this.bra = this.cursor;
    among_var = this.find_among(a_11);
    if (among_var === 0) {
      return false;
    }
    this.ket = this.cursor;
    if (this.cursor < this.limit) {
      return false;
    }
    if (among_var > 0) {
      this.slice_from(as_11.at((among_var - 1)));
    }
    return true;
  }

  r_postlude() {
    let v_1, v_2;
    if (!this.B_Y_found) {
      return false;
    }
    while (true) {
      v_1 = this.cursor;
      lab0: {
        while (true) {
          v_2 = this.cursor;
          lab1: {
            this.bra = this.cursor;
            if ((this.cursor === this.limit) || (this.current.at(this.cursor) !== "Y")) {
              break lab1;
            }
            this.cursor += 1;
            this.ket = this.cursor;
            this.cursor = v_2;
            break;
          }
          this.cursor = v_2;
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        this.slice_from("y");
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  }

  _stem() {
    let v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        if (!this.r_exception1()) {
          break lab0;
        }
        break;
      }
      this.cursor = v_1;
      lab0: {
        lab1: {
          if ((this.cursor + 3) > this.limit) {
            break lab1;
          }
          this.cursor += 3;
          break lab0;
        }
        break;
      }
      this.cursor = v_1;
      this.r_prelude();
      this.r_mark_regions();
      this.limit_backward = this.cursor;
      this.cursor = this.limit;
      v_2 = (this.limit - this.cursor);
      this.r_Step_1a();
      this.cursor = (this.limit - v_2);
      v_3 = (this.limit - this.cursor);
      this.r_Step_1b();
      this.cursor = (this.limit - v_3);
      v_4 = (this.limit - this.cursor);
      this.r_Step_1c();
      this.cursor = (this.limit - v_4);
      v_5 = (this.limit - this.cursor);
      this.r_Step_2();
      this.cursor = (this.limit - v_5);
      v_6 = (this.limit - this.cursor);
      this.r_Step_3();
      this.cursor = (this.limit - v_6);
      v_7 = (this.limit - this.cursor);
      this.r_Step_4();
      this.cursor = (this.limit - v_7);
      v_8 = (this.limit - this.cursor);
      this.r_Step_5();
      this.cursor = (this.limit - v_8);
      this.cursor = this.limit_backward;
      v_9 = this.cursor;
      this.r_postlude();
      this.cursor = v_9;
      break;
    }
    return true;
  }
}

const stemmer = new EnglishStemmer();

/** The stem of a word, as snowballstemmer's EnglishStemmer gives it. */
export function stem(word) {
  return stemmer.stemWord(word);
}
