// Figures in a statement: what they count ("dead", "injured", ...), the interval they allow
// ("up to 14" = [0, 14]; "at least 10" = [10, inf)), and the words that narrow what is counted
// ("six Mexican nationals" counts Mexicans only), so that two figures can be compared.
import { countedKind, keyOf, numberValue, ordinalValue, scaleValue, W_NUMERIC, type Token, type WordInfo, type Words } from './text';

export interface Quantity {
  kind: string;
  lo: number;
  hi: number;
  /** Content keys that narrow what is counted. */
  narrowing: string[];
  span: [number, number];
  text: string;
}

// Phrases before a figure, as whole strings (a Set lookup each, not a regex).
const MIN_BEFORE = new Set(['at least', 'more than', 'over', 'above', 'upwards of', 'in excess of', 'no fewer than', 'no less than']);
const MAX_BEFORE = new Set(['up to', 'at most', 'no more than', 'fewer than', 'less than', 'under', 'a maximum of', 'maximum of', 'as many as']);
const APPROX_BEFORE = new Set(['about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'close to', 'presumably']);
const ONE_AS_FIGURE_AFTER = new Set(['all but', 'of the', 'only']);
// Words between a number and what it counts that do not narrow it.
const NEUTRAL = new Set(['national', 'nationals', 'citizen', 'citizens', 'resident', 'residents', 'people', 'person', 'other', 'more', 'total', 'confirm', 'confirmed', 'on-board', 'onboard', 'aboard', 'board', 'were', 'was', 'are', 'have', 'had', 'been', 'be', 'reportedly', 'people', 'individual', 'in', 'the']);

/** The lower case of the `n` tokens before `i` (fewer at the start), joined by spaces. */
function phraseBefore(tokens: readonly Item[], i: number, n: number): string {
  const from = Math.max(0, i - n);
  let s = from < i ? tokens[from].lower : '';
  for (let k = from + 1; k < i; k++) s += ' ' + tokens[k].lower;
  return s;
}

// The last word of each phrase of a set: a phrase before a figure ends with the word before it
// (tokens hold no spaces), so most figures are tested with one lookup and no string built.
const lastWords = (phrases: Set<string>) => new Set([...phrases].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
const MIN_LAST = lastWords(MIN_BEFORE);
const MAX_LAST = lastWords(MAX_BEFORE);
const APPROX_LAST = lastWords(APPROX_BEFORE);
const ONE_AS_FIGURE_LAST = lastWords(ONE_AS_FIGURE_AFTER);
// Tokens after a figure that make it a clock time.
const CLOCK_AFTER = new Set(['am', 'pm', 'a.m', 'p.m', 'a.m.', 'p.m.', ':', 'gmt', 'utc', 'local']);

/** Finds counted quantities in a token list (one statement). */
export function findQuantities(tokens: Token[]): Quantity[] {
  return quantitiesAmong(tokens, null, (a, b) => [tokens[a].start, tokens[b].end]);
}

/**
 * `findQuantities(words.tokens)`, read from the words' infos: no Token objects are made, and a
 * token that is not a number (most) is passed over on one bit.
 */
export function quantitiesOf(words: Words): Quantity[] {
  if (!(words.flags & W_NUMERIC)) return [];
  const { infos, starts } = words;
  return quantitiesAmong(infos, infos, (a, b) => [starts[a], starts[b] + infos[b].text.length]);
}

/** What a figure's reading needs of a token. */
type Item = Pick<Token, 'text' | 'lower' | 'kind'>;

/**
 * The quantities among `tokens`; `numeric`, when given, holds each token's info (its W_NUMERIC
 * flag: a number or an ordinal; its key, `keyOf` of its text), and `spanOf(a, b)` is where tokens
 * a to b stand in the text.
 */
function quantitiesAmong(tokens: readonly Item[], numeric: readonly WordInfo[] | null, spanOf: (a: number, b: number) => [number, number]): Quantity[] {
  const out: Quantity[] = [];
  // A word's kind is kept on its info: no lookup by its text.
  // The analysis passes each word's kind worked out once (its WordInfo); findQuantities alone does not.
  const kindAt = (j: number) => (numeric !== null ? numeric[j].counts : countedKind(tokens[j].lower));
  for (let i = 0; i < tokens.length; i++) {
    if (numeric !== null && !(numeric[i].flags & W_NUMERIC)) continue;
    const t = tokens[i];
    // A token's values are kept on its info.
    let value = numeric !== null ? numeric[i].value : numberValue(t);
    const ordinal = value === null ? (numeric !== null ? numeric[i].ordinal : ordinalValue(t)) : null;
    if (value === null && ordinal === null) continue;
    const last = i > 0 ? tokens[i - 1].lower : '';
    if (t.lower === 'one' && !(ONE_AS_FIGURE_LAST.has(last) && ONE_AS_FIGURE_AFTER.has(phraseBefore(tokens, i, 2)))) {
      // "one" is too often a pronoun or article ("one of the men"); count it only as a figure.
      if (!(tokens[i + 1] && kindAt(i + 1))) continue;
    }
    let end = i;
    // "5.7 million", "two thousand"
    const scale = tokens[i + 1] ? (numeric !== null ? numeric[i + 1].scale : scaleValue(tokens[i + 1])) : null;
    if (value !== null && scale) {
      value *= scale;
      end = i + 1;
    }
    const v = value ?? ordinal!;
    // Years and clock times are not counts.
    if (t.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(t.lower)) continue;
    const next = tokens[end + 1];
    if (next && CLOCK_AFTER.has(next.lower)) continue;

    let lo = v;
    let hi = v;
    // The one, two and three tokens before, joined by spaces, each made only when a phrase may end here.
    const phrased = MIN_LAST.has(last) || MAX_LAST.has(last) || APPROX_LAST.has(last) || ONE_AS_FIGURE_LAST.has(last);
    const before2 = phrased ? phraseBefore(tokens, i, 2) : '';
    const before1 = last;
    const before3 = phrased ? phraseBefore(tokens, i, 3) : '';
    if (ordinal !== null) hi = Infinity; // "a sixteenth death": at least sixteen
    else if (!phrased) {
      // no phrase of MIN_BEFORE, MAX_BEFORE or APPROX_BEFORE ends with the word before
    } else if (MIN_BEFORE.has(before2) || MIN_BEFORE.has(before1) || MIN_BEFORE.has(before3)) hi = Infinity;
    else if (MAX_BEFORE.has(before2) || MAX_BEFORE.has(before1) || MAX_BEFORE.has(before3)) lo = 0;
    else if (APPROX_BEFORE.has(before1) || APPROX_BEFORE.has(before2)) {
      lo = v * 0.85;
      hi = v * 1.15;
    }
    let start = i;
    // "between 36 and 40" (the word before ends with "between", as /between$/ read the phrases before)
    if (tokens[end + 1]?.lower === 'and' && tokens[end + 2] && numberValue(tokens[end + 2]) !== null && last.endsWith('between')) {
      hi = numberValue(tokens[end + 2])!;
      end = end + 2;
    } else if (tokens[i - 1]?.lower === 'and' && tokens[i - 3]?.lower === 'between') {
      continue; // the upper end of a range already read
    }
    // "all but one of the sixteen" = fifteen
    if (before2 === 'all but') {
      let j = end + 1;
      while (j < tokens.length && (tokens[j].lower === 'of' || tokens[j].lower === 'the')) j++;
      const total = tokens[j] ? numberValue(tokens[j]) : null;
      if (total !== null) {
        lo = hi = total - v;
        end = j;
        start = i - 2;
      }
    }

    // What is counted: the first kind word within a few tokens after, else just before.
    let kind: string | null = null;
    const narrowing: string[] = [];
    let unitYears = false;
    for (let j = end + 1; j < Math.min(tokens.length, end + 7); j++) {
      const w = tokens[j];
      if (w.kind === 'punct' && w.lower !== '-' && w.lower !== '%') break;
      if (w.lower === '%') {
        kind = 'percent';
        break;
      }
      if (w.lower === 'year' || w.lower === 'years') unitYears = true;
      const k = kindAt(j);
      if (k && (k !== 'prison-years' || unitYears)) {
        kind = k;
        // "of children" right after the kind word narrows it too
        // "deaths of children", "deaths were of children"
        for (let o = j + 1; o < Math.min(tokens.length - 1, j + 4); o++) {
          if (tokens[o].kind === 'punct') break;
          if (tokens[o].lower !== 'of' || tokens[o + 1].kind !== 'word') continue;
          const key = numeric !== null ? numeric[o + 1].key : keyOf(tokens[o + 1].text);
          if (key) narrowing.push(key);
          break;
        }
        break;
      }
      const key = w.kind === 'word' && !NEUTRAL.has(w.lower) ? (numeric !== null ? numeric[j].key : keyOf(w.text)) : null;
      if (key) narrowing.push(key);
    }
    if (!kind) {
      narrowing.length = 0;
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        const k = kindAt(j);
        if (k && k !== 'prison-years') {
          kind = k;
          break;
        }
        if (k === 'prison-years' && tokens[end + 1] && (tokens[end + 1].lower === 'year' || tokens[end + 1].lower === 'years')) {
          kind = k;
          break;
        }
      }
    }
    if (!kind) continue;
    out.push({ kind, lo, hi, narrowing: [...new Set(narrowing)].sort(), span: spanOf(start, end), text: '' });
  }
  return out;
}

/** True when two figures for the same kind cannot both hold. */
export function quantitiesClash(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || !(a.hi < b.lo || b.hi < a.lo)) return false;
  return sameNarrowing(a.narrowing, b.narrowing);
}

/** Whether two narrowings read alike (joined by spaces, as they are compared), most without joining them. */
function sameNarrowing(a: string[], b: string[]): boolean {
  if (a.length === b.length) {
    let k = 0;
    while (k < a.length && a[k] === b[k]) k++;
    if (k === a.length) return true;
  }
  // Unequal lists may still join alike when a key holds a space (none does): compare as joined.
  return a.join(' ') === b.join(' ');
}
