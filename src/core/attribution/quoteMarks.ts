// Pairs quotation marks, paragraph by paragraph: straight, curly and guillemet doubles, with single
// quotes tracked only inside them (nested). Inch signs (6", 5'11") and apostrophes (don't, the
// Smiths', ’90s) never open a quote. An opening mark left unclosed at a paragraph's end continues
// into the next paragraph when that one opens with a mark (the newswriting convention for a quote
// running over paragraphs); otherwise the quote stops at its paragraph's end, so a stray mark
// never swallows the rest of the article.
import type { Span } from '../types';
import { isSpaceCode } from './words';

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

// Character tests on code units; -1 (or NaN, charCodeAt out of range) stands for "no character".
/** White space (JavaScript's \s and the zero-width joiner), or no character at all. */
const isSpaceAt = (c: number) => !(c >= 0) || isSpaceCode(c) || c === 0x200d;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** A letter or digit (a lone surrogate is neither). */
const isLetterOrDigit = (c: number) => (c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : LETTER_OR_DIGIT.test(String.fromCharCode(c)));
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Characters after which a straight mark opens: space, brackets, dashes, slash, colon. */
const opensAfter = (c: number) => isSpaceCode(c) || c === 40 || c === 91 || c === 123 || c === 0x2014 || c === 0x2013 || c === 45 || c === 47 || c === 58;
/** Characters before which a single mark opens (besides space): a double mark, brackets, dashes. */
const opensSingleAfter = (c: number) => c === 34 || c === 0x201c || c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45;
/** A mark that opens a paragraph continuing a quote: " “ « „ */
const isOpeningDouble = (c: number) => c === 34 || c === 0x201c || c === 0xab || c === 0x201e;

// Every character the pairing below looks at, and the double marks among them.
const MARK = /["“”„«»‘'’]/g;
const DOUBLE_MARK = /["“”„«»]/g;

/** Position of the first mark at or after `from`, or Infinity. (The regex scan beats a loop over
 *  code units in JavaScript: most characters are none of these.) */
function nextMark(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.test(text) ? MARK.lastIndex - 1 : Infinity;
}

/** Position of the first double mark at or after `from`, or Infinity. */
function nextDouble(text: string, from: number): number {
  DOUBLE_MARK.lastIndex = from;
  return DOUBLE_MARK.test(text) ? DOUBLE_MARK.lastIndex - 1 : Infinity;
}

type Open = { pos: number; kind: 'double' | 'single'; region: number | null };

/** The pairing state of the paragraph being read (one object per call, reset per paragraph). */
class Pairing {
  readonly regions: QuoteRegion[] = [];
  stack: Open[] = [];
  pendingNested: Span[] = [];
  /** The paragraph's index, its first non-space position, and the region continuing into it. */
  p = 0;
  first = 0;
  continuing: number | null = null;
  continuedOpenUsed = false;

  openDouble(pos: number): void {
    // The first mark of a paragraph that continues an unclosed quote belongs to that quote.
    if (this.continuing !== null && !this.continuedOpenUsed && pos === this.first && this.stack.length === 0) {
      this.continuedOpenUsed = true;
      this.stack.push({ pos, kind: 'double', region: this.continuing });
    } else {
      this.stack.push({ pos, kind: 'double', region: null });
    }
  }

  closeDouble(pos: number): boolean {
    // Close the innermost double; singles left open above it were apostrophes after all.
    const stack = this.stack;
    for (let k = stack.length - 1; k >= 0; k--) {
      if (stack[k].kind !== 'double') continue;
      const open = stack[k];
      stack.length = k;
      if (k === 0) this.addPiece(open, pos + 1, true);
      else this.pendingNested.push([open.pos, pos + 1]);
      return true;
    }
    return false;
  }

  addPiece(open: Open, end: number, closed: boolean): number {
    let r: QuoteRegion;
    if (open.region !== null) {
      r = this.regions[open.region];
    } else {
      r = { spans: [], paras: [], closed, nested: [] };
      open.region = this.regions.length;
      this.regions.push(r);
    }
    r.spans.push([open.pos, end]);
    r.paras.push(this.p);
    r.closed = closed;
    for (const n of this.pendingNested) if (n[0] >= open.pos && n[1] <= end) r.nested.push(n);
    this.pendingNested.length = 0;
    return open.region;
  }

  /** The outermost open double, or null. */
  bottomDouble(): Open | null {
    for (const o of this.stack) if (o.kind === 'double') return o;
    return null;
  }
}

export function findQuoteRegions(text: string, paragraphs: Span[]): QuoteRegion[] {
  const st = new Pairing();
  let carry: number | null = null; // region continuing from the previous paragraph
  // The next mark to read (Infinity: none left). Single marks matter only inside a double quotation
  // (the stack is empty or holds a double at its bottom: singles are pushed only above a double),
  // so while none is open the search is for double marks alone, past apostrophes.
  let markAt = -1;

  for (let p = 0; p < paragraphs.length; p++) {
    const [ps, pe] = paragraphs[p];
    // Jump from mark to mark: most characters are none of these. One search runs over the whole
    // text: a mark found past this paragraph's end is where the next paragraphs resume.
    if (markAt < ps) markAt = nextDouble(text, ps);
    if (markAt >= pe) {
      // No double mark: no quote, and nothing to carry on.
      carry = null;
      continue;
    }
    let first = ps;
    while (first < pe && isSpaceAt(text.charCodeAt(first))) first++;
    st.p = p;
    st.first = first;
    st.stack.length = 0;
    st.pendingNested.length = 0;
    st.continuing = carry;
    st.continuedOpenUsed = false;
    carry = null;

    for (; markAt < pe; markAt = st.stack.length ? nextMark(text, markAt + 1) : nextDouble(text, markAt + 1)) {
      const i = markAt;
      const c = text.charCodeAt(i);
      if (c === 0x201c || c === 0x201e || c === 0xab) {
        st.openDouble(i);
      } else if (c === 0x201d || c === 0xbb) {
        if (!st.closeDouble(i) && c === 0x201d && isSpaceAt(text.charCodeAt(i - 1)) && !isSpaceAt(text.charCodeAt(i + 1))) st.openDouble(i);
      } else if (c === 34) {
        const prev = i > ps ? text.charCodeAt(i - 1) : -1;
        const next = i + 1 < pe ? text.charCodeAt(i + 1) : -1;
        // An inch sign: a digit right before and no quote open to close.
        if (isDigit(prev) && !st.bottomDouble()) continue;
        const openish = (prev < 0 || opensAfter(prev) || prev === 0x201c || prev === 39 || prev === 0x2018) && !isSpaceAt(next);
        const closeish = !isSpaceAt(prev) && (next < 0 || !isLetterOrDigit(next));
        if (openish && !closeish) st.openDouble(i);
        else if (closeish && !openish) st.closeDouble(i);
        else if (st.bottomDouble()) st.closeDouble(i);
        else st.openDouble(i);
      } else {
        // ‘ ' ’
        if (!st.stack.length) continue; // top-level singles are apostrophes or headline style; not tracked
        const prev = i > ps ? text.charCodeAt(i - 1) : -1;
        const next = i + 1 < pe ? text.charCodeAt(i + 1) : -1;
        const stack = st.stack;
        const top = stack[stack.length - 1];
        if (isLetterOrDigit(prev) && isLetterOrDigit(next)) continue; // don't, 5'11
        if (c !== 0x2018 && top.kind === 'single' && !isLetterOrDigit(next)) {
          stack.pop();
          st.pendingNested.push([top.pos, i + 1]);
          continue;
        }
        const openish = (isSpaceAt(prev) || opensSingleAfter(prev)) && isLetterOrDigit(next);
        // Not an elided decade ("’90s").
        if (c === 0x2018 || (openish && !(isDigit(next) && i + 3 < text.length && isDigit(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === 115))) {
          stack.push({ pos: i, kind: 'single', region: null });
        }
      }
    }

    // Unclosed at the paragraph's end: continue into the next paragraph if it opens with a mark.
    const bottom = st.bottomDouble();
    if (bottom) {
      let end = pe;
      while (end > bottom.pos + 1 && isSpaceAt(text.charCodeAt(end - 1))) end--;
      const id = st.addPiece(bottom, end, false);
      const next = paragraphs[p + 1];
      if (next) {
        let f = next[0];
        while (f < next[1] && isSpaceAt(text.charCodeAt(f))) f++;
        if (isOpeningDouble(text.charCodeAt(f))) carry = id;
      }
    }
  }
  return st.regions;
}
