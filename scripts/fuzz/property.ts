// One fuzz case: analyse twice, check the invariants and determinism, time it. Throws with a
// readable message on any violation so fast-check can shrink the input. Violations of a kind
// already reported (`known`) are let through, so one common bug does not hide the others.
import { performance } from 'perf_hooks';
import { analyzeText } from '../../src/core';
import { checkInvariants } from './invariants';

export interface Timing {
  worstMsPerKB: number;
  worstInput: string;
  worstMs: number;
  cases: number;
}

export function newTiming(): Timing {
  return { worstMsPerKB: 0, worstInput: '', worstMs: 0, cases: 0 };
}

/** A violation without its numbers and quoted text: "quotes[#] (q#).cue: text … != slice …". */
export function violationKind(message: string): string {
  return message
    .replace(/"(?:[^"\\]|\\.)*"/g, '…')
    .replace(/\d+/g, '#')
    .replace(/\[#(?:, ?#)*\]/g, '[…]');
}

export function checkText(text: string, timing?: Timing, known?: Set<string>): void {
  const t0 = performance.now();
  const first = analyzeText(text);
  const ms = performance.now() - t0;
  let bad = checkInvariants(text, first);
  if (known) bad = bad.filter((b) => !known.has(violationKind(b)));
  if (bad.length) throw new Error('invariant violated:\n  ' + bad.slice(0, 8).join('\n  '));
  const again = JSON.stringify(analyzeText(text));
  if (again !== JSON.stringify(first) && !known?.has('not deterministic')) throw new Error('not deterministic: two analyses of the same text differ');
  if (timing) {
    timing.cases++;
    // Tiny inputs are dominated by fixed costs; judge per-KB cost from 1 KB up, raw time below.
    const perKB = ms / Math.max(1, text.length / 1024);
    if (perKB > timing.worstMsPerKB) {
      timing.worstMsPerKB = perKB;
      timing.worstMs = ms;
      timing.worstInput = text;
    }
  }
}
