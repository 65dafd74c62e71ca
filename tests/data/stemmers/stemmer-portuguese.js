// Generated from snowballstemmer 3.1.1 (snowballstemmer/portuguese_stemmer.py) by
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

const g_v = new Set("aeiou\u00e1\u00e2\u00e9\u00ea\u00ed\u00f3\u00f4\u00fa");
const a_0 = [
  ["", -1, 3],
  ["\u00e3", 0, 1],
  ["\u00f5", 0, 2]
];
const a_1 = [
  ["", -1, 3],
  ["a~", 0, 1],
  ["o~", 0, 2]
];
const a_2 = [
  ["ic", -1, -1],
  ["ad", -1, -1],
  ["os", -1, -1],
  ["iv", -1, 1]
];
const a_3 = [
  ["ante", -1, 1],
  ["avel", -1, 1],
  ["\u00edvel", -1, 1]
];
const a_4 = [
  ["ic", -1, 1],
  ["abil", -1, 1],
  ["iv", -1, 1]
];
const a_5 = [
  ["ica", -1, 1],
  ["\u00e2ncia", -1, 1],
  ["\u00eancia", -1, 4],
  ["logia", -1, 2],
  ["ira", -1, 9],
  ["adora", -1, 1],
  ["osa", -1, 1],
  ["ista", -1, 1],
  ["iva", -1, 8],
  ["eza", -1, 1],
  ["idade", -1, 7],
  ["ante", -1, 1],
  ["mente", -1, 6],
  ["amente", 12, 5],
  ["\u00e1vel", -1, 1],
  ["\u00edvel", -1, 1],
  ["ico", -1, 1],
  ["ismo", -1, 1],
  ["oso", -1, 1],
  ["amento", -1, 1],
  ["imento", -1, 1],
  ["ivo", -1, 8],
  ["a\u00e7a~o", -1, 1],
  ["u\u00e7a~o", -1, 3],
  ["ador", -1, 1],
  ["icas", -1, 1],
  ["\u00eancias", -1, 4],
  ["logias", -1, 2],
  ["iras", -1, 9],
  ["adoras", -1, 1],
  ["osas", -1, 1],
  ["istas", -1, 1],
  ["ivas", -1, 8],
  ["ezas", -1, 1],
  ["idades", -1, 7],
  ["adores", -1, 1],
  ["antes", -1, 1],
  ["a\u00e7o~es", -1, 1],
  ["u\u00e7o~es", -1, 3],
  ["icos", -1, 1],
  ["ismos", -1, 1],
  ["osos", -1, 1],
  ["amentos", -1, 1],
  ["imentos", -1, 1],
  ["ivos", -1, 8]
];
const a_6 = [
  ["ada", -1, 1],
  ["ida", -1, 1],
  ["ia", -1, 1],
  ["aria", 2, 1],
  ["eria", 2, 1],
  ["iria", 2, 1],
  ["ara", -1, 1],
  ["era", -1, 1],
  ["ira", -1, 1],
  ["ava", -1, 1],
  ["asse", -1, 1],
  ["esse", -1, 1],
  ["isse", -1, 1],
  ["aste", -1, 1],
  ["este", -1, 1],
  ["iste", -1, 1],
  ["ei", -1, 1],
  ["arei", 16, 1],
  ["erei", 16, 1],
  ["irei", 16, 1],
  ["am", -1, 1],
  ["iam", 20, 1],
  ["ariam", 21, 1],
  ["eriam", 21, 1],
  ["iriam", 21, 1],
  ["aram", 20, 1],
  ["eram", 20, 1],
  ["iram", 20, 1],
  ["avam", 20, 1],
  ["em", -1, 1],
  ["arem", 29, 1],
  ["erem", 29, 1],
  ["irem", 29, 1],
  ["assem", 29, 1],
  ["essem", 29, 1],
  ["issem", 29, 1],
  ["ado", -1, 1],
  ["ido", -1, 1],
  ["ando", -1, 1],
  ["endo", -1, 1],
  ["indo", -1, 1],
  ["ara~o", -1, 1],
  ["era~o", -1, 1],
  ["ira~o", -1, 1],
  ["ar", -1, 1],
  ["er", -1, 1],
  ["ir", -1, 1],
  ["as", -1, 1],
  ["adas", 47, 1],
  ["idas", 47, 1],
  ["ias", 47, 1],
  ["arias", 50, 1],
  ["erias", 50, 1],
  ["irias", 50, 1],
  ["aras", 47, 1],
  ["eras", 47, 1],
  ["iras", 47, 1],
  ["avas", 47, 1],
  ["es", -1, 1],
  ["ardes", 58, 1],
  ["erdes", 58, 1],
  ["irdes", 58, 1],
  ["ares", 58, 1],
  ["eres", 58, 1],
  ["ires", 58, 1],
  ["asses", 58, 1],
  ["esses", 58, 1],
  ["isses", 58, 1],
  ["astes", 58, 1],
  ["estes", 58, 1],
  ["istes", 58, 1],
  ["is", -1, 1],
  ["ais", 71, 1],
  ["eis", 71, 1],
  ["areis", 73, 1],
  ["ereis", 73, 1],
  ["ireis", 73, 1],
  ["\u00e1reis", 73, 1],
  ["\u00e9reis", 73, 1],
  ["\u00edreis", 73, 1],
  ["\u00e1sseis", 73, 1],
  ["\u00e9sseis", 73, 1],
  ["\u00edsseis", 73, 1],
  ["\u00e1veis", 73, 1],
  ["\u00edeis", 73, 1],
  ["ar\u00edeis", 84, 1],
  ["er\u00edeis", 84, 1],
  ["ir\u00edeis", 84, 1],
  ["ados", -1, 1],
  ["idos", -1, 1],
  ["amos", -1, 1],
  ["\u00e1ramos", 90, 1],
  ["\u00e9ramos", 90, 1],
  ["\u00edramos", 90, 1],
  ["\u00e1vamos", 90, 1],
  ["\u00edamos", 90, 1],
  ["ar\u00edamos", 95, 1],
  ["er\u00edamos", 95, 1],
  ["ir\u00edamos", 95, 1],
  ["emos", -1, 1],
  ["aremos", 99, 1],
  ["eremos", 99, 1],
  ["iremos", 99, 1],
  ["\u00e1ssemos", 99, 1],
  ["\u00eassemos", 99, 1],
  ["\u00edssemos", 99, 1],
  ["imos", -1, 1],
  ["armos", -1, 1],
  ["ermos", -1, 1],
  ["irmos", -1, 1],
  ["\u00e1mos", -1, 1],
  ["ar\u00e1s", -1, 1],
  ["er\u00e1s", -1, 1],
  ["ir\u00e1s", -1, 1],
  ["eu", -1, 1],
  ["iu", -1, 1],
  ["ou", -1, 1],
  ["ar\u00e1", -1, 1],
  ["er\u00e1", -1, 1],
  ["ir\u00e1", -1, 1]
];
const a_7 = [
  ["a", -1, 1],
  ["i", -1, 1],
  ["o", -1, 1],
  ["os", -1, 1],
  ["\u00e1", -1, 1],
  ["\u00ed", -1, 1],
  ["\u00f3", -1, 1]
];
const a_8 = [
  ["e", -1, 1],
  ["\u00e7", -1, 2],
  ["\u00e9", -1, 1],
  ["\u00ea", -1, 1]
];

class PortugueseStemmer extends BaseStemmer {
  I_p2 = 0;
  I_p1 = 0;
  I_pV = 0;

  r_prelude() {
    let among_var, v_1;
    while (true) {
      v_1 = this.cursor;
      lab0: {
        this.bra = this.cursor;
        among_var = this.find_among(a_0);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("a~");
        } else if (among_var === 2) {
          this.slice_from("o~");
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
        among_var = this.find_among(a_1);
        this.ket = this.cursor;
        if (among_var === 1) {
          this.slice_from("\u00e3");
        } else if (among_var === 2) {
          this.slice_from("\u00f5");
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

  r_standard_suffix() {
    let among_var, v_1, v_2, v_3, v_4;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_5);
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
      this.slice_from("log");
    } else if (among_var === 3) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("u");
    } else if (among_var === 4) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_from("ente");
    } else if (among_var === 5) {
      if (this.I_p1 > this.cursor) {
        return false;
      }
      this.slice_del();
      v_1 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        among_var = this.find_among_b(a_2);
        if (among_var === 0) {
          this.cursor = (this.limit - v_1);
          break lab0;
        }
        this.bra = this.cursor;
        if (!this.r_R2()) {
          this.cursor = (this.limit - v_1);
          break lab0;
        }
        this.slice_del();
        if (among_var === 1) {
          this.ket = this.cursor;
          if (!this.eq_s_b("at")) {
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
      }
    } else if (among_var === 6) {
      if (!this.r_R2()) {
        return false;
      }
      this.slice_del();
      v_2 = (this.limit - this.cursor);
      lab0: {
        this.ket = this.cursor;
        if (this.find_among_b(a_3) === 0) {
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
        if (!this.eq_s_b("at")) {
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
      if (!this.r_RV()) {
        return false;
      }
      if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "e")) {
        return false;
      }
      this.cursor -= 1;
      this.slice_from("ir");
    }
    return true;
  }

  r_verb_suffix() {
    let v_2;
    if (this.cursor < this.I_pV) {
      return false;
    }
    v_2 = this.limit_backward;
    this.limit_backward = this.I_pV;
    this.ket = this.cursor;
    if (this.find_among_b(a_6) === 0) {
      this.limit_backward = v_2;
      return false;
    }
    this.bra = this.cursor;
    this.slice_del();
    this.limit_backward = v_2;
    return true;
  }

  r_residual_suffix() {
    this.ket = this.cursor;
    if (this.find_among_b(a_7) === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (!this.r_RV()) {
      return false;
    }
    this.slice_del();
    return true;
  }

  r_residual_form() {
    let among_var, v_1, v_2, v_3;
    this.ket = this.cursor;
    among_var = this.find_among_b(a_8);
    if (among_var === 0) {
      return false;
    }
    this.bra = this.cursor;
    if (among_var === 1) {
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
      this.ket = this.cursor;
      while (true) {
        v_1 = (this.limit - this.cursor);
        lab0: {
          if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "u")) {
            break lab0;
          }
          this.cursor -= 1;
          this.bra = this.cursor;
          v_2 = (this.limit - this.cursor);
          if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "g")) {
            break lab0;
          }
          this.cursor -= 1;
          this.cursor = (this.limit - v_2);
          break;
        }
        this.cursor = (this.limit - v_1);
        if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "i")) {
          return false;
        }
        this.cursor -= 1;
        this.bra = this.cursor;
        v_3 = (this.limit - this.cursor);
        if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "c")) {
          return false;
        }
        this.cursor -= 1;
        this.cursor = (this.limit - v_3);
        break;
      }
      if (!this.r_RV()) {
        return false;
      }
      this.slice_del();
    } else {
      this.slice_from("c");
    }
    return true;
  }

  _stem() {
    let v_1, v_2, v_3, v_4, v_5, v_6, v_7, v_8, v_9;
    v_1 = this.cursor;
    this.r_prelude();
    this.cursor = v_1;
    this.r_mark_regions();
    this.limit_backward = this.cursor;
    this.cursor = this.limit;
    v_2 = (this.limit - this.cursor);
    lab0: {
      while (true) {
        v_3 = (this.limit - this.cursor);
        lab1: {
          v_4 = (this.limit - this.cursor);
          while (true) {
            v_5 = (this.limit - this.cursor);
            lab2: {
              if (!this.r_standard_suffix()) {
                break lab2;
              }
              break;
            }
            this.cursor = (this.limit - v_5);
            if (!this.r_verb_suffix()) {
              break lab1;
            }
            break;
          }
          this.cursor = (this.limit - v_4);
          v_6 = (this.limit - this.cursor);
          lab2: {
            this.ket = this.cursor;
            if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "i")) {
              break lab2;
            }
            this.cursor -= 1;
            this.bra = this.cursor;
            v_7 = (this.limit - this.cursor);
            if ((this.cursor <= this.limit_backward) || (this.current.at((this.cursor - 1)) !== "c")) {
              break lab2;
            }
            this.cursor -= 1;
            this.cursor = (this.limit - v_7);
            if (!this.r_RV()) {
              break lab2;
            }
            this.slice_del();
          }
          this.cursor = (this.limit - v_6);
          break;
        }
        this.cursor = (this.limit - v_3);
        if (!this.r_residual_suffix()) {
          break lab0;
        }
        break;
      }
    }
    this.cursor = (this.limit - v_2);
    v_8 = (this.limit - this.cursor);
    this.r_residual_form();
    this.cursor = (this.limit - v_8);
    this.cursor = this.limit_backward;
    v_9 = this.cursor;
    this.r_postlude();
    this.cursor = v_9;
    return true;
  }
}

const stemmer = new PortugueseStemmer();

/** The stem of a word, as snowballstemmer's PortugueseStemmer gives it. */
export function stem(word) {
  return stemmer.stemWord(word);
}
