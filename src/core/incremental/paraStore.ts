// Where a stage finds a paragraph's (or a sentence's) results from the last analysis. Results are kept by the
// paragraph's text, so a paragraph moved or pasted elsewhere is found too; a paragraph outside the
// edited stretch is found by position first, which spares building and hashing a key from its text.
import type { Span } from '../types';
import { GenerationCache } from './cache';
import type { PositionMap } from '../diff';
import { detached } from '../detached';

export interface ParaMemo<V> {
  byKey: ReadonlyMap<string, V>;
  /** Each span looked up or stored in that analysis, by its start: its key (the span's text, so
   *  its length gives the end). */
  at: ReadonlyMap<number, string>;
}

export class ParaStore<V> {
  private readonly cache: GenerationCache<V>;
  private readonly at = new Map<number, string>();
  lookups = 0;
  hits = 0;

  constructor(
    private readonly text: string,
    private readonly prev: ParaMemo<V> | null,
    private readonly map: PositionMap | null,
  ) {
    this.cache = new GenerationCache(prev?.byKey ?? null);
  }

  lookup(span: Span): { value: V | undefined; key: string } {
    this.lookups++;
    const [s, e] = span;
    let key: string | null = null;
    const map = this.map;
    if (this.prev && map && (e <= map.start || s >= map.newEnd)) {
      // Untouched text: the old paragraph at the same place, if it had the same extent, has the
      // same text, and its key (an old string, its hash already computed) finds its results.
      const os = map.toOld(s);
      const old = this.prev.at.get(os);
      if (old !== undefined && old.length === e - s) key = old;
    }
    if (key === null) {
      const slice = this.text.slice(s, e);
      if (this.cache.peek(slice) === undefined) return { value: undefined, key: slice };
      key = detached(slice); // kept for the next analyses: not a view of this text (detached.ts)
    }
    const value = this.cache.get(key);
    if (value !== undefined) {
      this.hits++;
      this.at.set(s, key);
    }
    return { value, key };
  }

  store(span: Span, key: string, value: V): void {
    const own = detached(key); // kept for the next analyses (detached.ts)
    this.cache.set(own, value);
    this.at.set(span[0], own);
  }

  memo(): ParaMemo<V> {
    return { byKey: this.cache.next, at: this.at };
  }
}

/** The value kept for the text at `span`, or `make()` stored for the next analysis. */
export function throughStore<V>(store: ParaStore<V>, span: Span, make: () => V): V {
  const { value, key } = store.lookup(span);
  if (value !== undefined) return value;
  const v = make();
  store.store(span, key, v);
  return v;
}
