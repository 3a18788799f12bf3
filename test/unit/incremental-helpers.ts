// Shared by the incremental tests: apply an edit, and check that reanalyze gives analyzeText's answer.
import * as assert from 'assert';
import { analyzeText, reanalyze, type Analysis, type TextEdit } from '../../src/core';

export const apply = (text: string, e: TextEdit) => text.slice(0, e.start) + e.text + text.slice(e.end);

/** Re-analyses `text` after `e` from `prev`; fails unless that equals a fresh analysis. */
export function check(prev: Analysis, text: string, e: TextEdit, what: string): Analysis {
  const next = apply(text, e);
  const got = reanalyze(prev, next, e);
  assert.deepStrictEqual(got, analyzeText(next), `${what}: ${JSON.stringify(e)}`);
  return got;
}
