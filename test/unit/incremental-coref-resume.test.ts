// Coreference run again after an edit resumes from the registry kept at a checkpoint before the
// edited paragraph (src/core/incremental/corefResume.ts) when what was read before it reads the
// same now; the answer must stay analyzeText's. Checkpoints every few drafts here, so short
// articles take the resumed path.
import * as assert from 'assert';
import { analyzeText, reanalyze, type Analysis, type TextEdit } from '../../src/core';
import { corefEvery, corefResumeStats, setCorefEvery } from '../../src/core/incremental/corefResume';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

import { apply, check } from './incremental-helpers';

const resumed = () => corefResumeStats.resumed;

describe('incremental analysis: coreference resumed from a checkpoint', function () {
  this.timeout(120000);
  let saved = 0;
  before(() => (saved = corefEvery()));
  after(() => setCorefEvery(saved));

  it('chains of single-character edits with checkpoints every 1, 2 and 3 drafts (3 x 60 edits)', () => {
    const text = makeArticle(makeRng(17), 1500);
    for (const every of [1, 2, 3]) {
      setCorefEvery(every);
      const rng = makeRng(40 + every);
      const r0 = resumed();
      let t = text;
      let prev = reanalyze(null, t);
      for (let k = 0; k < 60; k++) {
        // Mostly in the second half, where a checkpoint before the paragraph exists.
        const at = Math.floor((0.3 + 0.7 * rng()) * t.length);
        const r = rng();
        const e = r < 0.4 ? { start: at, end: at, text: 'abx ,.'[Math.floor(rng() * 6)] } : r < 0.8 ? { start: at, end: at + 1, text: 'qrs'[Math.floor(rng() * 3)] } : { start: at, end: at + 1, text: '' };
        prev = check(prev, t, e, `every ${every}, edit ${k + 1}`);
        t = apply(t, e);
      }
      assert.ok(resumed() > r0, `resumed with checkpoints every ${every}`);
    }
  });

  const paras = [
    'HARBOUR CITY — The city council voted on Tuesday to close the old harbour to fishing boats.',
    '"We will appeal this decision," Varga said on Wednesday.',
    '"It is a sad day for all of us," said Peter Holm, a local fisherman.',
    '"The harbour has served us for a century," said Maria Lind, who runs a cafe by the quay.',
    '"Nobody asked us," Holm added.',
    'Anna Varga, who chairs the harbour board, spoke at the meeting for an hour.',
    '"We had no choice," said Council Member John Berg.',
  ];
  const text = paras.join('\n\n');

  it('a full name changed after a bare surname that took it: no checkpoint past the surname is used', () => {
    setCorefEvery(1);
    const prev = reanalyze(null, text);
    assert.strictEqual(prev.quotes[0].speaker.entity, 'Anna Varga');
    const at = text.indexOf('Anna Varga') + 9;
    const r0 = resumed();
    const got = check(prev, text, { start: at, end: at + 1, text: 'o' }, 'full name changed');
    // The surname no longer finds a full name: the first quote's speaker is the bare surname.
    assert.strictEqual(got.quotes[0].speaker.entity, 'Varga');
    assert.strictEqual(resumed(), r0);
  });

  it('a name changed in the last paragraph resumes from the checkpoint before it', () => {
    setCorefEvery(1);
    const prev = reanalyze(null, text);
    const at = text.indexOf('Berg') + 1;
    const r0 = resumed();
    const got = check(prev, text, { start: at, end: at + 1, text: 'u' }, 'last name changed');
    assert.strictEqual(resumed(), r0 + 1);
    assert.strictEqual(got.quotes[got.quotes.length - 1].speaker.entity, 'Council Member John Burg');
  });
});
