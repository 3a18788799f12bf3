// Cross-article findings on workspaces where names and quotes recur in hundreds of articles: what
// used to be lost to the index's cap on common keys is still found, repeats are compared once, and
// each article gets a bounded number of findings (issue 6). No timing here: `npm run bench` measures it.
import * as assert from 'assert';
import { findCrossArticleFindings, compareQuotations, quotedWords, InvertedIndex, MAX_PER_STATEMENT, mergeSpeakers, type CrossArticleStats } from '../../src/core/workspace';
import type { Analysis, Finding, Quote } from '../../src/core/types';
import { analysis, sp } from './crossArticle-helpers';

const q = (text: string, type: Quote['type'] = 'direct'): Quote => ({ id: 'q', type, spans: [[0, text.length]], text, cue: null, speaker: { id: null, entity: null, mention: null, mentionSpan: null }, via: null });
const byRule = (out: Map<string, Finding[]>, rule: string) => [...out.values()].flat().filter((f) => f.rule === rule);

describe('workspace at scale: the inverted index', () => {
  it('pairs only through keys under the cap, and counts the keys it left out', () => {
    const idx = new InvertedIndex<string>();
    for (let i = 0; i < 50; i++) idx.add(`filler${i}`, ['common', 'other']);
    idx.add('a', ['common', 'rare1', 'rare2']);
    idx.add('b', ['common', 'rare1', 'rare2']);
    idx.add('c', ['common', 'other', 'rare1']);
    const pairs = idx.pairs(() => true, 2, 10);
    assert.deepStrictEqual(pairs.map(([x, y, n]) => `${x}${y}${n}`), ['ab2']);
    assert.strictEqual(idx.skippedKeys, 2);
  });
  it('gives the same pairs as counting every pair of items, under the cap', () => {
    const keys = ['k1', 'k2', 'k3', 'k4', 'k5', 'k6'];
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    // Some keys common enough to pass the cap of 15, some not.
    const share = [0.2, 0.25, 0.3, 0.5, 0.6, 0.2];
    const items = Array.from({ length: 40 }, (_, i) => ({ id: i, keys: keys.filter((_, k) => rnd() < share[k]) }));
    const idx = new InvertedIndex<(typeof items)[number]>();
    for (const it of items) idx.add(it, it.keys);
    const cap = 15;
    const usable = new Set(keys.filter((k) => items.filter((it) => it.keys.includes(k)).length <= cap));
    const expected: string[] = [];
    for (let x = 0; x < items.length; x++)
      for (let y = x + 1; y < items.length; y++) {
        const c = items[x].keys.filter((k) => usable.has(k) && items[y].keys.includes(k)).length;
        if (c >= 2) expected.push(`${x}-${y}:${c}`);
      }
    assert.ok(expected.length > 0 && usable.size < keys.length);
    assert.deepStrictEqual(idx.pairs(() => true, 2, cap).map(([a, b, c]) => `${a.id}-${b.id}:${c}`), expected);
  });
});

describe('workspace at scale: misquote precision', () => {
  it('does not call two quotations that share one sentence and go on differently a misquote', () => {
    const a = quotedWords(q('"We will finish the work before winter," Ruiz said, "and the contract was awarded fairly."', 'mixed'))!;
    const b = quotedWords(q('"We will finish the work before winter," Ruiz said, "and nobody was hurt during the evacuation."', 'mixed'))!;
    assert.strictEqual(compareQuotations(a, b), null);
  });
  it('does not call the same two sentences joined by "and" or by a full stop a misquote', () => {
    const a = quotedWords(q('"We will finish the work before winter," Ruiz said, "and nobody was hurt during the evacuation."', 'mixed'))!;
    const b = quotedWords(q('"We will finish the work before winter. Nobody was hurt during the evacuation."'))!;
    const c = quotedWords(q('"We will finish the work before winter and nobody was hurt during the evacuation."'))!;
    assert.strictEqual(compareQuotations(a, b), null);
    assert.strictEqual(compareQuotations(b, c), null);
  });
  it('still finds a reworded sentence next to a shared one', () => {
    const a = quotedWords(q('"We will finish the work before winter. The harbour will stay open to every fishing boat this winter."'))!;
    const b = quotedWords(q('"We will finish the work before winter. The harbour will stay open to all fishing boats this winter."'))!;
    const r = compareQuotations(a, b);
    assert.ok(r);
    assert.deepStrictEqual(r!.onlyA, ['every', 'boat']);
    assert.deepStrictEqual(r!.onlyB, ['all', 'boats']);
  });
});

describe('workspace at scale: repeats across hundreds of articles', () => {
  const kowal = sp('s1', 'Marta Kowal', { role: 'mayor' });
  const said = 'The harbour will stay open to every fishing boat this winter';
  const reworded = 'The harbour will stay open to all fishing boats this winter';
  /** `n` articles quoting Kowal word for word, and one (the last) rewording her. */
  function workspace(n: number) {
    const docs: { file: string; analysis: Analysis }[] = [];
    for (let i = 0; i <= n; i++) {
      const words = i === n ? reworded : said;
      const text = `Mayor Marta Kowal spoke in Gdynia. "${words}," Kowal said on the Baltic coast.`;
      docs.push({ file: `a${String(i).padStart(4, '0')}.txt`, analysis: analysis('2024-01-10', text, [[`"${words},"`, kowal, 'direct']]) });
    }
    return docs;
  }

  it('finds the misquote however many articles repeat the quote (no key is dropped for being common)', () => {
    const stats = {} as CrossArticleStats;
    const out = findCrossArticleFindings(workspace(600), { stats });
    const odd = out.get('a0600.txt')!.filter((f) => f.rule === 'misquote');
    // The reworded article: one finding, naming one article and counting the rest.
    assert.strictEqual(odd.length, 1);
    assert.match(odd[0].message, /quoted differently in a0000\.txt and 599 other articles: "all boats" here, "every boat" there/);
    assert.strictEqual(odd[0].related.length, MAX_PER_STATEMENT);
    // The 600 articles that agree on the wording are not flagged: only the odd one out is.
    assert.strictEqual(out.get('a0000.txt')!.filter((f) => f.rule === 'misquote').length, 0);
    assert.strictEqual(byRule(out, 'misquote').length, 1);
    // 601 quotations, two wordings: compared once.
    assert.strictEqual(stats.quotationPairs, 1);
  });

  it('flags both wordings when no side has a clear majority', () => {
    const docs = workspace(2); // two articles word for word, one reworded: 2 against 1
    const out = findCrossArticleFindings(docs);
    assert.strictEqual(byRule(out, 'misquote').length, 3);
    assert.match(out.get('a0000.txt')!.find((f) => f.rule === 'misquote')!.message, /quoted differently in a0002\.txt: "every boat" here, "all boats" there/);
  });

  it('reports a name variant once per article, not once per pair of articles', () => {
    const refs = [];
    for (let i = 0; i < 200; i++) refs.push({ file: `k${i}.txt`, speaker: sp('s1', 'Lena Kowalski', { role: 'harbour master' }) });
    for (let i = 0; i < 100; i++) refs.push({ file: `y${i}.txt`, speaker: sp('s1', 'Lena Kowalsky', { role: 'harbour master' }) });
    const { variants, globalId } = mergeSpeakers(refs);
    assert.strictEqual(variants.length, 300);
    assert.ok(variants.every((v) => v.a.speaker.entity !== v.b.speaker.entity && v.a.file !== v.b.file));
    assert.strictEqual(new Set(refs.slice(0, 200).map((r) => globalId.get(`${r.file}#s1`))).size, 1);
  });

  it('finds a contradiction between two articles whose every name is in hundreds of other articles', () => {
    const port = sp('s2', 'Harbour Authority', { kind: 'organization' });
    const docs = workspace(300).slice(0, 300);
    const claim = 'the Baltic harbour would stay open to Gdynia fishing boats through the winter';
    const denial = 'the Baltic harbour would not stay open to Gdynia fishing boats through the winter';
    docs.push({ file: 'x.txt', analysis: analysis('2024-01-10', `Mayor Marta Kowal said ${claim}.`, [[claim, kowal, 'indirect']]) });
    docs.push({ file: 'y.txt', analysis: analysis('2024-01-11', `The Harbour Authority said ${denial}. "${said}," Kowal said.`, [[denial, port, 'indirect'], [`"${said},"`, kowal, 'direct']]) });
    const out = findCrossArticleFindings(docs);
    const cx = out.get('x.txt')!.filter((f) => f.rule === 'contradiction');
    assert.strictEqual(cx.length, 1);
    assert.strictEqual(cx[0].related[0].file, 'y.txt');
  });

  it(`gives one statement at most ${MAX_PER_STATEMENT} contradictions from other articles, and counts the rest`, () => {
    const port = sp('s2', 'Harbour Authority', { kind: 'organization' });
    const claim = 'the Baltic harbour would stay open to Gdynia fishing boats through the winter';
    const denial = 'the Baltic harbour would not stay open to Gdynia fishing boats through the winter';
    const docs = [{ file: 'claim.txt', analysis: analysis('2024-01-10', `Mayor Marta Kowal said ${claim}.`, [[claim, kowal, 'indirect']]) }];
    for (let i = 0; i < 20; i++) {
      docs.push({ file: `deny${String(i).padStart(2, '0')}.txt`, analysis: analysis('2024-01-11', `The Harbour Authority said ${denial}. "${said}," Kowal said.`, [[denial, port, 'indirect'], [`"${said},"`, kowal, 'direct']]) });
    }
    const stats = {} as CrossArticleStats;
    const out = findCrossArticleFindings(docs, { stats });
    const onClaim = out.get('claim.txt')!.filter((f) => f.rule === 'contradiction');
    assert.strictEqual(onClaim.length, MAX_PER_STATEMENT);
    assert.deepStrictEqual(onClaim.map((f) => f.related[0].file), ['deny00.txt', 'deny01.txt', 'deny02.txt']);
    // Counted, not silent (the denials also clash with Kowal's quote in the other articles).
    assert.ok(stats.capped >= 20 - MAX_PER_STATEMENT);
    // The twenty denials are one wording: compared once with the claim.
    assert.strictEqual(stats.statements, 41);
    assert.strictEqual(stats.distinctStatements, 3);
  });
});
