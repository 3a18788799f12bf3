// An own sentence is asked whether its text posts a tag by regex (cause, wrongdoing, move) to
// decide whether it can clash at all; when it can and is made, the pair tests' reading of it
// (features) takes those answers from its builder instead of running the regexes again.
import * as assert from 'assert';
import { articleStatements, bodySentences } from '../../src/core/findings/statements';
import { findContradictions } from '../../src/core/findings/contradictions';
import { CAUSE_MARKERS, LIMITED_MOVE } from '../../src/core/findings/lexicon';
import type { Words } from '../../src/core/findings/text';
import type { Article } from '../../src/core/types';

/** An article of paragraphs, no quotes: every sentence is the article's own. */
function articleOf(lines: string[]): Article {
  const text = lines.join('\n');
  const paragraphs: [number, number][] = [];
  for (let at = 0, i = 0; i < lines.length; at += lines[i].length + 1, i++) paragraphs.push([at, at + lines[i].length]);
  return { text, headline: null, dateline: null, boilerplate: [], paragraphs, sentences: paragraphs.slice() };
}

/** Calls of `re.test` on `text` while `run` runs. */
function testsOf(re: RegExp, text: string, run: () => void): number {
  const own = re.test;
  let calls = 0;
  re.test = function (this: RegExp, s: string) {
    if (s === text) calls++;
    return own.call(this, s);
  };
  try {
    run();
  } finally {
    delete (re as { test?: unknown }).test;
  }
  return calls;
}

const CAUSE = 'The blast at the depot was caused by a gas leak in the old boiler room.';
const MOVE = 'Troops began a partial withdrawal from the northern district on Monday.';
// 30 own sentences: more postings than the few-statements search takes, so each made statement's
// traits (its features) are read.
const FILLER = Array.from({ length: 28 }, (_, i) => `Crews inspected warehouse number ${i + 1} on the quay before noon.`);

describe('findings: own statements read their tag regexes once', () => {
  const article = articleOf([CAUSE, MOVE, ...FILLER]);
  const attribution = { quotes: [], speakers: [] };

  it('runs the cause regex once on a made own statement, its reading kept for the pair tests', () => {
    const calls = testsOf(CAUSE_MARKERS, CAUSE, () => {
      const alone: Words[] = [];
      const statements = articleStatements(article, attribution, bodySentences(article), new Map(), alone);
      assert.ok(statements.some((s) => s.text === CAUSE), 'the cause sentence is made');
      findContradictions(statements, undefined, alone);
    });
    assert.strictEqual(calls, 1);
  });

  it('runs the last of the five regexes once too (all are run when a gate allows, not only up to the first match)', () => {
    const calls = testsOf(LIMITED_MOVE, MOVE, () => {
      const alone: Words[] = [];
      findContradictions(articleStatements(article, attribution, bodySentences(article), new Map(), alone), undefined, alone);
    });
    assert.strictEqual(calls, 1);
  });
});
