// Splits text into lines with offsets. Line ends are \n, \r\n or a lone \r (old Mac files), so
// offsets stay true UTF-16 positions in the text as the editor holds it.
import type { Span } from '../types';
import { detached } from '../detached';

export interface Line {
  /** Index of the line in the text. */
  index: number;
  /** Trimmed content span (no leading/trailing whitespace); empty when the line is blank. */
  start: number;
  end: number;
  /** Trimmed text of the line. */
  text: string;
  /** Index of the blank-line separated block the line belongs to; -1 for blank lines. */
  block: number;
}

/** Space, tab, NBSP, BOM and the other Unicode spaces a saved web page may hold. */
export function isSpace(c: number): boolean {
  // Printable ASCII and Latin-1 up to NBSP are never space: the common case decided in one test.
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0xa0 || c === 0xfeff ||
    c === 0x200b || c === 0x3000 || c === 0x1680 || c === 0x202f || c === 0x205f || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029
  );
}

/**
 * The lines of `text`, or of text[from, to) when that stretch starts a line and ends one (then
 * indices and block numbers start at `firstIndex` and `firstBlock`, the stretch following a blank
 * line or the top). `raw`, when given, receives each line's start before trimming.
 */
export function splitLines(text: string, from = 0, to = text.length, firstIndex = 0, firstBlock = 0, raw?: number[]): Line[] {
  const lines: Line[] = [];
  const n = to;
  let pos = from;
  let block = firstBlock - 1;
  let prevBlank = true;
  const lf = new NextIndex(text, '\n', to);
  const cr = new NextIndex(text, '\r', to);
  const ls = new NextIndex(text, '\u2028', to);
  const ps = new NextIndex(text, '\u2029', to);
  // Most texts break lines with \n alone: the other breaks are looked for per line only when present.
  const lfOnly = cr.at(pos) >= n && ls.at(pos) >= n && ps.at(pos) >= n;
  while (pos <= n) {
    const end = lfOnly ? Math.min(lf.at(pos), n) : Math.min(lf.at(pos), cr.at(pos), ls.at(pos), ps.at(pos), n);
    let s = pos;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    const blank = s === e;
    if (!blank && prevBlank) block++;
    prevBlank = blank;
    raw?.push(pos);
    // A model that is kept (raw asked for: reparse starts from it) keeps copies, not views of this text (detached.ts).
    lines.push({ index: firstIndex + lines.length, start: blank ? pos : s, end: blank ? pos : e, text: blank ? '' : raw ? detached(text.slice(s, e)) : text.slice(s, e), block: blank ? -1 : block });
    if (end >= n) break;
    pos = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

/** Trims whitespace off both ends of [start, end); returns null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start < end ? [start, end] : null;
}

/** Number of space-separated words in a string, counting no further than `cap`. */
export function wordCount(s: string, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const sp = c === 32 || (c < 33 ? c === 9 || c === 10 || c === 13 : c >= 0xa0 && isSpace(c));
    if (!sp && !inWord && ++n > cap) return n;
    inWord = !sp;
  }
  return n;
}

/**
 * The next occurrence of a fixed string at or after a position, for positions that only grow:
 * each search resumes where the last one found something, so a whole pass costs one scan of the
 * text per needle, with the engine's fast substring search. With a `limit`, only text[0, limit)
 * is searched (a pass over one stretch of a long text then reads only that stretch).
 */
export class NextIndex {
  private found = -2;
  private readonly text: string;
  constructor(text: string, private readonly needle: string, limit = text.length) {
    this.text = limit < text.length ? text.slice(0, limit) : text;
  }

  /** Position of the next occurrence at or after `pos`, or the (limited) text length when there is none. */
  at(pos: number): number {
    if (this.found === -1) return this.text.length;
    if (this.found < pos) this.found = this.text.indexOf(this.needle, pos);
    return this.found === -1 ? this.text.length : this.found;
  }
}
