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
