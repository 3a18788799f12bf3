// findQuoteRegions skips paragraphs with no quotation mark and searches the text for marks once
// (issue 6); it agrees with the definition as first written (one search per paragraph, kept below)
// on random paragraphs of our own pieces.
import * as assert from 'assert';
import fc from 'fast-check';
import { findQuoteRegions, type QuoteRegion } from '../../src/core/attribution/quoteMarks';
import type { Span } from '../../src/core/types';

// The reference: per paragraph, a regex search for marks from the paragraph's start.
function findQuoteRegionsRef(text: string, paragraphs: Span[]): QuoteRegion[] {
  const isSpace = (c: string | undefined) => c === undefined || /[\s\u00a0\u200d]/.test(c);
  const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
  const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:\u00a0]/;
  const MARK = /["“”„«»‘'’]/g;
  type Open = { pos: number; kind: 'double' | 'single'; region: number | null };
  const regions: QuoteRegion[] = [];
  let carry: number | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const [ps, pe] = paragraphs[p];
    const stack: Open[] = [];
    let first = ps;
    while (first < pe && isSpace(text[first])) first++;
    const continuing = carry;
    carry = null;
    let continuedOpenUsed = false;
    const pendingNested: Span[] = [];
    const addPiece = (open: Open, end: number, closed: boolean) => {
      let r: QuoteRegion;
      if (open.region !== null) r = regions[open.region];
      else {
        r = { spans: [], paras: [], closed, nested: [] };
        open.region = regions.length;
        regions.push(r);
      }
      r.spans.push([open.pos, end]);
      r.paras.push(p);
      r.closed = closed;
      for (const n of pendingNested) if (n[0] >= open.pos && n[1] <= end) r.nested.push(n);
      pendingNested.length = 0;
      return open.region;
    };
    const openDouble = (pos: number) => {
      if (continuing !== null && !continuedOpenUsed && pos === first && stack.length === 0) {
        continuedOpenUsed = true;
        stack.push({ pos, kind: 'double', region: continuing });
      } else stack.push({ pos, kind: 'double', region: null });
    };
    const closeDouble = (pos: number): boolean => {
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].kind !== 'double') continue;
        const open = stack[k];
        stack.length = k;
        if (k === 0) addPiece(open, pos + 1, true);
        else pendingNested.push([open.pos, pos + 1]);
        return true;
      }
      return false;
    };
    const hasDouble = () => stack.some((o) => o.kind === 'double');
    MARK.lastIndex = ps;
    for (let m = MARK.exec(text); m && m.index < pe; m = MARK.exec(text)) {
      const i = m.index;
      const c = text[i];
      if (c === '“' || c === '„' || c === '«') openDouble(i);
      else if (c === '”' || c === '»') {
        if (!closeDouble(i) && c === '”' && isSpace(text[i - 1]) && !isSpace(text[i + 1])) openDouble(i);
      } else if (c === '"') {
        const prev = i > ps ? text[i - 1] : undefined;
        const next = i + 1 < pe ? text[i + 1] : undefined;
        if (isDigit(prev) && !hasDouble()) continue;
        const openish = (prev === undefined || OPEN_BEFORE.test(prev) || prev === '“' || prev === "'" || prev === '‘') && !isSpace(next);
        const closeish = !isSpace(prev) && (next === undefined || !isLetterOrDigit(next));
        if (openish && !closeish) openDouble(i);
        else if (closeish && !openish) closeDouble(i);
        else if (hasDouble()) closeDouble(i);
        else openDouble(i);
      } else {
        if (!hasDouble()) continue;
        const prev = i > ps ? text[i - 1] : undefined;
        const next = i + 1 < pe ? text[i + 1] : undefined;
        const top = stack[stack.length - 1];
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue;
        if (c !== '‘' && top.kind === 'single' && !isLetterOrDigit(next)) {
          stack.pop();
          pendingNested.push([top.pos, i + 1]);
          continue;
        }
        const openish = (prev === undefined || isSpace(prev) || /["“(\[—–-]/.test(prev)) && isLetterOrDigit(next);
        if (c === '‘' || (openish && !(isDigit(next) && /\d\ds/.test(text.slice(i + 1, i + 4))))) stack.push({ pos: i, kind: 'single', region: null });
      }
    }
    const bottom = stack.find((o) => o.kind === 'double');
    if (bottom) {
      let end = pe;
      while (end > bottom.pos + 1 && isSpace(text[end - 1])) end--;
      const id = addPiece(bottom, end, false);
      const next = paragraphs[p + 1];
      if (next) {
        let f = next[0];
        while (f < next[1] && isSpace(text[f])) f++;
        if (/["“«„]/.test(text[f] ?? '')) carry = id;
      }
    }
  }
  return regions;
}

// Besides words and marks: the characters the pairing tests around a mark (non-ASCII letters,
// no-break and zero-width spaces, brackets, dashes, slash, colon, decades).
const PIECES = ['the', 'Mayor', 'said', "don't", '5\'11', '6"', '’90s', '\'90s', ' ', ' ', ' ', ',', '.', '—', '–', '-', '(', '[', '{', '/', ':', '42', '7', 's',
  "-'", '(’', '—‘', 'Élan', 'é', 'ß', 'Ω', '٣', '𝐀', '\u00a0', '\u200d', '\n', '“', '”', '‘', '’', '"', "'", '«', '»', '„'];

/** Paragraphs of random pieces joined by blank lines (some paragraphs hold no mark), and their spans. */
const article = fc.array(fc.array(fc.integer({ min: 0, max: PIECES.length - 1 }), { maxLength: 25 }), { minLength: 1, maxLength: 8 }).map((paras) => {
  let text = '';
  const spans: Span[] = [];
  for (const p of paras) {
    if (text) text += '\n\n';
    const s = text.length;
    text += p.map((k) => PIECES[k]).join('');
    spans.push([s, text.length]);
  }
  return { text, spans };
});

describe('attribution pipeline: quotation regions', () => {
  it('agree with the per-paragraph search on random paragraphs (property)', () => {
    fc.assert(fc.property(article, ({ text, spans }) => {
      assert.deepStrictEqual(findQuoteRegions(text, spans), findQuoteRegionsRef(text, spans));
    }), { numRuns: 3000 });
  });

  it('an unclosed quotation does not carry over a paragraph with no mark', () => {
    const paras = ['"The works will start in May, she said.', 'The council met on Monday.', '"We are ready."'];
    const text = paras.join('\n\n');
    const spans: Span[] = [];
    let at = 0;
    for (const p of paras) {
      spans.push([at, at + p.length]);
      at += p.length + 2;
    }
    const regions = findQuoteRegions(text, spans);
    assert.deepStrictEqual(regions.map((r) => r.paras), [[0], [2]]);
    assert.strictEqual(regions[0].closed, false);
  });

  it('a quotation running over paragraphs keeps going when the next opens with a mark', () => {
    const text = '"The works will start in May.\n\n"And end in June," she said.';
    const regions = findQuoteRegions(text, [[0, 29], [31, text.length]]);
    assert.strictEqual(regions.length, 1);
    assert.deepStrictEqual(regions[0].paras, [0, 1]);
    assert.ok(regions[0].closed);
  });
});
