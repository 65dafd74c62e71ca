// An array whose items are made when first read. A ranking's group may hold 100,000 mentors
// where a page shows 20, and making an object per mentor costs more than ranking them (most of
// it in the garbage collector): `results.length`, `results[0]` and `results.slice(0, 20)` make
// only what they read. Reading it whole (iterating it, listing its keys, changing it) makes
// every item once, after which it is a plain array.

/** The item index a property key names, or -1 (the length, methods and symbols name none). */
function indexOf(key, length) {
  if (typeof key !== "string") return -1;
  const index = Number(key);
  return Number.isInteger(index) && index >= 0 && index < length && String(index) === key ? index : -1;
}

/** An array of `length` items, item i being `make(i)`, called at most once per item. */
export function lazyArray(length, make) {
  // The proxy's target, empty until the array is read whole: an array of `length` holes would
  // itself take 8 bytes per item.
  const made = [];
  const early = new Map(); // index -> item, for those read before
  let whole = false;
  const item = (index) => {
    if (!early.has(index)) early.set(index, make(index));
    return early.get(index);
  };
  const all = () => {
    if (!whole) {
      for (let index = 0; index < length; index++) made.push(early.has(index) ? early.get(index) : make(index));
      early.clear();
      whole = true;
    }
    return made;
  };
  return new Proxy(made, {
    get(target, key, receiver) {
      if (!whole) {
        if (key === "length") return length;
        const index = indexOf(key, length);
        if (index >= 0) return item(index);
      }
      // Iterating reads everything: the array's own iterator over the made items is quicker
      // than one read through this proxy per item.
      if (key === Symbol.iterator) return () => all()[Symbol.iterator]();
      return Reflect.get(target, key, receiver);
    },
    // Array methods (map, slice, find...) ask whether an index is there before reading it.
    has: (target, key) => (!whole && indexOf(key, length) >= 0) || Reflect.has(target, key),
    ownKeys: () => Reflect.ownKeys(all()),
    getOwnPropertyDescriptor: (target, key) => Reflect.getOwnPropertyDescriptor(all(), key),
    set: (target, key, value) => Reflect.set(all(), key, value),
    defineProperty: (target, key, descriptor) => Reflect.defineProperty(all(), key, descriptor),
    deleteProperty: (target, key) => Reflect.deleteProperty(all(), key),
  });
}
