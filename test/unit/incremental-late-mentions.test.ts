// Coreference's stand-in drafts get their moved mentions only when a run reads them (late.ts): a
// run stopped early reads the drafts after its checkpoint only for their words and where their
// first mention starts. Runs of drafts moved alike are merged, settled in part, and a settled
// draft is where it belongs; a chain of letters typed in relays' names (paragraphs moved by
// different amounts) must still equal analyzeText.
import * as assert from 'assert';
import type { Draft } from '../../src/core/attribution';
import type { MentionInfo } from '../../src/core/attribution/speakers';
import { LateMentions } from '../../src/core/incremental/late';
import { LaterLookups } from '../../src/core/attribution/coreference';
import { corefEvery, corefResumeStats, setCorefEvery } from '../../src/core/incremental/corefResume';
import { reanalyze, type TextEdit } from '../../src/core';
import { articleOfWords } from '../../scripts/bench/corpus';
import { apply, check } from './incremental-helpers';

const mention = (s: number, parts: MentionInfo[] | null = null) =>
  ({ s, e: s + 5, text: 'Smith', name: 'Smith', description: null, pronoun: null, kind: 'person', role: null, affiliation: null, gender: null, plural: false, traits: [], age: null, parts, anaphoric: false }) as unknown as MentionInfo;
const draft = (s: number) => ({ mention: mention(s), viaMention: null }) as unknown as Draft;

describe('incremental analysis: stand-ins\' mentions moved late', function () {
  this.timeout(120000);

  it('runs moved alike merge; a settle moves only the drafts asked for, once; shiftOf says what is left', () => {
    const drafts = [0, 10, 20, 30, 40, 50].map(draft);
    const late = new LateMentions();
    late.add(1, 2, 5);
    late.add(2, 4, 5); // merged with the run before
    late.add(4, 6, -1);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map((k) => late.shiftOf(k)), [0, 5, 5, 5, -1, -1]);
    late.settle(drafts, 3);
    assert.deepStrictEqual(drafts.map((d) => d.mention!.s), [0, 15, 25, 30, 40, 50]);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map((k) => late.shiftOf(k)), [0, 0, 0, 5, -1, -1]);
    late.settle(drafts, 6);
    late.settle(drafts, 6);
    assert.deepStrictEqual(drafts.map((d) => d.mention!.s), [0, 15, 25, 35, 39, 49]);
    assert.deepStrictEqual([0, 1, 2, 3, 4, 5].map((k) => late.shiftOf(k)), [0, 0, 0, 0, 0, 0]);
  });

  it('a mention\'s first offset counts its parts, moved', () => {
    const first = (m: MentionInfo, d: number) => {
      const x = new LaterLookups();
      x.addMention(m, d);
      return x.minPos;
    };
    assert.strictEqual(first(mention(20, [mention(12), mention(25)]), 3), 15);
    assert.strictEqual(first(mention(20), -2), 18);
  });

  it('letters typed in relays\' names from the last one back, each from the last analysis: equal to analyzeText, runs stopped early', () => {
    const every = corefEvery();
    setCorefEvery(4);
    try {
      const text = articleOfWords(8000, 40);
      let prev = reanalyze(null, text);
      // Relays written out as one word in their quote's paragraph, past the first quarter, in order.
      const relays: number[] = [];
      for (const q of prev.quotes) {
        if (!q.via || !/^[A-Z][a-z]+$/.test(q.via) || q.spans[0][0] < text.length / 4) continue;
        const para = text.lastIndexOf('\n\n', q.spans[0][0]) + 2;
        const at = text.indexOf(q.via, para);
        if (at >= 0 && at < text.indexOf('\n\n', q.spans[0][0]) && at > (relays[relays.length - 1] ?? 0) + 500) relays.push(at);
      }
      assert.ok(relays.length >= 4, `relays found: ${relays.length}`);
      const stopped = corefResumeStats.stopped;
      let t = text;
      // From the last relay back (a run stops at a checkpoint after its edit, and the last run's
      // checkpoints end where it stopped): the paragraphs after each are moved by one more letter
      // than those after the one before, so a run's stand-ins are moved by different amounts.
      for (const at of relays.slice(-5).reverse()) {
        const typed: TextEdit = { start: at + 2, end: at + 2, text: 'q' };
        prev = check(prev, t, typed, `relay at ${at} typed`);
        t = apply(t, typed);
      }
      assert.ok(corefResumeStats.stopped > stopped, 'some runs stopped early');
    } finally {
      setCorefEvery(every);
    }
  });
});
