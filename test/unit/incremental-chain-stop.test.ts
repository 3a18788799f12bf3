// The early stop of coreference after a name or relay edit (corefResume.ts), along chains of
// edits made as the editor makes them: each from the last analysis.
import * as assert from 'assert';
import { reanalyze, type Analysis } from '../../src/core';
import { corefEvery, corefResumeStats, sameEntity, setCorefEvery } from '../../src/core/incremental/corefResume';
import { articleOfWords } from '../../scripts/bench/corpus';
import { check } from './incremental-helpers';

type SnapEntity = Parameters<typeof sameEntity>[0];

const entity = (traits: string[], last = 100): SnapEntity => ({
  id: 's1', name: 'Ana Ruiz', kind: 'person', role: 'minister', affiliation: null, gender: 'f', plural: false,
  traits, age: null, mentions: [], end: last + 8, last, key: ['ana', 'ruiz'], descriptive: false, count: 0,
});

describe('incremental analysis: chained edits and the coreference early stop', function () {
  this.timeout(180000);

  it('an entity whose traits are in another order is not the same (a two-word class is read on them joined in order)', () => {
    const none = { oldEnd: 0, delta: 0 };
    assert.ok(sameEntity(entity(['prime', 'minister']), entity(['prime', 'minister']), none));
    assert.ok(!sameEntity(entity(['minister', 'prime']), entity(['prime', 'minister']), none));
    // The last run's place is compared moved past the edit.
    assert.ok(sameEntity(entity(['prime'], 100), entity(['prime'], 103), { oldEnd: 50, delta: 3 }));
    assert.ok(!sameEntity(entity(['prime'], 100), entity(['prime'], 100), { oldEnd: 50, delta: 3 }));
  });

  it('letters typed and deleted in relays and speakers\' names, each edit from the last analysis: equal to analyzeText throughout', () => {
    const every = corefEvery();
    setCorefEvery(3);
    try {
      let text = articleOfWords(4000, 77);
      let last: Analysis = reanalyze(null, text);
      // Capitalised words past the lede that name a relay or a speaker.
      const words = new Set<string>();
      for (const q of last.quotes) for (const w of [q.via, q.speaker.mention]) if (w && /^[A-Z][a-z]+$/.test(w)) words.add(w);
      const places: number[] = [];
      for (const w of words) {
        const at = text.indexOf(` ${w} `, 800);
        if (at > 0) places.push(at + 2);
      }
      assert.ok(places.length >= 3, `names to edit: ${places.length}`);
      const runs = corefResumeStats.runs;
      const continued = corefResumeStats.continued;
      let edits = 0;
      for (const at of places.slice(0, 8)) {
        // A letter typed into the name, then deleted, then one replaced: three edits in a row.
        for (const e of [{ start: at, end: at, text: 'q' }, { start: at, end: at + 1, text: '' }, { start: at, end: at + 1, text: 'z' }]) {
          last = check(last, text, e, `edit ${edits++}`);
          text = text.slice(0, e.start) + e.text + text.slice(e.end);
        }
      }
      assert.ok(corefResumeStats.runs > runs, 'coreference was run again');
      // Runs not stopped went on from where the shortened run got to, not from the first resume point.
      assert.ok(corefResumeStats.continued > continued, 'a run continued from the shortened run\'s checkpoint');
    } finally {
      setCorefEvery(every);
    }
  });
});
