// findQuantities tests the phrases before a figure ("at least", "up to", "all but") only when the
// word before it ends one of them, and the words around it with Set lookups instead of regexes.
// This test holds it to the code it replaced (below, as it was) on random token lists made of
// those phrases' words, figures, kinds and the words that narrow them.
import * as assert from 'assert';
import { QUANTITY_KINDS } from '../../src/core/findings/lexicon';
import { findQuantities, quantitiesOf, type Quantity } from '../../src/core/findings/numbers';
import { keyOf, numberValue, ordinalValue, readWords, scaleValue, tokenize, type Token } from '../../src/core/findings/text';
import { rng } from './random';

// --- as it was ---------------------------------------------------------------------------------
// Phrases before a figure, as whole strings (a Set lookup each, not a regex).
const REF_MIN_BEFORE = new Set(['at least', 'more than', 'over', 'above', 'upwards of', 'in excess of', 'no fewer than', 'no less than']);
const REF_MAX_BEFORE = new Set(['up to', 'at most', 'no more than', 'fewer than', 'less than', 'under', 'a maximum of', 'maximum of', 'as many as']);
const REF_APPROX_BEFORE = new Set(['about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'an estimated', 'estimated', 'close to', 'presumably']);
const REF_ONE_AS_FIGURE_AFTER = new Set(['all but', 'of the', 'only']);
// Words between a number and what it counts that do not narrow it.
const REF_NEUTRAL = new Set(['national', 'nationals', 'citizen', 'citizens', 'resident', 'residents', 'people', 'person', 'other', 'more', 'total', 'confirm', 'confirmed', 'on-board', 'onboard', 'aboard', 'board', 'were', 'was', 'are', 'have', 'had', 'been', 'be', 'reportedly', 'people', 'individual', 'in', 'the']);

// Words repeat: each word's kind is worked out once (bounded, like the other word caches).
const REF_KIND_CACHE = new Map<string, string | null>();

function refKindOf(lower: string): string | null {
  let kind = REF_KIND_CACHE.get(lower);
  if (kind !== undefined) return kind;
  kind = null;
  for (const [k, re] of QUANTITY_KINDS) {
    if (re.test(lower)) {
      kind = k;
      break;
    }
  }
  if (REF_KIND_CACHE.size > 50_000) REF_KIND_CACHE.clear();
  REF_KIND_CACHE.set(lower, kind);
  return kind;
}

function refPhraseBefore(tokens: Token[], i: number, n: number): string {
  return tokens
    .slice(Math.max(0, i - n), i)
    .map((t) => t.lower)
    .join(' ');
}

/** Finds counted quantities in a token list (one statement). */
function findQuantitiesRef(tokens: Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    let value = numberValue(t);
    const ordinal = value === null ? ordinalValue(t) : null;
    if (value === null && ordinal === null) continue;
    if (t.lower === 'one' && !REF_ONE_AS_FIGURE_AFTER.has(refPhraseBefore(tokens, i, 2))) {
      // "one" is too often a pronoun or article ("one of the men"); count it only as a figure.
      if (!(tokens[i + 1] && refKindOf(tokens[i + 1].lower))) continue;
    }
    let end = i;
    // "5.7 million", "two thousand"
    const scale = tokens[i + 1] ? scaleValue(tokens[i + 1]) : null;
    if (value !== null && scale) {
      value *= scale;
      end = i + 1;
    }
    const v = value ?? ordinal!;
    // Years and clock times are not counts.
    if (t.kind === 'num' && /^(?:1[89]|20)\d\d$/.test(t.lower)) continue;
    const next = tokens[end + 1];
    if (next && /^(?:am|pm|a\.m|p\.m|a\.m\.|p\.m\.|:|gmt|utc|local)$/.test(next.lower)) continue;

    let lo = v;
    let hi = v;
    const before2 = refPhraseBefore(tokens, i, 2);
    const before1 = refPhraseBefore(tokens, i, 1);
    const before3 = refPhraseBefore(tokens, i, 3);
    if (ordinal !== null) hi = Infinity; // "a sixteenth death": at least sixteen
    else if (REF_MIN_BEFORE.has(before2) || REF_MIN_BEFORE.has(before1) || REF_MIN_BEFORE.has(before3)) hi = Infinity;
    else if (REF_MAX_BEFORE.has(before2) || REF_MAX_BEFORE.has(before1) || REF_MAX_BEFORE.has(before3)) lo = 0;
    else if (REF_APPROX_BEFORE.has(before1) || REF_APPROX_BEFORE.has(before2)) {
      lo = v * 0.85;
      hi = v * 1.15;
    }
    let start = i;
    // "between 36 and 40"
    if (tokens[end + 1]?.lower === 'and' && tokens[end + 2] && numberValue(tokens[end + 2]) !== null && /between$/.test(before1 + ' ' + before2)) {
      hi = numberValue(tokens[end + 2])!;
      end = end + 2;
    } else if (tokens[i - 1]?.lower === 'and' && tokens[i - 3]?.lower === 'between') {
      continue; // the upper end of a range already read
    }
    // "all but one of the sixteen" = fifteen
    if (before2 === 'all but') {
      let j = end + 1;
      while (j < tokens.length && /^(?:of|the)$/.test(tokens[j].lower)) j++;
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
      if (/^years?$/.test(w.lower)) unitYears = true;
      const k = refKindOf(w.lower);
      if (k && (k !== 'prison-years' || unitYears)) {
        kind = k;
        // "of children" right after the kind word narrows it too
        // "deaths of children", "deaths were of children"
        for (let o = j + 1; o < Math.min(tokens.length - 1, j + 4); o++) {
          if (tokens[o].kind === 'punct') break;
          if (tokens[o].lower !== 'of' || tokens[o + 1].kind !== 'word') continue;
          const key = keyOf(tokens[o + 1].text);
          if (key) narrowing.push(key);
          break;
        }
        break;
      }
      const key = w.kind === 'word' && !REF_NEUTRAL.has(w.lower) ? keyOf(w.text) : null;
      if (key) narrowing.push(key);
    }
    if (!kind) {
      narrowing.length = 0;
      for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
        const k = refKindOf(tokens[j].lower);
        if (k && k !== 'prison-years') {
          kind = k;
          break;
        }
        if (k === 'prison-years' && tokens[end + 1] && /^years?$/.test(tokens[end + 1].lower)) {
          kind = k;
          break;
        }
      }
    }
    if (!kind) continue;
    out.push({ kind, lo, hi, narrowing: [...new Set(narrowing)].sort(), span: [tokens[start].start, tokens[end].end], text: '' });
  }
  return out;
}

// ------------------------------------------------------------------------------------------------

const VOCAB = [
  'at', 'least', 'more', 'than', 'over', 'above', 'upwards', 'of', 'in', 'excess', 'no', 'fewer', 'less', 'up', 'to', 'most', 'under', 'a', 'maximum',
  'as', 'many', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'an', 'estimated', 'close', 'presumably', 'all', 'but',
  'the', 'only', 'between', 'inbetween', 'and', 'one', 'One', 'two', 'sixteen', 'twenty-one', 'first', 'sixteenth', 'million', 'thousand', '5.7', '1,000', '42', '1999', '2011', '21st',
  'am', 'p.m.', ':', 'GMT', 'local', 'dead', 'killed', 'deaths', 'injured', 'missing', 'arrested', 'prison', 'sentenced', 'years', 'year', 'percent', '%', '-',
  'people', 'Mexican', 'nationals', 'children', 'women', 'were', 'reportedly', ',', '.', 'the',
];

function randomTokens(r: () => number): Token[] {
  const words: string[] = [];
  for (let i = 0, n = 1 + Math.floor(r() * 25); i < n; i++) words.push(VOCAB[Math.floor(r() * VOCAB.length)]);
  return tokenize(words.join(' '), Math.floor(r() * 100));
}

describe('findQuantities', () => {
  it('finds what the code it replaced found, on 20,000 random token lists', () => {
    const r = rng(51);
    let found = 0;
    const kinds = new Set<string>();
    const bounds = new Set<string>();
    for (let k = 0; k < 20000; k++) {
      const tokens = randomTokens(r);
      const want: Quantity[] = findQuantitiesRef(tokens);
      assert.deepStrictEqual(findQuantities(tokens), want, tokens.map((t) => t.text).join(' '));
      found += want.length;
      for (const q of want) {
        kinds.add(q.kind);
        bounds.add(q.hi === Infinity ? 'min' : q.lo === 0 ? 'max' : q.lo < q.hi ? 'range' : 'exact');
      }
    }
    // The lists hold figures of every kind and every reading of the phrases, so the comparison means something.
    assert.ok(found > 2000, `${found} quantities`);
    assert.deepStrictEqual([...kinds].sort(), QUANTITY_KINDS.map(([kind]) => kind).sort());
    assert.deepStrictEqual([...bounds].sort(), ['exact', 'max', 'min', 'range']);
  });

  it('reads from a statement\'s words (quantitiesOf) what it reads from their tokens, on 20,000 random texts', () => {
    const r = rng(52);
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      const words: string[] = [];
      for (let i = 0, n = Math.floor(r() * 25); i < n; i++) words.push(VOCAB[Math.floor(r() * VOCAB.length)]);
      // Some texts with no figure at all, some with words glued by punctuation.
      const text = words.filter((w) => k % 7 !== 0 || !/\d|one|two|six|first|sixteenth|million|thousand/i.test(w)).join(r() < 0.8 ? ' ' : '');
      const offset = Math.floor(r() * 1000);
      const want = findQuantities(tokenize(text, offset));
      assert.deepStrictEqual(quantitiesOf(readWords(text, offset)), want, text);
      found += want.length;
    }
    assert.ok(found > 2000, `${found} quantities`);
  });

  it('reads the phrases before a figure', () => {
    const one = (s: string) => findQuantities(tokenize(s)).map((q) => [q.kind, q.lo, q.hi]);
    assert.deepStrictEqual(one('at least 10 people were killed'), [['dead', 10, Infinity]]);
    assert.deepStrictEqual(one('up to 14 were injured'), [['injured', 0, 14]]);
    assert.deepStrictEqual(one('about 20 dead'), [['dead', 17, 23]]);
    assert.deepStrictEqual(one('between 36 and 40 arrested'), [['arrested', 36, 40]]);
    assert.deepStrictEqual(one('all but one of the sixteen died')[0], ['dead', 15, 15]);
    assert.deepStrictEqual(one('killed at 9 am'), []);
  });
});
