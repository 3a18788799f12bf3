// Shared by the incremental tests: apply an edit, and check that reanalyze gives analyzeText's answer.
import * as assert from 'assert';
import { analyzeText, reanalyze, type Analysis, type TextEdit } from '../../src/core';

export const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.text + text.slice(e.end);

/** Paragraphs (start, end) of `text`, split at blank lines. */
export function paragraphs(text: string): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  for (;;) {
    const e = text.indexOf('\n\n', s);
    out.push([s, e < 0 ? text.length : e]);
    if (e < 0) return out;
    s = e + 2;
  }
}

/** Re-analyses `text` after `e` from `prev`; fails unless that equals a fresh analysis. */
export function check(prev: Analysis, text: string, e: TextEdit, what: string): Analysis {
  const next = apply(text, e);
  const got = reanalyze(prev, next, e);
  assert.deepStrictEqual(got, analyzeText(next), `${what}: ${JSON.stringify(e)}`);
  return got;
}
