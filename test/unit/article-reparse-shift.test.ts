// reparseArticle keeps the lines after an edit as they were stored, moved by one shift on the
// state (ParseState.shift) instead of copied: the lines read through lineOf/rawOf must be those a
// fresh parse finds, after edits near the last one, before it, after it and far from it, and along
// branches from one state (a state is never changed by a later reparse).
import * as assert from 'assert';
import { parseArticle, reparseArticle, type ArticleChange } from '../../src/core/article';
import { lineOf, parseState, rawOf } from '../../src/core/article/parse';
import type { Article } from '../../src/core/types';
import { articleOfWords } from '../../scripts/bench/corpus';
import { rng } from './random';

type Edit = { text: string; change: ArticleChange };

function edit(text: string, start: number, del: number, insert: string): Edit {
  return { text: text.slice(0, start) + insert + text.slice(start + del), change: { start, oldEnd: start + del, newEnd: start + insert.length } };
}

/** The model and its kept lines equal a fresh parse's. */
function checkState(got: Article, text: string): void {
  const want = parseArticle(text, undefined, true);
  assert.deepStrictEqual(got, want);
  const s = parseState(got)!;
  const w = parseState(want)!;
  assert.ok(s, 'the reparsed model keeps its state');
  assert.strictEqual(s.lines.length, w.lines.length);
  for (let i = 0; i < w.lines.length; i++) {
    assert.deepStrictEqual(lineOf(s, i), w.lines[i], `line ${i}`);
    assert.strictEqual(rawOf(s, i), w.raw[i], `raw start of line ${i}`);
  }
  assert.deepStrictEqual(s.kinds, w.kinds);
  assert.deepStrictEqual(s.counts, w.counts);
  assert.strictEqual(s.trailerStop, w.trailerStop);
}

/** A position in the body, `at` of the way through the text, on a letter. */
function bodyAt(text: string, at: number): number {
  let p = Math.floor(text.length * at);
  while (!/[a-z]/.test(text[p])) p++;
  return p;
}

const SNIPPETS = ['x', 'xy', '', '\n', '\n\n', ' word', '. The', '\n\nNew paragraph here.\n\n'];

function texts(): string[] {
  return [articleOfWords(3000, 21), articleOfWords(2500, 22).replace(/\n\n/g, '\n'), articleOfWords(2000, 23).replace(/\n\n/g, '\r\n\r\n')];
}

describe('reparseArticle: lines after an edit moved by a shift', () => {
  it('reads every line as a fresh parse has it along chains of edits near, before, after and far from the last', () => {
    const r = rng(61);
    for (const t0 of texts()) {
      let text = t0;
      let a = parseArticle(text, undefined, true);
      let at = 0.5;
      for (let k = 0; k < 60; k++) {
        // Mostly near the last edit (a few characters either way), sometimes a jump.
        const jump = r();
        at = jump < 0.6 ? at + (r() - 0.5) * 0.002 : jump < 0.8 ? at + (r() - 0.5) * 0.1 : 0.15 + r() * 0.8;
        at = Math.min(0.97, Math.max(0.1, at));
        const p = bodyAt(text, at);
        const ins = SNIPPETS[Math.floor(r() * SNIPPETS.length)];
        const e = edit(text, p, r() < 0.3 ? 1 + Math.floor(r() * 4) : 0, ins);
        a = reparseArticle(a, e.text, r() < 0.8 ? e.change : undefined);
        text = e.text;
        checkState(a, text);
      }
    }
  });

  it('leaves the state it started from as it was: branches from one model each equal a fresh parse', () => {
    const t = articleOfWords(3000, 24);
    const root = parseArticle(t, undefined, true);
    const p = bodyAt(t, 0.5);
    const one = edit(t, p, 0, 'x');
    const a1 = reparseArticle(root, one.text, one.change);
    const two = edit(one.text, bodyAt(one.text, 0.3), 0, '\n\n');
    const a2 = reparseArticle(a1, two.text, two.change);
    checkState(a2, two.text);
    // From a1 again (its shift must not have been moved by a2), and from root again.
    const three = edit(one.text, bodyAt(one.text, 0.8), 2, '');
    checkState(reparseArticle(a1, three.text, three.change), three.text);
    checkState(a1, one.text);
    const four = edit(t, bodyAt(t, 0.7), 0, 'Yes. ');
    checkState(reparseArticle(root, four.text, four.change), four.text);
    checkState(root, t);
  });

  it('stores none of the lines after a typed letter anew, along a chain typed in one paragraph', () => {
    let text = articleOfWords(6000, 25);
    const first = parseArticle(text, undefined, true);
    const p = bodyAt(text, 0.5);
    let a = first;
    for (let k = 0; k < 10; k++) {
      const e = edit(text, p + k, 0, 'x');
      a = reparseArticle(a, e.text, e.change);
      text = e.text;
    }
    checkState(a, text);
    const before = parseState(first)!;
    const after = parseState(a)!;
    // Past the edited region (a few blocks), the stored line records are the first parse's own.
    const tail = before.lines.length - 1;
    assert.strictEqual(after.lines[tail], before.lines[tail]);
    assert.strictEqual(after.shift?.offset, 10);
    let shared = 0;
    for (let i = 0; i < after.lines.length; i++) if (after.lines[i] === before.lines[i]) shared++;
    assert.ok(shared >= after.lines.length - 20, `${shared} of ${after.lines.length} line records shared`);
  });
});
