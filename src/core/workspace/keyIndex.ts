// InvertedIndex (invertedIndex.ts) for items that are numbers (0, 1, ... in the order added) and
// keys that are small integer ids: everything in typed arrays, 4 bytes per key an item holds and
// as much again for the postings, built at once when pairs are asked for. Same pairs, in the same
// order, as InvertedIndex over the same items and keys.
import { IntList } from './intList';

export class KeyIndex {
  /** Each item's distinct keys, one item after the other: item i's end at `ends[i]`. */
  private readonly keys = new IntList(1024);
  private readonly ends = new IntList(256);
  /** Per key id: items holding it, and the last item that added it (to drop repeats within an item). */
  private readonly counts = new IntList(256);
  private readonly lastItem = new IntList(256);
  /** Keys held by more than the cap in the last `pairSteps`: they paired nothing. */
  skippedKeys = 0;

  get size(): number {
    return this.ends.length;
  }

  /** Starts the next item (its number is the previous `size`). */
  addItem(): void {
    this.ends.push(this.keys.length);
  }

  /** A key (an integer id, 0 or more) of the item started last; repeats are ignored. */
  addKey(k: number): void {
    const item = this.ends.length; // stamps are item + 1: 0 is "no item yet"
    if (k >= this.counts.length) {
      this.counts.fill(k + 1);
      this.lastItem.fill(k + 1);
    }
    if (this.lastItem.get(k) === item) return;
    this.lastItem.set(k, item);
    this.counts.set(k, this.counts.get(k) + 1);
    this.keys.push(k);
    this.ends.set(item - 1, this.keys.length);
  }

  /**
   * Pairs of items (x < y) sharing at least `minShared` keys whose postings are no longer than
   * `maxPosting`, as InvertedIndex.pairSteps gives them: flat, [x0, y0, x1, y1, ...], x then y
   * ascending. Yields every 16 items so a caller can spread it over time slices.
   */
  *pairSteps(minShared = 1, maxPosting = 200): Generator<void, IntList, void> {
    const n = this.size;
    const nKeys = this.counts.length;
    this.skippedKeys = 0;
    // Postings of the usable keys, item numbers ascending, one array for all.
    const start = new Int32Array(nKeys + 1);
    for (let k = 0; k < nKeys; k++) {
      const c = this.counts.get(k);
      if (c > maxPosting) this.skippedKeys++;
      start[k + 1] = start[k] + (c >= 2 && c <= maxPosting ? c : 0);
    }
    const postings = new Int32Array(start[nKeys]);
    const fill = start.slice(0, nKeys);
    for (let x = 0; x < n; x++) {
      for (let at = x ? this.ends.get(x - 1) : 0, end = this.ends.get(x); at < end; at++) {
        const k = this.keys.get(at);
        if (start[k + 1] > start[k]) postings[fill[k]++] = x;
      }
    }
    // Item by item, counting the later items met through each usable key: no pair table.
    const counts = new Uint32Array(n);
    const touched: number[] = [];
    const out = new IntList(256);
    for (let x = 0; x < n; x++) {
      for (let at = x ? this.ends.get(x - 1) : 0, end = this.ends.get(x); at < end; at++) {
        const k = this.keys.get(at);
        const to = start[k + 1];
        for (let p = upperBound(postings, start[k], to, x); p < to; p++) {
          const y = postings[p];
          if (counts[y]++ === 0) touched.push(y);
        }
      }
      touched.sort((a, b) => a - b);
      for (const y of touched) {
        if (counts[y] >= minShared) {
          out.push(x);
          out.push(y);
        }
        counts[y] = 0;
      }
      touched.length = 0;
      if ((x & 15) === 15) yield;
    }
    return out;
  }
}

/** First position in the sorted `list[from, to)` holding a value above `x`. */
function upperBound(list: Int32Array, from: number, to: number, x: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
