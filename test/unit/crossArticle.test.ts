// Cross-article findings on small articles of our own: contradictions between articles, changes of
// position, misquotes, merged speakers and name variants.
import * as assert from 'assert';
import { findCrossArticleFindings, mergeSpeakers, sameSpeaker, isNameVariant, editDistance, compareQuotations, quotedWords, InvertedIndex } from '../../src/core/workspace';
import type { Quote, Speaker } from '../../src/core/types';
import { analysis, sp } from './crossArticle-helpers';

describe('workspace: speakers', () => {
  it('merges a surname with the full name, keeps clashing affiliations apart', () => {
    assert.ok(sameSpeaker(sp('a', 'Marta Kowal'), sp('b', 'Kowal')));
    assert.ok(sameSpeaker(sp('a', 'Mayor Marta Kowal'), sp('b', 'Marta Kowal')));
    assert.ok(!sameSpeaker(sp('a', 'Marta Kowal', { affiliation: 'Harbour Authority' }), sp('b', 'Kowal', { affiliation: 'Green Party' })));
    assert.ok(!sameSpeaker(sp('a', 'Marta Kowal'), sp('b', 'Marta')));
    const { globalId } = mergeSpeakers([
      { file: 'x', speaker: sp('s1', 'Marta Kowal') },
      { file: 'y', speaker: sp('s1', 'Kowal') },
      { file: 'y', speaker: sp('s2', 'Piotr Nowak') },
    ]);
    assert.strictEqual(globalId.get('x#s1'), globalId.get('y#s1'));
    assert.notStrictEqual(globalId.get('x#s1'), globalId.get('y#s2'));
  });
  it('reports close spellings with the same role as a name variant', () => {
    assert.strictEqual(editDistance('Kowalski', 'Kowalsky'), 1);
    assert.ok(isNameVariant(sp('a', 'Lena Kowalski', { role: 'harbour master' }), sp('b', 'Lena Kowalsky', { role: 'harbour master' })));
    assert.ok(!isNameVariant(sp('a', 'Lena Kowalski', { role: 'harbour master' }), sp('b', 'Lena Kowalsky', { role: 'football coach' })));
    assert.ok(!isNameVariant(sp('a', 'Lena Kowalski'), sp('b', 'Anna Kowalski')));
  });
});

describe('workspace: misquote', () => {
  const q = (text: string, type: Quote['type'] = 'direct'): Quote => ({ id: 'q', type, spans: [[0, text.length]], text, cue: null, speaker: { id: null, entity: null, mention: null, mentionSpan: null }, via: null });
  it('shows the differing words of a reworded quote', () => {
    const r = compareQuotations(quotedWords(q('"The harbour will stay open to every fishing boat this winter."'))!, quotedWords(q('"The harbour will stay open to all fishing boats this winter."'))!);
    assert.ok(r);
    assert.deepStrictEqual(r!.onlyA, ['every', 'boat']);
    assert.deepStrictEqual(r!.onlyB, ['all', 'boats']);
  });
  it('leaves identical quotes, partial quotes and different remarks alone', () => {
    const full = quotedWords(q('"The harbour will stay open to every fishing boat this winter."'))!;
    assert.strictEqual(compareQuotations(full, full), null);
    assert.strictEqual(compareQuotations(full, quotedWords(q('she said the harbour "will stay open" all year', 'mixed'))!), null);
    assert.strictEqual(compareQuotations(full, quotedWords(q('"We have asked the ministry for more money."'))!), null);
  });
});

describe('workspace: cross-article findings', () => {
  const kowal = sp('s1', 'Marta Kowal', { role: 'mayor' });
  const port = sp('s2', 'Harbour Authority', { kind: 'organization' });
  const texts = {
    a: 'Mayor Marta Kowal said the Baltic harbour would stay open to Gdynia fishing boats through the winter. "The harbour will stay open to every fishing boat this winter," Kowal said.',
    b: 'The Harbour Authority said the Baltic harbour would not stay open to Gdynia fishing boats through the winter. "The harbour will stay open to all fishing boats this winter," Kowal said.',
  };
  const docs = () => [
    { file: 'a.txt', analysis: analysis('2024-01-10', texts.a, [['the Baltic harbour would stay open to Gdynia fishing boats through the winter', kowal, 'indirect'], ['"The harbour will stay open to every fishing boat this winter,"', kowal, 'direct']]) },
    { file: 'b.txt', analysis: analysis('2024-01-12', texts.b, [['the Baltic harbour would not stay open to Gdynia fishing boats through the winter', port, 'indirect'], ['"The harbour will stay open to all fishing boats this winter,"', { ...kowal, entity: 'Kowal' }, 'direct']]) },
  ];
  it('finds a contradiction between articles and links both ways', () => {
    const out = findCrossArticleFindings(docs());
    const ca = out.get('a.txt')!.filter((f) => f.rule === 'contradiction');
    const cb = out.get('b.txt')!.filter((f) => f.rule === 'contradiction');
    assert.strictEqual(ca.length, 1);
    assert.strictEqual(cb.length, 1);
    assert.strictEqual(ca[0].related[0].file, 'b.txt');
    assert.strictEqual(cb[0].related[0].file, 'a.txt');
    assert.strictEqual(ca[0].data?.kind, 'negation');
  });
  it('finds the misquote of the merged speaker', () => {
    const out = findCrossArticleFindings(docs());
    const m = out.get('a.txt')!.filter((f) => f.rule === 'misquote');
    assert.strictEqual(m.length, 1);
    assert.match(m[0].message, /every/);
  });
  it('reports the same speaker contradicting themselves on another date as a change of position', () => {
    const d = docs();
    d[1].analysis.quotes[0].speaker = { id: 's1', entity: 'Kowal', mention: 'Kowal', mentionSpan: null };
    d[1].analysis.speakers = [{ ...kowal, entity: 'Kowal' }];
    const out = findCrossArticleFindings(d);
    assert.strictEqual(out.get('a.txt')!.filter((f) => f.rule === 'position-change').length, 1);
    assert.strictEqual(out.get('a.txt')!.filter((f) => f.rule === 'contradiction').length, 0);
  });
  it('hints at a name spelled two ways on both sides, each pointing at the other', () => {
    const d = docs();
    const a = sp('s3', 'Lena Kowalski', { role: 'harbour master', mentions: [{ text: 'Lena Kowalski', span: [0, 13] }] });
    const b = sp('s3', 'Lena Kowalsky', { role: 'harbour master', mentions: [{ text: 'Lena Kowalsky', span: [4, 17] }] });
    d[0].analysis.speakers.push(a);
    d[1].analysis.speakers.push(b);
    const out = findCrossArticleFindings(d);
    const va = out.get('a.txt')!.filter((f) => f.rule === 'name-variant');
    const vb = out.get('b.txt')!.filter((f) => f.rule === 'name-variant');
    assert.strictEqual(va.length, 1);
    assert.strictEqual(vb.length, 1);
    assert.deepStrictEqual(va[0].span, [0, 13]);
    assert.deepStrictEqual(va[0].related[0], { file: 'b.txt', span: [4, 17], message: '"Lena Kowalsky"' });
    assert.deepStrictEqual(vb[0].related[0], { file: 'a.txt', span: [0, 13], message: '"Lena Kowalski"' });
    assert.match(va[0].message, /"Lena Kowalski" here but "Lena Kowalsky" in b\.txt/);
  });
  it('flags a stated maximum exceeded in another article on the same event', () => {
    const t1 = 'Lawyer Ivo Mark said Baltic Gdynia harbour pilot Jan Olsen faces up to 6 years in prison.';
    const t2 = 'A court in Gdynia sentenced Baltic harbour pilot Jan Olsen to 9 years in prison, Ivo Mark said.';
    const mark = sp('s1', 'Ivo Mark');
    const a = analysis('2024-02-01', t1, [['Baltic Gdynia harbour pilot Jan Olsen faces up to 6 years in prison', mark, 'indirect']]);
    const b = analysis('2024-05-01', t2, [['A court in Gdynia sentenced Baltic harbour pilot Jan Olsen to 9 years in prison', sp('s2', 'Gdynia court', { kind: 'organization' }), 'indirect']]);
    const out = findCrossArticleFindings([{ file: 'a.txt', analysis: a }, { file: 'b.txt', analysis: b }]);
    const f = out.get('a.txt')!.filter((x) => x.rule === 'contradiction');
    assert.strictEqual(f.length, 1);
    assert.strictEqual(f[0].data?.kind, 'numeric');
  });
  it('flags a withdrawal from a whole country reported elsewhere as one from a limited area', () => {
    const gov = sp('s1', 'Ministry of Defence', { kind: 'organization' });
    const t1 = 'The Ministry of Defence announced Danish peacekeepers would be leaving Mali, officials in Bamako and Copenhagen said.';
    const t2 = 'In Bamako, the Ministry of Defence announced Danish peacekeepers began only a withdrawal from the "immediate area" of Gao in Mali, officials in Copenhagen said.';
    const a = analysis('2024-03-01', t1, [['Danish peacekeepers would be leaving Mali', gov, 'indirect']]);
    const b = analysis('2024-03-04', t2, [['Danish peacekeepers began only a withdrawal from the "immediate area" of Gao in Mali', gov, 'indirect']]);
    const f = findCrossArticleFindings([{ file: 'a.txt', analysis: a }, { file: 'b.txt', analysis: b }]).get('a.txt')!;
    assert.strictEqual(f.filter((x) => x.data?.kind === 'factual').length, 1);
    // the same two reports inside one article are left to the article: no cross-article rule there
    const t3 = 'Danish peacekeepers would be leaving Mali. The withdrawal from the immediate area of Gao starts today.';
    const c = analysis('2024-03-01', t3, [['Danish peacekeepers would be leaving Mali', gov, 'indirect'], ['The withdrawal from the immediate area of Gao starts today', sp('s2', 'Gao mayor'), 'indirect']]);
    assert.strictEqual(findCrossArticleFindings([{ file: 'c.txt', analysis: c }]).get('c.txt')!.length, 0);
  });
  describe('speakers compared by their merged identity, not their id in each article', () => {
    // "s1" is the first speaker of each article: a fire chief in one, a police spokesman in the other.
    const t1 = 'Fire chief Ana Lind said a gas leak caused the blast at the Baltic Gdynia Orlen harbour depot.';
    const t2 = 'Police spokesman Piotr Wojcik said a bomb caused the blast at the Baltic Gdynia Orlen harbour depot.';
    const lind = sp('s1', 'Ana Lind', { role: 'fire chief' });
    const wojcik = sp('s1', 'Piotr Wojcik', { role: 'police spokesman' });
    const cause = (text: string, s: Speaker, date = '2024-04-02') => analysis(date, text, [[text.slice(text.indexOf(' said ') + 6, -1), s, 'indirect']]);
    it('two people with the same local id who disagree on a cause: a contradiction', () => {
      const out = findCrossArticleFindings([{ file: 'a.txt', analysis: cause(t1, lind) }, { file: 'b.txt', analysis: cause(t2, wojcik) }]);
      const f = out.get('a.txt')!.filter((x) => x.rule === 'contradiction');
      assert.strictEqual(f.length, 1);
      assert.strictEqual(f[0].data?.kind, 'factual');
      assert.strictEqual(f[0].related[0].file, 'b.txt');
    });
    it('one person under two local ids is one speaker: no clash of two speakers', () => {
      const lind2 = sp('s2', 'Lind', { role: 'fire chief' });
      const t3 = t2.replace('Police spokesman Piotr Wojcik', 'Lind');
      const out = findCrossArticleFindings([{ file: 'a.txt', analysis: cause(t1, lind) }, { file: 'b.txt', analysis: cause(t3, lind2) }]);
      assert.strictEqual(out.get('a.txt')!.filter((x) => x.data?.kind === 'factual').length, 0);
    });
  });
  it('does not compare articles on different events', () => {
    const other = analysis('2024-01-11', 'The Alpine ski lift would not stay open through the winter, officials in Tyrol said.', [['The Alpine ski lift would not stay open through the winter', port, 'indirect']]);
    const out = findCrossArticleFindings([docs()[0], { file: 'c.txt', analysis: other }]);
    assert.strictEqual(out.get('c.txt')!.length, 0);
  });
  it('pairs items through the index, never all pairs', () => {
    const idx = new InvertedIndex<string>();
    idx.add('a', ['x', 'y']);
    idx.add('b', ['y', 'z']);
    idx.add('c', ['q']);
    assert.deepStrictEqual(idx.pairs(() => true).map(([a, b, n]) => `${a}${b}${n}`), ['ab1']);
  });
});
