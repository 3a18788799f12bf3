// Gates for the rules' text regexes: a regex that can only match where one of a few word pieces
// starts ("blam", "accus", ...) need not run on a text none of whose words holds such a piece.
// Each gated regex gets a bit; each distinct word gets, once, the bits of the pieces it contains;
// a text's words OR-ed together say which regexes may match it.
//
// Why a word's pieces are enough: every piece is read from the regex source as the letters that
// must follow its leading \b in each alternative. A match therefore has a piece of ASCII letters
// right after a non-word character (or the text's start), and the tokenizer puts such a run of
// letters, whole, inside one word token: it splits letters only after digits (a number's "th"),
// where \b cannot hold. So a piece in the text is a substring of one word's lower case.
import { ACCIDENTAL_CAUSES, ATTRIBUTION_CUES, BACKGROUND, BLAMES_PARTY, CAUSE_MARKERS, CHANGE_MARKERS, CHECKWORTHY, DELIBERATE_CAUSES, DENIAL_WORDS, EXONERATION, FRAMING, LIMITED_MOVE, UNSOURCED_HEDGES, WHOLE_PLACE_MOVE } from './lexicon';

/** Pieces one of which every match of `re` holds, each right after \b or a white space, lower
 *  case; null when the source is not \b then alternatives each led by literals or literal groups. */
export function leadingPieces(re: RegExp): string[] | null {
  const src = re.source;
  // One alternative at the top: in "\\bfoo|bar" the \\b leads "foo" only.
  if (!src.startsWith('\\b') || splitBars(src, 2, src.length).length > 1) return null;
  return alternativePieces(src, 2, src.length);
}

/** Pieces of the alternatives of the group whose "(" is at `open` and ")" at `close`. */
function groupPieces(src: string, open: number, close: number): string[] | null {
  if (src[open + 1] === '?' && !src.startsWith('(?:', open)) return null; // lookaround, named group
  const out: string[] = [];
  for (const [a, b] of splitBars(src, open + (src[open + 1] === '?' ? 3 : 1), close)) {
    const lead = alternativePieces(src, a, b);
    if (!lead) return null;
    out.push(...lead);
  }
  return out;
}

/**
 * One alternative `src[a, b)`, which starts where a word may start: its leading items are read
 * while each is mandatory (letters, a group of such alternatives, a space or \s), and of the
 * piece sets that start a word (the first, or one after a space) the most telling is kept: the
 * one whose shortest piece is longest ("(?:is|was) innocent" -> "innocent").
 */
function alternativePieces(src: string, a: number, b: number): string[] | null {
  let best: string[] | null = null;
  const score = (ps: string[]) => Math.min(...ps.map((p) => p.length));
  let i = a;
  let atWordStart = true;
  while (i < b) {
    let set: string[] | null = null;
    let next = i;
    if (src[i] === '(') {
      const end = groupEnd(src, i);
      if (end < 0 || end >= b || isQuantifier(src[end + 1])) break;
      set = groupPieces(src, i, end);
      next = end + 1;
      if (!set) break;
    } else if (isLetter(src.charCodeAt(i))) {
      let j = i;
      while (j < b && isLetter(src.charCodeAt(j))) j++;
      // A letter under ?, * or { is optional: the piece stops before it ("claims?" -> "claim").
      const optional = j < b && (src[j] === '?' || src[j] === '*' || src[j] === '{');
      const last = optional ? j - 1 : j;
      if (last > i) set = [src.slice(i, last).toLowerCase()];
      if (optional) {
        if (set && atWordStart && (!best || score(set) > score(best))) best = set;
        break;
      }
      next = j;
    } else if (src[i] === ' ' || src.startsWith('\\s', i)) {
      next = src[i] === ' ' ? i + 1 : i + 2;
      if (src[next] === '+') next++;
      else if (isQuantifier(src[next])) break;
      i = next;
      atWordStart = true;
      continue;
    } else break;
    if (set && atWordStart && (!best || score(set) > score(best))) best = set;
    // After letters or a group, the next piece starts a word only after a space.
    atWordStart = false;
    i = next;
  }
  return best;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isQuantifier(ch: string | undefined): boolean {
  return ch === '?' || ch === '*' || ch === '+' || ch === '{';
}

/** Index of the ")" closing the group opened at `open`, or -1. */
function groupEnd(src: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  return -1;
}

/** The alternatives of `src[a, b)` at its own depth, as [start, end) pairs. */
function splitBars(src: string, a: number, b: number): [number, number][] {
  const out: [number, number][] = [];
  let depth = 0;
  let inClass = false;
  let start = a;
  for (let i = a; i < b; i++) {
    const ch = src[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push([start, i]);
      start = i + 1;
    }
  }
  out.push([start, b]);
  return out;
}

let nextBit = 0;
/** A bit no word sets: a regex that cannot be gated always runs (see `mayMatch`). */
export const ALWAYS = 0;
/** Hints of a text whose words are not at hand: every gated regex may match. */
export const ANY = -1;

/** The bit of `re` (ALWAYS when its pieces cannot be read). Called below, at this module's load,
 *  so that every word's hints are made after every gate is known. */
function gate(re: RegExp): number {
  const lead = leadingPieces(re);
  // wordHints finds a piece by its first two letters: a regex with a shorter piece is not gated.
  if (!lead || nextBit > 30 || !lead.every(indexable)) return ALWAYS;
  const bit = 1 << nextBit++;
  for (const p of lead) (PIECES_BY_PAIR[pairOf(p)] ??= []).push([p, bit]);
  GATED.push([re, bit]);
  return bit;
}

const isLower = (c: number) => c >= 97 && c <= 122;
const indexable = (p: string) => p.length >= 2 && isLower(p.charCodeAt(0)) && isLower(p.charCodeAt(1));
const pairOf = (p: string) => (p.charCodeAt(0) - 97) * 26 + (p.charCodeAt(1) - 97);

/** The pieces by their first two letters ((a - 97) * 26 + (b - 97)), filled by gate(). */
const PIECES_BY_PAIR: ([string, number][] | undefined)[] = new Array(26 * 26).fill(undefined);

/** Every gated regex with its bit (for tests). */
export const GATED: [RegExp, number][] = [];

/** The gate bits a word (its lower case) sets: those of each piece it holds. */
export function wordHints(lower: string): number {
  // Each piece is looked for only where the word's two letters there begin it (pieces are two or
  // more letters a-z): a few lookups a word instead of an includes() per piece (some 200), paid
  // by every word the first time it is met, which on new text is most of the findings' cost.
  let h = 0;
  for (let k = 0; k + 1 < lower.length; k++) {
    const a = lower.charCodeAt(k) - 97;
    const b = lower.charCodeAt(k + 1) - 97;
    if (a < 0 || a > 25 || b < 0 || b > 25) continue;
    const list = PIECES_BY_PAIR[a * 26 + b];
    if (list === undefined) continue;
    for (let j = 0; j < list.length; j++) {
      const [p, bit] = list[j];
      if (!(h & bit) && lower.startsWith(p, k)) h |= bit;
    }
  }
  return h;
}

/** Whether the regex of gate `bit` may match a text whose words set `hints`. */
export function mayMatch(hints: number, bit: number): boolean {
  return bit === ALWAYS || (hints & bit) !== 0;
}

/** The gated regexes of the rules, by name. */
export const GATES = {
  change: gate(CHANGE_MARKERS),
  exoneration: gate(EXONERATION),
  cause: gate(CAUSE_MARKERS),
  accidental: gate(ACCIDENTAL_CAUSES),
  deliberate: gate(DELIBERATE_CAUSES),
  wholeMove: gate(WHOLE_PLACE_MOVE),
  limitedMove: gate(LIMITED_MOVE),
  blames: gate(BLAMES_PARTY),
  denial: gate(DENIAL_WORDS),
  attribution: gate(ATTRIBUTION_CUES),
  background: gate(BACKGROUND),
  unsourced: gate(UNSOURCED_HEDGES),
  framing: gate(FRAMING),
  /** CHECKWORTHY's regexes, in its order. */
  checkworthy: CHECKWORTHY.map(([, re]) => gate(re)),
  /** A quotation mark ("\u201C\u201D): always a punctuation token of its own. */
  quoteMark: 1 << nextBit++,
};
