// parseArticle: text -> article model, in passes over lines (see index.ts). Asked to, a parse
// leaves its line-level results beside the article (a WeakMap, so the Article stays plain data),
// for reparseArticle to reuse after an edit. Not by default: keeping them costs a one-off parse
// 10-20% (the lines outlive it).
import type { Article, Span } from '../types';
import { splitLines, trimSpan, type Line } from './lines';
import { blankSeparated, classifyLine, countBlocks, markGroups, markTrailer, type BlockCounts, type FurnitureKind } from './furniture';
import { readHeader, type Header } from './header';
import { groupParagraphs, subtract, type BodyLine } from './paragraphs';
import { findGlosses, glossHints } from './glosses';
import { splitSentences, terminalMarks } from './sentences';

/** How many non-blank lines at the top of a page may hold long site notices. */
const EDGE_TOP = 4;

/** Line classifications kept between analyses by the incremental API: by line text, for lines
 *  below the top of the page (classifyLine is a function of the text and that flag). */
export interface LineKindCache {
  get(line: string): FurnitureKind | null | undefined;
  set(line: string, kind: FurnitureKind | null): void;
}

export type FurniturePiece = { span: Span; kind: FurnitureKind | 'gloss' };

/** What a parse knew line by line, kept for reparseArticle. */
export interface ParseState {
  text: string;
  lines: Line[];
  /** Where each line starts before trimming. */
  raw: number[];
  /** Each line's furniture kind, final. */
  kinds: (FurnitureKind | null)[];
  header: Header;
  /** The last line that the header, or the top-of-page rule for site notices, read. */
  zoneTop: number;
  /** The prose line where the page trailer's backward scan stopped; -1 when it reached the top. */
  trailerStop: number;
  /** Blocks of the lines the group rules saw (for their one page-wide test). */
  counts: BlockCounts;
}

const states = new WeakMap<Article, ParseState>();

export function parseState(article: Article): ParseState | undefined {
  return states.get(article);
}

/** Classifies the lines [from, to), the first `edgeLeft` non-blank ones as the top of the page. */
export function classifyLines(lines: Line[], from: number, to: number, edgeLeft: number, out: (FurnitureKind | null)[], cache?: LineKindCache): void {
  for (let i = from; i < to; i++) {
    const line = lines[i].text;
    if (!line) {
      out[i] = null;
      continue;
    }
    const edge = edgeLeft-- > 0;
    if (edge || !cache) {
      out[i] = classifyLine(line, edge);
      continue;
    }
    let k = cache.get(line);
    if (k === undefined) cache.set(line, (k = classifyLine(line, false)));
    out[i] = k;
  }
}

/**
 * Paragraphs and sentences of the body lines among lines [from, to) (whole blocks), appended to
 * `paragraphs` and `sentences`; glosses cut out of them are appended to `furniture`.
 */
export function readBody(
  text: string, lines: Line[], from: number, to: number, kinds: (FurnitureKind | null)[], header: Header,
  paragraphs: Span[], sentences: Span[], furniture: FurniturePiece[], wrapped?: Map<number, boolean>,
): void {
  // Body lines: everything else after the headline.
  const body: BodyLine[] = [];
  // The header holds a few lines at most: most texts' body lines need no lookup in it.
  const taken = header.taken.size > 0 ? header.taken : null;
  const starts = header.bodyStart.size > 0 ? header.bodyStart : null;
  for (let i = from; i < to; i++) {
    const l = lines[i];
    if (!l.text || l.index <= header.headlineLine || kinds[l.index] || (taken && taken.has(l.index))) continue;
    const start = (starts && starts.get(l.index)) ?? l.start;
    if (start >= l.end) continue;
    body.push({ line: l, start });
  }
  const limit = to < lines.length ? lines[to].start : text.length;
  const hints = glossHints(text, limit);
  const marks = terminalMarks(text, limit);
  for (const p of groupParagraphs(body, wrapped)) {
    const glosses = findGlosses(text, p[0], p[1], hints);
    // Most paragraphs hold no gloss: the paragraph is its one piece.
    const pieces = glosses.length ? subtract(p, glosses) : null;
    for (let k = 0; k < (pieces ? pieces.length : 1); k++) {
      const piece = pieces ? pieces[k] : p;
      const t = trimSpan(text, piece[0], piece[1]);
      if (!t) continue;
      paragraphs.push(t);
      splitSentences(text, t[0], t[1], sentences, marks);
    }
    for (const g of glosses) furniture.push({ span: g, kind: 'gloss' });
  }
}

/** The article model of `text`; `keep`: remember what reparseArticle needs to start from it. */
export function parseArticle(text: string, lineKindCache?: LineKindCache, keep = false): Article {
  // Each line's raw start serves only reparseArticle.
  const raw: number[] | undefined = keep ? [] : undefined;
  const lines = splitLines(text, 0, text.length, 0, 0, raw);
  // Site notices sit near the top of a page (comment policies at the bottom: markTrailer).
  const kindsOfLines: (FurnitureKind | null)[] = new Array(lines.length);
  classifyLines(lines, 0, lines.length, EDGE_TOP, kindsOfLines, lineKindCache);
  let edgeEnd = lines.length - 1;
  for (let i = 0, seen = 0; i < lines.length; i++) {
    if (lines[i].text && ++seen === EDGE_TOP) {
      edgeEnd = i;
      break;
    }
  }
  const header = readHeader(text, lines, kindsOfLines);

  const protect = header.taken;
  const kinds = kindsOfLines;
  for (const i of protect) kinds[i] = null;
  const nonBlank: number[] = [];
  for (const l of lines) if (l.text && !protect.has(l.index)) nonBlank.push(l.index);
  const counts = countBlocks(lines, nonBlank);
  markGroups(lines, kinds, nonBlank, blankSeparated(counts));
  const trailerStop = markTrailer(lines, kinds, nonBlank);

  // Filled by push from a literal, never made by map(): map() of an empty list is an array of
  // another elements kind than map() of a full one, and each kind reaching the push below (or
  // mergeSpans, inlined here) threw the optimised parseArticle away and had it recompiled.
  const furniture: FurniturePiece[] = [];
  for (const span of header.furniture) furniture.push({ span, kind: 'share' });
  for (const l of lines) {
    const k = kinds[l.index];
    if (k && l.text) furniture.push({ span: [l.start, l.end], kind: k });
  }
  const paragraphs: Span[] = [];
  const sentences: Span[] = [];
  readBody(text, lines, 0, lines.length, kinds, header, paragraphs, sentences, furniture);

  furniture.sort((a, b) => a.span[0] - b.span[0]);
  const article: Article = {
    text,
    headline: header.headline,
    dateline: header.dateline,
    boilerplate: mergeSpans(text, spansOf(furniture)),
    paragraphs,
    sentences,
    byline: header.byline,
    furniture,
  };
  if (raw) states.set(article, { text, lines, raw, kinds, header, zoneTop: Math.max(header.scanned, edgeEnd), trailerStop, counts });
  return article;
}

/** Remembers the state of an article made by reparseArticle. */
export function keepState(article: Article, state: ParseState): void {
  states.set(article, state);
}

/** The pieces' spans (in an array of one elements kind whatever their number: see parseArticle). */
export function spansOf(furniture: readonly { span: Span }[]): Span[] {
  const out: Span[] = [];
  for (const f of furniture) out.push(f.span);
  return out;
}

/** Sorted spans, merged where only white space lies between them. */
export function mergeSpans(text: string, spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && (s[0] <= last[1] || trimSpan(text, last[1], s[0]) === null)) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}
