// zrender/lib/core/timsort.js: 3.7 KB of a hand-written stable sort. All
// its callers (the display list, the processor priorities, the z-levels)
// sort a whole array in place with a comparator; the engine's own sort
// does the same, made stable by the index as the last key (stable on
// every engine, also those before ES2019 required Array.prototype.sort
// to be stable), so the order is the one timsort gave.
export default function sort(array, compare) {
  const keyed = array.map((v, i) => ({ v, i }));
  keyed.sort((a, b) => compare(a.v, b.v) || a.i - b.i);
  for (let i = 0; i < keyed.length; i++) array[i] = keyed[i].v;
}
