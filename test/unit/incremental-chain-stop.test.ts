// The early stop of coreference after a name or relay edit (corefResume.ts), along chains of
// edits made as the editor makes them: each from the last analysis.
import * as assert from 'assert';
import { reanalyze, type Analysis } from '../../src/core';
import { corefEvery, corefResumeStats, sameEntity, setCorefEvery } from '../../src/core/incremental/corefResume';
import { addMove, corefMoveStats, type PendingMoves } from '../../src/core/incremental/corefMoves';
import { articleOfWords } from '../../scripts/bench/corpus';
import { apply, check, paragraphs } from './incremental-helpers';

type SnapEntity = Parameters<typeof sameEntity>[0];

const entity = (traits: string[], last = 100): SnapEntity => ({
  id: 's1', name: 'Ana Ruiz', kind: 'person', role: 'minister', affiliation: null, gender: 'f', plural: false,
  traits, age: null, mentions: [], end: last + 8, last, key: ['ana', 'ruiz'], descriptive: false, count: 0,
});

/** Where a letter typed into a speaker's one-word name goes: the first quote past `from` of the
 *  way through the text whose speaker is named so. */
function nameAfter(last: Analysis, text: string, from: number): number {
  const q = last.quotes.find((x) => x.spans[0][0] > text.length * from && x.speaker.mention && /^[A-Z][a-z]+$/.test(x.speaker.mention));
  assert.ok(q, 'a named speaker further on');
  return text.indexOf(` ${q.speaker.mention} `, q.spans[0][0] - 300) + 2;
}

describe('incremental analysis: chained edits and the coreference early stop', function () {
  this.timeout(180000);
  const every = corefEvery();
  before(() => setCorefEvery(3));
  after(() => setCorefEvery(every));

  it('an entity whose traits are in another order is not the same (a two-word class is read on them joined in order)', () => {
    const none = { start: 0, oldEnd: 0, delta: 0 };
    assert.ok(sameEntity(entity(['prime', 'minister']), entity(['prime', 'minister']), none));
    assert.ok(!sameEntity(entity(['minister', 'prime']), entity(['prime', 'minister']), none));
    // The last run's place is compared moved past the edit.
    assert.ok(sameEntity(entity(['prime'], 100), entity(['prime'], 103), { start: 50, oldEnd: 50, delta: 3 }));
    assert.ok(!sameEntity(entity(['prime'], 100), entity(['prime'], 100), { start: 50, oldEnd: 50, delta: 3 }));
  });

  it('letters typed and deleted in relays and speakers\' names, each edit from the last analysis: equal to analyzeText throughout', () => {
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
        text = apply(text, e);
      }
    }
    assert.ok(corefResumeStats.runs > runs, 'coreference was run again');
    // Runs not stopped went on from where the shortened run got to, not from the first resume point.
    assert.ok(corefResumeStats.continued > continued, 'a run continued from the shortened run\'s checkpoint');
  });

  it('letters typed in prose, then a letter typed in a name further on: the run resumes from a checkpoint the prose edits moved, past them (corefMoves.ts)', () => {
    let text = articleOfWords(4000, 77);
    let last: Analysis = reanalyze(null, text);
    const quoted = (p: [number, number]) => /["“”]/.test(text.slice(p[0], p[1]));
    let past = 0;
    let tries = 0;
    for (let round = 0; round < 4; round++) {
      // Prose: a paragraph with no quotation mark, a quarter or so into the article.
      const paras = paragraphs(text);
      const prose = paras.find((p, i) => i > paras.length * (0.2 + 0.05 * round) && !quoted(p) && p[1] - p[0] > 40);
      assert.ok(prose, 'a paragraph of prose');
      const at = text.indexOf(' ', prose[0] + 10);
      // The first quote after the prose edits: a run resumed before it read a checkpoint made before them.
      const after = last.quotes.findIndex((x) => x.spans[0][0] > at);
      for (let i = 0; i < 3; i++) {
        const e = { start: at + i, end: at + i, text: 'x' };
        last = check(last, text, e, `prose ${round}.${i}`);
        text = apply(text, e);
      }
      // A speaker's name past the middle (a capitalised word a quote names as its speaker).
      const name = nameAfter(last, text, (0.55 + 0.05 * round));
      const { resumed, skipped } = corefResumeStats;
      const e = { start: name, end: name, text: 'q' };
      last = check(last, text, e, `name ${round}`);
      text = apply(text, e);
      if (corefResumeStats.resumed > resumed) tries++;
      // Resumed past the prose edits (they cut the trace before them when their moves were not kept).
      if (corefResumeStats.skipped - skipped > after) past++;
    }
    assert.ok(tries >= 2 && past === tries, `runs resumed past the prose edits: ${past} of ${tries}`);
  });

  it('many edits in prose, each in another paragraph, then names edited further on: equal to analyzeText throughout', () => {
    let text = articleOfWords(4000, 91);
    let last: Analysis = reanalyze(null, text);
    const quoted = (p: [number, number]) => /["“”]/.test(text.slice(p[0], p[1]));
    for (let round = 0; round < 2; round++) {
      // 70 spaces typed beside spaces (no word changes), each in the next prose paragraph: never
      // next to the last, so no two merge into one move (corefMoves.ts).
      for (let i = 0; i < 70; i++) {
        // Past the lede (an edit there reads the article again from the top).
        const prose = paragraphs(text).filter((p) => p[0] > text.length * 0.2 && !quoted(p) && p[1] - p[0] > 60);
        assert.ok(prose.length >= 8, 'paragraphs of prose');
        const p = prose[i % prose.length];
        const at = text.indexOf(' ', p[0] + 5 + 3 * Math.floor(i / prose.length));
        const e = { start: at, end: at, text: ' ' };
        last = check(last, text, e, `prose ${round}.${i}`);
        text = apply(text, e);
      }
      const name = nameAfter(last, text, (0.5 + 0.1 * round));
      const e = { start: name, end: name, text: 'q' };
      last = check(last, text, e, `name ${round}`);
      text = apply(text, e);
    }
  });

  it('past 64 waiting moves the trace is cut (addMove): letters typed next to the last one make one move, elsewhere one each', () => {
    let p: PendingMoves | null | undefined;
    // Four letters typed in a row: one move of 4.
    for (let i = 0; i < 4; i++) p = addMove(p ?? undefined, { oldEnd: 100 + i, delta: 1 }, 5);
    assert.deepStrictEqual(p, { moves: [{ oldEnd: 100, delta: 4 }], first: 5 });
    // 63 more, each further on and apart: 64 waiting.
    for (let i = 1; i < 64; i++) p = addMove(p!, { oldEnd: 100 + 10 * i, delta: 1 }, 5 + i);
    assert.strictEqual(p!.moves.length, 64);
    assert.strictEqual(p!.first, 5);
    // Another letter right after the last move still joins it; one elsewhere is one too many.
    const joined = addMove(p!, { oldEnd: 100 + 630 + 1, delta: 1 }, 70);
    assert.deepStrictEqual(joined!.moves[63], { oldEnd: 730, delta: 2 });
    assert.strictEqual(addMove(p!, { oldEnd: 2000, delta: 1 }, 70), null);
  });

  it('more than 64 edits in prose that keep coreference\'s answer, then a name further on: the trace is cut, and every analysis equals analyzeText', () => {
    let text = articleOfWords(4000, 91);
    let last: Analysis = reanalyze(null, text);
    // Paragraphs past the lede with no quote, cue or mention: a space typed there leaves every
    // coreference input as it was (an edit touching a cue's or a name's words runs it again
    // and drops the waiting moves), so each records a move.
    const quiet = (a: Analysis) => {
      const taken: [number, number][] = [];
      for (const q of a.quotes) {
        for (const sp of q.spans) taken.push(sp);
        if (q.cue) taken.push(q.cue.span);
      }
      for (const s of a.speakers) for (const m of s.mentions) taken.push(m.span);
      return paragraphs(a.article.text).filter((p) => p[0] > a.article.text.length * 0.2 && p[1] - p[0] > 60 && !taken.some((t) => t[0] < p[1] && t[1] > p[0]));
    };
    const { cut, runs } = { cut: corefMoveStats.cut, runs: corefResumeStats.runs };
    // The first quote past the first prose edit: a run resumed past it read a checkpoint made before the edits.
    let after = -1;
    for (let i = 0; i < 70; i++) {
      const prose = quiet(last);
      assert.ok(prose.length >= 10, `quiet paragraphs: ${prose.length}`);
      const p = prose[i % prose.length];
      // After a space (not before it: a word's end at the edit would read as changed), away from the last edit.
      const at = text.indexOf(' ', p[0] + 5 + 7 * Math.floor(i / prose.length)) + 1;
      const e = { start: at, end: at, text: ' ' };
      if (after < 0) after = last.quotes.findIndex((x) => x.spans[0][0] > at);
      last = check(last, text, e, `prose ${i}`);
      text = apply(text, e);
    }
    assert.strictEqual(corefResumeStats.runs, runs, 'no coreference run: every prose edit kept its answer');
    assert.ok(corefMoveStats.cut > cut, 'the 64-move cut was reached');
    const name = nameAfter(last, text, 0.6);
    const { resumed, skipped } = corefResumeStats;
    let firstSkipped = -1;
    for (const e of [{ start: name, end: name, text: 'q' }, { start: name, end: name + 1, text: '' }]) {
      last = check(last, text, e, `name ${JSON.stringify(e)}`);
      text = apply(text, e);
      if (firstSkipped < 0) firstSkipped = corefResumeStats.skipped - skipped;
    }
    assert.ok(corefResumeStats.runs > runs, 'the name edit ran coreference');
    // The cut trace holds no checkpoint past the first prose edit: the first name edit's run
    // resumed before it (the second may resume from the first's trace, made after the edits).
    assert.ok(after > 0 && corefResumeStats.resumed > resumed, 'the name edit resumed from a checkpoint');
    assert.ok(firstSkipped <= after, `drafts skipped ${firstSkipped}, first moved ${after}`);
  });

  it('name edits in two articles in turn, each from its last analysis: equal to analyzeText; each article keeps its own later lookups from its last edit', () => {
    // Twins: the same article with its people's names spelt otherwise (each letter the next one,
    // so every offset stays): as many drafts in the same places, other words to look up.
    const a = articleOfWords(5000, 7000);
    const names = new Set<string>();
    for (const sp of reanalyze(null, a).speakers) if (sp.kind === 'person') for (const w of sp.entity.split(' ')) if (/^[A-Z][a-z]+$/.test(w)) names.add(w);
    const twin = (w: string) => w.replace(/[a-z]/g, (c) => String.fromCharCode(((c.charCodeAt(0) - 97 + 1) % 26) + 97));
    const b = a.replace(/\b[A-Z][a-z]+\b/g, (w) => (names.has(w) ? twin(w) : w));
    assert.ok(names.size >= 3 && b !== a && b.length === a.length, `names: ${names.size}`);
    const texts = [a, b];
    const lasts: Analysis[] = texts.map((t) => reanalyze(null, t));
    // Relays and speakers named in more than one word, past the first third (their edits reach the later lookups).
    const places: number[] = [];
    for (const q of lasts[0].quotes)
      for (const w of [q.via, q.speaker.mention]) {
        const at = w && / /.test(w) && /^[A-Z][a-z]+( [A-Z][a-z]+)+$/.test(w) ? a.indexOf(` ${w}`, a.length * 0.3) + 2 : -1;
        if (at > 1 && !places.includes(at)) places.push(at);
      }
    assert.ok(places.length >= 4, `names to edit: ${places.length}`);
    let kept = 0;
    for (const at of places.slice(0, 6)) {
      // A letter typed into the name in each article, then deleted in each: the text as it was, so
      // the same stand-ins come back, with the other article's edit between the two.
      for (const [i, e] of [{ start: at, end: at, text: 'q' }, { start: at, end: at + 1, text: '' }].entries()) {
        for (let k = 0; k < 2; k++) {
          const { tailsRead, tailsKept } = corefResumeStats;
          lasts[k] = check(lasts[k], texts[k], e, `article ${k} at ${at}`);
          texts[k] = apply(texts[k], e);
          const read = corefResumeStats.tailsRead - tailsRead;
          const reused = corefResumeStats.tailsKept - tailsKept;
          // Each article holds its own: with one held for both, the other article's edit between
          // would have replaced it, and the deletion would read its stand-ins again.
          if (i === 1 && read + reused > 0) assert.strictEqual(read, 0, `article ${k} at ${at}: its later lookups were not kept`);
          if (i === 1) kept += reused;
        }
      }
    }
    assert.ok(kept >= 4, `later lookups kept across the other article's edit: ${kept}`);
  });
});
