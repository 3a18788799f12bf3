// Decides whether two statements about the same thing cannot both hold, and why. Used inside one
// article and, by src/core/workspace, between articles. Precision first: each test asks for shared
// content besides the clashing words, so that two remarks on different matters are left alone.
import type { Span } from '../types';
import { ANTONYM_PAIRS, antonymMasks, prepared } from './antonyms';
import { ANY, GATES, mayMatch } from './gates';
import { ACCIDENTAL_CAUSES, BLAMES_PARTY, CAUSE_MARKERS, CHECKWORTHY, DELIBERATE_CAUSES, DENIAL_WORDS, EXONERATION, LIMITED_MOVE, QUANTITY_KINDS, WHOLE_PLACE_MOVE } from './lexicon';
import { quantitiesClash } from './numbers';
import { keyGeneration, keyId } from './keyIds';
import type { Statement } from './statements';
import { keyOf } from './text';

export type ClashKind = 'negation' | 'numeric' | 'antonym' | 'factual';

export interface Clash {
  kind: ClashKind;
  /** The words the clash turns on, for the message. */
  about: string;
}

// Keys too common in news to show, alone, that two statements are about the same thing.
const WEAK = new Set(['government', 'official', 'people', 'country', 'report', 'make', 'take', 'go', 'come', 'get', 'say', 'would', 'think', 'way', 'thing', 'part', 'use', 'work', 'need', 'know', 'want', 'see', 'give', 'find', 'call', 'ask', 'try', 'include', 'help'].map((w) => keyOf(w) ?? w));

const ACCUSATION_AT = CHECKWORTHY.findIndex(([why]) => why === 'an accusation');
const ACCUSATION = CHECKWORTHY[ACCUSATION_AT][1];
const ACCUSATION_GATE = GATES.checkworthy[ACCUSATION_AT];
const RESPONSIBLE = keyOf('responsible')!;

/**
 * Whether a statement with no cue, of text `text` and words' gate bits `hints`, may post a tag
 * eachIndexId reads by regex (cause, wrongdoing, move): features' tests of those readings, but for
 * hedging (which only rules a cause out).
 */
export function mayPostTextTag(text: string, hints: number): boolean {
  return (
    (mayMatch(hints, GATES.cause) && CAUSE_MARKERS.test(text)) ||
    (mayMatch(hints, GATES.exoneration) && EXONERATION.test(text)) ||
    (mayMatch(hints, ACCUSATION_GATE) && ACCUSATION.test(text)) ||
    (mayMatch(hints, GATES.wholeMove) && WHOLE_PLACE_MOVE.test(text)) ||
    (mayMatch(hints, GATES.limitedMove) && LIMITED_MOVE.test(text))
  );
}

/** What the pair tests read from one statement's text by regex: read once per statement, not once
 *  per pair it is compared in (a statement meets many). Rechecked against the text it was read from. */
interface Features {
  text: string;
  cue: string;
  speakerId: string | null;
  keys: Set<string>;
  pos: Set<string>;
  hedged: boolean;
  deniedAny: boolean;
  /** Antonym masks: pos holds the pair's first / second word; keys holds it. */
  posX: number;
  posY: number;
  keyX: number;
  keyY: number;
  exoneration: boolean;
  accusation: boolean;
  cause: boolean;
  accidental: boolean;
  deliberate: boolean;
  wholeMove: boolean;
  limitedMove: boolean;
  /** `name:<key>` for a party it blames, SELF when the speaker claims responsibility. */
  party: string | null;
}
/** The speaker itself is the party: resolved per comparison, since who the speaker is depends on it (local or merged id). */
const SELF = 'self';
// Kept on the statement under a non-enumerable symbol: cheaper than a WeakMap (whose ephemeron
// entries are slow to add and to collect), and invisible to JSON, deep equality and cloning.
const FEATURES = Symbol('contradiction features');
type WithFeatures = Statement & { [FEATURES]?: Features };

function features(s: Statement): Features {
  // Kept with what the statement's builder read when it has that; else on the statement itself.
  const p = prepared(s);
  const f = p ? (p.features as Features | undefined) : (s as WithFeatures)[FEATURES];
  if (f && f.text === s.text && f.cue === s.cue && f.speakerId === s.speakerId && f.keys === s.keys && f.pos === s.pos && f.hedged === s.hedged && f.deniedAny === s.denied.size > 0) return f;
  // What the statement's builder read: its antonym masks, and which regexes its words may match.
  const hints = p ? p.hints : ANY;
  const pt = posText(s, hints);
  // The builder's masks as they are (no pair of them made per statement).
  const posMasks = p ? null : antonymMasks(s.pos);
  const keyMasks = p ? null : antonymMasks(s.keys);
  const out: Features = {
    text: s.text,
    cue: s.cue,
    speakerId: s.speakerId,
    keys: s.keys,
    pos: s.pos,
    hedged: s.hedged,
    deniedAny: s.denied.size > 0,
    exoneration: mayMatch(hints, GATES.exoneration) && EXONERATION.test(s.text),
    accusation: mayMatch(hints, ACCUSATION_GATE) && ACCUSATION.test(s.text),
    cause: isCause(s, hints),
    accidental: mayMatch(hints, GATES.accidental) && ACCIDENTAL_CAUSES.test(pt),
    deliberate: mayMatch(hints, GATES.deliberate) && DELIBERATE_CAUSES.test(pt),
    wholeMove: mayMatch(hints, GATES.wholeMove) && WHOLE_PLACE_MOVE.test(s.text),
    limitedMove: mayMatch(hints, GATES.limitedMove) && LIMITED_MOVE.test(s.text),
    party: s.speakerId ? responsibleParty(s, hints) : null,
    posX: posMasks ? posMasks[0] : p!.posX,
    posY: posMasks ? posMasks[1] : p!.posY,
    keyX: keyMasks ? keyMasks[0] : p!.keyX,
    keyY: keyMasks ? keyMasks[1] : p!.keyY,
  };
  if (p) p.features = out;
  else if (f) (s as WithFeatures)[FEATURES] = out;
  else Object.defineProperty(s, FEATURES, { value: out, writable: true, configurable: true, enumerable: false });
  return out;
}

function shared(a: Set<string>, b: Set<string>): string[] {
  const out: string[] = [];
  for (const k of a) if (b.has(k) && !WEAK.has(k)) out.push(k);
  return out;
}

/** Whether `y` asserts every key of a denied head ("key" or "key+key"), none of them denied by
 *  it or too common to count. */
export function assertsHead(y: Pick<Statement, 'pos' | 'denied'>, head: string): boolean {
  if (!head.includes('+')) return y.pos.has(head) && !y.denied.has(head) && !WEAK.has(head);
  const parts = headParts(head);
  for (let i = 0; i < parts.length; i++) {
    const k = parts[i];
    if (!(y.pos.has(k) && !y.denied.has(k) && !WEAK.has(k))) return false;
  }
  return true;
}

// The keys of a two-key head ("ban+investig"), split once: a head is asked about in every pair
// its statement meets, and split() made an array and two new strings (hashed again) each time.
// Bounded, like the word caches.
const HEAD_PARTS = new Map<string, readonly string[]>();
function headParts(head: string): readonly string[] {
  let parts = HEAD_PARTS.get(head);
  if (parts === undefined) {
    parts = head.split('+');
    if (HEAD_PARTS.size >= 10_000) HEAD_PARTS.clear();
    HEAD_PARTS.set(head, parts);
  }
  return parts;
}

/** The heads in the words y (else x) used, "a b, c": built in loops, as join() of an optimised
 *  map() (a holey array) deoptimised compareStatements. */
function headsText(heads: string[], x: Statement, y: Statement): string {
  let out = '';
  for (let i = 0; i < heads.length; i++) {
    if (i) out += ', ';
    const keys = heads[i].split('+');
    for (let j = 0; j < keys.length; j++) out += (j ? ' ' : '') + (y.surface.get(keys[j]) ?? x.surface.get(keys[j]) ?? keys[j]);
  }
  return out;
}

/**
 * Judges one pair. `near` says the two sit close in one article (the same or neighbouring
 * sentences): a rebuttal right after a claim needs less shared wording to be about the same thing.
 * `speakers` are the two speakers' identities when the statements' own ids do not compare (two
 * articles: "s1" here and "s1" there are different people); by default, their `speakerId`s.
 */
export function compareStatements(a: Statement, b: Statement, near = false, crossArticle = false, speakers?: readonly [string | null, string | null]): Clash | null {
  const [idA, idB] = speakers ?? [a.speakerId, b.speakerId];
  // The shared keys, computed only when a test needs them (most pairs are turned away before).
  let common: string[] | null = null;
  const bothQuotes = a.source === 'quote' && b.source === 'quote';

  // Negation: one side denies (the head right after its negator) what the other asserts.
  if (bothQuotes) {
    for (let side = 0; side < 2; side++) {
      const x = side === 0 ? a : b;
      const y = side === 0 ? b : a;
      if (!x.denied.size) continue; // nothing denied: no head (most statements)
      // The heads y asserts: an array only once one is found (most pairs have none).
      let heads: string[] | null = null;
      for (const h of x.denied) if (assertsHead(y, h)) (heads ??= []).push(h);
      if (!heads) continue;
      const headKeys = heads.flatMap((h) => (h.includes('+') ? headParts(h) : h));
      common ??= shared(a.keys, b.keys);
      const beyond = common.filter((k) => !headKeys.includes(k));
      if (beyond.length >= 2 || near) return { kind: 'negation', about: headsText(heads, x, y) };
    }
  }

  // Numeric: different figures for the same kind of count, neither speaking of change over time.
  // Two articles' own figures may disagree; one article's own sentences do not argue with each other.
  if (!a.changing && !b.changing && (crossArticle || !(a.source === 'own' && b.source === 'own'))) {
    for (const qa of a.quantities) {
      for (const qb of b.quantities) {
        if (!quantitiesClash(qa, qb)) continue;
        common ??= shared(a.keys, b.keys);
        const context = common.filter((k) => !isCountWord(k));
        // A stated maximum ("up to 14 years") exceeded by a figure for the same kind, in an
        // article on the same event, needs no further shared wording.
        const boundExceeded = crossArticle && ((qa.lo === 0 && qb.lo > qa.hi) || (qb.lo === 0 && qa.lo > qb.hi));
        if (context.length >= 1 || qa.narrowing.length > 0 || nearFigures(a, b) || boundExceeded) return { kind: 'numeric', about: qa.kind };
      }
    }
  }
  if (!bothQuotes) return null;
  // Each side's features, read once for the tests below.
  const fa = features(a);
  const fb = features(b);

  // Antonyms: opposite predicates, each asserted by one side only. Bit i of each mask stands for
  // ANTONYM_PAIRS[i] (read once per statement); the lowest bit set is the first pair that holds.
  if (!a.hedged && !b.hedged) {
    const hits = (fa.posX & fb.posY & ~fa.keyY & ~fb.keyX) | (fb.posX & fa.posY & ~fb.keyY & ~fa.keyX);
    if (hits) {
      const [x, y] = ANTONYM_PAIRS[31 - Math.clz32(hits & -hits)];
      const word = (k: string) => a.surface.get(k) ?? b.surface.get(k) ?? k;
      return { kind: 'antonym', about: `${word(x)} / ${word(y)}` };
    }
  }

  // Scope: across articles on one event, one reports a move out of a whole place, the other calls
  // the same announcement a move out of a limited area.
  if (crossArticle) {
    if ((fa.wholeMove && !fa.limitedMove && fb.limitedMove) || (fb.wholeMove && !fb.limitedMove && fa.limitedMove)) return { kind: 'factual', about: 'the scope of the withdrawal' };
  }

  if (idA === idB) return null;
  // One speaker clears a person of wrongdoing that another speaker accuses them of (either way round).
  if ((fa.exoneration && fb.accusation && !fb.exoneration) || (fb.exoneration && fa.accusation && !fa.exoneration)) return { kind: 'factual', about: 'wrongdoing' };
  // Competing causes: an accident on one side, a deliberate act on the other.
  if (fa.cause && fb.cause) {
    const accA = fa.accidental;
    const accB = fb.accidental;
    const delA = fa.deliberate;
    const delB = fb.deliberate;
    if ((accA && !delA && delB && !accB) || (accB && !delB && delA && !accA)) return { kind: 'factual', about: 'the cause' };
  }
  // Responsibility: two speakers name different parties as responsible for the same attack.
  if (idA && idB) {
    const ra = fa.party === SELF ? `speaker:${idA}` : fa.party;
    const rb = fb.party === SELF ? `speaker:${idB}` : fb.party;
    if (ra && rb && ra !== rb && (common ??= shared(a.keys, b.keys)).length >= 1) return { kind: 'factual', about: 'who is responsible' };
  }
  return null;
}

// What compareStatements needs of each side before a pair in one article can clash, as bits.
const T_QUOTE = 1;
const T_DENIES = 2;
const T_FIGURES = 4;
const T_WRONGDOING = 8;
const T_CAUSE = 16;
const T_PARTY = 32;
// Finer bits for mayClashPair: clears of wrongdoing / accuses without clearing; an accidental /
// a deliberate cause, not both.
const T_CLEARS = 64;
const T_ACCUSES = 128;
const T_ACCIDENT = 256;
const T_DELIBERATE = 512;

/** A statement's clash traits: read once, then tested per pair with `mayClash`. */
export interface ClashTraits {
  bits: number;
  posX: number;
  posY: number;
  /** eachIndexKey's tags other than the antonym pairs' (which posX | posY hold) as bits (see
   *  tagBits); -1 when one has no bit. */
  tags: number;
  /** eachIndexKey posts a tag twice (two figures of one kind). */
  repeats: boolean;
}

const TAG_CAUSE = 1;
const TAG_WRONGDOING = 2;
const TAG_MOVE = 4;
const KIND_TAG = new Map(QUANTITY_KINDS.map(([kind], i) => [kind, 8 << i]));
if (QUANTITY_KINDS.length > 24) throw new Error('QUANTITY_KINDS: at most 24 kinds');

/**
 * clashTraits for fewPairs, where an own sentence's traits need only its figures (it clashes on
 * figures alone, and a pair that does shares their count tag), so its features are not read.
 */
export function fewClashTraits(s: Statement): ClashTraits {
  return s.source === 'quote' ? clashTraits(s) : figureTraits(s);
}

export function clashTraits(s: Statement): ClashTraits {
  const f = features(s);
  let bits = 0;
  if (s.source === 'quote') bits |= T_QUOTE;
  if (s.denied.size) bits |= T_DENIES;
  if (s.quantities.length && !s.changing) bits |= T_FIGURES;
  if (f.exoneration || f.accusation) bits |= T_WRONGDOING;
  if (f.cause) bits |= T_CAUSE;
  if (f.party) bits |= T_PARTY;
  if (f.exoneration) bits |= T_CLEARS;
  else if (f.accusation) bits |= T_ACCUSES;
  if (f.cause && f.accidental !== f.deliberate) bits |= f.accidental ? T_ACCIDENT : T_DELIBERATE;
  // The tags eachIndexKey posts (keep the two alike).
  const tags = (f.cause ? TAG_CAUSE : 0) | (f.exoneration || f.accusation ? TAG_WRONGDOING : 0) | (f.wholeMove || f.limitedMove ? TAG_MOVE : 0);
  return withFigureTags(s, bits, f.posX, f.posY, tags);
}

/** The traits with `tags` plus a count tag per figure (-1 when a figure's kind has none), and whether one repeats. */
function withFigureTags(s: Statement, bits: number, posX: number, posY: number, tags: number): ClashTraits {
  let repeats = false;
  for (const q of s.quantities) {
    const bit = KIND_TAG.get(q.kind);
    if (bit === undefined) {
      tags = -1;
      break;
    }
    if (tags & bit) repeats = true;
    tags |= bit;
  }
  return { bits, posX, posY, tags, repeats };
}

/** An own sentence's traits for fewPairs: its figures and their count tags (see fewClashTraits). */
function figureTraits(s: Statement): ClashTraits {
  return withFigureTags(s, s.quantities.length && !s.changing ? T_FIGURES : 0, 0, 0, 0);
}

/**
 * Whether statements `a` and `b` share a key eachIndexKey posts: a content key, or a tag (the
 * traits' bits; content keys are words' keys, never a tag's "~..."). Their traits must know every
 * tag (tags >= 0).
 */
export function sharesIndexKey(a: Statement, b: Statement, ta: ClashTraits, tb: ClashTraits): boolean {
  if ((ta.tags & tb.tags) !== 0 || ((ta.posX | ta.posY) & (tb.posX | tb.posY)) !== 0) return true;
  const small = a.keys.size <= b.keys.size ? a.keys : b.keys;
  const large = small === a.keys ? b.keys : a.keys;
  for (const k of small) if (large.has(k)) return true;
  return false;
}

/**
 * False when `compareStatements(a, b, near)` (within one article) cannot find a clash, whatever
 * `near`: each of its tests needs something of both sides (figures; or two quotes with a denial,
 * an antonym pair between them, or both on wrongdoing, a cause or a responsible party).
 */
export function mayClash(a: ClashTraits, b: ClashTraits): boolean {
  const both = a.bits & b.bits;
  if (both & T_FIGURES && (a.bits | b.bits) & T_QUOTE) return true;
  if (!(both & T_QUOTE)) return false;
  if ((a.bits | b.bits) & T_DENIES || both & (T_WRONGDOING | T_CAUSE | T_PARTY)) return true;
  return ((a.posX & b.posY) | (b.posX & a.posY)) !== 0;
}

/**
 * False when `compareStatements(a, b, near)` (within one article, `ta` and `tb` their traits)
 * cannot find a clash, whatever `near`: `mayClash`, and then each test's own condition on both
 * sides that does not depend on `near` (a denied head the other asserts, two figures that clash,
 * opposite wrongdoing or cause readings from two speakers, two parties). Cheaper than the tests.
 */
export function mayClashPair(a: Statement, b: Statement, ta: ClashTraits, tb: ClashTraits): boolean {
  if (!mayClash(ta, tb)) return false;
  const bothQuotes = ta.bits & tb.bits & T_QUOTE;
  if (bothQuotes) {
    for (const h of a.denied) if (assertsHead(b, h)) return true;
    for (const h of b.denied) if (assertsHead(a, h)) return true;
  }
  if (ta.bits & tb.bits & T_FIGURES && (ta.bits | tb.bits) & T_QUOTE) {
    for (const qa of a.quantities) for (const qb of b.quantities) if (quantitiesClash(qa, qb)) return true;
  }
  if (!bothQuotes) return false;
  if (!a.hedged && !b.hedged && ((ta.posX & tb.posY) | (tb.posX & ta.posY)) !== 0) return true;
  if (a.speakerId === b.speakerId) return false;
  const x = ta.bits;
  const y = tb.bits;
  return (
    (x & T_CLEARS && y & T_ACCUSES) !== 0 ||
    (y & T_CLEARS && x & T_ACCUSES) !== 0 ||
    (x & T_ACCIDENT && y & T_DELIBERATE) !== 0 ||
    (y & T_ACCIDENT && x & T_DELIBERATE) !== 0 ||
    (a.speakerId !== null && b.speakerId !== null && x & y & T_PARTY) !== 0
  );
}

/** False when `mayClash(t, u)` is false for every `u`: neither a quote nor figures (an own sentence without any). */
export function mayClashAtAll(t: ClashTraits): boolean {
  return (t.bits & (T_QUOTE | T_FIGURES)) !== 0;
}

/** Two figures in one sentence or the next clause: the same count given twice. */
function nearFigures(a: Statement, b: Statement): boolean {
  return statementGap(a, b) <= FIGURES_NEAR;
}

// The distances the contradiction rules read between two statements, in one place: the incremental
// path keeps the last contradictions after an edit only when no pair crosses one of them.

/** Characters between two statements: the same or a neighbouring sentence (a speaker's own remarks
 *  are compared only this near). */
export const NEAR = 250;
/** Characters between two statements' figures: one sentence or the next clause (nearFigures). */
export const FIGURES_NEAR = 120;

/** Characters from the end of one statement to the start of the other (whichever pair is closer),
 *  `b` moved by `d`. */
export function statementGap(a: Statement, b: Statement, d = 0): number {
  const as = a.spans;
  const bs = b.spans;
  return Math.min(Math.abs(bs[0][0] + d - as[as.length - 1][1]), Math.abs(as[0][0] - (bs[bs.length - 1][1] + d)));
}

/** Whether any span of one list overlaps any of the other, `bs` moved by `d`. */
export function spansOverlap(as: Span[], bs: Span[], d = 0): boolean {
  if (as.length === 1 && bs.length === 1) return as[0][0] < bs[0][1] + d && bs[0][0] + d < as[0][1];
  for (const s of as) for (const t of bs) if (s[0] < t[1] + d && t[0] + d < s[1]) return true;
  return false;
}

/** `hints`: the gate bits of the statement's words (ANY when unknown). */
function isCause(s: Statement, hints: number): boolean {
  if (s.hedged) return false;
  return (mayMatch(hints, GATES.cause) && CAUSE_MARKERS.test(s.text)) || CAUSE_MARKERS.test(s.cue);
}

/** The statement's text without its negated stretch is not available; a denial does not assert a cause. */
function posText(s: Statement, hints: number): string {
  return s.denied.size && mayMatch(hints, GATES.denial) && DENIAL_WORDS.test(s.text) ? '' : s.text;
}

/**
 * Keys to find candidate pairs by: the content keys, plus a shared tag for each antonym pair,
 * cause and wrongdoing statement, since opposite predicates share no word.
 */
export function indexKeys(s: Statement): string[] {
  const out: string[] = [];
  eachIndexKey(s, (k) => out.push(k));
  return out;
}

const ANTONYM_TAGS = ANTONYM_PAIRS.map(([x, y]) => `~${x}|${y}`);
const COUNT_TAGS = new Map(QUANTITY_KINDS.map(([kind]) => [kind, `~count:${kind}`]));

/** keyId of each key of `s.keys`, in its order: the builder's when it kept them in this generation. */
export function keyIdsOf(s: Statement): readonly number[] {
  const p = prepared(s);
  if (p && p.gen === keyGeneration()) return p.ids;
  const out: number[] = [];
  for (const k of s.keys) out.push(keyId(k));
  // A statement kept across edits outlived its numbering: keep the new one (the same keys, in order).
  if (p) {
    p.ids = out;
    p.gen = keyGeneration();
  }
  return out;
}

/** The tags' key numbers in one generation (numbered when it starts). */
interface TagIds {
  gen: number;
  antonym: number[];
  count: Map<string, number>;
  cause: number;
  wrongdoing: number;
  move: number;
}
let tagIds: TagIds | null = null;

function currentTagIds(): TagIds {
  const gen = keyGeneration();
  if (tagIds?.gen === gen) return tagIds;
  return (tagIds = {
    gen,
    antonym: ANTONYM_TAGS.map(keyId),
    count: new Map([...COUNT_TAGS].map(([kind, tag]) => [kind, keyId(tag)])),
    cause: keyId('~cause'),
    wrongdoing: keyId('~wrongdoing'),
    move: keyId('~move'),
  });
}

/** `eachIndexKey` as key numbers (keyId of each key, in the same order). */
export function eachIndexId(s: Statement, use: (id: number) => void): void {
  const ids = keyIdsOf(s);
  for (let i = 0; i < ids.length; i++) use(ids[i]);
  const f = features(s);
  const t = currentTagIds();
  const either = f.posX | f.posY;
  if (either) eachAntonymTagId(either, use);
  if (f.cause) use(t.cause);
  if (f.exoneration || f.accusation) use(t.wrongdoing);
  for (const q of s.quantities) use(t.count.get(q.kind) ?? keyId(`~count:${q.kind}`));
  if (f.wholeMove || f.limitedMove) use(t.move);
}

/** The key numbers of the antonym pairs' tags eachIndexId posts for a statement whose pos holds
 *  the words of masks `posX | posY` (`either`). */
export function eachAntonymTagId(either: number, use: (id: number) => void): void {
  const t = currentTagIds();
  for (let i = 0; i < t.antonym.length; i++) if (either & (1 << i)) use(t.antonym[i]);
}

/** `indexKeys`, handed one by one (no array). */
export function eachIndexKey(s: Statement, use: (key: string) => void): void {
  for (const k of s.keys) use(k);
  const f = features(s);
  const either = f.posX | f.posY;
  if (either) for (let i = 0; i < ANTONYM_TAGS.length; i++) if (either & (1 << i)) use(ANTONYM_TAGS[i]);
  if (f.cause) use('~cause');
  if (f.exoneration || f.accusation) use('~wrongdoing');
  for (const q of s.quantities) use(COUNT_TAGS.get(q.kind) ?? `~count:${q.kind}`);
  if (f.wholeMove || f.limitedMove) use('~move');
}

const COUNT_WORDS = new Set(['kill', 'injur', 'missing', 'arrest', 'prison', 'percent'].map((w) => keyOf(w) ?? w));
function isCountWord(k: string) {
  return COUNT_WORDS.has(k);
}

/**
 * The party a statement holds responsible: the speaker itself when it claims responsibility
 * ("claimed responsibility", "carried out"), or the first name in the content when it blames.
 */
function responsibleParty(s: Statement, hints: number): string | null {
  // The cue and text read as one: "blamed" may end the cue and its party open the text.
  const blamed = mayMatch(hints, GATES.blames) || s.cue.includes('blam') ? BLAMES_PARTY.exec(`${s.cue} ${s.text}`) : null;
  if (blamed) return `name:${keyOf(blamed[1]) ?? blamed[1]}`;
  if (/\bclaim/i.test(s.cue) && s.keys.has(RESPONSIBLE)) return SELF;
  return null;
}
