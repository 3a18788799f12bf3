// Builds attribution frames inside one unit (a sentence, widened so no quotation crosses its edge):
// for each cue, the speaker mention (before it, after it when inverted, after "according to"),
// the content (after it, or before it when the cue closes the sentence, or around it when the
// cue sits in the middle: "The sanctions, he added, undermined ..."), and any relay ("via").
import { classOf, hasClass, type Token } from './tokens';
import type { Cue } from './cues';
import { findCues, RELAY_LEMMAS } from './cues';
import { startsLower } from './speakers';
// The -ed/-ing/-ly endings of a token already classed are its W_ED/W_ING/W_LY bits (the same
// character tests, made once per word by the lexicon); wordForms' tests serve tokens not classed yet.
import { endsIng, isShortNumber } from './wordForms';
import * as lexicon from './lexicon';
// Word classes as bits of a token (tokens.ts classOf): one Map lookup per word, then bit tests.
import { W_ADV, W_AUX, W_DET, W_DOC, W_ED, W_ING, W_LY, W_MONTH, W_NATION_WORD, W_OBJECT_VERB, W_OPENER, W_ORG_WORD, W_PLURAL, W_PREP, W_PRON, W_S, W_SOURCE, W_SPEECH_VERB, W_TIME, W_TITLE_WORD, W_WEEKDAY } from './lexicon';
// Local bindings: module-namespace getters would cost a call on every lookup in the hot loops.
const { DETERMINERS, DOCUMENT_NOUNS, MEDIA_WORDS, AUDIENCE_WORDS, NATIONALITIES, ORG_WORDS, SOURCE_NOUNS } = lexicon;
// Word lists as Sets: one lookup instead of a scan of the list for every word.
const CONTENT_OPENERS = new Set(['as', 'of', 'that']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been']);
const BE_FORMS_ING = new Set(['was', 'were', 'is', 'are', 'been', 'being']);
const NP_PREPOSITIONS = new Set(['of', 'for', 'at', 'from', 'by', 'in', 'to', 'with']);
const ROLE_PREPOSITIONS = new Set(['in', 'to', 'with', 'by', 'from', 'at', 'for']);
const TIME_LINKS = new Set(['of', 'at', 'in', 'on', 'by']);
const NP_ENDING_PREPOSITIONS = new Set(['during', 'on', 'in', 'at', 'after', 'before', 'with', 'while', 'as', 'to', 'when', 'since', 'amid']);
const NP_LINKS = new Set(['of', 'for', 'the', 'at']);
const TRAILING_FUNCTION_WORDS = new Set(['of', 'for', 'the', 'and', 'at', 'a', 'an', 'or', 'to']);
const NEGATING_ADVERBS = new Set(['not', 'never', 'only']);
const SUBORDINATORS = new Set(['as', 'while', 'when', 'if', 'because', 'although', 'though', 'since', 'despite', 'whether', 'that']);
const BROADCAST_WORDS = new Set(['channel', 'radio', 'tv', 'news', 'network']);
const POSSESSIVE_PRONOUNS = new Set(['her', 'his', 'its', 'their']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'you']);
const CLAUSE_LINKS = new Set(['which', 'who', 'and', 'but', 'while', 'that', 'whereas', 'despite', 'as', 'after']);
const CLAUSE_BOUNDARY_WORDS = new Set(['and', 'but', 'while', 'which', 'as', 'whereas', 'despite']);

export interface TokRange {
  a: number;
  b: number;
}

export interface Frame {
  cue: Cue;
  cueRanges: TokRange[];
  /** Speaker mention tokens, or null (participles inherit; floating quotes have none). */
  speaker: TokRange | null;
  /** Speaker inherited from another frame of the same clause ("..., adding ..."). */
  inheritFrom: Frame | null;
  /** "who said": the speaker is the noun phrase before the relative pronoun. */
  content: TokRange[];
  via: TokRange | null;
  viaText: string | null;
  /** Content came before the cue ('"...," she said'). */
  contentFirst: boolean;
  dropped: boolean;
  /** Speaker found through a relative pronoun ("officials who say ..."). */
  relative: boolean;
}

const TELL_LIKE = new Set(['tell', 'inform', 'assure', 'remind', 'notify', 'brief', 'warn']);
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'telling', 'writing', 'calling', 'asking', 'describing', 'blaming', 'claiming', 'insisting', 'warning', 'urging', 'noting', 'arguing', 'explaining', 'stating', 'declaring', 'accusing', 'stressing', 'announcing', 'denying', 'promising', 'vowing', 'reporting', 'criticizing', 'criticising', 'condemning', 'suggesting', 'expressing', 'citing', 'referring', 'praising', 'questioning', 'confirming', 'revealing', 'indicating', 'estimating', 'implying', 'recommending', 'characterizing', 'emphasizing', 'pledging', 'tweeting', 'posting']);
const PARTICIPLE_CLAUSE_LINKS = new Set(['upon', 'after', 'before', 'while', 'when', 'by', 'on']);
const HAVE_BE = new Set(['was', 'were', 'is', 'are', 'has', 'had', 'have']);
const SPEAKING = new Set(['speaking', 'talking', 'writing', 'appearing', 'testifying']);
const STOP_AFTER_COMMA = new Set(['while', 'whereas', 'although', 'though', 'adding', 'saying', 'according', 'citing', 'calling', 'telling', 'noting', 'warning', 'asking', 'urging', 'insisting', 'explaining', 'arguing', 'claiming']);

/** Time words, weekdays, months and day numbers. */
const isTimeWord = (t: Token): boolean => hasClass(t, W_TIME);

export function framesInUnit(text: string, toks: Token[], a: number, b: number): Frame[] {
  const cues = findCues(toks, a, b);
  // Most units hold no cue: skip reading their leading subject. (They share one empty list:
  // callers only read it.)
  if (!cues.length) return NO_FRAMES;
  const frames: Frame[] = [];
  // The leading subject only serves cues that find no speaker of their own: read it on first ask.
  const leading: Leading = { toks, a, b, read: false, np: null };
  for (const cue of cues) {
    const f = buildFrame(text, toks, a, b, cue, frames, leading);
    if (f) frames.push(f);
  }
  resolveOverlaps(toks, frames);
  // Most units drop no frame: keep the list then.
  for (const f of frames) if (f.dropped) return frames.filter((g) => !g.dropped);
  return frames;
}

export const NO_FRAMES: Frame[] = [];

/** A unit's leading subject, read once when first asked for (the same range every time). */
interface Leading {
  toks: Token[];
  a: number;
  b: number;
  read: boolean;
  np: TokRange | null;
}

function leadingOf(l: Leading): TokRange | null {
  if (!l.read) {
    l.np = leadingSubject(l.toks, l.a, l.b);
    l.read = true;
  }
  return l.np;
}

function buildFrame(text: string, toks: Token[], a: number, b: number, cue: Cue, prior: Frame[], lead: Leading): Frame | null {
  const f: Frame = { cue, cueRanges: [{ a: cue.a, b: cue.b }], speaker: null, inheritFrom: null, content: [], via: null, viaText: null, contentFirst: false, dropped: false, relative: false };
  const prevTok = toks[cue.a - 1];
  const prevLow = cue.a > a ? prevTok.low : '';

  // "as reported by X", "as quoted by X": a relay phrase, not a frame of its own.
  if (prevLow === 'as' && toks[cue.b]?.low === 'by') return null;
  // "Speaking to X, ..." is a relay for the clause's own cue.
  if (cue.a === a && SPEAKING.has(toks[cue.a].low)) return null;

  if (cue.kind === 'according') return accordingFrame(text, toks, a, b, cue, f, prior);
  if (cue.kind === 'quotedAs') return quotedAsFrame(toks, a, b, cue, f);

  if (cue.kind === 'noun') {
    // "X's remarks ... that ...": speaker is the possessive phrase, content the that-clause.
    const sp = npBackward(toks, a, cue.a);
    if (!sp) return null;
    f.speaker = sp;
    let j = cue.b;
    while (j < b && j < cue.b + 20 && toks[j].low !== 'that' && toks[j].quote < 0 && toks[j].text !== ';') j++;
    if (j >= b || toks[j].low !== 'that') return null;
    const end = clauseEnd(toks, j, b);
    f.content = [{ a: j, b: end }];
    return nonEmpty(f);
  }

  // Passive with an agent: "was told by X of ...", "reported by local press as ...".
  if (cue.passiveBy) {
    const byAt = cue.b;
    const np = npForward(toks, byAt + 1, b);
    if (!np) return null;
    f.speaker = np;
    let j = np.b;
    if (toks[j] && CONTENT_OPENERS.has(toks[j].low)) j++;
    const end = clauseEnd(toks, j, b);
    if (end > j) f.content = [{ a: j, b: end }];
    else return null;
    return nonEmpty(f);
  }

  // Speaker: participles inherit, relatives point back, inversions look forward, others look back.
  const low = toks[cue.a].low;
  let inverted = false;
  if (cue.participle) {
    const withSubj = prevLow && toks[cue.a - 1].kind === 'w' ? npBackward(toks, a, cue.a, true) : null;
    const before = cue.a - 1 >= a ? toks[cue.a - 1] : null;
    const clauseSubj = before && before.kind === 'w' && PARTICIPLE_CLAUSE_LINKS.has(before.low) ? subjectOfClause(toks, a, cue.a - 1) : null;
    if (clauseSubj) {
      // "X was applauded upon announcing ...": the participle's subject is its clause's.
      f.speaker = clauseSubj;
    } else if (withSubj && before && before.text !== ',' && isWithAbsolute(toks, a, withSubj)) {
      f.speaker = withSubj;
    } else if (withSubj && before && before.text !== ',' && hasClass(toks[withSubj.a], W_PRON) && withSubj.b - withSubj.a === 1) {
      f.speaker = withSubj;
    } else {
      const host = lastOpenBefore(prior, cue.a);
      if (host) f.inheritFrom = host;
      else if (leadingOf(lead)) f.speaker = leadingOf(lead);
      else return null;
    }
  } else if ((prevLow === 'who' || prevLow === 'which') && cue.a - 1 >= a) {
    const rel = cue.a - 1;
    let j = rel;
    if (toks[j - 1]?.text === ',') j--;
    const ante = npBackward(toks, a, j, true);
    if (!ante) return null;
    // "a statement which said": the document's issuer speaks.
    const head = toks[ante.b - 1].low;
    const leading = DOCUMENT_NOUNS.has(head) ? leadingOf(lead) : null;
    if (leading && leading.a < ante.a) f.speaker = leading;
    else f.speaker = ante;
    f.relative = true;
  } else {
    // Inverted: '"...," said Pryor.' / '..., reported officials, ...', unless the words before the
    // comma are the cue's subject from the clause start. Each phrase is read once: the subject
    // read for that test is the one the uninverted reading below takes.
    let inv: TokRange | null = null;
    let subj: TokRange | null | undefined;
    if (cue.a > a && cue.kind !== 'object' && (prevTok.text === ',' || prevTok.kind === 'q' || prevTok.quote >= 0 || prevTok.text === '—') && startsNp(toks[cue.b]) && toks[cue.b]?.low !== 'that') {
      inv = invertedNp(toks, cue.b, b);
      if (inv && prevTok.text === ',') {
        subj = subjectBackward(toks, a, cue.a);
        if (subj && (subj.a === a || isLeadInComma(toks, a, subj.a))) inv = null;
      }
    }
    if (inv) {
      f.speaker = inv;
      inverted = true;
    } else if (coordinated(toks, a, cue.a)) {
      const host = lastOpenBefore(prior, cue.a);
      if (host) f.inheritFrom = host;
      else if (leadingOf(lead)) f.speaker = leadingOf(lead);
      else return null;
    } else {
      f.speaker = subj !== undefined ? subj : subjectBackward(toks, a, cue.a);
      if (!f.speaker) {
        const leading = leadingOf(lead);
        if (leading && leading.b <= cue.a) f.speaker = leading;
        else return null;
      }
      // "..., called the Association of ...": an "-ed" form right after a comma is a participle unless
      // the comma closes an appositive of a subject that starts the clause ("X, the Y, condemned ...").
      if (cue.kind === 'object' && hasClass(toks[cue.a], W_ED) && prevTok?.text === ',' && !(f.speaker.a === a || isLeadInComma(toks, a, f.speaker.a))) return null;
    }
  }

  // Content after the cue (and after the inverted subject).
  let start = inverted ? f.speaker!.b : cue.b;
  if (TELL_LIKE.has(cue.lemma) && !inverted) start = skipObject(toks, start, b);
  const viaOut: { via: TokRange | null } = { via: null };
  start = skipAdverbials(toks, start, b, viaOut);
  if (viaOut.via) f.via = viaOut.via;
  const speakerStart = f.speaker ? f.speaker.a : cue.a;
  const subjStart = Math.min(speakerStart, cue.a);

  // The comma that follows the cue and its adverbials, if any ('"A," she added, "B."').
  let comma = -1;
  for (let k = inverted ? f.speaker!.b : cue.b; k <= start && k < b; k++) if (toks[k].text === ',' && toks[k].quote < 0) { comma = k; break; }
  const paren = comma >= 0 && isParenthetical(toks, comma, b);
  // The content comes before the cue only when nothing but a clause end follows it: the words
  // before are read only then. Lead-in adverbials ("On Friday, X said") are not content.
  const first = inverted || start >= b || paren || isParenthetical(toks, start, b) || endsClause(toks, start, b);
  const before = !first || (subjStart > a && isLeadInComma(toks, a, subjStart) && !priorEndsBefore(prior, subjStart)) ? null : contentBefore(toks, a, subjStart, prior);
  if (before) {
    f.contentFirst = true;
    f.content = [before];
    // "The sanctions, he added, undermined ...": the clause resumes after the cue.
    if (paren || (start < b && toks[start].text === ',' && isParenthetical(toks, start, b))) {
      const resume = paren ? comma + 1 : start + 1;
      const end = clauseEnd(toks, resume, b);
      if (end > resume) f.content.push({ a: resume, b: end });
    }
    return nonEmpty(f);
  }
  if (start >= b) return null;
  if (toks[start].text === ',' || toks[start].text === ':') start++;
  let end = clauseEnd(toks, start, b);
  if (end <= start) return null;
  // "defended his decision, '...'": a short object before the quotation is not part of it.
  if (cue.kind !== 'speech' && toks[start].quote < 0) {
    let k = start;
    while (k < end && toks[k].quote < 0 && toks[k].text !== ',' && k - start < 5) k++;
    if (toks[k]?.text === ',' && toks[k + 1]?.quote >= 0 && toks[end - 1].quote === toks[k + 1].quote) start = k + 1;
  }
  // '"We could not win," and the flag ...': a quotation opening the content ends it when a new clause follows.
  if (toks[start].quote >= 0) {
    const r = toks[start].quote;
    let k = start;
    while (k < end && toks[k].quote === r) k++;
    if (k < end) {
      const n = toks[k].text === ',' ? toks[k + 1] : toks[k];
      const n2 = toks[k].text === ',' ? toks[k + 2] : toks[k + 1];
      if (n && n.kind === 'w' && (n.low === 'and' || n.low === 'but') && n2 && n2.quote < 0) end = k;
    }
  }
  f.content = [{ a: start, b: end }];
  if (cue.kind === 'quoteOnly' && toks[start].quote < 0) return null;
  return nonEmpty(f);
}

/** The subject of the clause a participle hangs on: the phrase before the nearest auxiliary. */
function subjectOfClause(toks: Token[], a: number, i: number): TokRange | null {
  for (let k = i - 1; k > a && i - k < 15; k--) {
    const t = toks[k];
    if (t.quote >= 0 || t.text === ';') return null;
    if (t.kind === 'w' && HAVE_BE.has(t.low)) {
      const np = npBackward(toks, a, k, true);
      return np && !hasClass(toks[np.a], W_PRON) && speakable(toks, np) ? np : null;
    }
  }
  return null;
}

/** The last frame kept so far whose cue starts before token `i`. */
function lastOpenBefore(frames: Frame[], i: number): Frame | undefined {
  for (let k = frames.length - 1; k >= 0; k--) if (!frames[k].dropped && frames[k].cue.a < i) return frames[k];
  return undefined;
}

function nonEmpty(f: Frame): Frame | null {
  return f.content.length ? f : null;
}

/** "according to X, ...", "..., according to X", "... according to X ..." */
function accordingFrame(text: string, toks: Token[], a: number, b: number, cue: Cue, f: Frame, prior: Frame[]): Frame | null {
  void text;
  const np = npForward(toks, cue.b, b, true);
  if (!np) return null;
  // When another cue in the clause already names a speaker, "according to X" is the relay.
  let host: Frame | undefined;
  for (let k = prior.length - 1; k >= 0 && !host; k--) {
    const p = prior[k];
    if (!p.dropped && p.content.length > 0 && p.content[p.content.length - 1].b >= cue.a - 1 && p.content[0].a < cue.a) host = p;
  }
  if (host && host.speaker) {
    host.via = np;
    trimContentAt(toks, host, cue.a);
    return null;
  }
  f.speaker = np;
  let after = np.b;
  if (cue.a === a || (cue.a > a && isLeadIn(toks, a, cue.a))) {
    // "According to X, content."
    if (toks[after]?.text === ',') after++;
    const end = clauseEnd(toks, after, b);
    if (end <= after) return null;
    f.content = [{ a: after, b: end }];
    return f;
  }
  // "Content, according to X." or "Content, according to X recovered ..." (no comma after X).
  const clauseStart = clauseStartBefore(toks, a, cue.a, prior);
  let endBefore = cue.a;
  while (endBefore > clauseStart && (toks[endBefore - 1].text === ',' || toks[endBefore - 1].text === '—')) endBefore--;
  if (endBefore > clauseStart) f.content.push({ a: clauseStart, b: endBefore });
  if (after < b && toks[after].text !== '.' ) {
    if (toks[after].text === ',') after++;
    const end = clauseEnd(toks, after, b);
    if (end > after && !isTrailingAdjunct(toks, after, end)) f.content.push({ a: after, b: end });
  }
  f.contentFirst = true;
  return nonEmpty(f);
}

/** "X quoted Y as saying ...", "X was quoted as saying ...", "It cited X as stating ..." */
function quotedAsFrame(toks: Token[], a: number, b: number, cue: Cue, f: Frame): Frame | null {
  const asAt = cue.b - 2;
  const objStart = cue.a + 1;
  const hasObject = asAt > objStart;
  const subj = subjectBackward(toks, a, cue.a);
  f.cueRanges = [{ a: cue.a, b: cue.a + 1 }, { a: asAt, b: cue.b }];
  if (hasObject) {
    f.speaker = { a: objStart, b: asAt };
    f.via = subj && !isPassiveBefore(toks, a, cue.a) ? subj : null;
    if (isPassiveBefore(toks, a, cue.a)) {
      // "X was quoted by Y as saying" is rare; "X was quoted as saying" has no object.
      f.speaker = subj;
    }
  } else {
    f.speaker = subj;
  }
  if (!f.speaker) return null;
  let start = cue.b;
  const viaOut = { via: null as TokRange | null };
  start = skipAdverbials(toks, start, b, viaOut);
  if (start < b && toks[start].text !== '.') {
    if (toks[start].text === ',' || toks[start].text === ':') start++;
    const end = clauseEnd(toks, start, b);
    if (end > start) f.content = [{ a: start, b: end }];
  }
  if (!f.content.length) {
    const first = Math.min(f.via?.a ?? cue.a, f.speaker.a, cue.a);
    const before = contentBefore(toks, a, first, []);
    if (before) {
      f.content = [before];
      f.contentFirst = true;
    }
  }
  return nonEmpty(f);
}

function isPassiveBefore(toks: Token[], a: number, i: number): boolean {
  let j = i - 1;
  while (j >= a && hasClass(toks[j], W_ADV) && !BE_FORMS.has(toks[j].low)) j--;
  return j >= a && BE_FORMS_ING.has(toks[j].low);
}

/** The subject noun phrase at the start of the unit, after leading adverbials ("On Friday, X ..."). */
function leadingSubject(toks: Token[], a: number, b: number): TokRange | null {
  let i = a;
  // Skip leading adverbial chunks ending in commas.
  for (let guard = 0; guard < 4 && i < b; guard++) {
    const t = toks[i];
    if (t.kind === 'w' && (hasClass(t, W_PREP) || isTimeWord(t) || isParticipleLead(t, toks[i + 1]) || hasClass(t, W_ADV)) && !hasClass(t, W_PRON)) {
      let j = i;
      while (j < b && toks[j].text !== ',' && j - i < 15) j++;
      if (j < b && toks[j].text === ',') {
        i = j + 1;
        continue;
      }
    }
    break;
  }
  const np = npForward(toks, i, b);
  if (!np) return null;
  const after = toks[np.b];
  if (after && after.text === ',') {
    // "Leyla Demir, fiancée of X, addressed ...": skip one appositive to the verb.
    let k = np.b + 1;
    while (k < b && toks[k].text !== ',' && toks[k].quote < 0 && k - np.b < 20) {
      if (toks[k].kind === 'w' && hasClass(toks[k], W_AUX)) return null;
      k++;
    }
    const verb = toks[k + 1];
    if (k < b && toks[k].text === ',' && verb && verb.kind === 'w' && !verb.cap && !hasClass(verb, W_DET) && !hasClass(verb, W_PREP) && !hasClass(verb, W_PRON)) return np;
    return null;
  }
  if (!after || after.kind !== 'w' || after.quote >= 0) return null;
  return np;
}

/** True when the unit's text before `i` is only lead-in adverbials ("On Friday, according to ..."). */
function isLeadIn(toks: Token[], a: number, i: number): boolean {
  for (let j = a; j < i; j++) {
    const t = toks[j];
    if (t.quote >= 0) return false;
    if (t.kind === 'w' && (hasClass(t, W_AUX) || hasClass(t, W_PRON))) return false;
  }
  return i - a <= 8 && toks[i - 1].text === ',' && startsWithLeadIn(toks[a], toks[a + 1]);
}

/** "by" a cue after "and"/"but": "..., but said ...", "cited X and said ...". */
function coordinated(toks: Token[], a: number, i: number): boolean {
  let j = i - 1;
  while (j >= a && toks[j].kind === 'w' && hasClass(toks[j], W_ADV) && !hasClass(toks[j], W_AUX)) j--;
  while (j >= a && toks[j].kind === 'w' && hasClass(toks[j], W_AUX)) j--;
  while (j >= a && toks[j].kind === 'w' && hasClass(toks[j], W_ADV) && !hasClass(toks[j], W_AUX)) j--;
  return j >= a && (toks[j].low === 'and' || toks[j].low === 'but' || toks[j].low === 'or');
}

function isWithAbsolute(toks: Token[], a: number, np: TokRange): boolean {
  const before = toks[np.a - 1];
  // "with X describing", "despite X claiming": a subject of its own after a preposition.
  return np.a > a && !!before && before.kind === 'w' && (before.low === 'with' || before.low === 'despite' || before.low === 'after' || before.low === 'as' || before.low === 'while' || before.low === 'amid');
}

/** Subject of a cue: the noun phrase right before it, with appositives ("X, the Y, said"). */
export function subjectBackward(toks: Token[], a: number, i: number): TokRange | null {
  let j = i;
  // Adverbs, auxiliaries and times between subject and verb: "also said", "has previously said", "X Friday quoted".
  for (let guard = 0; guard < 6; guard++) {
    while (j > a && isPreVerbWord(toks[j - 1])) j--;
    // A time phrase: "X during the weekend said", "X on Friday said".
    const k = timePhraseStart(toks, a, j);
    if (k < j) { j = k; continue; }
    break;
  }
  // Time or place adverbials: "X on Friday said", "X, in a statement, said".
  const commaBefore = j > a && toks[j - 1].text === ',';
  if (commaBefore) {
    // "X, in a statement delivered via ..., announced" / "X, 38, said" / "X, the Y, said".
    const k = j - 1;
    let s = k;
    while (s > a && toks[s - 1].text !== ',' && toks[s - 1].quote < 0 && k - s < 25) s--;
    const chunkStart = s;
    const first = toks[chunkStart];
    const clauseLike = (() => {
      for (let m = chunkStart; m < k; m++) if (toks[m].kind === 'w' && hasClass(toks[m], W_AUX)) return true;
      return false;
    })();
    // Skip an adverbial or relative chunk and its opening comma: "X, in a statement, said",
    // "X, who was ..., criticized", "X, the would-be successor should ..., has expressed".
    if (first && first.kind === 'w' && (hasClass(first, W_PREP) || first.low === 'also' || first.low === 'who' || first.low === 'which' || first.low === 'whose' || (clauseLike && hasClass(first, W_DET)) || (!first.cap && hasClass(first, W_ED | W_ING)) || (k - chunkStart === 1 && isShortNumber(first.low))) && chunkStart > a && toks[chunkStart - 1].text === ',') {
      // An age ("X, 38, said") is kept with the name for the mention.
      if (k - chunkStart === 1 && isShortNumber(first.low)) {
        const np = npBackward(toks, a, chunkStart - 1, true);
        if (np) return { a: np.a, b: k };
      }
      j = chunkStart - 1;
    } else if (first && first.kind === 'w' && hasClass(first, W_DET) && !clauseLike && chunkStart > a && toks[chunkStart - 1].text === ',') {
      // "X, a database detailing ..., states": the whole chunk is an appositive of the name before it.
      const prev = npBackward(toks, a, chunkStart - 1, true);
      if (prev && (prev.a === a || isLeadInComma(toks, a, prev.a)) && !hasClass(toks[prev.a], W_PRON) && !isClauseLike(toks, prev) && !startsWithLeadIn(toks[prev.a], toks[prev.a + 1])) return { a: prev.a, b: k };
    }
  }
  const np = npBackward(toks, a, j, false);
  if (np) return np;
  // "The harbour master said": any short noun phrase opened by an article can be a speaker.
  let s = j;
  while (s > a && toks[s - 1].kind === 'w' && !toks[s - 1].cap && !hasClass(toks[s - 1], W_AUX) && !hasClass(toks[s - 1], W_PRON) && !hasClass(toks[s - 1], W_PREP) && !hasClass(toks[s - 1], W_OPENER) && j - s < 5) {
    s--;
    if (hasClass(toks[s], W_DET) || POSSESSIVES.has(toks[s].low)) return j - s >= 2 ? { a: s, b: j } : null;
  }
  if (s > a && toks[s - 1].kind === 'w' && toks[s - 1].cap && (s - 1 === a) && (hasClass(toks[s - 1], W_DET) || POSSESSIVES.has(toks[s - 1].low)) && j - s >= 1) return { a: s - 1, b: j };
  return null;
}
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
const PRE_VERB_WORDS = new Set(['today', 'yesterday', 'tonight', 'both', 'all', 'each']);

/** A word that can stand between a subject and its verb: an adverb, auxiliary or weekday, "today",
 *  "both", or a lower-case "-ly" word other than "only"; never a pronoun. (Classes read once.) */
function isPreVerbWord(t: Token): boolean {
  if (t.kind !== 'w') return false;
  const c = classOf(t);
  if ((c & W_PRON) !== 0) return false;
  if ((c & (W_ADV | W_AUX | W_WEEKDAY)) !== 0 || PRE_VERB_WORDS.has(t.low)) return true;
  return !t.cap && (c & W_LY) !== 0 && t.low !== 'only';
}

/** "-ed" and "-ing" words that are adjectives in a name or title ("ruling party", "acting mayor"). */
const PARTICIPLE_ADJECTIVES = new Set(['leading', 'ruling', 'incoming', 'outgoing', 'acting', 'former', 'governing', 'red', 'united']);

function timePhraseStart(toks: Token[], a: number, j: number): number {
  // Backward over "during the weekend", "on Friday", "late Sunday", "earlier this week".
  let k = j;
  let sawTime = false;
  while (k > a && toks[k - 1].kind === 'w' && (isTimeWord(toks[k - 1]) || hasClass(toks[k - 1], W_DET)) && j - k < 5) {
    if (isTimeWord(toks[k - 1]) && !hasClass(toks[k - 1], W_PREP)) sawTime = true;
    k--;
    if (hasClass(toks[k], W_PREP)) break;
  }
  if (!sawTime || k === j) return j;
  if (!(hasClass(toks[k], W_PREP) || isTimeWord(toks[k]))) return j;
  return k;
}

/** Noun phrase ending at `end` (exclusive), read backward; appositives joined unless `simple`. */
export function npBackward(toks: Token[], a: number, end: number, simple = false): TokRange | null {
  let j = end;
  while (j > a && (toks[j - 1].text === ',' || toks[j - 1].text === '—')) j--;
  const e = j;
  let s = j;
  let words = 0;
  while (s > a) {
    const t = toks[s - 1];
    if (t.quote >= 0 || t.kind === 'q') break;
    if (t.kind === 'p') {
      if (t.text === ')' || t.text === '(' || t.text === '-' || t.text === '&' || t.text === "'" || t.text === '’' || t.text === '.') { s--; continue; }
      break;
    }
    const low = t.low;
    const c = classOf(t);
    if ((c & W_PRON) !== 0 && low !== 'who') {
      // A pronoun is a whole subject; it never ends a longer phrase, except "he and X".
      if (words === 0) { s--; break; }
      if (toks[s]?.low === 'and') { s--; words++; if (toks[s - 1]?.low === 'both') s--; }
      break;
    }
    if (low === 'and' && words > 0) {
      // "X and Y said": keep going only when the left side can speak.
      const left = toks[s - 2];
      if (left && left.kind === 'w' && (left.cap || hasClass(left, W_SOURCE) || hasClass(left, W_PRON) || hasClass(left, W_PLURAL))) { s--; continue; }
      break;
    }
    if ((c & W_AUX) !== 0 || (c & W_OPENER) !== 0 || low === 'who' || low === 'which' || low === 'that' || low === 'there' && words > 0) break;
    // An inflected verb of saying ends the phrase; a bare form inside it is a noun ("state media").
    if (!t.cap && ((c & W_SPEECH_VERB) !== 0 || (c & W_OBJECT_VERB) !== 0 || (low === 'quoted' || low === 'quoting' || low === 'cited' || low === 'citing')) && (c & W_SOURCE) === 0 && (c & W_DOC) === 0 && ((c & (W_S | W_ED | W_ING)) !== 0 || low === 'said' || low === 'told' || low === 'wrote' || words === 0)) break;
    if (low === 'and' && words > 0) {
      // "X and Y said": keep going only when the left side can speak.
      const left = toks[s - 2];
      if (left && left.kind === 'w' && (left.cap || hasClass(left, W_SOURCE) || hasClass(left, W_PRON) || hasClass(left, W_PLURAL))) { s--; continue; }
      break;
    }
    // "Commission on International Religious Freedom": a preposition between capitals stays.
    if ((c & W_PREP) !== 0 && toks[s]?.cap && toks[s - 2]?.cap && toks[s - 2].kind === 'w') { s--; words++; continue; }
    if ((c & W_PREP) !== 0 && !NP_PREPOSITIONS.has(low)) break;
    if ((c & W_PREP) !== 0 && ROLE_PREPOSITIONS.has(low)) {
      // Keep "sources at the meeting", "a lawyer for the victim"; stop at "in Paris, X".
      const left = toks[s - 2];
      if (!left || left.kind !== 'w' || !(hasClass(left, W_SOURCE) || hasClass(left, W_TITLE_WORD) || hasClass(left, W_DOC) || left.cap || hasClass(left, W_DET))) break;
      if (low === 'by' && !hasClass(left, W_DOC) && !hasClass(left, W_ED)) break;
      if (low === 'to' && !hasClass(left, W_TITLE_WORD) && left.low !== 'the') break;
    }
    if (!t.cap && (c & (W_ED | W_ING)) !== 0 && (c & W_SOURCE) === 0 && (c & W_TITLE_WORD) === 0 && !PARTICIPLE_ADJECTIVES.has(low) && words > 0) {
      // "a database detailing ...", "a statement released by ...": a participle inside a phrase is fine
      // only when an article or noun precedes it.
      const left = toks[s - 2];
      if (!left || left.kind !== 'w' || !(hasClass(left, W_SOURCE) || hasClass(left, W_DOC) || hasClass(left, W_ORG_WORD) || left.cap)) break;
    }
    if ((c & W_TIME) !== 0 && !t.cap && words === 0) break;
    if (words > 0 && ((c & W_WEEKDAY) !== 0 || (c & W_MONTH) !== 0) && toks[s]?.cap) break; // "This Thursday the Commission
    s--;
    words++;
    if (words > 30) break;
  }
  // Don't start on a preposition or a conjunction.
  while (s < e && toks[s].kind === 'w' && (hasClass(toks[s], W_PREP) || toks[s].low === 'and') && toks[s].low !== 'both') s++;
  while (s < e && toks[s].kind === 'p' && toks[s].text !== '(') s++;
  if (s >= e) return null;
  let range: TokRange = { a: s, b: e };
  if (!speakable(toks, range)) {
    // Trim lead-in words until the phrase can speak ("Recalling that meeting Varga" never happens;
    // "upon learning ... he" is cut at the pronoun above).
    return null;
  }
  // Appositive before: "Joan Whitfield, the Speaker of the House, said" / "The Vice President, Tom Aldridge, said".
  if (!simple && s > a && toks[s - 1].text === ',' && !hasClass(toks[s], W_PRON)) {
    const prev = npBackward(toks, a, s - 1, true);
    if (prev && (prev.a === a || isLeadInComma(toks, a, prev.a)) && speakable(toks, prev) && !isClauseLike(toks, prev) && !hasClass(toks[prev.a], W_PRON) && !startsWithLeadIn(toks[prev.a], toks[prev.a + 1])) {
      range = { a: prev.a, b: e };
    }
  }
  // Lead-in chunk at the start ("Recalling that meeting, Varga").
  return range;
}

function startsWithLeadIn(t: Token, next?: Token): boolean {
  return hasClass(t, W_PREP) || isParticipleLead(t, next) || isTimeWord(t) || hasClass(t, W_ADV) || (hasClass(t, W_LY) && !t.cap);
}

/** "Recalling that meeting", "Speaking to X": an "-ing" word opening an adverbial (not "Boeing said"). */
function isParticipleLead(t: Token, next?: Token): boolean {
  if (t.low.length < 5 || !hasClass(t, W_ING)) return false;
  if (!t.cap) return true;
  return !!next && next.kind === 'w' && (hasClass(next, W_DET) || hasClass(next, W_PREP) || hasClass(next, W_PRON));
}

function isLeadInComma(toks: Token[], a: number, s: number): boolean {
  // The phrase starts the unit after lead-in adverbials only: "On Friday, in Istanbul, X said".
  if (s <= a) return true;
  if (toks[s - 1].text !== ',') return false;
  let k = a;
  while (k < s - 1) {
    let e = k;
    while (e < s - 1 && toks[e].text !== ',') e++;
    if (!startsWithLeadIn(toks[k], toks[k + 1])) return false;
    for (let m = k + 1; m < e; m++) {
      const t = toks[m];
      if (t.quote >= 0) return false;
      if (t.kind === 'w' && (hasClass(t, W_AUX) || (!t.cap && hasClass(t, W_ED) && !hasClass(toks[m - 1], W_DET)))) return false;
    }
    k = e + 1;
  }
  return true;
}

function isClauseLike(toks: Token[], r: TokRange): boolean {
  for (let k = r.a; k < r.b; k++) if (toks[k].kind === 'w' && hasClass(toks[k], W_AUX)) return true;
  return false;
}

/** `w.replace(/['’]s?$/, '')`: "minister's", "ministers'" -> "minister", "ministers". */
export function dropPossessiveEnd(w: string): string {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return w.slice(0, -1);
  if (last === 115 && n >= 2) {
    const prev = w.charCodeAt(n - 2);
    if (prev === 39 || prev === 0x2019) return w.slice(0, -2);
  }
  return w;
}

/** Can this phrase be a source: a name, a pronoun, or a description headed by a source noun? */
export function speakable(toks: Token[], r: TokRange): boolean {
  let hasCap = false;
  let hasSource = false;
  for (let k = r.a; k < r.b; k++) {
    const t = toks[k];
    if (t.kind !== 'w') continue;
    if (hasClass(t, W_PRON)) {
      if (toks[k + 1]?.low === 'and' || toks[k - 1]?.low === 'and') { hasSource = true; continue; } // "both he and X"
      return r.b - r.a === 1 || k === r.a;
    }
    if (t.cap && !(k === r.a && (hasClass(t, W_DET) || hasClass(t, W_PREP) || startsWithLeadIn(t, toks[k + 1])))) hasCap = true;
    const low = dropPossessiveEnd(t.low);
    const known = low === t.low ? hasClass(t, W_SOURCE | W_DOC | W_NATION_WORD) : SOURCE_NOUNS.has(low) || DOCUMENT_NOUNS.has(low) || NATIONALITIES.has(low);
    // The regex only where its literal part occurs. One digit suffices: \d+ rescans digit runs.
    // ("-year-old" and a digit before it: ten characters at least.)
    if (known || (low.length >= 10 && low.includes('-year-old') && /\d-year-old/.test(low))) hasSource = true;
  }
  const first = toks[r.a];
  if (first.kind === 'w' && first.cap && r.b - r.a > 1 && isParticipleLead(first, toks[r.a + 1]) && !hasClass(first, W_SOURCE)) return false;
  return hasCap || hasSource;
}

function priorEndsBefore(prior: Frame[], i: number): boolean {
  for (const p of prior) if (!p.dropped) for (const c of p.content) if (c.b <= i) return true;
  return false;
}

/** The subject after an inverted cue, which must close the clause: '..., said Pryor.' */
function invertedNp(toks: Token[], i: number, b: number): TokRange | null {
  const np = npForward(toks, i, b);
  if (!np) return null;
  const next = toks[np.b];
  if (next && next.kind === 'w' && !hasClass(next, W_PREP) && !isTimeWord(next) && !SPEECH_LIKE.has(next.low)) return null;
  return np;
}
const SPEECH_LIKE = new Set(['said', 'told', 'says', 'tells', 'added', 'wrote']);

function startsNp(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w' || t.quote >= 0 || isTimeWord(t)) return false;
  return t.cap || hasClass(t, W_DET) || hasClass(t, W_SOURCE) || hasClass(t, W_PRON) || hasClass(t, W_PLURAL);
}

/** Noun phrase read forward from `i` (after "according to", "by", or an inverted verb). */
export function npForward(toks: Token[], i: number, b: number, untilComma = false): TokRange | null {
  let j = i;
  let depth = 0;
  let words = 0;
  while (j < b) {
    const t = toks[j];
    if (t.quote >= 0 || t.kind === 'q') break;
    if (t.text === '(') { depth++; j++; continue; }
    if (t.text === ')') { if (depth) { depth--; j++; continue; } break; }
    if (depth) { j++; continue; }
    if (t.kind === 'p') {
      if (t.text === '-' || t.text === '&' || t.text === "'" || t.text === '’') { j++; continue; }
      if (t.text === ',' && !untilComma && words > 0) {
        // "Dan Pryor, the U.S. Attorney for ...": an appositive after a name continues the phrase.
        const nxt = toks[j + 1];
        // ... or after a description: "One of the unions, the Federation of Dock Workers, said".
        if (nxt && nxt.kind === 'w' && (hasClass(nxt, W_DET) || isShortNumber(nxt.low)) && (toks[j - 1].cap || (nxt.low === 'the' && toks[j + 2]?.cap))) {
          const k = appositiveEnd(toks, j + 1, b);
          if (k > j + 1) { j = k; continue; }
        }
      }
      if (t.text === ',' && untilComma && words > 0 && !toks[j - 1].cap && toks[j + 1]?.cap && toks[j + 1].kind === 'w') {
        // "the Tucson mayor, Ray Santos, ...": a name in apposition to a description.
        let k = j + 1;
        while (k < b && toks[k].kind === 'w' && (toks[k].cap || /^\p{Lu}\.$/u.test(toks[k].text))) k++;
        if (k - j - 1 <= 4 && (k >= b || toks[k].text === ',' || toks[k].text === '.')) { j = k; words++; continue; }
      }
      if (t.text === ',' && untilComma && words > 0 && toks[j - 1].cap) {
        const nxt = toks[j + 1];
        if (nxt && nxt.kind === 'w' && hasClass(nxt, W_DET) && nxt.low !== 'that') {
          const k = appositiveEnd(toks, j + 1, b);
          if (k > j + 1 && (toks[k]?.text === ',' || k >= b || toks[k]?.text === '.')) { j = k; continue; }
        }
      }
      break;
    }
    const low = t.low;
    const c = classOf(t);
    if (words > 0 && ((c & W_AUX) !== 0 || low === 'that' || low === 'who' || low === 'which')) break;
    if (words > 0 && !t.cap && (c & W_ED) !== 0 && (c & W_SOURCE) === 0 && (c & W_TITLE_WORD) === 0 && !untilComma) break;
    if (words > 0 && !t.cap && (c & W_ED) !== 0 && untilComma && !hasClass(toks[j - 1], W_DOC) && (c & W_SOURCE) === 0 && toks[j + 1]?.low !== 'by' && toks[j + 1]?.low !== 'online') break;
    if (words > 0 && (isTimeWord(t) && !t.cap && !TIME_LINKS.has(low))) break;
    if (words > 0 && NP_ENDING_PREPOSITIONS.has(low)) {
      // "sources at the meeting" keeps its "at"; "said Pryor in a statement" drops "in ...".
      const prev = toks[j - 1];
      if (!(low === 'at' && hasClass(prev, W_SOURCE)) && !(low === 'on' && toks[j + 1]?.low === 'social')) break;
    }
    if (words > 0 && (low === 'and' || low === 'or') && untilComma) {
      const nxt = toks[j + 1];
      if (!nxt || !(nxt.cap || hasClass(nxt, W_DET) || hasClass(nxt, W_SOURCE))) break;
    }
    if (words > 0 && (low === 'and' || low === 'but') && !untilComma) break;
    if (words === 0 && !(t.cap || (c & W_DET) !== 0 || (c & W_SOURCE) !== 0 || (c & W_PRON) !== 0 || (c & W_PLURAL) !== 0 || (low.charCodeAt(0) >= 48 && low.charCodeAt(0) <= 57) || startsLower(low))) break;
    if (words > 0 && (c & W_PRON) !== 0 && low !== 'her' && low !== 'his' && low !== 'its') break;
    if (words === 0 && (c & W_PRON) !== 0) { j++; words++; break; }
    if (words > 0 && !t.cap && !untilComma && !((c & W_SOURCE) !== 0 || (c & W_TITLE_WORD) !== 0 || (c & W_DET) !== 0 || NP_LINKS.has(low) || (c & W_NATION_WORD) !== 0 || (c & W_PLURAL) !== 0 || (c & W_ORG_WORD) !== 0)) break;
    j++;
    words++;
    if (words > 25) break;
  }
  // Trim trailing function words.
  while (j > i && toks[j - 1].kind === 'w' && TRAILING_FUNCTION_WORDS.has(toks[j - 1].low)) j--;
  while (j > i && toks[j - 1].kind === 'p' && toks[j - 1].text !== ')') j--;
  if (j <= i) return null;
  const r = { a: i, b: j };
  // After "according to", any noun phrase with an article names a source ("the coast guard").
  if (untilComma && j - i >= 2 && (hasClass(toks[i], W_DET) || POSSESSIVES.has(toks[i].low))) return r;
  return speakable(toks, r) ? r : null;
}

function appositiveEnd(toks: Token[], i: number, b: number): number {
  let j = i;
  while (j < b && toks[j].text !== ',' && toks[j].text !== '.' && toks[j].quote < 0 && toks[j].text !== ';' && j - i < 20) {
    if (toks[j].kind === 'w' && (hasClass(toks[j], W_AUX) || toks[j].low === 'that')) return i;
    // A past-tense verb means a clause, not an appositive ("the police then surrounded ...").
    if (toks[j].kind === 'w' && !toks[j].cap && hasClass(toks[j], W_ED) && j > i && !hasClass(toks[j - 1], W_DOC) && toks[j + 1]?.low !== 'by') return i;
    j++;
  }
  return j;
}

/** After a cue: skip time words, "in a statement", "on Twitter", "to reporters"...; note a relay. */
function skipAdverbials(toks: Token[], i: number, b: number, out: { via: TokRange | null }): number {
  let j = i;
  for (let guard = 0; guard < 12 && j < b; guard++) {
    const t = toks[j];
    if (t.quote >= 0) break;
    if (t.text === ',' ) {
      // A comma before a quote or "that" is skipped; before other words it may start a parenthetical.
      const nxt = toks[j + 1];
      if (nxt && (nxt.quote >= 0 || nxt.kind === 'q' || nxt.low === 'that' || isTimeWord(nxt) || (hasClass(nxt, W_PREP) && nxt.low !== 'as' && nxt.low !== 'while' && nxt.low !== 'after' && nxt.low !== 'before' && nxt.low !== 'when' && nxt.low !== 'if' && nxt.low !== 'because' && nxt.low !== 'although' && nxt.low !== 'though' && nxt.low !== 'since' && nxt.low !== 'despite'))) { j++; continue; }
      break;
    }
    if (t.text === '—' || t.text === '–' || (t.text === '-' && toks[j + 1]?.text === '-')) {
      // "— as reported by X —"
      let k = j + 1;
      while (k < b && toks[k].text === '-') k++;
      if (toks[k]?.low === 'as' && isQuotedOrReported(toks[k + 1]) && toks[k + 2]?.low === 'by') {
        const np = npForward(toks, k + 3, b, true);
        if (np) {
          out.via = np;
          let m = np.b;
          while (m < b && (toks[m].text === '—' || toks[m].text === '–' || toks[m].text === '-' || toks[m].text === ',')) m++;
          j = m;
          continue;
        }
      }
      break;
    }
    if (t.kind !== 'w') break;
    if (t.low === 'that') break;
    if (isTimeWord(t) && !hasClass(t, W_PREP)) {
      j++;
      continue;
    }
    if (hasClass(t, W_ADV) && !hasClass(t, W_AUX) && !NEGATING_ADVERBS.has(t.low)) {
      j++;
      continue;
    }
    if (hasClass(t, W_PREP) && !SUBORDINATORS.has(t.low)) {
      // A prepositional phrase: up to a comma/quote/"that", or a short noun phrase.
      const k = ppEnd(toks, j + 1, b);
      if (k <= j + 1) break;
      if (t.low === 'via' || (t.low === 'on' && isOutletPhrase(toks, j + 1, k)) || (t.low === 'with' && j > i && toks[j - 1].low === 'interview')) out.via = { a: j + 1, b: k };
      j = k;
      continue;
    }
    break;
  }
  return j;
}

function isOutletPhrase(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const low = toks[k].low;
    if (low === 'tv' || low === 'radio' || low === 'television' || low.endsWith('news') || ORG_WORDS.has(low) && BROADCAST_WORDS.has(low)) return true;
    if (toks[k].cap && (toks[k].text === 'TV' || toks[k].text === 'News')) return true;
  }
  if (b - a >= 1 && toks[a].cap && toks[b - 1].cap && endsBroadcast(toks[b - 1].text)) return true;
  return false;
}

/** `/(TV|News|Radio)$/.test(w)` */
const endsBroadcast = (w: string): boolean => w.endsWith('TV') || w.endsWith('News') || w.endsWith('Radio');

/** End of a prepositional phrase's noun phrase. */
function ppEnd(toks: Token[], i: number, b: number): number {
  // Up to the next comma if short and verbless.
  let k = i;
  while (k < b && k - i < 8 && toks[k].text !== ',' && toks[k].quote < 0 && toks[k].kind !== 'q' && toks[k].low !== 'that') {
    const t = toks[k];
    if (t.kind === 'w' && (hasClass(t, W_AUX) || (hasClass(t, W_PRON) && !POSSESSIVE_PRONOUNS.has(t.low)))) break;
    k++;
  }
  if (k < b && (toks[k].text === ',' || toks[k].quote >= 0 || toks[k].kind === 'q' || toks[k].low === 'that') && k - i < 8) {
    // Only take the whole run if it is noun-like (no clause starts inside).
    if (!hasClauseStart(toks, i, k)) return toks[k].text === ',' ? k + 1 : k;
  }
  // Otherwise a short noun phrase: determiner? then a capitalised run, or up to two lower-case words.
  let j = i;
  if (j < b && toks[j].kind === 'w' && (hasClass(toks[j], W_DET) || POSSESSIVE_PRONOUNS.has(toks[j].low))) j++;
  if (j < b && toks[j].cap) {
    while (j < b && (toks[j].cap || ((toks[j].low === 'of' || toks[j].low === "'s") && toks[j + 1]?.cap) || toks[j].text === '-') && toks[j].quote < 0) j++;
  } else {
    let n = 0;
    while (j < b && n < 2 && toks[j].kind === 'w' && !toks[j].cap && !hasClass(toks[j], W_DET) && !hasClass(toks[j], W_PRON) && !hasClass(toks[j], W_AUX) && toks[j].low !== 'that') { j++; n++; }
    // "in an interview Friday": a trailing time word is its own adverbial.
  }
  return j;
}

function hasClauseStart(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = toks[k];
    // (HAVE_BE's words are auxiliaries, W_AUX: the lexicon's list holds them all.)
    if (t.kind === 'w' && hasClass(t, W_AUX)) return true;
    if (t.kind === 'w' && k > a && !t.cap && hasClass(t, W_ED) && !hasClass(toks[k - 1], W_DET)) return true;
  }
  return false;
}

/** Object of "told": "told reporters", "told VOA Khmer", "told a local TV channel", "told members of the press". */
export function skipObject(toks: Token[], i: number, b: number): number {
  let j = i;
  if (j >= b || toks[j].quote >= 0 || toks[j].kind !== 'w') return j;
  if (toks[j].low === 'that') return j;
  if (OBJECT_PRONOUNS.has(toks[j].low)) return j + 1;
  if (hasClass(toks[j], W_DET) || POSSESSIVE_PRONOUNS.has(toks[j].low)) j++;
  const start = j;
  // Up to a head word naming an audience or an outlet, within a few words.
  for (let k = j; k < b && k < j + 5; k++) {
    const t = toks[k];
    if (t.kind !== 'w' || t.quote >= 0 || (k > start && (hasClass(t, W_DET) || hasClass(t, W_PRON) || hasClass(t, W_AUX) || t.low === 'that'))) break;
    if ((MEDIA_WORDS.has(t.low) || AUDIENCE_WORDS.has(t.low)) && !t.cap) {
      let e = k + 1;
      while (e < b && toks[e].kind === 'w' && MEDIA_WORDS.has(toks[e].low)) e++;
      if (toks[e]?.low === 'of') return ofChain(toks, e, b);
      return e;
    }
  }
  if (j < b && toks[j].cap) {
    while (j < b && toks[j].quote < 0 && !isTimeWord(toks[j]) && (toks[j].cap || toks[j].text === '-' || ((toks[j].low === 'of') && toks[j + 1]?.cap))) j++;
    return j;
  }
  let n = 0;
  while (j < b && n < 3 && toks[j].kind === 'w' && !toks[j].cap && !hasClass(toks[j], W_DET) && !hasClass(toks[j], W_PRON) && !hasClass(toks[j], W_AUX) && toks[j].low !== 'that' && !isTimeWord(toks[j])) {
    j++;
    n++;
    if (toks[j]?.low === 'of') return ofChain(toks, j, b);
  }
  return j;
}

function ofChain(toks: Token[], j: number, b: number): number {
  j++;
  if (DETERMINERS.has(toks[j]?.low ?? '')) j++;
  while (j < b && toks[j].kind === 'w' && !hasClass(toks[j], W_DET) && !hasClass(toks[j], W_PRON) && !hasClass(toks[j], W_AUX) && toks[j].quote < 0 && !isTimeWord(toks[j]) && toks[j].low !== 'that') j++;
  return j;
}

/** Content before a cue: from the clause start to the comma (or closing quote) before the subject. */
function contentBefore(toks: Token[], a: number, subjStart: number, prior: Frame[]): TokRange | null {
  let e = subjStart;
  if (e <= a) return null;
  const sep = toks[e - 1];
  if (!(sep.text === ',' || sep.quote >= 0 || sep.kind === 'q' || sep.text === '—' || sep.text === ':')) return null;
  while (e > a && (toks[e - 1].text === ',' || toks[e - 1].text === '—' || toks[e - 1].text === ':') && toks[e - 1].quote < 0) e--;
  const s = clauseStartBefore(toks, a, e, prior);
  if (e <= s) return null;
  return { a: s, b: e };
}

function clauseStartBefore(toks: Token[], a: number, e: number, prior: Frame[]): number {
  let s = a;
  for (let k = e - 1; k >= a; k--) {
    const t = toks[k];
    if (t.kind === 'p' && t.quote < 0 && t.text === ';') { s = k + 1; break; }
  }
  for (const p of prior) {
    let lastEnd = Math.max(p.cue.b, p.speaker?.b ?? 0);
    for (const c of p.content) if (c.b > lastEnd) lastEnd = c.b;
    if (lastEnd <= e && lastEnd > s) {
      s = lastEnd;
      while (s < e && (toks[s].text === ',' || toks[s].text === ';' || toks[s].text === '.' || toks[s].low === 'and' || toks[s].low === 'but' || toks[s].low === 'while')) s++;
    }
  }
  return s;
}

/** After the cue only a clause end remains ("said Saturday." / "said, citing ..."). */
function endsClause(toks: Token[], i: number, b: number): boolean {
  if (i >= b) return true;
  const t = toks[i];
  if (t.text === '.' || t.text === ';' || t.text === '—' || t.text === '–' || t.text === '(') return true;
  if (t.text === ',') {
    const n = toks[i + 1];
    if (!n) return true;
    if (n.kind === 'w' && (endsIng(n.low) || n.low === 'according' || n.low === 'as' || n.low === 'while' || n.low === 'but' || n.low === 'with')) return true;
  }
  return false;
}

/** A parenthetical cue: ", he added, undermined ..." — a comma and a clause that is not an adjunct. */
function isParenthetical(toks: Token[], i: number, b: number): boolean {
  if (i >= b || toks[i].text !== ',') return false;
  const n = toks[i + 1];
  if (!n) return false;
  if (n.quote >= 0 || n.kind === 'q') return true; // '"A," he added, "B."'
  if (n.kind !== 'w') return false;
  if (endsIng(n.low) || STOP_AFTER_COMMA.has(n.low) || n.low === 'as' || n.low === 'with' || n.low === 'who' || n.low === 'which') return false;
  if (hasClass(n, W_PREP) && n.low !== 'of') return false;
  return true;
}

function isTrailingAdjunct(toks: Token[], a: number, b: number): boolean {
  const t = toks[a];
  return !t || t.kind !== 'w' || hasClass(t, W_PREP) || hasClass(t, W_ING) || isTimeWord(t);
}

const isQuotedOrReported = (t: Token | undefined): boolean => t !== undefined && (t.low === 'quoted' || t.low === 'reported');

/** Where a clause's content ends: a semicolon, ", but", ", adding", the unit's end; final punctuation trimmed. */
function clauseEnd(toks: Token[], i: number, b: number): number {
  let j = i;
  for (; j < b; j++) {
    const t = toks[j];
    // Only punctuation outside quotations ends a clause: words and quoted tokens pass on one test each.
    if (t.kind !== 'p' || t.quote >= 0) continue;
    const x = t.text;
    if (x === ';') break;
    if (x === ',' && j > i) {
      const n = toks[j + 1];
      if (n && n.kind === 'w' && (STOP_AFTER_COMMA.has(n.low) || PARTICIPLE_CUES.has(n.low))) break;
      if (n && n.low === 'as' && isQuotedOrReported(toks[j + 2])) break;
    }
    if ((x === '—' || x === '–') && toks[j + 1]?.low === 'as' && isQuotedOrReported(toks[j + 2])) break;
  }
  return trimEnd(toks, i, j);
}

export function trimEnd(toks: Token[], i: number, j: number): number {
  while (j > i) {
    const t = toks[j - 1];
    if (t.quote >= 0) break;
    if (t.kind === 'p' && t.text !== ')' && t.text !== ']') { j--; continue; }
    if (t.kind === 'w' && CLAUSE_LINKS.has(t.low)) { j--; continue; }
    break;
  }
  return j;
}

function trimContentAt(toks: Token[], f: Frame, cut: number) {
  const out: TokRange[] = [];
  for (const c of f.content) {
    if (c.a >= cut) continue;
    const e = trimEnd(toks, c.a, Math.min(c.b, cut));
    if (e > c.a) out.push({ a: c.a, b: e });
  }
  f.content = out;
  if (!out.length) f.dropped = true;
}

/** Later frames cut earlier content short; a relay ("X reported Y said ...") becomes a via. */
function resolveOverlaps(toks: Token[], frames: Frame[]) {
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (f.dropped || f.contentFirst) continue;
    for (let k = i + 1; k < frames.length; k++) {
      const g = frames[k];
      if (g.dropped) continue;
      let gStart = Math.min(g.speaker?.a ?? g.cue.a, g.cue.a);
      const first = f.content[0];
      if (!first) break;
      const last = f.content[f.content.length - 1];
      if (g.cue.a < first.a || g.cue.a >= last.b) continue;
      gStart = Math.max(gStart, first.a);
      let contentStart = first.a;
      if (toks[contentStart]?.low === 'that') contentStart++;
      const relay = f.cue.kind === 'relay' || (RELAY_LEMMAS.has(f.cue.lemma) && (f.cue.lemma !== 'say' || g.cue.kind === 'speech'));
      if (gStart <= contentStart + 1 && !g.contentFirst && relay && g.speaker) {
        // "Znak.com reported its source said ...": one quote, spoken by the source, relayed by Znak.com.
        g.via = f.speaker;
        f.dropped = true;
        break;
      }
      // "X said Y was safe, officials said": the later cue reports the whole clause, X's own
      // words end before it (the quotes nest instead of crossing).
      if (g.contentFirst && g.content.length === 1 && g.content[0].a <= first.a) {
        trimContentAt(toks, f, gStart);
        break;
      }
      if (g.contentFirst) continue;
      // "allegations by officials who say ...": the relative clause stays inside the content.
      if (g.relative) continue;
      // A cue inside reported speech with no clause boundary before it ("said Russia had never
      // asked ...", "said questions remain") is part of what was said.
      const before = toks[gStart - 1];
      // A quotation closing right before counts too: '..., "... decades," adding ...'.
      const boundary = before && (before.text === ',' || before.text === ';' || before.text === '—' || before.kind === 'q' || (before.quote >= 0 && g.cue.participle) || CLAUSE_BOUNDARY_WORDS.has(before.low));
      // A named or pronoun subject with a verb of saying starts a clause of its own.
      const sp = g.speaker ? toks[g.speaker.a] : null;
      const ownClause = !!sp && g.cue.kind !== 'object' && (hasClass(sp, W_PRON) || sp.cap);
      if (!boundary && !ownClause) {
        g.dropped = true;
        continue;
      }
      trimContentAt(toks, f, gStart);
      break;
    }
    if (f.cue.kind === 'relay' && !f.dropped) f.dropped = true;
  }
  // The same content claimed twice ('"...," said X told reporters'): keep one frame, both cue words.
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (f.dropped) continue;
    for (let k = i + 1; k < frames.length; k++) {
      const g = frames[k];
      if (g.dropped || !g.content.length || !f.content.length) continue;
      if (g.content[0].a === f.content[0].a && g.content[0].b === f.content[0].b) {
        f.cueRanges.push(...g.cueRanges);
        if (!f.speaker || (g.speaker && g.speaker.b - g.speaker.a > f.speaker.b - f.speaker.a)) f.speaker = g.speaker;
        g.dropped = true;
      }
    }
  }
}

export { skipAdverbials as _skipAdverbials };
