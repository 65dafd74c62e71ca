// Generated from snowballstemmer 3.1.1 (snowballstemmer/spanish_stemmer.py) by
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

const g_v = new Set("aeiou\u00e1\u00e9\u00ed\u00f3\u00fa\u00fc");
const a_0 = [
  ["", -1, 6],
  ["\u00e1", 0, 1],
  ["\u00e9", 0, 2],
  ["\u00ed", 0, 3],
  ["\u00f3", 0, 4],
  ["\u00fa", 0, 5]
];
const a_1 = [
  ["la", -1, -1],
  ["sela", 0, -1],
  ["le", -1, -1],
  ["me", -1, -1],
  ["se", -1, -1],
  ["lo", -1, -1],
  ["selo", 5, -1],
  ["las", -1, -1],
  ["selas", 7, -1],
  ["les", -1, -1],
  ["los", -1, -1],
  ["selos", 10, -1],
  ["nos", -1, -1]
];
const a_2 = [
  ["ando", -1, 6],
  ["iendo", -1, 6],
  ["yendo", -1, 7],
  ["\u00e1ndo", -1, 2],
  ["i\u00e9ndo", -1, 1],
  ["ar", -1, 6],
  ["er", -1, 6],
  ["ir", -1, 6],
  ["\u00e1r", -1, 3],
  ["\u00e9r", -1, 4],
  ["\u00edr", -1, 5]
];
const a_3 = [
  ["ic", -1, -1],
  ["ad", -1, -1],
  ["os", -1, -1],
  ["iv", -1, 1]
];
const a_4 = [
  ["able", -1, 1],
  ["ible", -1, 1],
  ["ante", -1, 1]
];
const a_5 = [
  ["ic", -1, 1],
  ["abil", -1, 1],
  ["iv", -1, 1]
];
const a_6 = [
  ["ica", -1, 1],
  ["ancia", -1, 2],
  ["encia", -1, 5],
  ["adora", -1, 2],
  ["osa", -1, 1],
  ["ista", -1, 1],
  ["iva", -1, 9],
  ["anza", -1, 1],
  ["log\u00eda", -1, 3],
  ["idad", -1, 8],
  ["able", -1, 1],
  ["ible", -1, 1],
  ["ante", -1, 2],
  ["mente", -1, 7],
  ["amente", 13, 6],
  ["acion", -1, 2],
  ["ucion", -1, 4],
  ["aci\u00f3n", -1, 2],
  ["uci\u00f3n", -1, 4],
  ["ico", -1, 1],
  ["ismo", -1, 1],
  ["oso", -1, 1],
  ["amiento", -1, 1],
  ["imiento", -1, 1],
  ["ivo", -1, 9],
  ["ador", -1, 2],
  ["icas", -1, 1],
  ["ancias", -1, 2],
  ["encias", -1, 5],
  ["adoras", -1, 2],
  ["osas", -1, 1],
  ["istas", -1, 1],
  ["ivas", -1, 9],
  ["anzas", -1, 1],
  ["log\u00edas", -1, 3],
  ["idades", -1, 8],
  ["ables", -1, 1],
  ["ibles", -1, 1],
  ["aciones", -1, 2],
  ["uciones", -1, 4],
  ["adores", -1, 2],
  ["antes", -1, 2],
  ["icos", -1, 1],
  ["ismos", -1, 1],
  ["osos", -1, 1],
  ["amientos", -1, 1],
  ["imientos", -1, 1],
  ["ivos", -1, 9]
];
const a_7 = [
  ["ya", -1, 1],
  ["ye", -1, 1],
  ["yan", -1, 1],
  ["yen", -1, 1],
  ["yeron", -1, 1],
  ["yendo", -1, 1],
  ["yo", -1, 1],
  ["yas", -1, 1],
  ["yes", -1, 1],
  ["yais", -1, 1],
  ["yamos", -1, 1],
  ["y\u00f3", -1, 1]
];
const a_8 = [
  ["aba", -1, 2],
  ["ada", -1, 2],
  ["ida", -1, 2],
  ["ara", -1, 2],
  ["iera", -1, 2],
  ["\u00eda", -1, 2],
  ["ar\u00eda", 5, 2],
  ["er\u00eda", 5, 2],
  ["ir\u00eda", 5, 2],
  ["ad", -1, 2],
  ["ed", -1, 2],
  ["id", -1, 2],
  ["ase", -1, 2],
  ["iese", -1, 2],
  ["aste", -1, 2],
  ["iste", -1, 2],
  ["an", -1, 2],
  ["aban", 16, 2],
  ["aran", 16, 2],
  ["ieran", 16, 2],
  ["\u00edan", 16, 2],
  ["ar\u00edan", 20, 2],
  ["er\u00edan", 20, 2],
  ["ir\u00edan", 20, 2],
  ["en", -1, 1],
  ["asen", 24, 2],
  ["iesen", 24, 2],
  ["aron", -1, 2],
  ["ieron", -1, 2],
  ["ar\u00e1n", -1, 2],
  ["er\u00e1n", -1, 2],
  ["ir\u00e1n", -1, 2],
  ["ado", -1, 2],
  ["ido", -1, 2],
  ["ando", -1, 2],
  ["iendo", -1, 2],
  ["ar", -1, 2],
  ["er", -1, 2],
  ["ir", -1, 2],
  ["as", -1, 2],
  ["abas", 39, 2],
  ["adas", 39, 2],
  ["idas", 39, 2],
  ["aras", 39, 2],
  ["ieras", 39, 2],
  ["\u00edas", 39, 2],
  ["ar\u00edas", 45, 2],
  ["er\u00edas", 45, 2],
  ["ir\u00edas", 45, 2],
  ["es", -1, 1],
  ["ases", 49, 2],
  ["ieses", 49, 2],
  ["abais", -1, 2],
  ["arais", -1, 2],
  ["ierais", -1, 2],
  ["\u00edais", -1, 2],
  ["ar\u00edais", 55, 2],
  ["er\u00edais", 55, 2],
  ["ir\u00edais", 55, 2],
  ["aseis", -1, 2],
  ["ieseis", -1, 2],
  ["asteis", -1, 2],
  ["isteis", -1, 2],
  ["\u00e1is", -1, 2],
  ["\u00e9is", -1, 1],
  ["ar\u00e9is", 64, 2],
  ["er\u00e9is", 64, 2],
  ["ir\u00e9is", 64, 2],
  ["ados", -1, 2],
  ["idos", -1, 2],
  ["amos", -1, 2],
  ["\u00e1bamos", 70, 2],
  ["\u00e1ramos", 70, 2],
  ["i\u00e9ramos", 70, 2],
  ["\u00edamos", 70, 2],
  ["ar\u00edamos", 74, 2],
  ["er\u00edamos", 74, 2],
  ["ir\u00edamos", 74, 2],
  ["emos", -1, 1],
  ["aremos", 78, 2],
  ["eremos", 78, 2],
  ["iremos", 78, 2],
  ["\u00e1semos", 78, 2],
  ["i\u00e9semos", 78, 2],
  ["imos", -1, 2],
  ["ar\u00e1s", -1, 2],
  ["er\u00e1s", -1, 2],
  ["ir\u00e1s", -1, 2],
  ["\u00eds", -1, 2],
  ["ar\u00e1", -1, 2],
  ["er\u00e1", -1, 2],
  ["ir\u00e1", -1, 2],
  ["ar\u00e9", -1, 2],
  ["er\u00e9", -1, 2],
  ["ir\u00e9", -1, 2],
  ["i\u00f3", -1, 2]
];
const a_9 = [
  ["a", -1, 1],
  ["e", -1, 2],
  ["o", -1, 1],
  ["os", -1, 1],
  ["\u00e1", -1, 1],
  ["\u00e9", -1, 2],
  ["\u00ed", -1, 1],
  ["\u00f3", -1, 1]
];

class SpanishStemmer extends BaseStemmer {
  I_p2 = 0;
  I_p1 = 0;
  I_pV = 0;

  r_mark_regions() {
    let v_1, v_2, v_3, v_4, v_5;
    this.I_pV = this.limit;
    this.I_p1 = this.limit;
    this.I_p2 = this.limit;
    v_1 = this.cursor;
    lab0: {
      while (true) {
        v_2 = this.cursor;
        lab1: {
          if (!this.in_grouping(g_v)) {
            break lab1;
          }
          while (true) {
            v_3 = this.cursor;
            lab2: {
              if (!this.out_grouping(g_v)) {
                break lab2;
              }
              if (!this.go_out_grouping(g_v)) {
                break lab2;
              }
              this.cursor += 1;
              break;
            }
            this.cursor = v_3;
            if (!this.in_grouping(g_v)) {
              break lab1;
            }
            if (!this.go_in_grouping(g_v)) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          break;
        }
        this.cursor = v_2;
        if (!this.out_grouping(g_v)) {
          break lab0;
        }
        while (true) {
          v_4 = this.cursor;
          lab1: {
            if (!this.out_grouping(g_v)) {
              break lab1;
            }
            if (!this.go_out_grouping(g_v)) {
              break lab1;
            }
            this.cursor += 1;
            break;
          }
          this.cursor = v_4;
          if (!this.in_grouping(g_v)) {
            break lab0;
          }
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
          break;
        }
        break;
      }
      this.I_pV = this.cursor;
    }
    this.cursor = v_1;
    v_5 = this.cursor;
    lab0: {
      if (!this.go_out_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
      if (!this.go_in_grouping(g_v)) {
        break lab0;
      }
      this.cursor += 1;
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
    this.cursor = v_5;
    return true;
  }

  r_postlude() {
    let among_var, v_1;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(a_0);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("a");
        } else if (among_var === 2) {
          this.slice_from("e");
        } else if (among_var === 3) {
          this.slice_from("i");
        } else if (among_var === 4) {
          this.slice_from("o");
        } else if (among_var === 5) {
          this.slice_from("u");
        } else {
          if (this.cursor >= this.limit) {
            break lab0;
          }
          this.cursor += 1;
        }
        continue;
      }
      this.cursor = v_1;
      break;
    }
    return true;
  }

  r_RV() {
    return (this.I_pV <= this.cursor);
  }

  r_R2() {
    return (this.I_p2 <= this.cursor);
  }

  r_attached_pronoun() {
    let among_var;
    this.ket = this.cursor;
    if (this.find_among_b(a_1) === 0) {
      return false;
    }
    this.bra = this.cursor;
    among_var = this.find_among_b(a_2);
    if (among_var === 0) {
      return false;
    }
    if (!this.r_RV()) {
      return false;
    }
    if (among_var === 1) {
      this.bra = this.cursor;
      this.slice_from("iendo");
    } else if (among_var === 2) {
      this.bra = this.cursor;
      this.slice_from("ando");
    } else if (among_var === 3) {
      this.bra = this.cursor;
      this.slice_from("ar");
    } else if (among_var === 4) {
      this.bra = this.cursor;
      this.slice_from("er");
    } else if (among_var === 5) {
      this.bra = this.cursor;
      this.slice_from("ir");
    } else if (among_var === 6) {
      this.slice_del();
    } else {
      if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "u")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_del();
    }
    return true;
  }

  r_standard_suffix() {
    let among_var, v_1, v_2, v_3, v_4, v_5;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_6);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
    } else if (among_var === 2) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if (!this.eq_s_b("ic")) {
          this.cursor = (this.limit - v_1);
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = (this.limit - v_1);
          break lab0;
        }
        this.slice_del();
      }
    } else if (among_var === 3) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("log");
    } else if (among_var === 4) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("u");
    } else if (among_var === 5) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("ente");
    } else if (among_var === 6) {
      if (this.I_p1 > this.cursor) {
        return false;
      }
      this.slice_del();
      v_2 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_3);
        if (among_var === 0) {
          this.cursor = (this.limit - v_2);
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = (this.limit - v_2);
          break lab0;
        }
        this.slice_del();
        if (among_var === 1) {
          this.ket = this.cursor;
          if (!this.eq_s_b("at")) {
            this.cursor = (this.limit - v_2);
            break lab0;
          }
          this.bra = this.cursor;
          if (!this.r_R2()) {
            this.cursor = (this.limit - v_2);
            break lab0;
          }
          this.slice_del();
        }
      }
    } else if (among_var === 7) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_3 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if (this.find_among_b(a_4) === 0) {
          this.cursor = (this.limit - v_3);
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = (this.limit - v_3);
          break lab0;
        }
        this.slice_del();
      }
    } else if (among_var === 8) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_4 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if (this.find_among_b(a_5) === 0) {
          this.cursor = (this.limit - v_4);
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = (this.limit - v_4);
          break lab0;
        }
        this.slice_del();
      }
    } else {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_5 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if (!this.eq_s_b("at")) {
          this.cursor = (this.limit - v_5);
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = (this.limit - v_5);
          break lab0;
        }
        this.slice_del();
      }
    }
    return true;
  }

  r_y_verb_suffix() {
    let v_2;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if (this.find_among_b(a_7) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "u")) {
      return false;
    }
    this.cursor -= 1;
    this.slice_del();
    return true;
  }

  r_verb_suffix() {
    let among_var, v_2, v_3, v_4;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.limit_backward = v_2;
    if (among_var === 1) {
      v_3 = (this.limit - this.cursor);
      lab0: {
        if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "u")) {
          this.cursor = (this.limit - v_3);
          break lab0;
        }
        this.cursor -= 1;
        v_4 = (this.limit - this.cursor);
        if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "g")) {
          this.cursor = (this.limit - v_3);
          break lab0;
        }
        this.cursor -= 1;
        this.cursor = (this.limit - v_4);
      }
      this.bra = this.cursor;
      this.slice_del();
    } else {
      this.slice_del();
    }
    return true;
  }

  r_residual_suffix() {
    let among_var, v_1, v_2;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_9);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
    } else {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "u")) {
          this.cursor = (this.limit - v_1);
          break lab0;
        }
        this.cursor -= 1;
        this.bra = this.cursor;
        v_2 = (this.limit - this.cursor);
        if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "g")) {
          this.cursor = (this.limit - v_1);
          break lab0;
        }
        this.cursor -= 1;
        this.cursor = (this.limit - v_2);
        if (!this.r_RV()) {
          this.cursor = (this.limit - v_1);
          break lab0;
        }
        this.slice_del();
      }
    }
    return true;
  }

  _stem() {
    let v_1, v_2, v_3, v_4, v_5;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_1 = (this.limit - this.cursor);
    this.r_attached_pronoun();
    this.cursor = (this.limit - v_1);
    v_2 = (this.limit - this.cursor);
    lab0: {
      while (true) {
        v_3 = (this.limit - this.cursor);
        lab1: {
          if (!this.r_standard_suffix()) {
            break lab1;
          }
          break;
        }
        this.cursor = (this.limit - v_3);
        lab1: {
          if (!this.r_y_verb_suffix()) {
            break lab1;
          }
          break;
        }
        this.cursor = (this.limit - v_3);
        if (!this.r_verb_suffix()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = (this.limit - v_2);
    v_4 = (this.limit - this.cursor);
    this.r_residual_suffix();
    this.cursor = (this.limit - v_4);
    this.cursor = this.limit_backward;
    v_5 = this.cursor;
    this.r_postlude();
    this.cursor = v_5;
    return true;
  }
}

const stemmer = new SpanishStemmer();

/** The stem of a word, as snowballstemmer's SpanishStemmer gives it. */
export function stem(word) {
  return stemmer.stemWord(word);
}
