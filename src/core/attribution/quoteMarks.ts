// Pairs quotation marks, paragraph by paragraph: straight, curly and guillemet doubles, with single
// quotes tracked only inside them (nested). Inch signs (6", 5'11") and apostrophes (don't, the
// Smiths', ’90s) never open a quote. An opening mark left unclosed at a paragraph's end continues
// into the next paragraph when that one opens with a mark (the newswriting convention for a quote
// running over paragraphs); otherwise the quote stops at its paragraph's end, so a stray mark
// never swallows the rest of the article.
import type { Span } from '../types';

export interface QuoteRegion {
  /** One span per paragraph the quote runs over, marks included. */
  spans: Span[];
  /** Paragraph index of each span. */
  paras: number[];
  /** False when the last span ends at its paragraph's end with no closing mark. */
  closed: boolean;
  /** Quotes nested inside (single quotes in double, or doubles in doubles). */
  nested: Span[];
}

const isSpace = (c: string | undefined) => c === undefined || /[\s\u00a0\u200d]/.test(c);
const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
// Characters after which a straight mark opens: start, space, brackets, dashes, colon.
const OPEN_BEFORE = /[\s([{\u2014\u2013\-/:\u00a0]/;
// Every character the pairing below looks at.
const MARK = /["“”„«»‘'’]/g;

/** Position of the first mark at or after `from`, or Infinity. */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.test(text) ? MARK.lastIndex - 1 : Infinity;
}

type Open = { pos: number; kind: 'double' | 'single'; region: number | null };

export function findQuoteRegions(text: string, paragraphs: Span[]): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let carry: number | null = null; // region continuing from the previous paragraph
  let markAt = -1; // the next quotation mark in the text (Infinity: none left)

  for (let p = 0; p < paragraphs.length; p++) {
    const [ps, pe] = paragraphs[p];
    // Jump from mark to mark: most characters are none of these. One search runs over the whole
    // text: a mark found past this paragraph's end is where the next paragraphs resume.
    if (markAt < ps) markAt = nextMark(text, ps);
    if (markAt >= pe) {
      // No mark: no quote, and nothing to carry on.
      carry = null;
      continue;
    }
    const stack: Open[] = [];
    let first = ps;
    while (first < pe && isSpace(text[first])) first++;
    const continuing = carry;
    carry = null;
    let continuedOpenUsed = false;

    const openDouble = (pos: number) => {
      // The first mark of a paragraph that continues an unclosed quote belongs to that quote.
      if (continuing !== null && !continuedOpenUsed && pos === first && stack.length === 0) {
        continuedOpenUsed = true;
        stack.push({ pos, kind: 'double', region: continuing });
      } else {
        stack.push({ pos, kind: 'double', region: null });
      }
    };
    const closeDouble = (pos: number): boolean => {
      // Close the innermost double; singles left open above it were apostrophes after all.
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].kind !== 'double') continue;
        const open = stack[k];
        stack.length = k;
        if (k === 0) addPiece(open, pos + 1, true);
        else nestedInto(open.pos, pos + 1);
        return true;
      }
      return false;
    };
    const pendingNested: Span[] = [];
    const nestedInto = (s: number, e: number) => pendingNested.push([s, e]);
    const addPiece = (open: Open, end: number, closed: boolean) => {
      let r: QuoteRegion;
      if (open.region !== null) {
        r = regions[open.region];
      } else {
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
    const hasDouble = () => stack.some((o) => o.kind === 'double');

    for (; markAt < pe; markAt = nextMark(text, markAt + 1)) {
      const i = markAt;
      const c = text[i];
      if (c === '“' || c === '„' || c === '«') {
        openDouble(i);
      } else if (c === '”' || c === '»') {
        if (!closeDouble(i) && c === '”' && isSpace(text[i - 1]) && !isSpace(text[i + 1])) openDouble(i);
      } else if (c === '"') {
        const prev = i > ps ? text[i - 1] : undefined;
        const next = i + 1 < pe ? text[i + 1] : undefined;
        // An inch sign: a digit right before and no quote open to close.
        if (isDigit(prev) && !hasDouble()) continue;
        const openish = (prev === undefined || OPEN_BEFORE.test(prev) || prev === '“' || prev === "'" || prev === '‘') && !isSpace(next);
        const closeish = !isSpace(prev) && (next === undefined || !isLetterOrDigit(next));
        if (openish && !closeish) openDouble(i);
        else if (closeish && !openish) closeDouble(i);
        else if (hasDouble()) closeDouble(i);
        else openDouble(i);
      } else if (c === '‘' || c === "'" || c === '’') {
        if (!hasDouble()) continue; // top-level singles are apostrophes or headline style; not tracked
        const prev = i > ps ? text[i - 1] : undefined;
        const next = i + 1 < pe ? text[i + 1] : undefined;
        const top = stack[stack.length - 1];
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // don't, 5'11
        if (c !== '‘' && top.kind === 'single' && !isLetterOrDigit(next)) {
          stack.pop();
          pendingNested.push([top.pos, i + 1]);
          continue;
        }
        const openish = (prev === undefined || isSpace(prev) || /["“(\[—–-]/.test(prev)) && isLetterOrDigit(next);
        if (c === '‘' || (openish && !(isDigit(next) && /\d\ds/.test(text.slice(i + 1, i + 4))))) {
          stack.push({ pos: i, kind: 'single', region: null });
        }
      }
    }

    // Unclosed at the paragraph's end: continue into the next paragraph if it opens with a mark.
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
