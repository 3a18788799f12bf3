// A cache that lives one analysis long: lookups read the previous analysis's entries, and every
// entry used or made now moves to the next generation. What the edited text no longer has is
// dropped, so the memory stays that of one article however long one edits it.

export class GenerationCache<V> {
  readonly next = new Map<string, V>();

  constructor(private readonly prev: ReadonlyMap<string, V> | null = null) {}

  get(key: string): V | undefined {
    let v = this.next.get(key);
    if (v === undefined && this.prev) {
      v = this.prev.get(key);
      if (v !== undefined) this.next.set(key, v);
    }
    return v;
  }

  /** The entry for `key` in either generation, without moving it. */
  peek(key: string): V | undefined {
    return this.next.get(key) ?? this.prev?.get(key);
  }

  set(key: string, value: V): void {
    this.next.set(key, value);
  }
}
