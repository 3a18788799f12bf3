// Groups body lines into paragraphs. Saved articles separate paragraphs by blank lines, by single
// line breaks, or hard-wrap them at a fixed width; a line joins the previous one only when the
// block is hard-wrapped or the break falls mid-sentence.
import type { Span } from '../types';
import type { Line } from './lines';

export interface BodyLine {
  line: Line;
  /** Where the body text starts on this line (after a lead dateline or link words). */
  start: number;
}

function endsSentence(s: string): boolean {
  return /[.!?:"”’)\]…]$/.test(s);
}

function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c > 0xbf && s[0] !== s[0].toUpperCase());
}

/** A block wrapped at a fixed width: three or more lines of similar length but the last. */
export function hardWrapped(lines: Line[]): boolean {
  return wrappedWidths(lines.length, (k) => lines[k].end - lines[k].start);
}

/** hardWrapped of the lines of body[a, b). */
function bodyWrapped(body: BodyLine[], a: number, b: number): boolean {
  // Most blocks are one line: no closure made for them.
  if (b - a < 3) return false;
  return wrappedWidths(b - a, (k) => body[a + k].line.end - body[a + k].line.start);
}

/** The hard-wrap test on `count` lines, the k-th `width(k)` long. */
function wrappedWidths(count: number, width: (k: number) => number): boolean {
  if (count < 3) return false;
  let min = Infinity;
  let max = 0;
  for (let k = 0; k < count - 1; k++) {
    const len = width(k);
    min = Math.min(min, len);
    max = Math.max(max, len);
  }
  return min >= 40 && max <= 110 && max - min <= 25;
}

/** Whether body line `cur` continues the paragraph of body line `prev` (`wrapped`: their block is hard-wrapped). */
export function continues(prev: Line, cur: Line, wrapped: boolean): boolean {
  return (
    prev.block === cur.block && prev.index === cur.index - 1 &&
    (wrapped || startsLower(cur.text) || (prev.end - prev.start >= 50 && !endsSentence(prev.text)))
  );
}

/** `body` in text order (a block's lines are consecutive); `wrapped`: blocks whose wrapping is
 *  known (when only part of a block's lines are given). */
export function groupParagraphs(body: BodyLine[], wrapped?: Map<number, boolean>): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  let prev: BodyLine | null = null;
  // Whether the current block is hard-wrapped, found once per block (body lines come in block order).
  let block = -2;
  let blockWrapped = false;
  for (let i = 0; i < body.length; i++) {
    const b = body[i];
    if (b.line.block !== block) {
      block = b.line.block;
      let j = i + 1;
      while (j < body.length && body[j].line.block === block) j++;
      blockWrapped = wrapped?.get(block) ?? bodyWrapped(body, i, j);
    }
    const joins = cur !== null && prev !== null && continues(prev.line, b.line, blockWrapped);
    if (joins && cur) cur[1] = b.line.end;
    else {
      if (cur) out.push(cur);
      cur = [b.start, b.line.end];
    }
    prev = b;
  }
  if (cur) out.push(cur);
  return out;
}

/** Removes the (sorted, disjoint) `holes` from `span`; returns the non-empty pieces. */
export function subtract(span: Span, holes: Span[]): Span[] {
  const out: Span[] = [];
  let s = span[0];
  for (const h of holes) {
    if (h[1] <= s || h[0] >= span[1]) continue;
    if (h[0] > s) out.push([s, h[0]]);
    s = Math.max(s, h[1]);
  }
  if (s < span[1]) out.push([s, span[1]]);
  return out;
}
