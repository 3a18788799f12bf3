// Sentence splitting: a hand-written, linear scanner over one paragraph. A boundary is a run of
// terminal punctuation (. ! ? …), any closing quotes/brackets after it, white space, and a
// sentence starter (capital, digit, opening quote). Abbreviations decide the ambiguous periods.
import type { Span } from '../types';
import { isSpace, NextIndex } from './lines';

// Words that precede a name or number and so never end a sentence with their period.
const NEVER_END = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'gen', 'lt', 'col', 'sgt', 'capt', 'cpt', 'gov', 'sen', 'rep', 'reps', 'rev', 'prof',
  'mt', 'ft', 'adm', 'maj', 'cmdr', 'cdr', 'cpl', 'pvt', 'spc', 'hon', 'pres', 'supt', 'det', 'insp', 'fr',
  'messrs', 'mme', 'mlle', 'brig', 'gens', 'amb', 'sgts', 'vs', 'v', 'lieut', 'cmdt', 'atty', 'sec', 'secs', 'rt',
]);
// Words whose period ends a sentence only when a number does not follow ("No. 2", "Oct. 14").
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'vol', 'art', 'fig', 'figs', 'p', 'pp', 'ch', 'sec', 'para', 'op', 'ed', 'jan', 'feb', 'mar', 'apr',
  'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'ca', 'est', 'pt', 'pts', 'rm', 'ste', 'hwy', 'rte',
]);
// Abbreviations that may end a sentence; then the next word must look like a sentence opener.
const MAYBE_END = new Set([
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'jr', 'sr', 'etc', 'st', 'bros', 'ave', 'blvd', 'rd', 'dept', 'govt',
  'univ', 'assn', 'intl', 'natl', 'esq', 'al', 'cf', 'eg', 'ie', 'mon', 'tue', 'tues', 'wed', 'thu', 'thurs', 'fri',
  'sat', 'sun', 'calif', 'fla', 'ga', 'ill', 'mass', 'mich', 'minn', 'pa', 'tenn', 'tex', 'va', 'wash', 'wis',
  'conn', 'colo', 'ariz', 'ky', 'la', 'md', 'mo', 'nev', 'okla', 'ore', 'ala', 'ark', 'del', 'kan', 'neb', 'wyo',
]);
const LONGEST_ABBREVIATION = Math.max(...[...NEVER_END, ...BEFORE_NUMBER, ...MAYBE_END].map((w) => w.length));
// Bit n of ABBREVIATION_LENGTHS[a * 26 + b]: some listed abbreviation of n letters opens with the
// letters a, b (0-25). A word whose opening and length no abbreviation has ends its sentence
// without being copied and lower-cased ("said.", "week.").
const ABBREVIATION_LENGTHS = new Uint16Array(26 * 26);
for (const w of [...NEVER_END, ...BEFORE_NUMBER, ...MAYBE_END]) {
  if (w.length >= 2) ABBREVIATION_LENGTHS[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97] |= 1 << w.length;
}

// Capitalised words that typically open a sentence: after "U.S." or an initial, these signal a
// new sentence ("... in the U.S. The ..."), whereas a name continues it ("John F. Kennedy").
const OPENERS = new Set([
  'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'You', 'His', 'Her', 'Its', 'Their', 'Our', 'My', 'This',
  'That', 'These', 'Those', 'There', 'Here', 'But', 'And', 'Or', 'So', 'Yet', 'If', 'When', 'While', 'After',
  'Before', 'As', 'In', 'On', 'At', 'For', 'By', 'From', 'With', 'Without', 'Of', 'To', 'Meanwhile', 'However',
  'Although', 'Though', 'Because', 'Since', 'Still', 'Also', 'Then', 'Now', 'Today', 'Yesterday', 'Last', 'Earlier',
  'Later', 'Some', 'Many', 'Most', 'Both', 'All', 'Each', 'No', 'Not', 'One', 'Other', 'Officials', 'Police',
  'According', 'What', 'Who', 'Why', 'How', 'Where', 'Under', 'During', 'Despite', 'Such', 'Another', 'Several',
  'More', 'Only', 'Even', 'Instead', 'Thus', 'Asked', 'Speaking', 'Neither', 'Nor', 'Any', 'Every', 'Nothing',
  'Everyone', 'Nobody', 'Until', 'Once', 'Over', 'About', 'Among', 'Between', 'Following', 'Just',
]);

/** The word lists, for tests that check the quick tests against them. */
export const ABBREVIATION_LISTS: Readonly<Record<'neverEnd' | 'beforeNumber' | 'maybeEnd' | 'openers', ReadonlySet<string>>> = {
  neverEnd: NEVER_END, beforeNumber: BEFORE_NUMBER, maybeEnd: MAYBE_END, openers: OPENERS,
};

function isTerminal(c: number): boolean {
  return c === 46 /* . */ || c === 33 /* ! */ || c === 63 /* ? */ || c === 0x2026 /* … */;
}

function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb || c === 0x203a;
}

function isOpening(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x2018 || c === 40 || c === 91 || c === 0xab || c === 0x2039;
}

function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c < 0xc0) return false;
  const ch = String.fromCharCode(c);
  return ch.toLowerCase() !== ch.toUpperCase();
}

/** The word after position `at` (letters only), for the opener test. */
function wordAt(text: string, at: number, end: number): string {
  let j = at;
  while (j < end && isLetter(text.charCodeAt(j))) j++;
  return text.slice(at, j);
}

/**
 * Whether a lone period at `dot` is an abbreviation's, given the next word starts at `next`.
 * Returns true when the period does NOT end the sentence.
 */
export function abbreviationHolds(text: string, from: number, dot: number, next: number, end: number): boolean {
  // The token before the period: letters and inner periods ("U.S", "a.m", "Gen", "F").
  let s = dot;
  let innerDot = false;
  while (s > from) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c)) s--;
    else if (c === 46 && s - 1 > from && isLetter(text.charCodeAt(s - 2))) {
      innerDot = true;
      s--;
    } else break;
  }
  if (s === dot) return false;
  // A plain word longer than every listed abbreviation (nor an initial) ends the sentence.
  if (!innerDot && dot - s > LONGEST_ABBREVIATION) return false;
  if (!innerDot && dot - s >= 2) {
    // Two ASCII letters open it: it lower-cases to a listed abbreviation only if one has its opening and length.
    const a = text.charCodeAt(s) | 32;
    const b = text.charCodeAt(s + 1) | 32;
    if (isAsciiLetter(text.charCodeAt(s)) && isAsciiLetter(text.charCodeAt(s + 1)) && !(ABBREVIATION_LENGTHS[(a - 97) * 26 + b - 97] & (1 << (dot - s)))) return false;
  }
  const token = text.slice(s, dot);
  const lower = token.toLowerCase();
  const nc = text.charCodeAt(next);
  const opener = () => OPENERS.has(wordAt(text, next, end));
  if (NEVER_END.has(lower) && !innerDot) return true;
  if (BEFORE_NUMBER.has(lower) && !innerDot) return isDigit(nc) || !opener();
  if (MAYBE_END.has(lower)) return !opener();
  // Initials ("John F. Kennedy") and dotted abbreviations ("U.S.", "a.m.").
  if (innerDot || (token.length === 1 && isUpper(token.charCodeAt(0)))) return !opener();
  return false;
}

// Verbs of saying that follow a quote's speaker ("... ?" the mayor asked).
const CUES = new Set([
  'said', 'says', 'asked', 'asks', 'added', 'adds', 'told', 'shouted', 'wrote', 'writes', 'replied', 'replies', 'cried',
  'exclaimed', 'insisted', 'tweeted', 'wondered', 'demanded', 'yelled', 'recalled', 'continued', 'explained',
]);

/** Whether a verb of saying comes within the next four words, all of them capitalised or "the". */
function cueFollows(text: string, at: number, end: number): boolean {
  let p = at;
  for (let n = 0; n < 5 && p < end; n++) {
    const w = wordAt(text, p, end);
    if (!w) return false;
    if (CUES.has(w)) return n > 0;
    if (!(isUpper(w.charCodeAt(0)) || w === 'the')) return false;
    p += w.length;
    while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 46)) p++;
  }
  return false;
}

/** Where the next terminal marks are; share one across the paragraphs of a text, in order. */
export interface TerminalMarks {
  period: NextIndex;
  bang: NextIndex;
  question: NextIndex;
  ellipsis: NextIndex;
}

/** Marks for paragraphs up to `limit`. */
export function terminalMarks(text: string, limit = text.length): TerminalMarks {
  return {
    period: new NextIndex(text, '.', limit),
    bang: new NextIndex(text, '!', limit),
    question: new NextIndex(text, '?', limit),
    ellipsis: new NextIndex(text, '\u2026', limit),
  };
}

/**
 * Appends the sentences of text[start, end) to `out`, trimmed. Calls for one text in order of
 * position may share `marks`, so that the search for rare marks is not repeated per paragraph.
 */
export function splitSentences(text: string, start: number, end: number, out: Span[], marks: TerminalMarks = terminalMarks(text)): void {
  let s = start;
  while (s < end && isSpace(text.charCodeAt(s))) s++;
  let i = s;
  while (i < end) {
    // Jump to the next terminal mark with the engine's substring search.
    i = Math.min(marks.period.at(i), marks.bang.at(i), marks.question.at(i), marks.ellipsis.at(i));
    if (i >= end) break;
    const c = text.charCodeAt(i);
    let j = i;
    let dots = 0;
    let ellipsis = false;
    while (j < end && isTerminal(text.charCodeAt(j))) {
      const t = text.charCodeAt(j);
      if (t === 46) dots++;
      if (t === 0x2026) ellipsis = true;
      j++;
    }
    if (dots >= 2) ellipsis = true;
    let k = j;
    while (k < end && isClosing(text.charCodeAt(k))) k++;
    if (k < end && !isSpace(text.charCodeAt(k))) {
      i = j;
      continue;
    }
    let m = k;
    while (m < end && isSpace(text.charCodeAt(m))) m++;
    if (m >= end) break;
    // The next sentence must open with a capital or digit, possibly behind an opening quote.
    let q = m;
    while (q < end && isOpening(text.charCodeAt(q))) q++;
    const nc = q < end ? text.charCodeAt(q) : 0;
    let starts = isUpper(nc) || isDigit(nc) || (q > m && (nc === 46 || nc === 0x2026));
    // A single period, nothing closing after it: is it an abbreviation's? ("Gen. Okoro",
    // "5 p.m. (2100 GMT)"); the word looked at is the one behind any opening quote or bracket.
    if (starts && !ellipsis && j - i === 1 && c === 46 && k === j && abbreviationHolds(text, s, i, q, end)) starts = false;
    // A quote closed by its own ? or ! and then its cue ("Who pays?" Ana Diaz asked.) is one sentence.
    // Not after a period: `... barbarity." He said` starts a new sentence.
    if (starts && k > j && q === m && (c === 63 || c === 33) && cueFollows(text, m, end)) starts = false;
    if (!starts) {
      i = j;
      continue;
    }
    out.push([s, k]);
    s = m;
    i = m;
  }
  let e = end;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push([s, e]);
}
