// Content keys and index tags as small integers, numbered once per process: a word's key is
// numbered once (kept on its WordInfo), and the statement builder keeps each statement's key
// numbers, so the contradiction search posts and compares integers instead of looking each key
// string up in a map. Bounded like the word caches: when full, the numbering starts again as a new
// generation, and a number kept from an older one is not read (its holder numbers its keys again).
const IDS = new Map<string, number>();
const MAX_IDS = 50_000;
let gen = 1;

/** The number of key `k` in the current generation (given on first sight). */
export function keyId(k: string): number {
  let g = IDS.get(k);
  if (g === undefined) {
    g = IDS.size;
    IDS.set(k, g);
  }
  return g;
}

/** The current generation: numbers kept with another one are stale. */
export function keyGeneration(): number {
  return gen;
}

/** How many keys are numbered (every number is below it). */
export function keyIdCount(): number {
  return IDS.size;
}

/**
 * Called before numbers are compared for one use (never while numbers from before are in use):
 * starts a new generation when the numbering is full. Callers read kept numbers only after it.
 */
export function beginKeyIds(): void {
  if (IDS.size > MAX_IDS) {
    IDS.clear();
    gen++;
  }
}
