import assert from "node:assert/strict";
import { test } from "node:test";

import { lazyArray } from "../../theme/assets/mentor-directory/lazy-array.js";

/** A lazy array of `length` squares, and the indexes it made, in order. */
function squares(length) {
  const made = [];
  const items = lazyArray(length, (index) => {
    made.push(index);
    return { square: index * index };
  });
  return { items, made };
}

test("reading the length, an item or a page makes only what is read, each item once", () => {
  const { items, made } = squares(100_000);
  assert.equal(items.length, 100_000);
  assert.deepEqual(made, []);
  assert.equal(items[3].square, 9);
  assert.equal(items[3], items[3]);
  assert.deepEqual(items.slice(10, 12).map((item) => item.square), [100, 121]);
  assert.equal(items.at(-1).square, 99_999 ** 2);
  assert.equal(items[100_000], undefined);
  assert.deepEqual(made, [3, 10, 11, 99_999]);
});

test("it reads as an array: checks, methods, spreading, JSON and deep equality", () => {
  const { items, made } = squares(4);
  assert.ok(Array.isArray(items));
  assert.ok(2 in items);
  assert.ok(!(4 in items));
  assert.equal(items.find((item) => item.square === 4), items[2]);
  assert.deepEqual(made, [0, 1, 2]);
  const expected = [0, 1, 4, 9].map((square) => ({ square }));
  assert.deepEqual([...items], expected);
  assert.equal(JSON.stringify(items), JSON.stringify(expected));
  assert.deepEqual(items, expected);
  assert.deepEqual(Object.keys(items), ["0", "1", "2", "3"]);
  const [first, second] = items;
  assert.deepEqual([first, second], expected.slice(0, 2));
  assert.deepEqual(made, [0, 1, 2, 3]);
});

test("once read whole or changed it is a plain array", () => {
  const { items, made } = squares(3);
  items.push({ square: -1 });
  assert.deepEqual(made, [0, 1, 2]);
  assert.equal(items.length, 4);
  assert.deepEqual(items.map((item) => item.square), [0, 1, 4, -1]);
  items.length = 1;
  assert.deepEqual(items.map((item) => item.square), [0]);
  assert.equal(items[2], undefined);
  assert.deepEqual(made, [0, 1, 2]);
});

test("an empty one has nothing to make", () => {
  const { items, made } = squares(0);
  assert.deepEqual([items.length, [...items], items[0]], [0, [], undefined]);
  assert.deepEqual(made, []);
});
