// The contradiction search's candidate pairs and restatement drops are found by faster means than
// their definitions; these tests hold each to its definition on random input.
import * as assert from 'assert';
import { pairsByKeys, speakerDrops } from '../../src/core/findings/contradictions';
import type { Statement } from '../../src/core/findings/statements';
import { articleStatements, bodySentences, isNamedQuote, isSpansText, ownStatement, quotedSpanTest } from '../../src/core/findings/statements';
import { antonymMasks, prepared } from '../../src/core/findings/antonyms';
import { assertsHead } from '../../src/core/findings/contradiction';
import { keyOf } from '../../src/core/findings/text';
import { analyzeText } from '../../src/core/analyze';
import { loadSamples, templateCorpus } from '../../scripts/bench/corpus';
import type { Quote, Span } from '../../src/core/types';
import { rng } from './random';

/** The definition: every pair of postings of each key with at most 24 postings, sorted, each once. */
function pairsByDefinition(keys: string[][]): number[] {
  const n = keys.length;
  const byKey = new Map<string, number[]>();
  keys.forEach((list, i) => {
    for (const k of list) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  const ids: number[] = [];
  for (const list of byKey.values()) {
    if (list.length > 24) continue;
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) ids.push(list[x] * n + list[y]);
  }
  const out: number[] = [];
  for (const id of [...new Set(ids)].sort((a, b) => a - b)) out.push(Math.floor(id / n), id % n);
  return out;
}

describe('contradiction candidate pairs', () => {
  it('pairsByKeys gives every pair sharing a key of at most 24 postings, in order, once', () => {
    const random = rng(11);
    let pairs = 0;
    let selfPairs = 0;
    let crowded = 0;
    for (let round = 0; round < 3000; round++) {
      const n = Math.floor(random() * 40);
      // Few distinct keys (so some have more than 24 postings) or many; a key may repeat in a statement.
      const vocabulary = 2 + Math.floor(random() * (random() < 0.3 ? 6 : 200));
      const keys: string[][] = [];
      for (let i = 0; i < n; i++) {
        const list: string[] = [];
        const count = Math.floor(random() * 12);
        for (let k = 0; k < count; k++) list.push(`k${Math.floor(random() * vocabulary)}`);
        keys.push(list);
      }
      const expected = pairsByDefinition(keys);
      const got = [...pairsByKeys(n, (i, post) => keys[i].forEach(post))];
      assert.deepStrictEqual(got, expected, JSON.stringify(keys));
      pairs += expected.length / 2;
      for (let p = 0; p < expected.length; p += 2) if (expected[p] === expected[p + 1]) selfPairs++;
      const postings = new Map<string, number>();
      for (const list of keys) for (const k of list) postings.set(k, (postings.get(k) ?? 0) + 1);
      if ([...postings.values()].some((c) => c > 24)) crowded++;
    }
    // The cases the definition singles out all occur.
    assert.ok(pairs > 10_000 && selfPairs > 100 && crowded > 100, `${pairs} pairs, ${selfPairs} of a statement with itself, ${crowded} rounds with a crowded key`);
  });
});

describe('statements: a quote text against its spans', () => {
  it('isSpansText answers as slicing each span did (random texts and spans, some outside the text)', () => {
    // Its definition by slices: the spans' texts joined by single spaces, each as long as its span.
    const reference = (s: string, text: string, spans: Span[]) => {
      let at = 0;
      for (let k = 0; k < spans.length; k++) {
        const [a, b] = spans[k];
        if (k > 0 && s.charCodeAt(at++) !== 32) return false;
        if (b - a > s.length - at || !s.startsWith(text.slice(a, b), at)) return false;
        at += b - a;
      }
      return at === s.length;
    };
    const random = rng(5);
    const letters = 'ab ';
    let same = 0;
    for (let round = 0; round < 20_000; round++) {
      let text = '';
      const len = Math.floor(random() * 30);
      for (let k = 0; k < len; k++) text += letters[Math.floor(random() * letters.length)];
      const spans: Span[] = [];
      const count = 1 + Math.floor(random() * 3);
      for (let k = 0; k < count; k++) {
        const a = Math.floor(random() * (len + 3)) - (random() < 0.05 ? 2 : 0);
        spans.push([a, a + Math.floor(random() * 8) - (random() < 0.05 ? 3 : 0)]);
      }
      // Either the joined text itself, or it changed by one character, or random.
      let q = spans.map(([a, b]) => text.slice(a, b)).join(' ');
      const how = random();
      if (how < 0.3 && q.length) {
        const at = Math.floor(random() * q.length);
        q = q.slice(0, at) + letters[Math.floor(random() * letters.length)] + q.slice(at + 1);
      } else if (how < 0.4) q += ' ';
      const want = reference(q, text, spans);
      if (want) same++;
      assert.strictEqual(isSpansText(q, text, spans), want, JSON.stringify({ q, text, spans }));
    }
    assert.ok(same > 5_000 && same < 19_000, `${same} of 20,000 equal`);
  });
});

describe('restatements: a few groups compared directly', () => {
  it('speakerDrops drops the same statements comparing pairs directly as through its key index', () => {
    const random = rng(23);
    const types = ['direct', 'mixed', 'indirect'] as const;
    let dropped = 0;
    let direct = 0;
    for (let round = 0; round < 3000; round++) {
      // One speaker's statements over a small vocabulary, so that many share four keys or more;
      // some repeated exactly (alike), some denying a key.
      const vocabulary = 5 + Math.floor(random() * 15);
      const list: Statement[] = [];
      const count = 2 + Math.floor(random() * 30);
      for (let i = 0; i < count; i++) {
        if (list.length && random() < 0.15) {
          list.push({ ...list[Math.floor(random() * list.length)] });
          continue;
        }
        const keys = new Set<string>();
        const size = Math.floor(random() * 10);
        for (let k = 0; k < size; k++) keys.add(`k${Math.floor(random() * vocabulary)}`);
        const denied = new Set<string>();
        for (const k of keys) if (random() < 0.05) denied.add(k);
        const pos = new Set([...keys].filter((k) => !denied.has(k)));
        list.push({ source: 'quote', type: types[Math.floor(random() * 3)], keys, pos, neg: new Set(denied), denied } as unknown as Statement);
      }
      const byIndex = speakerDrops(list, undefined, 0).sort((a, b) => a - b);
      const byPairs = speakerDrops(list, undefined, Infinity).sort((a, b) => a - b);
      assert.deepStrictEqual(byPairs, byIndex);
      assert.deepStrictEqual(speakerDrops(list).sort((a, b) => a - b), byIndex);
      dropped += byIndex.length;
      if (count <= 12) direct++;
    }
    assert.ok(dropped > 3000 && direct > 500, `${dropped} dropped, ${direct} lists of a few statements`);
  });
});

describe('statements: keys read once per set', () => {
  it('a key said first denied, then asserted, keeps the surface it was first written with', () => {
    const text = 'The council did not approve Plans for the bridge, but later approved the plan.';
    const s = ownStatement(text, [0, text.length]);
    const plan = keyOf('plan')!;
    assert.ok(s.neg.has(plan) && s.pos.has(plan), 'in both sets');
    assert.strictEqual(s.surface.get(plan), 'Plans');
    const approve = keyOf('approve')!;
    assert.ok(s.denied.has(approve));
  });

  it('on the samples and generated articles: surface holds exactly the keys, masks match the sets', () => {
    const texts = [...loadSamples(), ...templateCorpus(150_000).articles];
    let statements = 0;
    let negated = 0;
    for (const text of texts) {
      const a = analyzeText(text);
      for (const s of articleStatements(a.article, a, bodySentences(a.article))) {
        statements++;
        if (s.neg.size) negated++;
        assert.deepStrictEqual(new Set(s.surface.keys()), s.keys, s.text);
        assert.deepStrictEqual(s.keys, new Set([...s.pos, ...s.neg]), s.text);
        const p = prepared(s)!;
        assert.deepStrictEqual([p.posX, p.posY], antonymMasks(s.pos), s.text);
        assert.deepStrictEqual([p.keyX, p.keyY], antonymMasks(s.keys), s.text);
      }
    }
    assert.ok(statements > 1000 && negated > 50, `${statements} statements, ${negated} with negated keys`);
  });
});

describe('negation clashes: denied heads asserted by the other side', () => {
  it('assertsHead equals every part of the head asserted, not denied and not weak (random heads and sets)', () => {
    // Two of them too common to count (as compareStatements' list has them: by their keys).
    const weak = new Set(['government', 'people'].map((w) => keyOf(w) ?? w));
    const words = ['offic', 'agre', 'attack', ...weak, 'bridg', 'plan'];
    const random = rng(31);
    const pick = () => words[Math.floor(random() * words.length)];
    let yes = 0;
    for (let round = 0; round < 20_000; round++) {
      const pos = new Set<string>();
      const denied = new Set<string>();
      for (const w of words) {
        if (random() < 0.6) pos.add(w);
        if (random() < 0.2) denied.add(w);
      }
      const head = random() < 0.5 ? pick() : `${pick()}+${pick()}`;
      const want = head.split('+').every((k) => pos.has(k) && !denied.has(k) && !weak.has(k));
      if (want) yes++;
      assert.strictEqual(assertsHead({ pos, denied }, head), want, `${head} ${[...pos]} ${[...denied]}`);
    }
    assert.ok(yes > 2000 && yes < 18_000, `${yes} of 20,000 asserted`);
  });
});

describe('statements: which quotes and sentences count', () => {
  it('isNamedQuote turns away exactly the pronoun-only speakers, in any case (names of every length)', () => {
    const pronouns = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them']);
    const names = [...pronouns, 'HE', 'She', 'tHeM', 'I', '\u0130', 'Them ', 'Theresa', 'Heinz', 'Itar-Tass', '', 'Wé', 'the minister', 'K\u212A'];
    for (const name of names) {
      for (const field of ['entity', 'mention'] as const) {
        const q = { spans: [[0, 1]], speaker: { [field]: name } } as unknown as Quote;
        assert.strictEqual(isNamedQuote(q), !pronouns.has(name.toLowerCase()), JSON.stringify(name));
      }
    }
    assert.strictEqual(isNamedQuote({ spans: [], speaker: { entity: 'Theresa' } } as unknown as Quote), false);
  });

  it('quotedSpanTest answers as a scan of every quote span and cue (random quotes, in and out of order)', () => {
    const random = rng(41);
    let overlaps = 0;
    for (let round = 0; round < 2000; round++) {
      const quotes: Quote[] = [];
      const count = Math.floor(random() * 8);
      for (let k = 0; k < count; k++) {
        const spans: Span[] = [];
        for (let s = 0, parts = 1 + Math.floor(random() * 2); s < parts; s++) {
          const a = Math.floor(random() * 200);
          spans.push([a, a + Math.floor(random() * 40)]);
        }
        const c = Math.floor(random() * 200);
        quotes.push({ spans, cue: random() < 0.7 ? { span: [c, c + 5] } : undefined } as unknown as Quote);
      }
      const taken = quotes.flatMap((q) => [...q.spans, ...(q.cue ? [q.cue.span] : [])]);
      const test = quotedSpanTest(quotes);
      const asked: Span[] = [];
      for (let t = 0; t < 20; t++) {
        const a = Math.floor(random() * 220);
        const s: Span = [a, a + Math.floor(random() * 30)];
        asked.push(s);
        const want = taken.some((x) => x[0] < s[1] && s[0] < x[1]);
        if (want) overlaps++;
        assert.strictEqual(test(s), want, JSON.stringify({ taken, s }));
      }
      // Asked in text order (as the statements are), by a fresh test and by the same one again.
      asked.sort((x, y) => x[1] - y[1] || x[0] - y[0]);
      const fresh = quotedSpanTest(quotes);
      for (const s of asked) {
        const want = taken.some((x) => x[0] < s[1] && s[0] < x[1]);
        assert.strictEqual(fresh(s), want, JSON.stringify({ taken, s, inOrder: true }));
        assert.strictEqual(test(s), want, JSON.stringify({ taken, s, again: true }));
      }
    }
    assert.ok(overlaps > 5000 && overlaps < 35_000, `${overlaps} of 40,000 overlap`);
  });

  it('quotedSpanTest answers alike over many quotes nearly in order, reversed or shuffled (its sort)', () => {
    const random = rng(43);
    for (let round = 0; round < 300; round++) {
      const count = 20 + Math.floor(random() * 200);
      const quotes: Quote[] = [];
      for (let k = 0; k < count; k++) {
        const a = k * 50 + Math.floor(random() * 40);
        // The cue before or after its quote, as "X said: ..." and "..., X said" put it.
        const c = random() < 0.5 ? a - 10 : a + 35;
        quotes.push({ spans: [[a, a + 30]], cue: { span: [c, c + 5] } } as unknown as Quote);
      }
      const how = round % 3;
      if (how === 1) quotes.reverse();
      else if (how === 2) quotes.sort(() => random() - 0.5);
      const taken = quotes.flatMap((q) => [...q.spans, q.cue!.span]);
      const test = quotedSpanTest(quotes);
      for (let t = 0; t < 40; t++) {
        const a = Math.floor(random() * count * 50);
        const s: Span = [a, a + Math.floor(random() * 12)];
        assert.strictEqual(test(s), taken.some((x) => x[0] < s[1] && s[0] < x[1]), JSON.stringify({ how, s }));
      }
    }
  });
});
