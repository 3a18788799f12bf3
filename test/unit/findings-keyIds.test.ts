// Statement keys as numbers: the builder keeps each statement's key numbers, and the contradiction
// search posts and compares them. These tests hold the kept numbers to the keys they stand for
// (every kind of statement: negated, under a denying cue, with phrases), and the search's answers
// to the same answers after the numbering started again (a new generation: kept numbers are stale
// and each statement's keys are numbered again).
import * as assert from 'assert';
import { analyzeText } from '../../src/core/analyze';
import { eachIndexId, eachIndexKey, keyIdsOf } from '../../src/core/findings/contradiction';
import { clashCandidates, contradictingPairs, dropRestatements, speakerDrops } from '../../src/core/findings/contradictions';
import { beginKeyIds, keyGeneration, keyId } from '../../src/core/findings/keyIds';
import { articleStatements, bodySentences, quoteStatement, type Statement } from '../../src/core/findings/statements';
import { loadSamples, templateCorpus } from '../../scripts/bench/corpus';
import type { Quote } from '../../src/core/types';

/** Numbers enough new keys that the next beginKeyIds starts a new generation, and starts it. */
function newGeneration(): void {
  const gen = keyGeneration();
  for (let i = 0; keyGeneration() === gen; i += 1000) {
    for (let k = i; k < i + 1000; k++) keyId(`filler key ${k}`);
    beginKeyIds();
  }
}

function statementsOf(text: string): Statement[] {
  const a = analyzeText(text);
  return articleStatements(a.article, a, bodySentences(a.article));
}

const summary = (pairs: [Statement, Statement, { kind: string; about: string }][]) => pairs.map(([a, b, c]) => `${a.id} ${b.id} ${c.kind} ${c.about}`);

describe('statement keys as numbers', () => {
  it('the numbers kept by the builder are the keys of each statement, in order', () => {
    const texts = [...loadSamples().slice(0, 40), ...(templateCorpus(60_000)?.articles ?? [])];
    let negated = 0;
    let statements = 0;
    for (const text of texts) {
      for (const s of statementsOf(text)) {
        statements++;
        if (s.neg.size) negated++;
        assert.deepStrictEqual([...keyIdsOf(s)], [...s.keys].map(keyId), s.text);
        const ids: number[] = [];
        eachIndexId(s, (id) => ids.push(id));
        const keys: string[] = [];
        eachIndexKey(s, (k) => keys.push(k));
        assert.deepStrictEqual(ids, keys.map(keyId), s.text);
      }
    }
    assert.ok(statements > 500 && negated > 10, `${statements} statements, ${negated} negated`);
  });

  it('a quote under a denying cue, with a negation and a phrase, keeps its keys in order', () => {
    const text = 'The minister denied the two blasts were related, but said that no one had been hurt in the attacks on the border post.';
    const q: Quote = {
      id: 'q0', type: 'indirect', text: text.slice(17), spans: [[17, text.length]],
      speaker: { id: 's0', mention: 'The minister', entity: 'The minister' }, cue: { text: 'denied', span: [13, 19] },
    } as unknown as Quote;
    const s = quoteStatement(text, q, new Map());
    assert.ok(s.neg.size > 0 && s.denied.size > 0);
    assert.deepStrictEqual([...keyIdsOf(s)], [...s.keys].map(keyId));
  });

  it('a new numbering between building statements and searching them changes no answer', () => {
    // Statements built before it (their numbers stale) searched alone and mixed with the same
    // statements built after it (numbered afresh) give the answers of the first search.
    const texts = [...loadSamples().slice(0, 60), ...(templateCorpus(150_000)?.articles ?? [])];
    let pairs = 0;
    let clashes = 0;
    let drops = 0;
    const answers = (statements: Statement[]) => {
      const kept = dropRestatements(statements);
      const bySpeaker = new Map<string, Statement[]>();
      for (const s of statements) if (s.source === 'quote' && s.speakerId) bySpeaker.set(s.speakerId, [...(bySpeaker.get(s.speakerId) ?? []), s]);
      return {
        pairs: [...clashCandidates(kept, false)],
        few: [...clashCandidates(kept, true)],
        clashes: summary(contradictingPairs(statements)),
        kept: kept.map((s) => s.id),
        drops: [...bySpeaker.values()].map((list) => speakerDrops(list, undefined, 0).sort()),
      };
    };
    for (const text of texts) {
      const old = statementsOf(text);
      const before = answers(old);
      newGeneration();
      assert.deepStrictEqual(answers(old), before);
      const fresh = statementsOf(text);
      assert.deepStrictEqual(answers(old.map((s, i) => (i % 2 ? fresh[i] : s))), before);
      pairs += before.pairs.length / 2;
      clashes += before.clashes.length;
      drops += before.drops.flat().length;
    }
    assert.ok(pairs > 5 && clashes > 5 && drops > 50, `${pairs} pairs, ${clashes} clashes, ${drops} drops`);
  });
});
