// Candidate pairs in near-linear time: items are indexed by their keys, and only items sharing a
// key are ever paired. Keys held by too many items (common words) are skipped, since they would
// make the pairing quadratic and say little about sameness.
export class InvertedIndex<T> {
  private readonly postings = new Map<string, number[]>();
  private readonly items: T[] = [];

  add(item: T, keys: Iterable<string>): void {
    const i = this.items.length;
    this.items.push(item);
    for (const k of new Set(keys)) {
      let list = this.postings.get(k);
      if (!list) this.postings.set(k, (list = []));
      list.push(i);
    }
  }

  /**
   * Pairs of items sharing at least `minShared` keys whose postings are no longer than `maxPosting`,
   * accepted by `keep` (e.g. "from different articles"), with the number of shared keys.
   */
  pairs(keep: (a: T, b: T) => boolean, minShared = 1, maxPosting = 200): [T, T, number][] {
    const counts = new Map<number, number>();
    const n = this.items.length;
    for (const list of this.postings.values()) {
      if (list.length < 2 || list.length > maxPosting) continue;
      for (let x = 0; x < list.length; x++) {
        for (let y = x + 1; y < list.length; y++) {
          const id = list[x] * n + list[y];
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      }
    }
    const out: [T, T, number][] = [];
    for (const [id, c] of counts) {
      if (c < minShared) continue;
      const a = this.items[Math.floor(id / n)];
      const b = this.items[id % n];
      if (keep(a, b)) out.push([a, b, c]);
    }
    return out;
  }
}
