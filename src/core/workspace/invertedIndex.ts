// Candidate pairs in near-linear time: items are indexed by their keys, and only items sharing a
// key are ever paired. A key held by more than `maxPosting` items (a common word) is left out,
// since pairing through it would make the work quadratic and it says little about sameness; with
// the cap the work is at most `maxPosting` times the number of keys held. Keys left out are
// counted (`skippedKeys`), never dropped silently.
export class InvertedIndex<T> {
  private readonly postings = new Map<string, number[]>();
  private readonly items: T[] = [];
  private readonly keyLists: string[][] = [];
  /** Keys held by more than the cap in the last `pairs()` call: they paired nothing. */
  skippedKeys = 0;

  get size(): number {
    return this.items.length;
  }

  add(item: T, keys: Iterable<string>): void {
    const i = this.items.length;
    const list = [...new Set(keys)];
    this.items.push(item);
    this.keyLists.push(list);
    for (const k of list) {
      let p = this.postings.get(k);
      if (!p) this.postings.set(k, (p = []));
      p.push(i);
    }
  }

  /**
   * Pairs of items sharing at least `minShared` keys whose postings are no longer than
   * `maxPosting`, accepted by `keep` (e.g. "from different articles"), with the number of shared
   * keys; in input order.
   */
  pairs(keep: (a: T, b: T) => boolean, minShared = 1, maxPosting = 200): [T, T, number][] {
    const steps = this.pairSteps(keep, minShared, maxPosting);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
    }
  }

  /** `pairs`, yielding every 16 items so a caller can spread it over time slices. */
  *pairSteps(keep: (a: T, b: T) => boolean, minShared = 1, maxPosting = 200): Generator<void, [T, T, number][], void> {
    const n = this.items.length;
    this.skippedKeys = 0;
    for (const p of this.postings.values()) if (p.length > maxPosting) this.skippedKeys++;
    // Item by item, counting the later items met through each usable key: no pair table.
    const counts = new Uint32Array(n);
    const touched: number[] = [];
    const out: [T, T, number][] = [];
    for (let x = 0; x < n; x++) {
      for (const k of this.keyLists[x]) {
        const p = this.postings.get(k)!;
        if (p.length < 2 || p.length > maxPosting) continue;
        // Postings are in increasing order: only the items after x.
        for (let at = upperBound(p, x); at < p.length; at++) {
          const y = p[at];
          if (counts[y]++ === 0) touched.push(y);
        }
      }
      touched.sort((a, b) => a - b);
      for (const y of touched) {
        const c = counts[y];
        counts[y] = 0;
        if (c >= minShared && keep(this.items[x], this.items[y])) out.push([this.items[x], this.items[y], c]);
      }
      touched.length = 0;
      if ((x & 15) === 15) yield;
    }
    return out;
  }
}

/** First position in the sorted list holding a value above `x`. */
function upperBound(list: number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
