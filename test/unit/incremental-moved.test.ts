// What an edit moves: a mention is copied field by field (shiftMention), and the stand-in drafts of
// a moved paragraph are the paragraph's own, set to where it now sits on every coreference run.
// Typed letters (everything after moves) and replaced ones (nothing moves), from one previous
// analysis in turns, must each equal analyzeText, whatever the run before left in the stand-ins.
import * as assert from 'assert';
import { reanalyze, type Analysis, type TextEdit } from '../../src/core';
import { reuseStats } from '../../src/core/incremental';
import { shiftMention } from '../../src/core/shift';
import type { MentionInfo } from '../../src/core/attribution/speakers';
import { makeArticle, makeRng } from '../../scripts/bench/templates';
import { check } from './incremental-helpers';

const mention = (s: number, e: number, text: string, more: Partial<MentionInfo> = {}): MentionInfo => ({
  s, e, text, name: null, description: null, pronoun: null, kind: 'person', role: null, affiliation: null, gender: null,
  plural: false, traits: [], age: null, parts: null, anaphoric: false, ...more,
});

describe('incremental analysis: what an edit moves', function () {
  this.timeout(120000);

  it('shiftMention moves offsets and parts, keeps every other field and the key order', () => {
    const a = mention(10, 20, 'Anna Lund', { name: 'Anna Lund', loneName: false, traits: ['minister'] });
    const b = mention(25, 33, 'Piet Vos', { name: 'Piet Vos' });
    const both = mention(10, 33, 'Anna Lund and Piet Vos', { plural: true, parts: [a, b] });
    const moved = shiftMention(both, 5);
    assert.deepStrictEqual(moved, { ...both, s: 15, e: 38, parts: [{ ...a, s: 15, e: 25 }, { ...b, s: 30, e: 38 }] });
    assert.deepStrictEqual(Object.keys(moved), Object.keys(both));
    assert.deepStrictEqual(Object.keys(moved.parts![0]), Object.keys(a), 'loneName kept where it was');
    assert.ok(!('loneName' in moved.parts![1]), 'no loneName where there was none');
    assert.strictEqual(moved.parts![0].traits, a.traits);
    assert.strictEqual(shiftMention(both, 0), both);
  });

  it('names and relays typed into and replaced, in turns from one analysis (each equals analyzeText)', () => {
    const text = makeArticle(makeRng(23), 2500);
    const at: number[] = [];
    for (let i = text.indexOf(' quoted '); i >= 0; i = text.indexOf(' quoted ', i + 1)) if (/[a-z]{3}/.test(text.slice(i - 3, i))) at.push(i - 2);
    assert.ok(at.length >= 4, `${at.length} relays`);
    const base = reanalyze(null, text);
    let moved = 0;
    for (let round = 0; round < 2; round++) {
      at.forEach((p, i) => {
        // A typed letter moves every later paragraph; the replaced one after it must find them back in place.
        const typed: TextEdit = { start: p, end: p, text: 'xy'[(i + round) % 2] };
        const got: Analysis = check(base, text, typed, `round ${round}, typed at ${p}`);
        const s = reuseStats(got)!;
        if (s.paragraphsReused === s.paragraphs - 1 && !s.speakersReused) moved++;
        check(base, text, { start: p, end: p + 1, text: 'q' }, `round ${round}, replaced at ${p}`);
      });
    }
    assert.ok(moved >= at.length, `coreference run again after a typed letter: ${moved}`);
  });
});
