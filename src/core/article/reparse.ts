// reparseArticle: the article model of an edited text from the model of the text before, doing
// again only the blocks (blank-line separated runs of lines) around the edit. Everything in the
// model is found line by line or block by block, but for a few rules that look further: the
// header (the top of the page), the page trailer (the bottom), and the one page-wide test of the
// caption rule (are paragraphs blank-line separated?). An edit that could reach those is parsed
// whole. The group rules that look at neighbouring lines (doubled captions, font switchers,
// "Related" lists) are run on the changed blocks with a margin of unchanged blocks around them;
// when the margin's lines do not come out as before, the change may reach further, and the
// text is parsed whole too.
import type { Article, Span } from '../types';
import { splitLines, type Line } from './lines';
import { continues, hardWrapped } from './paragraphs';
import { blankSeparated, countBlocks, markGroups, type FurnitureKind } from './furniture';
import { classifyLines, keepState, mergeSpans, parseArticle, parseState, readBody, spansOf, type FurniturePiece, type LineKindCache, type ParseState } from './parse';
import { diffTexts } from '../diff';

/** An edit: text[start, oldEnd) of the previous text became text[start, newEnd) of the new one
 *  (src/core/diff.ts's PositionMap has this shape). */
export interface ArticleChange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** Unchanged blocks re-marked on each side of the changed ones. */
const MARGIN_BLOCKS = 2;
/** Unchanged lines re-read on each side of an edit inside a long block. */
const LINE_MARGIN = 3;

/**
 * The article model of `text`, deep-equal to `parseArticle(text)`, reusing `prev` (the model of
 * the text before the edit, made by reparseArticle or by parseArticle with `keep`; from any other
 * the text is parsed whole) outside the edited blocks:
 * lines, furniture, paragraphs and sentences before the edit are kept, those after it shifted.
 * `change` says where the texts differ (without it they are compared). Spans are shared with
 * `prev` where they did not move; like all of the model's data, they must not be modified.
 */
export function reparseArticle(prev: Article, text: string, change?: ArticleChange, lineKindCache?: LineKindCache): Article {
  const old = parseState(prev);
  if (!old || old.text !== prev.text) return parseArticle(text, lineKindCache, true);
  const c = change && validChange(old.text, text, change) ? change : diffTexts(old.text, text);
  if (c.start === c.oldEnd && c.start === c.newEnd) return same(prev, old, text);
  return reparse(prev, old, text, c, lineKindCache) ?? parseArticle(text, lineKindCache, true);
}

function reparse(prev: Article, old: ParseState, text: string, c: ArticleChange, cache?: LineKindCache): Article | null {
  const lines = old.lines;
  const n = lines.length;
  const blank = (i: number) => !lines[i].text;
  // The changed lines, widened to whole blocks (the core), then by margin blocks.
  const l0 = lineAt(old.raw, c.start);
  const l1 = lineAt(old.raw, c.oldEnd);
  let ca = l0;
  while (ca > 0 && !blank(ca - 1)) ca--;
  let cb = l1;
  while (cb + 1 < n && !blank(cb + 1)) cb++;
  cb++;
  // Inside a long block (paragraphs split by single line breaks) a few lines around the edit do.
  if (l0 - LINE_MARGIN > ca && l1 + 1 + LINE_MARGIN < cb) {
    const inside = inBlock(prev, old, text, c, l0 - LINE_MARGIN, l1 + 1 + LINE_MARGIN, cache);
    if (inside) return inside;
  }
  let a = ca;
  for (let m = 0; m < MARGIN_BLOCKS && a > 0; m++) {
    let j = a - 1;
    while (j >= 0 && blank(j)) j--;
    if (j < 0) break;
    a = j;
    while (a > 0 && !blank(a - 1)) a--;
  }
  let b = cb;
  for (let m = 0; m < MARGIN_BLOCKS && b < n; m++) {
    let j = b;
    while (j < n && blank(j)) j++;
    if (j >= n) break;
    b = j;
    while (b < n && !blank(b)) b++;
  }
  let blockBase = 0;
  for (let i = a - 1; i >= 0; i--) {
    if (lines[i].text) {
      blockBase = lines[i].block + 1;
      break;
    }
  }
  return redo(prev, old, text, c, a, b, ca, cb, blockBase, cache);
}

/**
 * An edit inside one long block: the lines [a, b) of it (the edit with LINE_MARGIN lines each
 * side) are read again, when the block stays one block, is not hard-wrapped before or after (then
 * each paragraph depends only on its lines and the one before), and no paragraph runs across a
 * border of the stretch. Null when any of that fails.
 */
function inBlock(prev: Article, old: ParseState, text: string, c: ArticleChange, a: number, b: number, cache?: LineKindCache): Article | null {
  const lines = old.lines;
  const block = lines[a].block;
  // No paragraph runs across either border (the lines there are unchanged and, the block not
  // being hard-wrapped, so is whether the second continues the first's paragraph).
  const body = (i: number) => lines[i].text !== '' && !old.kinds[i];
  if (body(a - 1) && body(a) && continues(lines[a - 1], lines[a], false)) return null;
  if (body(b - 1) && body(b) && continues(lines[b - 1], lines[b], false)) return null;
  if (wrappedBlock(old, block, a, b, null)) return null;
  return redo(prev, old, text, c, a, b, a + LINE_MARGIN, b - LINE_MARGIN, block, cache, (newLines, kinds, dIdx) => {
    for (let i = a; i < b + dIdx; i++) if (!newLines[i].text) return false;
    return !wrappedBlock(old, block, a, b, { lines: newLines, kinds, dIdx });
  });
}

/** Whether a block is hard-wrapped, its lines [a, b) taken from `region` (new lines) when given. */
function wrappedBlock(old: ParseState, block: number, a: number, b: number, region: { lines: Line[]; kinds: (FurnitureKind | null)[]; dIdx: number } | null): boolean {
  const body: Line[] = [];
  const take = (l: Line, kind: FurnitureKind | null) => {
    if (l.text && !kind && l.index > old.header.headlineLine && !old.header.taken.has(l.index)) body.push(l);
  };
  let i = a;
  while (i > 0 && old.lines[i - 1].block === block) i--;
  for (; i < a; i++) take(old.lines[i], old.kinds[i]);
  if (region) for (let k = a; k < b + region.dIdx; k++) take(region.lines[k], region.kinds[k]);
  else for (let k = a; k < b; k++) take(old.lines[k], old.kinds[k]);
  for (i = b; i < old.lines.length && old.lines[i].block === block; i++) take(old.lines[i], old.kinds[i]);
  return hardWrapped(body);
}

/**
 * Reads old lines [a, b) again as the new text has them, keeping the margins [a, ma) and [mb, b)
 * (unchanged lines) as checks: they must come out as before. `check` may refuse the new lines.
 */
function redo(
  prev: Article, old: ParseState, text: string, c: ArticleChange, a: number, b: number, ma: number, mb: number, blockBase: number,
  cache: LineKindCache | undefined, check?: (lines: Line[], kinds: (FurnitureKind | null)[], dIdx: number) => boolean,
): Article | null {
  const lines = old.lines;
  const n = lines.length;
  const delta = c.newEnd - c.oldEnd;
  // The header and the top of the page, and the trailer at the bottom, are read whole.
  if (a <= old.zoneTop || old.trailerStop < 0 || b > old.trailerStop) return null;

  // The new lines of the region: from the start of line a to the end of line b - 1.
  const from = old.raw[a];
  const oldTo = b < n ? old.raw[b] - eolBefore(old.text, old.raw[b]) : old.text.length;
  const regionRaw: number[] = [];
  const region = splitLines(text, from, oldTo + delta, a, blockBase, regionRaw);
  const dIdx = region.length - (b - a);
  // The margins are the same lines as before (the edit changed no line break next to them).
  for (let i = a; i < ma; i++) if (!sameLine(lines[i], region[i - a], 0, 0)) return null;
  for (let i = mb; i < b; i++) if (!sameLine(lines[i], region[i - a + dIdx], delta, null)) return null;

  // Line kinds: classified again in the region, group rules run on it; the margins must agree.
  // (The region's kinds are written by classifyLines; those after it are the old ones.)
  const kinds = splicedList(old.kinds, a, b, new Array<FurnitureKind | null>(region.length).fill(null), null);
  const nonBlank: number[] = [];
  const inRegion: number[] = [];
  for (let i = 0; i < region.length; i++) {
    if (!region[i].text) continue;
    nonBlank.push(a + i);
    inRegion.push(i);
  }
  const oldNonBlank: number[] = [];
  for (let i = a; i < b; i++) if (lines[i].text) oldNonBlank.push(i);
  const oldRegion = countBlocks(lines, oldNonBlank);
  // (countBlocks reads only the lines it is given the places of: here the region's own.)
  const newRegion = countBlocks(region, inRegion);
  // The lines after the region, moved (or, after an edit of the same length, as they were).
  const dBlock = newRegion.blocks - oldRegion.blocks;
  const still = delta === 0 && dIdx === 0 && dBlock === 0;
  // The lines after the region are the old ones until the checks below pass (they read only the
  // region's lines): a refused edit (then read again at a wider level) moves none of them.
  const newLines = splicedList(lines, a, b, region, null);
  classifyLines(newLines, a, a + region.length, 0, kinds, cache);
  const counts = { blocks: old.counts.blocks - oldRegion.blocks + newRegion.blocks, single: old.counts.single - oldRegion.single + newRegion.single };
  const separated = blankSeparated(counts);
  if (separated !== blankSeparated(old.counts)) return null;
  markGroups(newLines, kinds, nonBlank, separated);
  for (let i = a; i < ma; i++) if (kinds[i] !== old.kinds[i]) return null;
  for (let i = mb; i < b; i++) if (kinds[i + dIdx] !== old.kinds[i]) return null;
  if (check && !check(newLines, kinds, dIdx)) return null;
  if (!still) {
    for (let i = a + region.length; i < newLines.length; i++) {
      const l = newLines[i];
      newLines[i] = { index: l.index + dIdx, start: l.start + delta, end: l.end + delta, text: l.text, block: l.text ? l.block + dBlock : -1 };
    }
  }

  const raw = splicedList(old.raw, a, b, regionRaw, delta ? (r) => r + delta : null);

  // Furniture, paragraphs and sentences: kept before the region, found in it, moved after it.
  const regionParagraphs: Span[] = [];
  const regionSentences: Span[] = [];
  const oldFurniture = (prev.furniture ?? []) as FurniturePiece[];
  const regionFurniture: FurniturePiece[] = [];
  for (let i = a; i < a + region.length; i++) {
    const k = kinds[i];
    if (k && newLines[i].text) regionFurniture.push({ span: [newLines[i].start, newLines[i].end], kind: k });
  }
  // Inside a block (check given) its wrapping was found for the whole block: not hard-wrapped.
  const wrapped = check ? new Map([[blockBase, false]]) : undefined;
  readBody(text, newLines, a, a + region.length, kinds, old.header, regionParagraphs, regionSentences, regionFurniture, wrapped);
  regionFurniture.sort((x, y) => x.span[0] - y.span[0]);
  const after = b < n ? old.raw[b] : old.text.length + 1;
  const move = delta === 0 ? null : (s: Span): Span => [s[0] + delta, s[1] + delta];
  const between = <T>(list: T[], start: (t: T) => number): [number, number] => [firstFrom(list, from, start), firstFrom(list, after, start)];
  const furniture = splicedList(oldFurniture, ...between(oldFurniture, (f) => f.span[0]), regionFurniture, move && ((f) => ({ span: move(f.span), kind: f.kind })));
  const paragraphs = splicedList(prev.paragraphs, ...between(prev.paragraphs, (s) => s[0]), regionParagraphs, move);
  const sentences = splicedList(prev.sentences, ...between(prev.sentences, (s) => s[0]), regionSentences, move);

  const article: Article = {
    text,
    headline: prev.headline,
    dateline: prev.dateline,
    boilerplate: mergeSpans(text, spansOf(furniture)),
    paragraphs,
    sentences,
    byline: prev.byline,
    furniture,
  };
  keepState(article, { text, lines: newLines, raw, kinds, header: old.header, zoneTop: old.zoneTop, trailerStop: old.trailerStop + dIdx, counts });
  return article;
}

/** The same text again: a copy of the model (the article objects are the caller's). */
function same(prev: Article, old: ParseState, text: string): Article {
  const article: Article = {
    text,
    headline: prev.headline,
    dateline: prev.dateline,
    boilerplate: prev.boilerplate,
    paragraphs: prev.paragraphs,
    sentences: prev.sentences,
    byline: prev.byline,
    furniture: prev.furniture,
  };
  keepState(article, old);
  return article;
}

/** The index of the line holding offset `p`: the last line starting at or before it. */
function lineAt(raw: number[], p: number): number {
  let lo = 0;
  let hi = raw.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (raw[mid] <= p) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Length of the line break that ends just before `p` (a line start). */
function eolBefore(text: string, p: number): number {
  return text.charCodeAt(p - 1) === 10 && text.charCodeAt(p - 2) === 13 ? 2 : 1;
}

/** A line of the new text equals one of the old, `delta` further on; `block` shift unchecked when null. */
function sameLine(x: Line, y: Line | undefined, delta: number, dBlock: number | null): boolean {
  return y !== undefined && x.text === y.text && x.start + delta === y.start && x.end + delta === y.end && (dBlock === null || x.block === -1 || x.block + dBlock === y.block);
}

/** `list` with its items [a, b) replaced by `mid` and those after moved by `move` (null: kept as
 *  they are), made at its final length: a list grown by push from a copy of the part before
 *  reallocates as it grows (about three times the list's size allocated per edit of a long text). */
function splicedList<T>(list: readonly T[], a: number, b: number, mid: readonly T[], move: ((t: T) => T) | null): T[] {
  const inPlace = mid.length === b - a;
  const out = inPlace ? list.slice() : list.slice(0, a).concat(mid, list.slice(b));
  if (inPlace) for (let i = 0; i < mid.length; i++) out[a + i] = mid[i];
  if (move) for (let i = a + mid.length; i < out.length; i++) out[i] = move(out[i]);
  return out;
}

/** The index of the first item of a sorted list that starts at or after `p`. */
function firstFrom<T>(list: T[], p: number, start: (t: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start(list[mid]) < p) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function validChange(before: string, after: string, c: ArticleChange): boolean {
  return (
    c.start >= 0 && c.start <= c.oldEnd && c.oldEnd <= before.length && c.start <= c.newEnd &&
    after.length - c.newEnd === before.length - c.oldEnd &&
    before.slice(0, c.start) === after.slice(0, c.start) && before.slice(c.oldEnd) === after.slice(c.newEnd)
  );
}
