// The name, qualifier, pair and nationality scans of a paragraph (attribution/index.ts) agree with
// the token-by-token scans they replaced (kept below as references): the fast versions start only
// at capitalised words found once, and turn words away by their first letter.
// Inputs are our own: random runs of news-like pieces.
import * as assert from 'assert';
import { parseArticle } from '../../src/core/article';
import { outsideBoilerplate, paragraphLocal, findQuoteRegions } from '../../src/core/attribution';
import { tokenize, type Token } from '../../src/core/attribution/tokens';
import type { KnownName } from '../../src/core/attribution/coreference';
import * as lexicon from '../../src/core/attribution/lexicon';
import { rng } from './random';

const { NATIONALITIES, ORG_WORDS, TITLE_WORDS } = lexicon;

// ---- References: the scans as they were, one pass over every token each. ----

const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'la', 'le', 'du', 'dos', 'abu', 'ben']);
const DETERMINERS_CAP = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'some', 'many', 'one', 'another', 'both', 'all', 'each', 'his', 'her', 'its', 'their', 'our', 'my']);
const TITLE = 1;
const ORG = 2;
const NATIONALITY = 4;
const DETERMINER = 8;
const PARTICLE = 16;
const WORD_CLASS = new Map<string, number>();
for (const [words, bit] of [[TITLE_WORDS, TITLE], [ORG_WORDS, ORG], [NATIONALITIES.keys(), NATIONALITY], [DETERMINERS_CAP, DETERMINER], [PARTICLES, PARTICLE]] as const) {
  for (const w of words) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | bit);
}
const wordClass = (t: Token): number => WORD_CLASS.get(t.low) ?? 0;
const isJoiner = (w: string): boolean => w === 'of' || w === 'for' || w === 'and' || w === 'on';
const isArticle = (w: string): boolean => w === 'a' || w === 'an' || w === 'the' || w === 'this' || w === 'that';
const COUNTRY_WORDS = new Set<string>();
for (const [w, country] of NATIONALITIES) if (country.toLowerCase().split(' ').includes(w)) COUNTRY_WORDS.add(w);

interface NationalityHit {
  text: string;
  country: string;
  named: boolean;
}

interface Pair {
  name: string;
  role: string | null;
  pos: number;
}

function refCollectNames(toks: Token[]): KnownName[] {
  const names: KnownName[] = [];
  let runEnd = 0;
  for (let i = 0; i < toks.length; i++) {
    // Both kinds of name start at a capitalised word (most words are not): test that first.
    const t = toks[i];
    if (!refIsCapWord(t)) continue;
    const cls = wordClass(t);
    if (cls & (TITLE | ORG | NATIONALITY)) {
      // An organisation phrase: "Radio Free Asia", "Federal Security Service". A run ends at the
      // same place from any word inside it, so it is scanned once (a headline-case page stays linear).
      if (i >= runEnd) {
        runEnd = i;
        while (runEnd < toks.length && (refIsCapWord(toks[runEnd]) || (isJoiner(toks[runEnd].low) && toks[runEnd + 1] && refIsCapWord(toks[runEnd + 1])))) runEnd++;
      }
      const j = runEnd;
      let i0 = i;
      while (i0 < j && isArticle(toks[i0].low)) i0++;
      // Longer runs are headline-style text, not one name.
      if (j - i0 >= 2 && j - i0 <= 12) names.push({ name: refJoinTexts(toks, i0, j), traits: [], pos: toks[i0].s, kind: 'organization' });
      continue;
    }
    if (cls & DETERMINER) continue;
    let j = i + 1;
    while (j < toks.length && (refIsNameWord(toks[j]) || refIsInitial(toks[j].text) || ((wordClass(toks[j]) & PARTICLE) && toks[j + 1] && refIsNameWord(toks[j + 1])))) j++;
    if (j - i >= 2 && j - i <= 4) names.push({ name: refJoinTexts(toks, i, j), traits: refTitlesBefore(toks, i), pos: t.s, kind: 'person' });
    i = j - 1;
  }
  return names;
}

function refIsCapWord(t: Token): boolean {
  if (!t.cap || t.kind !== 'w') return false;
  const c = t.text.charCodeAt(t.text.length - 1);
  const c2 = t.text.charCodeAt(t.text.length - 2);
  return !(c === 39 || c === 0x2019 || ((c === 115 || c === 83) && (c2 === 39 || c2 === 0x2019)));
}

function refIsNameWord(t: Token): boolean {
  return refIsCapWord(t) && !(wordClass(t) & (TITLE | ORG | NATIONALITY));
}

function refIsInitial(w: string): boolean {
  return (w.length === 2 || w.length === 3) && w.charCodeAt(w.length - 1) === 46 && /^\p{Lu}\.$/u.test(w);
}

function refTitlesBefore(toks: Token[], i: number): string[] {
  const traits: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = toks[k];
    if (t.kind !== 'w' || !(TITLE_WORDS.has(t.low) || NATIONALITIES.has(t.low) || /^(dr|mr|mrs|ms)\.?$/.test(t.low))) break;
    traits.push(t.low.replace(/\.$/, ''));
  }
  return traits;
}

function refJoinTexts(toks: Token[], a: number, b: number): string {
  let s = toks[a].text;
  for (let k = a + 1; k < b; k++) s += ' ' + toks[k].text;
  return s;
}

function refCollectQualifiers(toks: Token[]): { qualifiers: [string, string][]; embassies: string[] } {
  const out: [string, string][] = [];
  const embassies: string[] = [];
  // One pass for both lists: each keeps its own order.
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    let head: string | null = null;
    let at = i;
    if (t.low === 'police' && !t.cap) head = 'police';
    else if (t.low === 'media' && toks[i - 1]?.low === 'state') { head = 'state media'; at = i - 1; }
    else if (t.low === 'embassy' && t.cap) refEmbassyAt(toks, i, embassies);
    if (!head) continue;
    let k = at;
    while (k > 0 && toks[k - 1].kind === 'w' && toks[k - 1].cap && k > at - 3) k--;
    if (k === at) continue;
    const q = toks.slice(k, at).map((x) => x.text.replace(/['’]s$/, '')).join(' ');
    if (/^(the|a|an|and|but|in|on|at)$/i.test(q)) continue;
    out.push([head, `${q} ${head}`]);
  }
  return { qualifiers: out, embassies };
}

function refEmbassyAt(toks: Token[], i: number, embassies: string[]): void {
  let k = i;
  while (k > 0 && toks[k - 1].kind === 'w' && toks[k - 1].cap && k > i - 3) k--;
  if (k === i || /^(the|a|an)$/i.test(toks[k].text)) return;
  let e = i + 1;
  if (toks[e]?.low === 'in' && toks[e + 1]?.cap && toks[e + 1].kind === 'w') e += 2;
  embassies.push(refJoinTexts(toks, k, e));
}

function refCollectPairs(toks: Token[]): Pair[] {
  const out: Pair[] = [];
  for (let i = 0; i < toks.length; i++) {
    // A pair opens a run of two or more capitalised words: the first tests turn most tokens away.
    if (!toks[i].cap || (i > 0 && toks[i - 1].cap) || !toks[i + 1]?.cap) continue;
    const e1 = refPairNameEnd(toks, i);
    if (e1 < 0 || toks[e1]?.low !== 'and') continue;
    const e2 = refPairNameEnd(toks, e1 + 1);
    if (e2 < 0) continue;
    const role = i > 0 && toks[i - 1].kind === 'w' && !toks[i - 1].cap ? toks[i - 1].low : null;
    out.push({ name: `${refJoinTexts(toks, i, e1)} and ${refJoinTexts(toks, e1 + 1, e2)}`, role, pos: toks[i].s });
    i = e2 - 1;
  }
  return out;
}

function refPairNameEnd(toks: Token[], i: number): number {
  let j = i;
  while (j < toks.length && toks[j].kind === 'w' && toks[j].cap && !(wordClass(toks[j]) & (TITLE | ORG))) j++;
  return j - i >= 2 && j - i <= 3 ? j : -1;
}

function refNationalityHits(toks: Token[]): NationalityHit[] {
  const out: NationalityHit[] = [];
  for (const t of toks) {
    if (!t.cap || t.kind !== 'w') continue;
    // "Iran's" is "iran" (the /['’]s$/ cut, without a regex and a new string per word).
    let low = t.low;
    const n = low.length;
    if (n >= 2 && low.charCodeAt(n - 1) === 115 && (low.charCodeAt(n - 2) === 39 || low.charCodeAt(n - 2) === 0x2019)) low = low.slice(0, n - 2);
    const country = NATIONALITIES.get(low);
    if (!country) continue;
    const named = COUNTRY_WORDS.has(low) || t.text.includes('.') || low.length < 4;
    out.push({ text: t.text, country, named });
  }
  return out;
}

// ---- Inputs. ----

const PIECES = [
  'John', 'Ann', 'Lowell', 'Smith', "Smith's", 'Ashby’s', 'J.', 'A.', 'de', 'al', 'bin', 'Van', 'the', 'The', 'a', 'an', 'his',
  'This', 'Foreign', 'Minister', 'minister', 'Sen.', 'Dr.', 'President', 'spokesman', 'officials', 'police', 'Police', 'state',
  'State', 'media', 'Media', 'embassy', 'Embassy', 'in', 'In', 'Oslo', 'US', 'U.S.', 'Iran', "Iran's", 'Iranian', 'Russian',
  'Saudi', 'Arabia', 'Norway', 'Norwegian', 'Ministry', 'of', 'for', 'on', 'Defence', 'Harbour', 'Board', 'Radio', 'Free', 'Asia',
  'Federal', 'Security', 'Service', 'Commission', 'Reuters', 'and', 'And', 'officers', 'Anna', 'Lund', 'Piet', 'Vos', 'Maria',
  'said', 'told', 'met', ',', ',', '.', '.', '"', '“', '”', '(', ')', '-', 'Leeds', 'Omar', 'Reid', 'Mr.', 'Mrs', 'embassies',
  'von', 'Abu', 'ibn', 'El', 'dos', 'der', 'La', 'These', 'Those', 'That', 'Some', 'Many', 'One', 'Another', 'Both', 'All', 'Each',
  'Her', 'Its', 'Their', 'Our', 'My', 'Every', 'Iran’s', "Norway's", 'Norwegians', 'Korea', 'South', 'Korean', 'UK', 'Britain',
];

function randomText(r: () => number): string {
  const paras: string[] = [];
  const np = 1 + Math.floor(r() * 4);
  for (let p = 0; p < np; p++) {
    const words: string[] = [];
    const n = 1 + Math.floor(r() * 40);
    for (let k = 0; k < n; k++) words.push(PIECES[Math.floor(r() * PIECES.length)]);
    paras.push(words.join(' '));
  }
  return 'Headline\n\n' + paras.join('\n\n') + '\n';
}

describe('attribution speed: paragraph scans agree with the token-by-token scans', () => {
  it('names, qualifiers, embassies, pairs and nationality words are those of the scans they replaced', () => {
    const r = rng(17);
    let names = 0;
    let pairs = 0;
    let quals = 0;
    let nats = 0;
    for (let i = 0; i < 3000; i++) {
      const text = randomText(r);
      const article = parseArticle(text);
      const paras = outsideBoilerplate(article.paragraphs, article.boilerplate);
      const regions = findQuoteRegions(text, paras);
      const consumed = new Set<number>();
      paras.forEach((span, index) => {
        const got = paragraphLocal(article, span, index, regions, consumed, null, -1);
        const toks = tokenize(text, span[0], span[1]);
        const want = refCollectQualifiers(toks);
        assert.deepStrictEqual(got.names, refCollectNames(toks), text);
        assert.deepStrictEqual(got.qualifiers, want.qualifiers, text);
        assert.deepStrictEqual(got.embassies, want.embassies, text);
        assert.deepStrictEqual(got.pairs, refCollectPairs(toks), text);
        assert.deepStrictEqual(got.nationalities, refNationalityHits(toks), text);
        names += got.names.length;
        pairs += got.pairs.length;
        quals += got.qualifiers.length + got.embassies.length;
        nats += got.nationalities.length;
      });
    }
    // The inputs reach every scan.
    assert.ok(names > 1000 && pairs > 20 && quals > 100 && nats > 1000, `${names} names, ${pairs} pairs, ${quals} qualifiers, ${nats} nationality words`);
  });
});
