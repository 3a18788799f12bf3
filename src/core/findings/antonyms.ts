// The antonym pairs as content keys, and for each member word its bit: the antonym tests keep one
// bit per pair in a 32-bit mask, read once per statement (as its keys are collected).
import { ANTONYMS } from './lexicon';
import { keyOf } from './text';

export const ANTONYM_PAIRS: [string, string][] = ANTONYMS.map(([x, y]) => [keyOf(x) ?? x, keyOf(y) ?? y]);
if (ANTONYM_PAIRS.length > 31) throw new Error('ANTONYMS: at most 31 pairs');

/** For each antonym word, its bit in the first-word mask and in the second-word mask. */
export const ANTONYM_BITS = new Map<string, [number, number]>();
ANTONYM_PAIRS.forEach(([x, y], i) => {
  for (const [w, side] of [[x, 0], [y, 1]] as const) {
    const bits = ANTONYM_BITS.get(w) ?? [0, 0];
    bits[side] |= 1 << i;
    ANTONYM_BITS.set(w, bits);
  }
});

/** [first-word mask, second-word mask] of a key set: bit i set when it holds that word of ANTONYM_PAIRS[i]. */
export function antonymMasks(set: Iterable<string>): [number, number] {
  let x = 0;
  let y = 0;
  for (const k of set) {
    const bits = ANTONYM_BITS.get(k);
    if (bits) {
      x |= bits[0];
      y |= bits[1];
    }
  }
  return [x, y];
}

/**
 * What a statement's builder read on the way, for the pair tests: the antonym masks of its `pos`
 * and `keys` and its words' gate bits. Kept under a symbol (JSON and structured clones leave it
 * out) with the sets and text it was read from, so a copy with other ones is not misread.
 */
export interface Prepared {
  pos: Set<string>;
  keys: Set<string>;
  text: string;
  posX: number;
  posY: number;
  keyX: number;
  keyY: number;
  hints: number;
  /** keyId of each key of `keys`, in its order, numbered in generation `gen` (keyIds.ts);
   *  numbered again, and kept, when a statement outlives its generation (keyIdsOf). */
  ids: readonly number[];
  gen: number;
  /** The pair tests' own reading of the statement (contradiction.ts), once made. */
  features?: unknown;
}
/** Set in the statement's object literal: a property added later would slow every statement. */
export const PREPARED = Symbol('prepared');

/** The statement's prepared reading if it still holds for its sets and text. */
export function prepared(s: { pos: Set<string>; keys: Set<string>; text: string }): Prepared | null {
  const p = (s as { [PREPARED]?: Prepared })[PREPARED];
  return p && p.pos === s.pos && p.keys === s.keys && p.text === s.text ? p : null;
}
