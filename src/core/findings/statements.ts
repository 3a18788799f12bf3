// A statement is what the contradiction rules compare: a quote (its content, its speaker, its cue)
// or a sentence the article asserts in its own voice. Each carries its content keys split by
// polarity (inside a negation's scope or not) and its figures.
import type { Article, Quote, Span, Speaker } from '../types';
import { detached } from '../detached';
import { ANTONYM_BITS, PREPARED, type Prepared } from './antonyms';
import { ANY, GATES, mayMatch } from './gates';
import { eachAntonymTagId, mayPostTextTag } from './contradiction';
import { keyGeneration, keyId, keyIdCount } from './keyIds';
import { ATTRIBUTION_CUES, CHANGE_MARKERS, NEGATING_CUES, PHRASES, TRANSPARENT } from './lexicon';
import { quantitiesOf, type Quantity } from './numbers';
import {
  readRange, readRanges, SentenceMarks, splitSentencesAt, W_AUX, W_CAPITAL, W_CLAUSE, W_CLAUSE_END, W_CONDITION, W_NEGATOR, W_NOT_DENYING, W_PHRASE, W_SCOPE_BREAKER, W_TRANSPARENT,
  Words, type WordInfo,
} from './text';

export { endsWithNt } from './text';

// Content that reports a speculation or rumour asserts nothing either way (after any opening quotation marks).
const HEDGED_CONTENT = /^["\u201C\u2018']*(?:the )?(?:speculation|rumou?rs?|suggestions?|possibility|question|women|men|people|those|anyone|everyone|victims)\b/i;

export interface Statement {
  /** Quote id ("q3") or "s<start>" for the article's own sentence. */
  id: string;
  source: 'quote' | 'own';
  spans: Span[];
  text: string;
  /** Speaker id in the analysis, null for the article's own voice or an unresolved speaker. */
  speakerId: string | null;
  /** Who said it, for messages: the speaker's name, or "the article". */
  speakerName: string;
  /** Content keys asserted (outside any negation). */
  pos: Set<string>;
  /** Content keys inside a negation's scope (or the whole content under a denying cue). */
  neg: Set<string>;
  /** Every content key. */
  keys: Set<string>;
  /** A word as written for each key, for messages ("agreement" rather than the key "agre"). */
  surface: ReadonlyMap<string, string>;
  /** What a negation denies: the first content key after each negator (all keys under a denying cue). */
  denied: Set<string>;
  /** Reports a speculation or speaks of people in general: asserts nothing about the event. */
  hedged: boolean;
  /** Quote type, or 'own'. */
  type: 'direct' | 'mixed' | 'indirect' | 'own';
  /** Capitalised names in the content ("Iran", "Senate"), as keys. */
  names: Set<string>;
  quantities: Quantity[];
  /** The statement speaks of change over time ("rose from ... to ..."). Read only with its
   *  figures (it qualifies them), so false for a statement with none. */
  changing: boolean;
  /** Cue text, lower case ("denied", "claimed"), or "". */
  cue: string;
}

export function quoteStatement(text: string, q: Quote, speakers: Map<string, Speaker>): Statement {
  // One span (most quotes): its tokens; several: each span's read on into one list.
  const words = q.spans.length === 1 ? readRange(text, q.spans[0][0], q.spans[0][1]) : readRanges(text, q.spans);
  // The gates read the quote's words: they speak for its text when that is its spans' text.
  if (!isSpansText(q.text, text, q.spans)) words.hints = ANY;
  const cue = q.cue ? cueReading(q.cue.text) : NO_CUE;
  const speaker = q.speaker.id ? speakers.get(q.speaker.id) : undefined;
  const name = speaker?.entity ?? q.speaker.entity ?? q.speaker.mention ?? 'an unnamed speaker';
  return build(q.id, 'quote', q.type, q.spans, q.text, words, q.speaker.id, name, cue.lower, cue.denies);
}

/** A cue's lower case and whether it denies what it reports. */
interface CueReading {
  lower: string;
  denies: boolean;
}
const NO_CUE: CueReading = { lower: '', denies: NEGATING_CUES.test('') };

// Cues repeat ("said", "told"): each one's reading is kept by its text as written, so neither its
// lower case nor the regex is made again (bounded, like the word caches).
const CUE_CACHE = new Map<string, CueReading>();
function cueReading(text: string): CueReading {
  let v = CUE_CACHE.get(text);
  if (v === undefined) {
    const lower = text.toLowerCase();
    v = { lower, denies: NEGATING_CUES.test(lower) };
    if (CUE_CACHE.size > 10_000) CUE_CACHE.clear();
    CUE_CACHE.set(text, v);
  }
  return v;
}

/** Whether HEDGED_CONTENT may match: the first letter after any opening quotation marks begins one of its words. */
function mayBeHedged(text: string): boolean {
  let i = 0;
  let c = text.charCodeAt(0);
  while (c === 34 || c === 39 || c === 0x201c || c === 0x2018) c = text.charCodeAt(++i);
  return HEDGED_FIRST.has(c | 32);
}
const HEDGED_FIRST = new Set([...'tsrqwmpaev'].map((ch) => ch.charCodeAt(0)));

/** Whether `s` is the text of `spans` in `text`, joined by single spaces (as a quote's text is). */
export function isSpansText(s: string, text: string, spans: Span[]): boolean {
  // One span (most quotes): string equality, which compares faster than a loop over characters.
  if (spans.length === 1) {
    const [a, b] = spans[0];
    if (a >= 0 && a <= b && b <= text.length) return s.length === b - a && s === text.slice(a, b);
  }
  let at = 0;
  for (let k = 0; k < spans.length; k++) {
    const [a, b] = spans[k];
    if (k > 0 && s.charCodeAt(at++) !== 32) return false;
    if (b - a > s.length - at) return false;
    // Character by character: no slice of the text per span (one outside the text is read as
    // slice reads it).
    if (a < 0 || b > text.length) {
      if (!s.startsWith(text.slice(a, b), at)) return false;
    } else for (let i = 0; i < b - a; i++) if (s.charCodeAt(at + i) !== text.charCodeAt(a + i)) return false;
    at += b - a;
  }
  return at === s.length;
}

export function ownStatement(text: string, span: Span, words: Words = readRange(text, span[0], span[1]), sentence = text.slice(span[0], span[1]), quantities?: Quantity[]): Statement {
  return build(`s${span[0]}`, 'own', 'own', [span], detached(sentence), words, null, 'the article', '', false, quantities);
}

function build(
  id: string,
  source: Statement['source'],
  type: Statement['type'],
  spans: Span[],
  text: string,
  words: Words,
  speakerId: string | null,
  speakerName: string,
  cue: string,
  deniedByCue: boolean,
  figures?: Quantity[],
): Statement {
  const infos = words.infos;
  const pos = new Set<string>();
  // The key numbers of pos and of neg, in their sets' order (see keyIds.ts).
  const gen = keyGeneration();
  // Read into the scratch list, copied out at its final length once the words are read (a list
  // grown by push was made several times over).
  const scratch = POS_IDS;
  let posCount = 0;
  let negIds: number[] | null = null;
  // Most statements negate nothing and name no one: those sets are made only when first needed.
  let neg: Set<string> | null = null;
  let names: Set<string> | null = null;
  let deniedList: string[] | null = null; // made at the first denial (most statements have none)
  // Antonym masks of what goes into pos and neg (read as the keys are added).
  let posX = 0;
  let posY = 0;
  let negX = 0;
  let negY = 0;
  let inScope = false;
  let wantHead = false;
  let lastHead: string | null = null;
  let throughEvidence = false;
  let conditional = false;
  let pendingHead: string | null = null;
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i];
    const f = w.flags;
    if (w.kind === 'punct') {
      if (f & W_CLAUSE) {
        if (pendingHead) (deniedList ??= []).push(pendingHead);
        pendingHead = null;
        inScope = wantHead = throughEvidence = conditional = false;
      }
      continue;
    }
    // "If the board does not approve it, ..." is a hypothesis, not a denial.
    if (f & W_CONDITION) conditional = true;
    if (f & W_NEGATOR) {
      if (conditional) continue;
      // "no longer", "not only", "nothing more than" do not deny what follows
      if (i + 1 < infos.length && infos[i + 1].flags & W_NOT_DENYING) continue;
      if (inScope) {
        // "not ... without": two negations in one clause assert; drop the first head
        if (lastHead) deniedList!.splice(deniedList!.lastIndexOf(lastHead), 1);
        lastHead = null;
        inScope = wantHead = false;
        continue;
      }
      inScope = wantHead = true;
      continue;
    }
    if (f & W_SCOPE_BREAKER) inScope = wantHead = false;
    let key: string | null;
    let transparent: boolean;
    const phrase = f & W_PHRASE ? matchPhrase(infos, i) : null;
    if (phrase) {
      key = phrase[0];
      transparent = TRANSPARENT.has(w.lower) || TRANSPARENT.has(key);
      i += phrase[1] - 1;
    } else {
      key = w.key;
      transparent = (f & W_TRANSPARENT) !== 0;
    }
    if (!key) continue;
    if (f & W_CAPITAL && (i > 0 || source === 'quote')) (names ??= new Set()).add(key);
    // A key new to its set is looked up (antonym bits).
    if (inScope) {
      neg ??= new Set();
      const had = neg.size;
      if (neg.add(key).size !== had) {
        (negIds ??= []).push(phrase ? keyId(key) : wordKeyId(w, gen));
        const bits = antonymBits(key, phrase ? null : w);
        if (bits) {
          negX |= bits[0];
          negY |= bits[1];
        }
      }
    } else {
      const had = pos.size;
      if (pos.add(key).size !== had) {
        scratch[posCount++] = phrase ? keyId(key) : wordKeyId(w, gen);
        const bits = antonymBits(key, phrase ? null : w);
        if (bits) {
          posX |= bits[0];
          posY |= bits[1];
        }
      }
    }
    if (wantHead && transparent) {
      throughEvidence = true;
    } else if (wantHead) {
      if (throughEvidence) {
        // "no evidence the attacks came from X" denies a whole clause: its first two keys together
        pendingHead = pendingHead ? `${pendingHead}+${key}` : key;
        if (pendingHead.includes('+')) {
          (deniedList ??= []).push(pendingHead);
          lastHead = pendingHead;
          wantHead = throughEvidence = false;
          pendingHead = null;
        }
      } else {
        (deniedList ??= []).push(key);
        lastHead = key;
        wantHead = false;
      }
    }
  }
  if (pendingHead) (deniedList ??= []).push(pendingHead);
  const hedged = mayBeHedged(text) && HEDGED_CONTENT.test(text);
  // A hedged statement denies nothing (but what a denying cue denies, below).
  let denied = deniedList?.length && !hedged ? new Set(deniedList) : null;
  // Every key: pos then neg, in that order. With nothing negated and no denying cue to move keys
  // out of pos, that is pos itself (statements' sets are never changed once built).
  const posIds = scratch.slice(0, posCount);
  if (scratch.length > 1 << 14) scratch.length = 1 << 14; // a huge statement's scratch is not kept
  let keys = pos;
  let ids = posIds;
  if (neg || deniedByCue) {
    keys = new Set(pos);
    if (neg) {
      ids = posIds.slice();
      let j = 0;
      for (const k of neg) {
        const had = keys.size;
        if (keys.add(k).size !== had) ids.push(negIds![j]);
        j++;
      }
    }
  }
  const keyX = posX | negX;
  const keyY = posY | negY;
  if (deniedByCue) {
    // "X denied A, but said B": the cue denies its first clause only.
    let moved = false;
    for (const k of firstClauseKeys(infos)) {
      if (!pos.has(k)) continue;
      pos.delete(k);
      (neg ??= new Set()).add(k);
      (denied ??= new Set()).add(k);
      moved = true;
    }
    if (moved) {
      posX = posY = 0;
      for (const k of pos) {
        const bits = ANTONYM_BITS.get(k);
        if (bits) {
          posX |= bits[0];
          posY |= bits[1];
        }
      }
    }
  }
  // A figure needs a number: without one, no token can start a quantity.
  const quantities = figures ?? quantitiesOf(words);
  const out: Statement & { [PREPARED]: Prepared } = {
    id,
    source,
    spans,
    text,
    speakerId,
    speakerName,
    pos,
    neg: neg ?? NONE,
    keys,
    surface: new Surface(infos),
    denied: denied ?? NONE,
    hedged,
    type,
    names: names ?? NONE,
    quantities,
    // Change over time only qualifies figures (the numeric test reads it, with figures on both
    // sides): without any, the regex is not run.
    changing: quantities.length > 0 && mayMatch(words.hints, GATES.change) && CHANGE_MARKERS.test(text),
    cue,
    [PREPARED]: { pos, keys, text, posX, posY, keyX, keyY, hints: words.hints, ids, gen, features: undefined },
  };
  return out;
}

/** build's scratch list of pos key numbers (never holey: written at most one past its end). */
const POS_IDS: number[] = [];

/**
 * A statement's surfaces, read from its words when first asked for: only a clash's message reads
 * them, and most statements are in none. The keys are build's, in its order (every word but
 * punctuation and negators, a phrase as one key), each with the words that first gave it.
 */
class Surface implements ReadonlyMap<string, string> {
  private made: Map<string, string> | null = null;
  constructor(private readonly infos: readonly WordInfo[]) {}

  private read(): Map<string, string> {
    return (this.made ??= surfacesOf(this.infos));
  }
  get(key: string): string | undefined {
    return this.read().get(key);
  }
  has(key: string): boolean {
    return this.read().has(key);
  }
  get size(): number {
    return this.read().size;
  }
  forEach(each: (value: string, key: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.read()) each.call(thisArg, v, k, this);
  }
  entries(): MapIterator<[string, string]> {
    return this.read().entries();
  }
  keys(): MapIterator<string> {
    return this.read().keys();
  }
  values(): MapIterator<string> {
    return this.read().values();
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.read()[Symbol.iterator]();
  }
}

function surfacesOf(infos: readonly WordInfo[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i];
    if (w.kind === 'punct' || w.flags & W_NEGATOR) continue;
    const phrase = w.flags & W_PHRASE ? matchPhrase(infos, i) : null;
    if (phrase) {
      if (!out.has(phrase[0])) out.set(phrase[0], infos.slice(i, i + phrase[1]).map((x) => x.text).join(' '));
      i += phrase[1] - 1;
    } else if (w.key !== null && !out.has(w.key)) out.set(w.key, w.text);
  }
  return out;
}

/** The empty neg, denied and names sets of every statement that has none: never changed (no
 *  statement's sets are, once built), so one serves all. */
const NONE: Set<string> = new Set();

// Phrases by first word: one Map lookup per token instead of trying every phrase (order kept).
const PHRASES_BY_FIRST = new Map<string, [string[], string][]>();
for (const p of PHRASES) {
  const list = PHRASES_BY_FIRST.get(p[0][0]);
  if (list) list.push(p);
  else PHRASES_BY_FIRST.set(p[0][0], [p]);
}

function matchPhrase(tokens: readonly { lower: string }[], i: number): [string, number] | null {
  const candidates = PHRASES_BY_FIRST.get(tokens[i].lower);
  if (!candidates) return null;
  for (const [words, key] of candidates) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.lower === words[k];
    if (ok) return [key, words.length];
  }
  return null;
}

// Speakers known only by a pronoun (one lookup of the lower case, as /^(?:he|...)$/i matched).
const PRONOUN_ONLY = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them']);
const LONGEST_PRONOUN = Math.max(...[...PRONOUN_ONLY].map((p) => p.length));
/** Every spelling of those pronouns in any mix of cases ("He", "HIM", "tHey"): a name is looked up
 *  as it is, with no lower-cased copy made. Besides ASCII letters only the Kelvin sign lower-cases
 *  to an ASCII letter, "k", in no pronoun (a test checks every code point): so this set holds
 *  exactly the names whose lower case is one of them. */
export const PRONOUN_ANY_CASE = new Set([...PRONOUN_ONLY].flatMap(caseVariants));

function caseVariants(word: string): string[] {
  let out = [''];
  for (const ch of word) out = out.flatMap((v) => [v + ch, v + ch.toUpperCase()]);
  return out;
}

/** Body sentences of the article, split further where the article model left a block whole. */
export function bodySentences(article: Article): Span[] {
  const out: Span[] = [];
  const src = article.sentences.length ? article.sentences : article.paragraphs;
  const marks = new SentenceMarks(article.text);
  for (const s of src) for (const p of splitSentencesAt(article.text, s, marks)) out.push(p);
  return out;
}

/**
 * The statements of one article: every quote, and every body sentence in the article's own voice
 * (one that overlaps no quote and carries no cue of its own). With `ownWords`, the words of each
 * sentence that overlaps no quote are left there by its start, for the unattributed rule to read
 * instead of tokenizing again.
 */
export function articleStatements(
  article: Article,
  attribution: { quotes: readonly Quote[]; speakers: readonly Speaker[] },
  sentences: Span[],
  ownWords?: Map<number, Words>,
  alone?: Words[],
): Statement[] {
  const speakers = new Map<string, Speaker>();
  for (const s of attribution.speakers) speakers.set(s.id, s);
  // A loop, not filter().map(): TurboFan's inlined map() makes a holey array, which deoptimises its readers.
  const out: Statement[] = [];
  for (const q of attribution.quotes) if (isNamedQuote(q)) out.push(quoteStatement(article.text, q, speakers));
  const overlapsTaken = quotedSpanTest(attribution.quotes);
  for (const s of sentences) {
    if (overlapsTaken(s)) continue;
    const own = ownVoiceStatement(article.text, s, ownWords, alone);
    if (own) out.push(own);
  }
  return out;
}

/** keyId of word `w`'s key (not null), kept on its info for generation `gen`. */
function wordKeyId(w: WordInfo, gen: number): number {
  if (w.kgen === gen) return w.kid;
  w.kgen = gen;
  return (w.kid = keyId(w.key!));
}

/** The antonym bits of `key`: a word's are kept on its info (one lookup per distinct word), a phrase's (no `w`) looked up. */
function antonymBits(key: string, w: WordInfo | null): readonly [number, number] | null | undefined {
  if (!w) return ANTONYM_BITS.get(key);
  return w.anto !== undefined ? w.anto : (w.anto = ANTONYM_BITS.get(key) ?? null);
}

/** The article's own statement in sentence `s`, or null when the sentence cites someone; its words
 *  go into `ownWords` when given, either way (the unattributed rule reads a sentence that cites
 *  someone too: their gate bits spare it regexes). With `alone`, an own statement that can clash
 *  with none (see pairsWithNone) is not made: its words go there instead, and the answer is null. */
export function ownVoiceStatement(articleText: string, s: Span, ownWords?: Map<number, Words>, alone?: Words[]): Statement | null {
  const text = articleText.slice(s[0], s[1]);
  // Read first: its words' gate bits spare most sentences the cue regex.
  const words = readRange(articleText, s[0], s[1]);
  ownWords?.set(s[0], words);
  if (!isOwnVoice(text, words)) return null;
  if (!alone) return ownStatement(articleText, s, words, text);
  const quantities = quantitiesOf(words);
  if (quantities.length === 0 && pairsWithNone(words, text)) {
    alone.push(words);
    return null;
  }
  return ownStatement(articleText, s, words, text, quantities);
}

/**
 * Whether the own statement of these words and text (`text`), with no figure (quantitiesOf), would
 * clash with no statement and post no index key but its content keys and antonym tags (see
 * ownKeyIds): an own statement clashes on figures only (and posts a count tag per figure), and
 * here its text posts no tag by regex. Such a statement is in no candidate pair: only its keys
 * count, toward the number of statements posting each, so it need not be made.
 */
export function pairsWithNone(words: Words, text: string): boolean {
  return !mayPostTextTag(text, words.hints);
}

// ownKeyIds' marks: the call that last posted each key number (no key posted twice by one statement).
let postedBy = new Int32Array(1024);
let postCall = 0;

/**
 * The index keys (their numbers, generation `gen`) the own statement of `words` would post when
 * pairsWithNone holds, each once, handed to `use` (in no particular order): its `keys`, its words'
 * keys (but punctuation's and negators'; a phrase's key for its words), whatever the negations,
 * and a tag for each antonym pair a word of its `pos` is in, which the negation scopes decide
 * (build's: a negator opens one, a second closes it, clause punctuation and scope breakers end it;
 * not after "if", nor before "longer", "only").
 */
export function ownKeyIds(words: Words, gen: number, use: (id: number) => void): void {
  if (++postCall === 0x7fffffff) {
    postCall = 1;
    postedBy.fill(0);
  }
  const infos = words.infos;
  let inScope = false;
  let conditional = false;
  let either = 0; // posX | posY
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i];
    const f = w.flags;
    if (w.kind === 'punct') {
      if (f & W_CLAUSE) inScope = conditional = false;
      continue;
    }
    if (f & W_CONDITION) conditional = true;
    if (f & W_NEGATOR) {
      if (!conditional && !(i + 1 < infos.length && infos[i + 1].flags & W_NOT_DENYING)) inScope = !inScope;
      continue;
    }
    if (f & W_SCOPE_BREAKER) inScope = false;
    let id: number;
    let bits: readonly [number, number] | null | undefined;
    const phrase = f & W_PHRASE ? matchPhrase(infos, i) : null;
    if (phrase) {
      i += phrase[1] - 1;
      if (!phrase[0]) continue;
      id = keyId(phrase[0]);
      bits = inScope ? null : ANTONYM_BITS.get(phrase[0]);
    } else if (w.key) {
      id = wordKeyId(w, gen);
      bits = inScope ? null : antonymBits(w.key, w);
    } else continue;
    if (bits) either |= bits[0] | bits[1];
    if (id >= postedBy.length) {
      const grown = new Int32Array(Math.max(2 * postedBy.length, keyIdCount()));
      grown.set(postedBy);
      postedBy = grown;
    }
    if (postedBy[id] === postCall) continue;
    postedBy[id] = postCall;
    use(id);
  }
  if (either) eachAntonymTagId(either, use);
}

/** A quote whose speaker is only a pronoun cannot be set against another: we could not say who said it. */
export function isNamedQuote(q: Quote): boolean {
  const name = q.speaker.entity ?? q.speaker.mention ?? '';
  // Lower case never shortens a string: a name longer than every pronoun is no pronoun.
  return q.spans.length > 0 && (name.length > LONGEST_PRONOUN || !PRONOUN_ANY_CASE.has(name));
}

/** "Does this sentence overlap a quote or its cue?": such a sentence is not the article's own voice. */
export function quotedSpanTest(quotes: readonly Quote[]): (s: Span) => boolean {
  const taken: Span[] = [];
  for (const q of quotes) {
    for (const s of q.spans) taken.push(s);
    if (q.cue) taken.push(q.cue.span);
  }
  return spanOverlapTest(taken);
}

/** A sentence outside every quote is the article's own statement unless it reports someone or
 *  opens a quotation; `words`: its words, when at hand (their gate bits may rule the cues out). */
export function isOwnVoice(sentenceText: string, words?: Words): boolean {
  const c = sentenceText.charCodeAt(0);
  if (c === 34 || c === 0x201c) return false;
  return !((words ? mayMatch(words.hints, GATES.attribution) : true) && ATTRIBUTION_CUES.test(sentenceText));
}

/**
 * A test "does this span overlap any of these?": spans sorted by start, with the running maximum
 * of their ends, so the number of spans starting before its end answers it: walked on from the
 * last call's when the span ends no earlier (spans asked in text order: linear in all), else a
 * binary search (O(log n)).
 */
function spanOverlapTest(spans: Span[]): (s: Span) => boolean {
  // Sorted in place (the caller's own list), and only when out of order.
  const sorted = spans;
  for (let k = 1; k < sorted.length; k++) {
    if (sorted[k][0] < sorted[k - 1][0]) {
      sortByStart(sorted, k);
      break;
    }
  }
  // Plain arrays: a typed array past 64 bytes has its memory allocated apart, slowly.
  const n = sorted.length;
  const starts: number[] = [];
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (let k = 0; k < n; k++) {
    starts.push(sorted[k][0]);
    maxEnd.push((m = Math.max(m, sorted[k][1])));
  }
  // Spans starting before the last span asked about ends: indices [0, at). Asked in text order
  // (as the callers ask), the next answer is found by walking on from there.
  let at = 0;
  let lastEnd = -Infinity;
  return (s) => {
    const end = s[1];
    let lo: number;
    if (end >= lastEnd) {
      lo = at;
      while (lo < n && starts[lo] < end) lo++;
    } else {
      lo = 0;
      let hi = n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < end) lo = mid + 1;
        else hi = mid;
      }
    }
    at = lo;
    lastEnd = end;
    return lo > 0 && maxEnd[lo - 1] > s[0];
  };
}

/**
 * Sorts spans by start, in place, when [0, from) is sorted already. Quote spans and cues come
 * nearly in order (a cue a place or two from its quote): an insertion sort moves each a few steps,
 * with no comparator call; one that would move spans far (more than 8 steps a span on average)
 * leaves the rest to Array.prototype.sort.
 */
function sortByStart(spans: Span[], from: number): void {
  let budget = 8 * spans.length;
  for (let k = from; k < spans.length; k++) {
    const x = spans[k];
    let j = k - 1;
    while (j >= 0 && spans[j][0] > x[0]) {
      spans[j + 1] = spans[j];
      j--;
    }
    spans[j + 1] = x;
    budget -= k - 1 - j;
    if (budget < 0) {
      spans.sort((a, b) => a[0] - b[0]);
      return;
    }
  }
}

/**
 * What a denying cue denies: its first clause, and there the predicate after the subject when the
 * clause has one ("denied the two blasts were related" denies "related", not "blasts").
 */
function firstClauseKeys(infos: WordInfo[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < infos.length; i++) {
    const w = infos[i];
    if (w.flags & W_CLAUSE_END) break;
    if (w.flags & W_AUX && out.length) out.length = 0; // the subject is the topic, not the denial
    if (w.key) out.push(w.key);
  }
  return out;
}
