// A unit (a sentence widened over quotations) bounds how far a cue's frame looks. Real sentences
// stay far below the cap; a megabyte-long "sentence" (a text with no full stops, a pasted table)
// is cut into pieces so the per-cue scans stay bounded and the analysis linear.
import type { Token } from './tokens';
import type { TokRange } from './frames';

/** Longest unit in tokens; the longest real sentence with its quotation is a few hundred. */
export const MAX_UNIT_TOKENS = 500;

/** Units longer than the cap, cut at the last sentence or clause mark before it (else anywhere). */
export function capUnits(toks: Token[], units: TokRange[], max = MAX_UNIT_TOKENS): TokRange[] {
  // (A loop, not every(): nearly every paragraph's units are all within the cap.)
  let over = false;
  for (let k = 0; k < units.length && !over; k++) over = units[k].b - units[k].a > max;
  if (!over) return units;
  const out: TokRange[] = [];
  for (const u of units) {
    let a = u.a;
    while (u.b - a > max) {
      const cut = cutPoint(toks, a, a + max);
      out.push({ a, b: cut });
      a = cut;
    }
    if (u.b > a) out.push({ a, b: u.b });
  }
  return out;
}

/** One past the best mark in the second half of [a, limit): a full stop or semicolon, else a comma. */
function cutPoint(toks: Token[], a: number, limit: number): number {
  const floor = a + ((limit - a) >> 1);
  let comma = -1;
  for (let k = limit - 1; k >= floor; k--) {
    const t = toks[k].text;
    if ((t === '.' || t === ';' || t === '?' || t === '!') && toks[k].quote < 0) return k + 1;
    if (comma < 0 && t === ',' && toks[k].quote < 0) comma = k + 1;
  }
  return comma > 0 ? comma : limit;
}
