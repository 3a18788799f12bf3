// Which tokens are cues: reporting verbs (with the passive, infinitive and noun uses filtered out),
// "according to", "quoted ... as saying", and nouns of saying after a possessive ("X's remarks").
import { hasClass, type Token } from './tokens';
import * as lexicon from './lexicon';
import { endsPossessiveMark, isLowerAscii } from './words';
import { CUE_STARTS, W_ADV, W_CUE, W_AUX, W_DET, W_DOC, W_PLURAL, W_PREP, W_PRON, W_SOURCE } from './lexicon';
// Local bindings: module-namespace getters would cost a call on every lookup in the hot loops.
const { DETERMINERS, OBJECT_VERBS, PREPOSITIONS, QUOTE_ONLY_VERBS, SPEECH_NOUNS, SPEECH_VERBS } = lexicon;
// Word lists as Sets: one lookup instead of a scan of the list for every word.
const SAID_TOLD = new Set(['said', 'told']);

export type CueKind = 'speech' | 'object' | 'quoteOnly' | 'according' | 'quotedAs' | 'noun' | 'relay';

export interface Cue {
  /** Token index of the cue's first word, and one past its last word. */
  a: number;
  b: number;
  lemma: string;
  kind: CueKind;
  /** "-ing" participle ("adding", "saying"): takes its subject from the clause it hangs on. */
  participle: boolean;
  /** Passive with an agent: "was told by X", "reported by local press". */
  passiveBy: boolean;
}

// Forms that are also common nouns; as verbs they need a subject right before them.
const NOUN_HOMOGRAPHS = new Set([
  'state', 'states', 'report', 'reports', 'claim', 'claims', 'post', 'posts', 'comment', 'comments', 'tweet', 'tweets',
  'note', 'notes', 'estimate', 'estimates', 'charge', 'charges', 'counter', 'counters', 'promise', 'promises', 'pledge',
  'pledges', 'question', 'questions', 'name', 'names', 'call', 'calls', 'credit', 'credits', 'demand', 'demands',
  'attack', 'attacks', 'blame', 'welcome', 'welcomes', 'defend', 'praise', 'reply', 'replies', 'remark', 'remarks',
  'warning', 'warnings', 'statement', 'answer', 'request', 'concern', 'hint', 'hints', 'forecast', 'forecasts', 'plea',
  'pleas', 'vow', 'vows', 'threat', 'threats', 'urge', 'ask', 'stress', 'address', 'affirm', 'announce', 'admit', 'add',
  'agree', 'explain', 'insist', 'deny', 'say', 'tell', 'write', 'warn', 'suggest', 'argue', 'describe', 'indicate',
  'reveal', 'accuse', 'express', 'confirm', 'condemn', 'criticize', 'criticise', 'identify', 'recommend', 'attest',
  'reject', 'dismiss', 'question', 'continue', 'list', 'lists', 'emphasize', 'emphasise', 'cite', 'refer', 'encourage', 'characterize',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", 'am']);
// Subordinators that are also prepositions: a verb after them still has its subject before.
const CONJ_PREPS = new Set(['as', 'while', 'when', 'after', 'before', 'since', 'because', 'if', 'though', 'although']);
const MODALS = new Set(['may', 'might', 'can', 'could', 'would', 'should', 'must', 'shall']);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who']);
const AS_SAYING = new Set(['saying', 'stating', 'telling', 'writing', 'declaring', 'adding', 'remarking']);

/** Lemmas whose cue is a relay of someone else's words ("X reported Y said"). */
export const RELAY_LEMMAS = new Set(['report', 'claim', 'say', 'quote', 'cite']);

/** What findCues asks of a word a cue can start with, read with one lookup instead of one per list. */
interface CueWord {
  noun: boolean;
  homograph: boolean;
  /** As a verb: its lemma (a verb of speech's, else one taking an object's, else the word). */
  lemma: string;
  /** As a verb: what kind of cue it makes; null when it is no verb of saying. */
  kind: 'speech' | 'object' | 'quoteOnly' | null;
}
const CUE_WORDS = new Map<string, CueWord>();
for (const w of CUE_STARTS) {
  const speech = SPEECH_VERBS.get(w);
  const object = OBJECT_VERBS.get(w);
  // Words that are cues only before a quotation ("continued, '...'", "spoke on TV, '...'").
  const kind = speech ? 'speech' : QUOTE_ONLY_VERBS.has(w) ? 'quoteOnly' : object ? 'object' : null;
  CUE_WORDS.set(w, { noun: SPEECH_NOUNS.has(w), homograph: NOUN_HOMOGRAPHS.has(w), lemma: speech ?? object ?? w, kind });
}

export function findCues(toks: Token[], a: number, b: number): Cue[] {
  const cues: Cue[] = [];
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || t.quote >= 0) continue;
    const low = t.low;
    // Every word a cue can start with is classed W_CUE (lexicon.ts CUE_STARTS). The tokenizer gives
    // each word its classes, read once per distinct word (tokens.ts), so this is one bit test.
    if (!hasClass(t, W_CUE)) continue;

    if (low === 'according' && toks[i + 1]?.low === 'to' && i + 1 < b) {
      cues.push({ a: i, b: i + 2, lemma: 'according to', kind: 'according', participle: false, passiveBy: false });
      i++;
      continue;
    }
    // "X quoted Y as saying", "X cited Y as stating", "X was quoted as saying".
    if ((low === 'quoted' || low === 'cited' || low === 'quoting' || low === 'citing') && i + 1 < b) {
      const as = findAsSaying(toks, i + 1, Math.min(b, i + 25));
      if (as >= 0) {
        cues.push({ a: i, b: as + 2, lemma: low.startsWith('quot') ? 'quote' : 'cite', kind: 'quotedAs', participle: low.endsWith('ing'), passiveBy: false });
        i = as + 1;
        continue;
      }
      if (low === 'quoted' || low === 'quoting') {
        cues.push({ a: i, b: i + 1, lemma: 'quote', kind: 'relay', participle: low === 'quoting', passiveBy: false });
        continue;
      }
      if (low === 'citing' || low === 'cited') continue; // "citing the attack as an example" is not speech
    }
    const cw = CUE_WORDS.get(low)!; // every W_CUE word is a CUE_STARTS word
    // "X's remarks ... that": a noun of saying after a possessive.
    if (cw.noun && i > a && endsPossessiveMark(toks[i - 1].text) && toks[i - 1].cap) {
      cues.push({ a: i, b: i + 1, lemma: low, kind: 'noun', participle: false, passiveBy: false });
      continue;
    }

    const kind = cw.kind;
    if (kind === null) continue;
    // Capitalised: a name ("United States", "Post"), or a sentence-initial participle ("Recalling ...").
    if (t.cap) continue;
    const lemma = cw.lemma;
    const prev = prevWord(toks, i, a);
    const prevLow = prev >= 0 ? toks[prev].low : '';
    // Infinitives ("wanted to tell") and noun uses ("the statement", "all claims") are not cues.
    if (prevLow === 'to' && !SAID_TOLD.has(low)) continue;
    if (prev >= 0 && DETERMINERS.has(prevLow) && prevLow !== 'that') continue;
    if (prev >= 0 && PREPOSITIONS.has(prevLow) && !low.endsWith('ing') && !CONJ_PREPS.has(prevLow)) continue;
    if (cw.homograph && !verbContext(toks, i, a)) continue;
    // "called for", "referred to", "spoke of": phrasal forms.
    let end = i + 1;
    let lem = lemma;
    const next = toks[i + 1];
    if (lemma === 'call' && next?.low === 'for') { end++; lem = 'call for'; }
    if (lemma === 'refer' && next?.low === 'to') { end++; lem = 'refer to'; }
    if ((low === 'spoke' || low === 'speaking' || low === 'speaks') && next?.low === 'of') { end++; lem = 'speak of'; }
    if (lemma === 'call' && lem === 'call' && next && (next.low === 'on' || next.low === 'off' || next.low === 'up')) continue;
    // Passive: "was told by X" keeps the agent as speaker; other passives are not cues.
    const passive = isPassive(toks, i, a);
    const by = toks[end]?.low === 'by';
    if (passive && !by) continue;
    // "-ed" after a noun with "by": "a cargo plane, reported by local press as ..."
    const passiveBy = (passive && by) || (by && low.endsWith('ed') && toks[i - 1]?.text === ',');
    if (!passive && by && low.endsWith('ed') && !passiveBy) continue;
    // Hypotheticals are not reports: "may declare", "could say".
    if (prev >= 0 && MODALS.has(prevLow)) continue;
    if (!passiveBy && low.endsWith('ed') && reducedRelative(toks, i, a)) continue;
    const participle = low.endsWith('ing');
    // "referred to" is a cue only as "referred to X as Y".
    if (lem === 'refer to' && !hasAsLater(toks, end, b)) continue;
    cues.push({ a: i, b: end, lemma: lem, kind, participle, passiveBy });
    i = end - 1;
  }
  return cues;
}

function findAsSaying(toks: Token[], from: number, to: number): number {
  for (let j = from; j < to - 1; j++) {
    if (toks[j].quote >= 0) return -1;
    if (toks[j].low === 'as' && AS_SAYING.has(toks[j + 1].low)) return j;
    if (toks[j].text === '.' || toks[j].text === ';') return -1;
  }
  return -1;
}

export function prevWord(toks: Token[], i: number, a: number): number {
  for (let j = i - 1; j >= a; j--) {
    if (toks[j].kind === 'w') return j;
    if (toks[j].text === ',' || toks[j].kind === 'q' || toks[j].quote >= 0) return -1;
  }
  return -1;
}

/** A homograph reads as a verb when a subject (name, pronoun, plural source noun) comes right before it. */
function verbContext(toks: Token[], i: number, a: number): boolean {
  let j = i - 1;
  while (j >= a && toks[j].kind === 'w' && hasClass(toks[j], W_ADV) && !hasClass(toks[j], W_AUX)) j--;
  if (j < a) return false;
  const p = toks[j];
  if (p.text === ',' || p.text === ')') return true;
  if (p.kind !== 'w') return p.quote >= 0; // right after a quotation: '"...", claims X'
  if (hasClass(p, W_AUX)) return !BE.has(p.low) || toks[i].low.endsWith('ing');
  if (p.low === 'not' || p.low === 'also' || p.low === 'never') return true;
  if ((p.low === 'and' || p.low === 'but') && toks[i].low.endsWith('ed')) return true;
  if (SUBJECT_PRONOUNS.has(p.low)) return true;
  const w = toks[i].low;
  const base = !(w.endsWith('s') || w.endsWith('ed') || w.endsWith('ing')) || w.endsWith('ss');
  // "a UN report", "the BBC report": a base form after a singular name is a noun.
  if (p.cap && !hasClass(p, W_DET)) return !base || hasClass(p, W_PLURAL) || p.low.endsWith('s');
  const last = p.text.charCodeAt(p.text.length - 1);
  if (last === 39 || last === 0x2019) return true;
  if (hasClass(p, W_PLURAL) && !w.endsWith('s')) return true;
  if (w.endsWith('s') && !w.endsWith('ss')) return (hasClass(p, W_SOURCE) || hasClass(p, W_DOC)) && !hasClass(p, W_PLURAL);
  if (w.endsWith('ed') || w.endsWith('ing')) return !hasClass(p, W_DET) && !hasClass(p, W_PREP);
  return false;
}


function isPassive(toks: Token[], i: number, a: number): boolean {
  let j = i - 1;
  while (j >= a && toks[j].kind === 'w' && (hasClass(toks[j], W_ADV) || toks[j].low === 'not') && !BE.has(toks[j].low)) j--;
  if (j < a || toks[j].kind !== 'w') return false;
  const w = toks[i].low;
  return BE.has(toks[j].low) && !w.endsWith('ing') && !w.endsWith('s');
}

function hasAsLater(toks: Token[], from: number, b: number): boolean {
  for (let j = from; j < b && j < from + 15; j++) if (toks[j].low === 'as' && toks[j].quote < 0) return true;
  return false;
}

/** "a statement posted to ...", "a chef named X", "the "area" first announced": an "-ed" form
 *  right after a common noun or a quotation qualifies it; it does not report. */
function reducedRelative(toks: Token[], i: number, a: number): boolean {
  let j = i - 1;
  while (j >= a && toks[j].kind === 'w' && hasClass(toks[j], W_ADV) && !hasClass(toks[j], W_AUX)) j--;
  if (j < a) return false;
  const p = toks[j];
  if (p.kind !== 'w' || p.cap) return false;
  if (hasClass(p, W_DOC)) {
    // "The Turkish statement called for ...": a document opening the clause is the subject.
    let k = j - 1;
    while (k >= a && toks[k].kind === 'w' && (hasClass(toks[k], W_DET) || toks[k].cap || endsPossessiveMark(toks[k].text))) k--;
    return k >= a;
  }
  if (hasClass(p, W_PRON) || hasClass(p, W_AUX) || p.low === 'who' || p.low === 'which' || p.low === 'that') return false;
  if (p.low === 'and' || p.low === 'but' || p.low === 'or' || p.low === 'then' || p.low === 'also') return false; // "... and claimed
  if (hasClass(p, W_SOURCE) || hasClass(p, W_PLURAL) || p.low.endsWith('s')) return false;
  return isLowerAscii(p.low) && !hasClass(p, W_ADV) && !p.low.endsWith('ly');
}
