// The in-article contradiction search leaves out, as it collects candidate pairs, the pairs the
// clash pre-test refuses (and does not read the postings of a statement that can clash with none).
// These tests hold that filtering to its definition and the search's answers to the unfiltered
// search (the memo's path keeps every candidate pair, puts each to the same pre-test and judges it
// through its remembered clashes; findings-speed-pairs holds the pre-test to compareStatements).
import * as assert from 'assert';
import { clashCandidates, contradictingPairs, contradictionMemo, dropRestatements, pairsByKeys } from '../../src/core/findings/contradictions';
import { articleStatements, bodySentences } from '../../src/core/findings/statements';
import { analyzeText } from '../../src/core/analyze';
import { loadSamples, templateCorpus } from '../../scripts/bench/corpus';
import { rng } from './random';
import type { Statement } from '../../src/core/findings/statements';

/** Every pair of postings of each key with at most 24 postings, sorted, each once, that `keep` takes. */
function pairsByDefinition(keys: string[][], keep: (i: number, j: number) => boolean): number[] {
  const n = keys.length;
  const byKey = new Map<string, number[]>();
  keys.forEach((list, i) => {
    for (const k of list) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const ids = new Set<number>();
  for (const list of byKey.values()) {
    if (list.length > 24) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) if (keep(list[x], list[y])) ids.add(list[x] * n + list[y]);
  }
  const out: number[] = [];
  for (const id of [...ids].sort((a, b) => a - b)) out.push(Math.floor(id / n), id % n);
  return out;
}

describe('contradiction candidate pairs, filtered as they are found', () => {
  it('pairsByKeys with keep and alone gives the pairs of the definition that keep takes', () => {
    const random = rng(31);
    let kept = 0;
    let refused = 0;
    let alone = 0;
    for (let round = 0; round < 3000; round++) {
      const n = Math.floor(random() * 40);
      const vocabulary = 2 + Math.floor(random() * (random() < 0.3 ? 6 : 200));
      const keys: string[][] = [];
      // Each statement's classes, as the clash traits' bits: a pair is kept when they share one;
      // a statement of no class pairs with none.
      const classes: number[] = [];
      for (let i = 0; i < n; i++) {
        const list: string[] = [];
        const count = Math.floor(random() * 12);
        for (let k = 0; k < count; k++) list.push(`k${Math.floor(random() * vocabulary)}`);
        keys.push(list);
        classes.push(random() < 0.25 ? 0 : 1 + Math.floor(random() * 7));
      }
      const keep = (i: number, j: number) => (classes[i] & classes[j]) !== 0;
      const expected = pairsByDefinition(keys, keep);
      const got = [...pairsByKeys(n, (i, post) => keys[i].forEach(post), keep, (i) => classes[i] === 0)];
      assert.deepStrictEqual(got, expected, JSON.stringify({ keys, classes }));
      kept += expected.length / 2;
      refused += pairsByDefinition(keys, () => true).length / 2 - expected.length / 2;
      alone += classes.filter((c) => c === 0).length;
    }
    assert.ok(kept > 5_000 && refused > 5_000 && alone > 5_000, `${kept} kept, ${refused} refused, ${alone} statements alone`);
  });

  it('large lists (the arrays grown between calls) give the definition', () => {
    const random = rng(7);
    // 12,000 statements post more than the arrays kept between calls (they are dropped after).
    for (const n of [300, 5, 2000, 12_000, 40, 3]) {
      const keys: string[][] = [];
      for (let i = 0; i < n; i++) keys.push(Array.from({ length: Math.floor(random() * 9) }, () => `w${Math.floor(random() * 3 * n)}`));
      assert.deepStrictEqual([...pairsByKeys(n, (i, post) => keys[i].forEach(post))], pairsByDefinition(keys, () => true));
    }
  });

  it('contradictingPairs finds the same clashes with the memo (every candidate pair kept, each put to the pre-test, clashes remembered) as without', () => {
    // Our own articles for the clashes the samples lack: an own sentence's figure against a
    // quote's, a denial against an assertion.
    const own = [
      'Blast hits market in Northtown\n\nNORTHTOWN, May 3 (Wire) -\n\nFive people were killed in the market blast on Monday.\n\nThe market blast killed at least twenty people, police chief John Marsh told reporters.\n',
      'Market closed\n\nNORTHTOWN, May 4 -\n\n"We did not close the market," Mayor Anna Keel said. "The market was closed on Sunday," police chief John Marsh said.\n',
    ];
    const texts = [...own, ...loadSamples(), ...(templateCorpus(150_000)?.articles ?? [])];
    let clashes = 0;
    for (const text of texts) {
      const a = analyzeText(text);
      const statements = articleStatements(a.article, a, bodySentences(a.article));
      const summary = (list: ReturnType<typeof contradictingPairs>) => list.map(([x, y, c]) => `${x.id} ${y.id} ${c.kind} ${c.about}`);
      const got = summary(contradictingPairs(statements));
      assert.deepStrictEqual(got, summary(contradictingPairs(statements, contradictionMemo())));
      clashes += got.length;
    }
    assert.ok(clashes >= 5, `${clashes} clashes`);
  });

  it('a few statements judged pair by pair give the pairs the postings give', () => {
    // Our samples and generated articles, and their first statements only (most within the bound
    // of 24 postings), also with a clashing figure added to each (a statement paired with itself).
    const texts = [...loadSamples(), ...(templateCorpus(150_000)?.articles ?? [])];
    let pairs = 0;
    let selfPairs = 0;
    for (const text of texts) {
      const a = analyzeText(text);
      const kept = dropRestatements(articleStatements(a.article, a, bodySentences(a.article)));
      // The added figure: of the first one's kind, far above it (the two clash).
      const twice = kept.map((s) => (s.quantities.length && s.quantities[0].hi < 1e9 ? { ...s, quantities: [...s.quantities, { ...s.quantities[0], lo: 1e9, hi: 1e9 }] } : s));
      for (const list of [kept, kept.slice(0, 12), twice.slice(0, 10), twice.slice(-10)]) {
        const few = [...clashCandidates(list, true)];
        assert.deepStrictEqual(few, [...clashCandidates(list, false)]);
        pairs += few.length / 2;
        for (let p = 0; p < few.length; p += 2) if (few[p] === few[p + 1]) selfPairs++;
      }
    }
    assert.ok(pairs > 30 && selfPairs > 2, `${pairs} pairs, ${selfPairs} of a statement with itself`);
  });

  it('random statements judged pair by pair give the pairs the postings give', () => {
    // Keys, denials and figures drawn from a few words, so that pairs share keys or not, deny what
    // the other asserts with or without a key in common, and repeat a figure's kind.
    const random = rng(41);
    const words = ['tide', 'gate', 'harbour', 'ferry', 'storm'];
    const pick = () => words[Math.floor(random() * words.length)];
    let pairs = 0;
    let few = 0;
    for (let round = 0; round < 2000; round++) {
      const n = Math.floor(random() * 14);
      const list: Statement[] = [];
      for (let i = 0; i < n; i++) {
        const keys = new Set(Array.from({ length: Math.floor(random() * 3) }, pick));
        const denied = new Set(random() < 0.4 ? [pick()] : []);
        const quantities = Array.from({ length: random() < 0.3 ? 1 + Math.floor(random() * 2) : 0 }, () => {
          const v = Math.floor(random() * 3);
          return { kind: random() < 0.7 ? 'dead' : 'injured', lo: v, hi: v, narrowing: [], span: [0, 1] as [number, number], text: '' };
        });
        list.push({
          id: `q${i}`, source: random() < 0.8 ? 'quote' : 'own', spans: [[i * 10, i * 10 + 5]], text: '', speakerId: random() < 0.5 ? null : `s${i % 3}`,
          speakerName: 'x', pos: new Set([...keys].filter((k) => !denied.has(k))), neg: new Set(), keys, surface: new Map(), denied, hedged: false,
          type: 'direct', names: new Set(), quantities, changing: false, cue: '',
        } as Statement);
      }
      const got = [...clashCandidates(list, true)];
      assert.deepStrictEqual(got, [...clashCandidates(list, false)], JSON.stringify(list.map((s) => [s.source, [...s.keys], [...s.denied], s.quantities.map((q) => q.kind + q.lo)])));
      pairs += got.length / 2;
      if (list.length + list.reduce((t, s) => t + Math.max(0, s.quantities.length - 1), 0) <= 24) few++;
    }
    assert.ok(pairs > 2_000 && few > 1_500, `${pairs} pairs, ${few} lists within the bound`);
  });
});
