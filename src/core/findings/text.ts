// Word-level helpers the findings rules share: tokens with offsets, a small stemmer, and the
// mapping of stems to concept keys (so "agreed"/"agreement" and "information"/"intelligence" meet).
import { isSpaceCode } from '../attribution/words';
import { terminalMarks, type TerminalMarks } from '../article/sentences';
import { GATES, wordHints } from './gates';
import { CONCEPT_GROUPS, IRREGULAR, NEGATORS, PHRASES, QUANTITY_KINDS, SCOPE_BREAKERS, STOPWORDS, TRANSPARENT } from './lexicon';

export interface Token {
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Word, number (digits) or punctuation. */
  kind: 'word' | 'num' | 'punct';
}

// Words (with inner apostrophes/hyphens/periods as in "U.S."), numbers ("1,000", "5.7"), single
// punctuation marks. One linear pass over character codes; it reads exactly what this regex would
// (a test holds the two together), without a match array and capture strings per token:
//   /(\d+(?:[.,]\d+)*(?:st|nd|rd|th|s)?)|([A-Za-z\u00C0-\u024F]+(?:['\u2019.\-][A-Za-z\u00C0-\u024F]+)*\.?)|([^\sA-Za-z\u00C0-\u024F\d])/g
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isLetterCode = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f);
const ABBREV_DOT = /^(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Jr|Sr|Prof|Capt|Adm|Maj|No)\.$/;
const INITIALS = /^(?:[A-Za-z]\.)+$/;

export function tokenize(text: string, offset = 0): Token[] {
  return readWords(text, offset).tokens;
}

/** What the rules read of one distinct token text: worked out once, then looked up. */
export interface WordInfo {
  /** The token's characters in the text (with a sentence's full stop, if it took one). */
  whole: string;
  /** As in Token. */
  text: string;
  lower: string;
  kind: Token['kind'];
  /** The text dropped a sentence's full stop, which follows as a token of its own. */
  dot: boolean;
  /** `keyOf(text)` for words and numbers, null for punctuation. */
  key: string | null;
  /** W_* bits. */
  flags: number;
  /** Bits of the gated regexes this token may start a match of (gates.ts). */
  hints: number;
  /** The antonym bits of `key` ([first-word mask, second-word mask], null: none), filled in by the
   *  statement builder on first use (antonyms.ts reads keyOf at load, so this module cannot). */
  anto: readonly [number, number] | null | undefined;
  /** keyId(key), filled in by the statement builder on first use, for generation `kgen` (keyIds.ts). */
  kid: number;
  kgen: number;
  /** What a figure next to this token counts (the first of QUANTITY_KINDS whose pattern its lower case matches), or null. */
  counts: string | null;
  /** numberValue, ordinalValue and scaleValue of the token (read once, here). */
  value: number | null;
  ordinal: number | null;
  scale: number | null;
}

/**
 * A text's tokens as what each is (`infos[i]`) and where it starts (`starts[i]`), with their flags
 * and gate bits OR-ed together. The Token objects are made only when asked for: most statements
 * are read from the infos alone.
 */
export class Words {
  private made: Token[] | null = null;
  constructor(
    readonly infos: WordInfo[],
    readonly starts: number[],
    public hints: number,
    readonly flags: number,
  ) {}

  get tokens(): Token[] {
    if (this.made) return this.made;
    const out: Token[] = new Array(this.infos.length);
    for (let i = 0; i < out.length; i++) {
      const w = this.infos[i];
      out[i] = { text: w.text, lower: w.lower, start: this.starts[i], end: this.starts[i] + w.text.length, kind: w.kind };
    }
    return (this.made = out);
  }
}

// Token classes the rules test, one bit each (read from the lexicon once per distinct token).
/** Punctuation that ends a negation's scope. */
export const W_CLAUSE = 1;
/** "if", "unless": what follows is a hypothesis. */
export const W_CONDITION = 2;
/** A negator ("not", "never", "didn't"). */
export const W_NEGATOR = 4;
/** After a negator, a word that makes it deny nothing ("no longer", "not only"). */
export const W_NOT_DENYING = 8;
/** Closes a negation's scope ("but", "while"). */
export const W_SCOPE_BREAKER = 16;
/** First word of a multi-word expression (PHRASES). */
export const W_PHRASE = 32;
/** A negation passes through it (TRANSPARENT, as written or as its key). */
export const W_TRANSPARENT = 64;
/** A word starting with an ASCII capital. */
export const W_CAPITAL = 128;
/** numberValue or ordinalValue reads a value. */
export const W_NUMERIC = 256;
/** numberValue reads a value, or a word of amount ("half", "hundreds"). */
export const W_AMOUNT = 512;
/** Ends a denying cue's first clause: a scope breaker or one of ; . ! ? */
export const W_CLAUSE_END = 1024;
/** An auxiliary ("is", "has", "will"). */
export const W_AUX = 2048;

const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '\u2014']);
const NOT_DENYING = new Set(['longer', 'only', 'more', 'less']);
const AUX = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would']);
const AMOUNT_WORDS = new Set(['half', 'quarter', 'third', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'billions']);
const PHRASE_FIRST = new Set(PHRASES.map((p) => p[0][0]));
const SENTENCE_END = new Set([';', '.', '!', '?']);

/** `w.endsWith("n't")` as character tests (curly apostrophes are straightened in `lower`). */
export function endsWithNt(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 1) === 116 && w.charCodeAt(n - 2) === 39 && w.charCodeAt(n - 3) === 110;
}

/** A word of negation ("not", "never", "won't"), in lower case with straight apostrophes. */
export function isNegator(lower: string): boolean {
  return NEGATORS.has(lower) || endsWithNt(lower);
}

/** The first of QUANTITY_KINDS whose pattern `lower` matches, or null. */
export function countedKind(lower: string): string | null {
  for (const [k, re] of QUANTITY_KINDS) if (re.test(lower)) return k;
  return null;
}

function makeInfo(whole: string, kind: Token['kind']): WordInfo {
  let t = whole;
  // Keep the dot of "U.S." but not a sentence-final one after an ordinary word.
  if (kind === 'word' && whole.charCodeAt(whole.length - 1) === 46 && !INITIALS.test(t) && !ABBREV_DOT.test(t)) t = t.slice(0, -1);
  // Numbers are digits, separators and lower-case suffixes: their own lower case.
  const low = kind === 'num' ? t : t.toLowerCase();
  const lower = low.includes('\u2019') ? low.replace(/\u2019/g, "'") : low;
  const key = kind === 'punct' ? null : keyOf(t);
  let flags = 0;
  if (kind === 'punct') {
    if (CLAUSE_PUNCT.has(lower)) flags |= W_CLAUSE;
    if (SENTENCE_END.has(lower)) flags |= W_CLAUSE_END;
  } else {
    if (lower === 'if' || lower === 'unless') flags |= W_CONDITION;
    if (isNegator(lower)) flags |= W_NEGATOR;
    if (PHRASE_FIRST.has(lower)) flags |= W_PHRASE;
    if (TRANSPARENT.has(lower) || (key !== null && TRANSPARENT.has(key))) flags |= W_TRANSPARENT;
    const c0 = t.charCodeAt(0);
    if (kind === 'word' && c0 >= 65 && c0 <= 90) flags |= W_CAPITAL;
  }
  if (NOT_DENYING.has(lower)) flags |= W_NOT_DENYING;
  if (SCOPE_BREAKERS.has(lower)) flags |= W_SCOPE_BREAKER | W_CLAUSE_END;
  if (AUX.has(lower)) flags |= W_AUX;
  const probe = { kind, lower };
  const value = numberValue(probe);
  const ordinal = ordinalValue(probe);
  if (value !== null || ordinal !== null) flags |= W_NUMERIC;
  if (value !== null || AMOUNT_WORDS.has(lower)) flags |= W_AMOUNT;
  const hints = kind === 'punct' ? (lower === '"' || lower === '\u201c' || lower === '\u201d' ? GATES.quoteMark : 0) : wordHints(lower);
  return { whole, text: t, lower, kind, dot: t.length < whole.length, key, flags, hints, anto: undefined, kid: -1, kgen: 0, counts: countedKind(lower), value, ordinal, scale: scaleValue(probe) };
}

// Distinct token texts are few: each is worked out once and found again in a table (open
// addressing), with no slice and no string hashed per token. A token of up to 8 ASCII letters,
// digits and full stops (most tokens) is found by its characters packed into a number, 6 bits each
// (exact in a double, and no two such tokens pack alike), which one comparison tells apart; others
// by a hash of their characters, then compared character by character. Punctuation below U+0080
// has a slot per character. Tables are emptied when half full, so a long session over many
// articles cannot grow them without limit.
const SLOT_BITS = 16;
const SLOTS = 1 << SLOT_BITS;
let infoTable: (WordInfo | undefined)[] = new Array(SLOTS);
let infoCount = 0;
let packedKeys = new Float64Array(SLOTS); // 0: a free slot (no token packs to 0)
let packedInfos: (WordInfo | undefined)[] = new Array(SLOTS);
let packedCount = 0;
const punctInfos: (WordInfo | undefined)[] = new Array(128);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
/** Packed keys of up to 8 characters are below PACKED_END; a character that cannot be packed adds
 *  PACKED_END, so that the key stays at or above it (it only grows, up to Infinity: never NaN). */
const PACKED_END = 64 ** 8;
/** A letter's 6 bits in a packed key (1-63), PACKED_END for a letter that cannot be packed, 0 for
 *  a code unit that is not a letter: one load per character tells both. */
const LETTER_PACK = new Float64Array(0x250);
for (let c = 0xc0; c < 0x250; c++) LETTER_PACK[c] = PACKED_END;
for (let c = 65; c <= 90; c++) LETTER_PACK[c] = c - 64; // A-Z: 1-26
for (let c = 97; c <= 122; c++) LETTER_PACK[c] = c - 70; // a-z: 27-52
/** The bits of the other packed characters: a digit's (53-62), a full stop's (63), and the first
 *  character's, whatever its class. */
const PACK = new Float64Array(128).fill(PACKED_END);
for (let c = 65; c <= 90; c++) PACK[c] = c - 64;
for (let c = 97; c <= 122; c++) PACK[c] = c - 70;
for (let c = 48; c <= 57; c++) PACK[c] = c + 5; // 0-9: 53-62
PACK[46] = 63; // .

/** A new token's info, kept as a copy: a long slice would keep the whole article text alive in a table. */
function newInfo(text: string, i: number, e: number, kind: Token['kind']): WordInfo {
  return makeInfo(e - i < 13 ? text.slice(i, e) : text.slice(i, e).split('').join(''), kind);
}

// The last token seen in each of a few slots, in front of the table: the commonest words ("the",
// "said", ",") are most tokens, and these small arrays stay in the processor's nearest cache
// while the table's half-megabyte arrays, read at random, do not.
const RECENT_BITS = 10;
const recentKeys = new Float64Array(1 << RECENT_BITS);
const recentInfos: (WordInfo | undefined)[] = new Array(1 << RECENT_BITS).fill(undefined);

/** The info of the token text[i, e) of `kind`, whose characters pack to `key`; made on its first sighting. */
function packedInfoAt(text: string, i: number, e: number, key: number, kind: Token['kind']): WordInfo {
  const mix = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1);
  const near = mix >>> (32 - RECENT_BITS);
  if (recentKeys[near] === key) return recentInfos[near]!;
  const info = tableInfo(text, i, e, key, kind, mix);
  recentKeys[near] = key;
  recentInfos[near] = info;
  return info;
}

/** packedInfoAt's lookup in the table; `mix`: the key's hash. */
function tableInfo(text: string, i: number, e: number, key: number, kind: Token['kind'], mix: number): WordInfo {
  const mask = SLOTS - 1;
  let slot = mix >>> (32 - SLOT_BITS);
  for (; ; slot = (slot + 1) & mask) {
    const k = packedKeys[slot];
    if (k === key) return packedInfos[slot]!;
    if (k === 0) break;
  }
  if (packedCount >= SLOTS / 2) {
    packedKeys = new Float64Array(SLOTS);
    packedInfos = new Array(SLOTS);
    packedCount = 0;
    slot = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x9e3779b1) >>> (32 - SLOT_BITS);
  }
  const info = newInfo(text, i, e, kind);
  packedKeys[slot] = key;
  packedInfos[slot] = info;
  packedCount++;
  return info;
}

/** The last token infoAt found in each of a few slots (by its hash), in front of its table, as for packed tokens. */
const recentHashed: (WordInfo | undefined)[] = new Array(1 << RECENT_BITS).fill(undefined);

/** The info of the token text[i, e) of `kind`, found by a hash of its characters; made on its first sighting. */
function infoAt(text: string, i: number, e: number, kind: Token['kind']): WordInfo {
  let h = FNV_OFFSET;
  for (let k = i; k < e; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  const len = e - i;
  const near = h >>> (32 - RECENT_BITS);
  const last = recentHashed[near];
  if (last !== undefined && sameChars(last.whole, text, i, len)) return last;
  for (let slot = h & (SLOTS - 1); ; slot = (slot + 1) & (SLOTS - 1)) {
    const info = infoTable[slot];
    if (info === undefined) break;
    if (sameChars(info.whole, text, i, len)) return (recentHashed[near] = info);
  }
  if (infoCount >= SLOTS / 2) {
    infoTable = new Array(SLOTS);
    infoCount = 0;
  }
  const info = newInfo(text, i, e, kind);
  let slot = h & (SLOTS - 1);
  while (infoTable[slot] !== undefined) slot = (slot + 1) & (SLOTS - 1);
  infoTable[slot] = info;
  infoCount++;
  return (recentHashed[near] = info);
}

/** Whether `w` is text[i, i + len). */
function sameChars(w: string, text: string, i: number, len: number): boolean {
  if (w.length !== len) return false;
  let k = 0;
  while (k < len && w.charCodeAt(k) === text.charCodeAt(i + k)) k++;
  return k === len;
}

// What the scan makes of an ASCII code unit: a space, a digit, a letter or a punctuation mark.
const C_SPACE = 0;
const C_DIGIT = 1;
const C_LETTER = 2;
const C_PUNCT = 3;
const ASCII_CLASS = new Uint8Array(128).fill(C_PUNCT);
for (let c = 0; c < 128; c++) {
  if (isSpaceCode(c)) ASCII_CLASS[c] = C_SPACE;
  else if (isDigitCode(c)) ASCII_CLASS[c] = C_DIGIT;
  else if (isLetterCode(c)) ASCII_CLASS[c] = C_LETTER;
}

/** The tokens of `text` (at `offset`) with what each is; see `tokenize` for what a token is. */
export function readWords(text: string, offset = 0): Words {
  return scanWords(text, 0, text.length, offset);
}

/**
 * `readWords(text.slice(from, to), from)` read in place: no copy of the range is made (a slice's
 * characters are read through its parent, more slowly than the flat text's). A range outside the
 * text is read from its slice, as slice clamps it.
 */
export function readRange(text: string, from: number, to: number): Words {
  if (!(from >= 0 && from <= to && to <= text.length)) return readWords(text.slice(from, to), from);
  return scanWords(text, from, to, 0);
}

/** The words of several ranges (a quote's spans) one after another, as readRange reads each:
 *  read into one pair of arrays, with their hints and flags together. */
export function readRanges(text: string, spans: readonly (readonly [number, number])[]): Words {
  const infos: WordInfo[] = [];
  const starts: number[] = [];
  let hints = 0;
  let flags = 0;
  const into = { infos, starts };
  for (const [from, to] of spans) {
    const part = from >= 0 && from <= to && to <= text.length ? scanWords(text, from, to, 0, into) : scanWords(text.slice(from, to), 0, text.slice(from, to).length, from, into);
    hints |= part.hints;
    flags |= part.flags;
  }
  return new Words(infos, starts, hints, flags);
}

/** The tokens of text[from, n), each start moved by `shift`, added to `infos` and `starts` (with
 *  the hints and flags of these tokens alone). A character at or past `n` never decides anything:
 *  where the slice would end, each test that reads on checks `n` too. */
function scanWords(text: string, from: number, n: number, shift: number, into?: { infos: WordInfo[]; starts: number[] }): Words {
  // Read into the scratch arrays, then copied out at their final length: a statement's arrays
  // grown by push were made several times over (and collected), one token at a time.
  const infos = SCRATCH_INFOS;
  const starts = SCRATCH_STARTS;
  let len = 0;
  let hints = 0;
  let flags = 0;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 128 ? ASCII_CLASS[c] : c <= 0x24f && c >= 0xc0 ? C_LETTER : isSpaceCode(c) ? C_SPACE : C_PUNCT;
    if (cls === C_SPACE) {
      i++;
      continue;
    }
    // The token's packed key is taken as its characters are scanned (no second pass over them).
    let key = c < 128 ? PACK[c] : PACKED_END;
    let e = i + 1;
    let kind: Token['kind'];
    let info: WordInfo;
    if (cls === C_PUNCT) {
      kind = 'punct';
      info = c < 128 ? (punctInfos[c] ?? (punctInfos[c] = infoAt(text, i, e, kind))) : infoAt(text, i, e, kind);
    } else {
      if (cls === C_DIGIT) {
        kind = 'num';
        let d = 0;
        while (e < n && isDigitCode((d = text.charCodeAt(e)))) {
          key = key * 64 + PACK[d];
          e++;
        }
        // (?:[.,]\d+)*
        for (;;) {
          d = text.charCodeAt(e);
          if ((d === 46 || d === 44) && e + 1 < n && isDigitCode(text.charCodeAt(e + 1))) {
            key = key * 64 + PACK[d];
            e++;
            while (e < n && isDigitCode((d = text.charCodeAt(e)))) {
              key = key * 64 + PACK[d];
              e++;
            }
          } else break;
        }
        // (?:st|nd|rd|th|s)?
        const x = e < n ? text.charCodeAt(e) : -1;
        const y = e + 1 < n ? text.charCodeAt(e + 1) : -1;
        if ((x === 115 && y === 116) || (x === 110 && y === 100) || (x === 114 && y === 100) || (x === 116 && y === 104)) {
          key = (key * 64 + PACK[x]) * 64 + PACK[y];
          e += 2;
        } else if (x === 115) {
          key = key * 64 + PACK[x];
          e++;
        }
      } else {
        kind = 'word';
        let d = 0;
        for (; e < n; e++) {
          d = text.charCodeAt(e);
          const k = d < 0x250 ? LETTER_PACK[d] : 0;
          if (k === 0) break;
          key = key * 64 + k;
        }
        // (?:['\u2019.\-][letters]+)*; d is text[e] (at the end: a letter or 0, never a joiner)
        while ((d === 39 || d === 0x2019 || d === 46 || d === 45) && e + 1 < n && isLetterCode(text.charCodeAt(e + 1))) {
          key = key * 64 + (d === 46 ? 63 : PACKED_END);
          for (e++; e < n; e++) {
            d = text.charCodeAt(e);
            const k = d < 0x250 ? LETTER_PACK[d] : 0;
            if (k === 0) break;
            key = key * 64 + k;
          }
        }
        if (e < n && d === 46) {
          key = key * 64 + 63;
          e++;
        }
      }
      info = key < PACKED_END ? packedInfoAt(text, i, e, key, kind) : infoAt(text, i, e, kind);
    }
    const at = shift + i;
    if (len + 2 > infos.length) growScratch();
    infos[len] = info;
    starts[len++] = at;
    hints |= info.hints;
    flags |= info.flags;
    // The sentence's full stop, read together with its last word, still ends clauses.
    if (info.dot) {
      infos[len] = FULL_STOP;
      starts[len++] = at + info.text.length;
      flags |= FULL_STOP.flags;
    }
    i = e;
  }
  let out: Words;
  if (into) {
    for (let k = 0; k < len; k++) {
      into.infos.push(infos[k]);
      into.starts.push(starts[k]);
    }
    out = new Words(into.infos, into.starts, hints, flags);
  } else out = new Words(infos.slice(0, len), starts.slice(0, len), hints, flags);
  // A huge statement's scratch is not kept for the session (nor the infos it holds).
  if (infos.length > SCRATCH_KEPT) (infos.length = SCRATCH_KEPT), (starts.length = SCRATCH_KEPT);
  return out;
}

/** The most tokens scanWords' scratch arrays keep between calls. */
const SCRATCH_KEPT = 1 << 14;

// scanWords' scratch arrays (packed, never holey: filled with FULL_STOP and 0 when grown).
const SCRATCH_INFOS: WordInfo[] = [];
const SCRATCH_STARTS: number[] = [];
function growScratch(): void {
  const n = Math.max(256, 2 * SCRATCH_INFOS.length);
  for (let k = SCRATCH_INFOS.length; k < n; k++) {
    SCRATCH_INFOS.push(FULL_STOP);
    SCRATCH_STARTS.push(0);
  }
}

/** A light suffix stripper: enough to make inflections and common derivations meet. */
export function stem(word: string): string {
  // Each replace only where it has something to do: every new word is stemmed (keyOf), and on
  // new text new words are many.
  let w = word.toLowerCase();
  if (w.includes('\u2019')) w = w.replace(/\u2019/g, "'");
  if (w.includes("'")) w = w.replace(/'s$|'$/, '');
  if (w.includes('.')) w = w.replace(/\./g, '');
  const irr = IRREGULAR.get(w);
  if (irr) w = irr;
  if (w.length <= 3) return w;
  if (w.endsWith("n't")) return 'not';
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(?:ches|shes|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('eed')) w = w.slice(0, -1);
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  else if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  for (const suf of ['ation', 'ition', 'ment', 'ness', 'ity', 'ful', 'ly']) {
    if (w.endsWith(suf) && w.length - suf.length >= 4) {
      w = w.slice(0, -suf.length);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  return /([bdfgklmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
}

// Concept keys: every stem of a group maps to the group's first member.
const CONCEPT = new Map<string, string>();
for (const group of CONCEPT_GROUPS) {
  const head = stem(group[0]);
  for (const word of group) CONCEPT.set(stem(word), head);
}
const STOP = new Set<string>();
for (const w of STOPWORDS) {
  STOP.add(w);
  STOP.add(stem(w));
}

/** The normalised content key of a word, or null for function words. */
// Words repeat: remembering each word's key keeps the rules to one lookup per token. Bounded so a
// long session over many articles cannot grow it without limit.
const KEY_CACHE = new Map<string, string | null>();

export function keyOf(word: string): string | null {
  const hit = KEY_CACHE.get(word);
  if (hit !== undefined) return hit;
  const key = computeKey(word);
  if (KEY_CACHE.size > 50_000) KEY_CACHE.clear();
  KEY_CACHE.set(word, key);
  return key;
}

function computeKey(word: string): string | null {
  // The country, not the pronoun.
  if (word === 'US' || /^U\.S\.?$/.test(word) || word === 'USA') return 'usa';
  const lower = word.toLowerCase();
  if (STOP.has(lower)) return null;
  const s = stem(lower);
  if (s.length < 2 || STOP.has(s)) return null;
  return CONCEPT.get(s) ?? s;
}

const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20,
};
const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, dozens: 24,
};
const UNIT_MAP = new Map(Object.entries(UNITS));
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The value of a number token ("1,000", "5.7", "sixteen", "twenty-one"), or null. */
export function numberValue(t: Pick<Token, 'kind' | 'lower'>): number | null {
  if (t.kind === 'num') {
    const v = parseFloat(t.lower.includes(',') ? t.lower.replace(/,/g, '') : t.lower); // parseFloat stops at a suffix ("21st")
    return Number.isFinite(v) ? v : null;
  }
  if (t.kind !== 'word') return null;
  const v = UNIT_MAP.get(t.lower);
  if (v !== undefined) return v;
  if (!t.lower.includes('-')) return null;
  const parts = t.lower.split('-');
  const a = UNIT_MAP.get(parts[0]);
  const b = UNIT_MAP.get(parts[1]);
  return parts.length === 2 && a !== undefined && b !== undefined ? a + b : null;
}

const ORDINAL_MAP = new Map(Object.entries(ORDINALS));
const SCALE_MAP = new Map(Object.entries(SCALES));

export function ordinalValue(t: Pick<Token, 'kind' | 'lower'>): number | null {
  return t.kind === 'word' ? ORDINAL_MAP.get(t.lower) ?? null : null;
}

export function scaleValue(t: Pick<Token, 'kind' | 'lower'>): number | null {
  return t.kind === 'word' ? SCALE_MAP.get(t.lower) ?? null : null;
}

const ABBREV = /(?:\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sgt|Rep|Sen|Gov|Jr|Sr|Prof|Capt|Adm|Maj|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|Inc|Corp|Co|Ltd)|\b[A-Z](?:\.[A-Z])*)$/;

// One regex for every call (its lastIndex is reset at each): none is made per sentence.
const SENTENCE_BREAK = /[.!?]+["'\u201D\u2019)\]]*(?=\s+["'\u201C\u2018(]?[A-Z0-9])/g;

/**
 * Splits a span into sentences when the article model handed over a longer block. Sentence ends
 * are [.!?] (plus closing quotes/brackets) before whitespace and an upper-case letter or an opening
 * quote, except after known abbreviations and initials ("U.S.", "Oct.").
 */
export function splitSentences(text: string, span: [number, number]): [number, number][] {
  const out: [number, number][] = [];
  const re = SENTENCE_BREAK;
  re.lastIndex = 0;
  const slice = text.slice(span[0], span[1]);
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice))) {
    const before = slice.slice(Math.max(0, m.index - 8), m.index);
    if (m[0].startsWith('.') && ABBREV.test(before)) continue;
    const end = m.index + m[0].length;
    pushTrimmed(out, slice, start, end, span[0]);
    start = end;
  }
  pushTrimmed(out, slice, start, slice.length, span[0]);
  return out;
}

/**
 * The next sentence mark ('.', '!' or '?') of one text at or after a position (its length when
 * none), each kind found by indexOf and kept until passed: asked in text order, the text is
 * searched about once (asked out of order, again from there).
 */
export class SentenceMarks {
  private marks: TerminalMarks;
  private last = 0;
  constructor(private readonly text: string) {
    this.marks = terminalMarks(text);
  }

  at(from: number): number {
    // Asked before the last position: what was found after it is no answer (searched again).
    if (from < this.last) this.marks = terminalMarks(this.text);
    this.last = from;
    const m = this.marks;
    return Math.min(m.period.at(from), m.bang.at(from), m.question.at(from));
  }
}

/** A closing mark SENTENCE_BREAK reads after the sentence's marks. */
const isBreakCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;

/**
 * splitSentences(text, span), with `marks` the text's: a span where no run of marks and closing
 * marks is followed by white space inside it (most sentences of the article model: one run, at
 * their end) holds no break SENTENCE_BREAK could find, and is only trimmed, with no slice of it
 * and no regex run.
 */
export function splitSentencesAt(text: string, span: [number, number], marks: SentenceMarks): [number, number][] {
  const [a, b] = span;
  if (!(a >= 0 && b <= text.length)) return splitSentences(text, span);
  for (let p = marks.at(a); p < b; p = marks.at(p)) {
    let k = p + 1;
    for (; k < b; k++) {
      const c = text.charCodeAt(k);
      if (!(c === 46 || c === 33 || c === 63 || isBreakCloser(c))) break;
    }
    if (k < b && isSpaceCode(text.charCodeAt(k))) return splitSentences(text, span);
    p = k;
  }
  const out: [number, number][] = [];
  pushTrimmed(out, text, a, b, 0);
  return out;
}

function pushTrimmed(out: [number, number][], s: string, a: number, b: number, base: number) {
  while (a < b && isSpaceCode(s.charCodeAt(a))) a++;
  while (b > a && isSpaceCode(s.charCodeAt(b - 1))) b--;
  if (b > a) out.push([base + a, base + b]);
}

// Whether a text reads as English: the rules' lexicons are English (src/core/language reads it,
// together with the article's language).
export { looksEnglish } from '../language/looksEnglish';

/** The full stop split from a sentence's last word (made last: it reads the tables above). */
const FULL_STOP = makeInfo('.', 'punct');
