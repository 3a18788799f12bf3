// An edit to a name or a relay makes coreference run again from a checkpoint before the edited
// paragraph; the run stops at a later checkpoint once its registry holds what the last run's held
// there (up to entities no later mention can find), and the rest is the last run's, renumbered.
// Each result must be exactly analyzeText's: names merged into another speaker, split off as a
// new one, relays renamed, letters typed (everything after moves) or replaced.
import * as assert from 'assert';
import { analyzeText, reanalyze, type Analysis, type TextEdit } from '../../src/core';
import { corefEvery, corefResumeStats, setCorefEvery } from '../../src/core/incremental/corefResume';
import { articleOfWords } from '../../scripts/bench/corpus';
import { apply, check } from './incremental-helpers';

/** Where `word` is written in `text` at or after `from`, before `to`, as a whole word. */
function wordAt(text: string, word: string, from: number, to: number): number {
  const re = new RegExp(`\\b${word}\\b`, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < to ? m.index : -1;
}

/** Quotes past the lede whose relay (`via`) or speaker mention is written as `what`, with where. */
function written(a: Analysis, text: string, what: (q: Analysis['quotes'][number]) => string | null): { at: number; word: string }[] {
  const out: { at: number; word: string }[] = [];
  for (const q of a.quotes) {
    const word = what(q);
    if (!word || !/^[A-Z][a-z]+$/.test(word) || q.spans[0][0] < 500) continue;
    const para = text.lastIndexOf('\n\n', q.spans[0][0]) + 2;
    const end = text.indexOf('\n\n', q.spans[0][0]);
    const at = wordAt(text, word, para, end < 0 ? text.length : end);
    if (at >= 0) out.push({ at, word });
  }
  return out;
}

describe('incremental analysis: coreference stopped early after a name or relay edit', function () {
  this.timeout(120000);
  const every = corefEvery();
  before(() => setCorefEvery(4));
  after(() => setCorefEvery(every));
  const text = articleOfWords(3000, 12);
  const surname = (q: Analysis['quotes'][number]) => (q.speaker.mention && /^[A-Z][a-z]+$/.test(q.speaker.mention) ? q.speaker.mention : null);

  it('a letter replaced or typed in a relay\'s name: equal to analyzeText, and the run stopped early', () => {
    const long = articleOfWords(8000, 40);
    const base = reanalyze(null, long);
    const relays = written(base, long, (q) => q.via).slice(0, 6);
    assert.ok(relays.length >= 3, `relays written out: ${relays.length}`);
    const stopped = corefResumeStats.stopped;
    for (const { at } of relays) {
      check(base, long, { start: at + 2, end: at + 3, text: 'x' }, `relay at ${at} replaced`);
      check(base, long, { start: at + 2, end: at + 2, text: 'x' }, `relay at ${at} typed`);
    }
    assert.ok(corefResumeStats.stopped > stopped, 'some runs stopped early');
  });

  it('a speaker\'s surname changed to another speaker\'s (merged) or to a new one (split off): each equal', () => {
    const base = reanalyze(null, text);
    const said = written(base, text, surname);
    const names = [...new Set(said.map((s) => s.word))];
    assert.ok(names.length >= 2, `surnames: ${names.join(', ')}`);
    for (const { at, word } of said.slice(0, 8)) {
      const other = names.find((n) => n !== word)!;
      check(base, text, { start: at, end: at + word.length, text: other }, `${word} -> ${other}`);
      check(base, text, { start: at, end: at + word.length, text: 'Zellweger' }, `${word} -> Zellweger`);
    }
  });

  it('a chain: a name split off, a relay renamed, the name given back, the relay restored; each equal, and the end equals the start', () => {
    let prev = reanalyze(null, text);
    const said = written(prev, text, surname)[2];
    const relay = written(prev, text, (q) => q.via).find((r) => Math.abs(r.at - said.at) > 200)!;
    // The name's new length moves the relay when it comes after.
    const moved = relay.at > said.at ? 'Zellweger'.length - said.word.length : 0;
    const steps: TextEdit[] = [
      { start: said.at, end: said.at + said.word.length, text: 'Zellweger' },
      { start: relay.at + moved + 1, end: relay.at + moved + 2, text: 'q' },
      { start: said.at, end: said.at + 'Zellweger'.length, text: said.word },
      { start: relay.at + 1, end: relay.at + 2, text: text[relay.at + 1] },
    ];
    let t = text;
    for (const e of steps) {
      prev = check(prev, t, e, `step ${JSON.stringify(e)}`);
      t = apply(t, e);
    }
    assert.strictEqual(t, text);
    assert.deepStrictEqual(prev, analyzeText(text));
  });

  it('a pronoun made a name and back, before later pronouns that may find it: each equal', () => {
    const base = reanalyze(null, text);
    let done = 0;
    const re = /\b[Ss]he\b/g;
    re.lastIndex = Math.floor(text.length / 3);
    for (let m = re.exec(text); m && done < 4; m = re.exec(text)) {
      const at = m.index;
      const named = { start: at, end: at + 3, text: 'Zellweger' };
      const got = check(base, text, named, `she at ${at} named`);
      check(got, apply(text, named), { start: at, end: at + 9, text: m[0] }, `she at ${at} back`);
      re.lastIndex = at + 1500;
      done++;
    }
    assert.ok(done >= 2, `pronouns edited: ${done}`);
  });
});
