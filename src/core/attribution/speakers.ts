// Reads a speaker mention (a run of tokens at an attribution site) into what it says about the
// speaker: a name, a description, a pronoun or several speakers at once, with role, affiliation,
// kind, gender and number. "U.S. Secretary of State John Ashby" -> name "John Ashby", role
// "Secretary of State", affiliation "United States".
import type { SpeakerKind } from '../types';
import { detached } from '../detached';
import { hasClass, retoken, type Token } from './tokens';
import * as lexicon from './lexicon';
import { W_DET, W_DOC, W_HONORIFIC, W_NATION, W_NATION_WORD, W_ORG, W_PRON, W_SOURCE, W_TITLE, W_TITLE_WORD } from './lexicon';
import { isAscii, isSpaceCode } from './words';
// Local bindings: module-namespace getters would cost a call on every lookup in the hot loops.
const { DOCUMENT_NOUNS, FIRST_NAMES, GENDERED_ROLES, HONORIFICS, NATIONALITIES, OUTLETS, PLURAL_HEADS, PRONOUNS, SOURCE_NOUNS } = lexicon;
// Word lists as Sets: one lookup instead of a scan of the list for every word.
const DEFINITE_ARTICLES = new Set(['the', 'this', 'that']);
const ROLE_TRAILERS = new Set(['of', 'for', 'to', 'the']);
const HEAD_BOUNDARIES = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'on']);
const DEFINITE_DETERMINERS = new Set(['the', 'this', 'that', 'his', 'her', 'its', 'their']);

export interface MentionInfo {
  s: number;
  e: number;
  text: string;
  /** The proper name in the mention ("John Ashby", "MTI news agency" -> "MTI"), or null. */
  name: string | null;
  /** A description standing in for a name ("the Russian diplomat"), lower-cased words, or null. */
  description: string | null;
  pronoun: string | null;
  kind: SpeakerKind;
  role: string | null;
  affiliation: string | null;
  gender: 'm' | 'f' | null;
  plural: boolean;
  /** Lower-cased role/affiliation words, for resolving descriptions later. */
  traits: string[];
  /** "38" for "John Smith, 38," or "the 38-year-old". */
  age: string | null;
  /** A joint mention ("X and Y") lists its parts. */
  parts: MentionInfo[] | null;
  /** Definite description ("the minister") that should corefer with a known entity. */
  anaphoric: boolean;
  /** A single capitalised word with nothing to say what it names ("Boeing", "Varga"). */
  loneName?: boolean;
}

/** Common words that start a sentence capitalised: never a name on their own. */
const COMMON_CAPS = new Set(['police', 'officials', 'residents', 'witnesses', 'sources', 'reports', 'prosecutors', 'authorities', 'analysts', 'experts', 'critics', 'local', 'state', 'federal', 'senior', 'government', 'military', 'army', 'security', 'rescuers', 'investigators', 'doctors', 'officers', 'lawyers', 'protesters', 'activists', 'supporters', 'opponents', 'scientists', 'researchers', 'members', 'people', 'media', 'some', 'many', 'several', 'both']);
// Leading time words of a mention ("This Thursday the Commission ...").
const DAY_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);
const DAY_LEADS = new Set(['this', 'last', 'next', 'on', 'late', 'early', 'earlier']);
const COUNTRIES = new Set<string>(['saudi arabia', 'south africa', 'united states', 'united kingdom', 'north korea', 'south korea', 'new zealand', 'south sudan', 'sri lanka', 'costa rica', 'el salvador', 'united arab emirates', 'czech republic']);
const NAME_PARTICLES = new Set(['bin', 'ibn', 'al', 'al-', 'el', 'de', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'y', 'abu', 'ben']);

// ASCII needs no decomposition; only other text pays for NFD, once per distinct string: coreference
// compares the same few names many times over an article ("Dahleström" against every mention).
// Bounded (emptied when full), and its keys are copies: a key cut from an article's text would
// keep that text alive (detached.ts).
const STRIPPED = new Map<string, string>();
const STRIPPED_MAX = 2048;
export const stripMarks = (s: string): string => {
  if (isAscii(s)) return s;
  let r = STRIPPED.get(s);
  if (r === undefined) {
    r = s.normalize('NFD').replace(/\p{M}/gu, '');
    if (STRIPPED.size >= STRIPPED_MAX) STRIPPED.clear();
    STRIPPED.set(detached(s), detached(r));
  }
  return r;
};

const INITIAL = /^\p{Lu}\.$/u;
/** "J." (an astral capital takes two code units): the regex runs only on two- or three-unit words ending in a dot. */
export const isInitialText = (w: string) => (w.length === 2 || w.length === 3) && w.charCodeAt(w.length - 1) === 46 && INITIAL.test(w);
const isInitial = (t: Token) => isInitialText(t.text);
// Suffix trims as character tests: these run on every word of every mention.
const LOWER_START = /^\p{Ll}/u;
/** `/^\p{Ll}/u.test(w)`, without the regex for an ASCII first letter. */
export const startsLower = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : LOWER_START.test(w);
};
/** `w.replace(/\.$/, '')` */
export const dropDot = (w: string) => (w.charCodeAt(w.length - 1) === 46 ? w.slice(0, -1) : w);
/** `w.replace(/'s$/, '')` */
export const dropApostropheS = (w: string) => (w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) === 39 ? w.slice(0, -2) : w);
/** `w.replace(/['’]s$/, '')` */
export const dropPossessive = (w: string) => {
  const c = w.length >= 2 && w.charCodeAt(w.length - 1) === 115 ? w.charCodeAt(w.length - 2) : 0;
  return c === 39 || c === 0x2019 ? w.slice(0, -2) : w;
};
// Word classes read once per token (tokens.ts classOf), each the same test on the lower-cased word:
// TITLE_WORDS with or without a final dot, or an honorific; ORG_WORDS or NATIONALITIES without a final 's.
const isTitle = (t: Token) => hasClass(t, W_TITLE);
const isOrgWord = (t: Token) => hasClass(t, W_ORG);
const isNationality = (t: Token) => hasClass(t, W_NATION);
/** Words that continue a capitalised organisation phrase backwards ("Ministry of Defence"). */
const ORG_LINKS = new Set(['of', 'for', 'and', 'on', 'the', '&']);
/** Most words in one of COUNTRIES: a longer mention cannot be one. */
const COUNTRY_WORDS_MAX = Math.max(...[...COUNTRIES].map((c) => c.split(' ').length));
/** First words of COUNTRIES: the joined phrase is only built when the mention starts with one. */
const COUNTRY_FIRST_WORDS = new Set([...COUNTRIES].map((c) => c.split(' ')[0]));
/** `/['’]s$/.test(w) || /s['’]$/.test(w)`: "Smith's", "Jones’", "officials'". */
export const isPossessiveText = (w: string) => {
  if (w.length < 2) return false;
  const last = w.charCodeAt(w.length - 1);
  const prev = w.charCodeAt(w.length - 2);
  return (last === 115 && (prev === 39 || prev === 0x2019)) || (prev === 115 && (last === 39 || last === 0x2019));
};
const possessive = (t: Token) => isPossessiveText(t.text);

function joinTokens(text: string, toks: Token[]): string {
  return joinRange(text, toks, 0, toks.length);
}

/** `s.replace(/\s+/g, ' ')`, returning `s` itself when it has nothing but single spaces (the usual case). */
export function squeezeSpaces(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 ? i + 1 < s.length && isSpaceCode(s.charCodeAt(i + 1)) : isSpaceCode(c)) return s.replace(/\s+/g, ' ');
  }
  return s;
}

/** Analyses tokens [a, b) of `toks` as one speaker mention. */
export function readMention(text: string, toks: Token[], a: number, b: number): MentionInfo | null {
  const m = readMentionOf(text, toks, a, b);
  if (m) detachMention(m);
  return m;
}

/** Mentions outlive their analysis in the incremental path's drafts: their strings become copies (detached.ts). */
function detachMention(m: MentionInfo): void {
  m.text = detached(m.text);
  if (m.name) m.name = detached(m.name);
  if (m.role) m.role = detached(m.role);
  if (m.description) m.description = detached(m.description);
  if (m.affiliation) m.affiliation = detached(m.affiliation);
  for (let i = 0; i < m.traits.length; i++) m.traits[i] = detached(m.traits[i]);
  if (m.parts) for (const part of m.parts) detachMention(part);
}

function readMentionOf(text: string, toks: Token[], a: number, b: number): MentionInfo | null {
  // Trim punctuation at both ends (but keep a closing parenthesis of "(FSB)").
  while (a < b && toks[a].kind !== 'w' && toks[a].text !== '(') a++;
  while (b > a && toks[b - 1].kind !== 'w' && toks[b - 1].text !== ')') b--;
  if (a >= b) return null;
  const span = toks.slice(a, b);
  // "John Ashby's remarks": the name without its possessive ending.
  const last = span[span.length - 1];
  if (last.text.length > 2 && endsApostropheS(last.text)) span[span.length - 1] = cutEnd(last, 2);
  const s = span[0].s;
  const e = span[span.length - 1].e;

  // A pronoun on its own.
  if (span.length === 1 && hasClass(span[0], W_PRON)) {
    const p = PRONOUNS.get(span[0].low)!;
    return asPronoun(mention(s, e, text.slice(s, e)), span[0].low, p);
  }

  // Appositives: "Joan Whitfield, the Speaker of the House" -> the named chunk carries the entity.
  if (!hasTopComma(span)) {
    const info = readChunk(text, span);
    return info && place(info, s, e, text.slice(s, e));
  }
  const chunks = splitTop(span, ',');
  const infos: MentionInfo[] = [];
  let ageChunk: Token[] | undefined;
  for (const c of chunks) {
    const x = readChunk(text, c);
    if (x) infos.push(x);
    if (ageChunk === undefined && c.length === 1 && isAgeText(c[0].text)) ageChunk = c;
  }
  const named = pickNamed(infos);
  if (!named) return null;
  // The others' traits after the named chunk's, in chunk order; the first role, description,
  // affiliation and gender found among them fill what the named chunk lacks.
  const traits = named.traits.slice();
  let otherRole: string | undefined;
  let otherDescription: string | undefined;
  let otherAffiliation: string | undefined;
  let otherGender: 'm' | 'f' | undefined;
  for (const o of infos) {
    if (o === named) continue;
    for (const t of o.traits) traits.push(t);
    if (otherRole === undefined && o.role) otherRole = o.role;
    if (otherDescription === undefined && o.description) otherDescription = o.description;
    if (otherAffiliation === undefined && o.affiliation) otherAffiliation = o.affiliation;
    if (otherGender === undefined && o.gender) otherGender = o.gender;
  }
  const role = named.role ?? otherRole ?? otherDescription ?? null;
  const affiliation = named.affiliation ?? otherAffiliation ?? null;
  const gender = named.gender ?? otherGender ?? null;
  // readChunk's results are fresh objects no one else holds: set fields in place, not by spread.
  const age = ageChunk ? ageChunk[0].text : named.age;
  const anaphoric = named.anaphoric && !named.name;
  place(named, s, e, text.slice(s, e));
  named.traits = traits;
  named.role = role;
  named.affiliation = affiliation;
  named.gender = gender;
  named.age = age;
  named.anaphoric = anaphoric;
  return named;
}

/** The chunk that carries the entity: a person's name of two words or more, else a person's name,
 *  else any name of one speaker, else any name, else the first chunk. */
function pickNamed(infos: MentionInfo[]): MentionInfo | undefined {
  let personName: MentionInfo | undefined;
  let single: MentionInfo | undefined;
  let anyName: MentionInfo | undefined;
  for (const x of infos) {
    if (!x.name) continue;
    if (!x.parts) {
      if (x.kind === 'person') {
        if (hasSpace(x.name)) return x;
        personName ??= x;
      }
      single ??= x;
    }
    anyName ??= x;
  }
  return personName ?? single ?? anyName ?? infos[0];
}

/** `/\s/.test(s)` */
function hasSpace(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isSpaceCode(s.charCodeAt(i))) return true;
  return false;
}

/** `/^\d{1,3}$/.test(w)` */
export function isAgeText(w: string): boolean {
  if (w.length < 1 || w.length > 3) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** `/['’]s$/.test(w)` */
function endsApostropheS(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** A copy of `t` without its last `n` characters. */
function cutEnd(t: Token, n: number): Token {
  return retoken(t, t.text.slice(0, -n), t.low.slice(0, -n), t.e - n, t.cap);
}

/** A fresh mention of [s, e) that says nothing yet. One literal, so every mention has one shape. */
function mention(s: number, e: number, text: string): MentionInfo {
  return {
    s, e, text,
    name: null, description: null, pronoun: null, kind: 'person', role: null, affiliation: null, gender: null,
    plural: false, traits: [], age: null, parts: null, anaphoric: false,
  };
}

// Results are written into the fresh object of each reader rather than spread into a new
// one: object spreads were a third of the time spent reading mentions.

/** A pronoun mention. */
function asPronoun(m: MentionInfo, pronoun: string, p: { gender: 'm' | 'f' | null; plural: boolean; person: boolean | null }): MentionInfo {
  m.pronoun = pronoun;
  m.gender = p.gender;
  m.plural = p.plural;
  m.kind = p.person === false ? 'organization' : 'person';
  return m;
}

/** A fresh mention moved to [s, e) (the whole run it was read from). */
function place(m: MentionInfo, s: number, e: number, text: string): MentionInfo {
  m.s = s;
  m.e = e;
  m.text = text;
  return m;
}

/** A comma outside parentheses: the mention has appositives. */
function hasTopComma(span: Token[]): boolean {
  let depth = 0;
  for (const t of span) {
    const x = t.text;
    if (x === '(') depth++;
    else if (x === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && x === ',') return true;
  }
  return false;
}

function splitTop(span: Token[], sep: string): Token[][] {
  const out: Token[][] = [];
  let cur: Token[] = [];
  let depth = 0;
  for (const t of span) {
    if (t.text === '(') depth++;
    if (t.text === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && t.text === sep) {
      if (cur.length) out.push(cur);
      cur = [];
    } else cur.push(t);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** `squeezeSpaces` of the text from `toks[from]` to `toks[to - 1]`; '' when the range is empty.
 *  When the tokens are nothing or one space apart, the text has no white space to squeeze, and its
 *  characters are not read (a punctuation token can be white space itself: a thin space is one). */
function joinRange(text: string, toks: Token[], from: number, to: number): string {
  if (to <= from) return '';
  const s = text.slice(toks[from].s, toks[to - 1].e);
  let prevEnd = toks[from].s;
  for (let k = from; k < to; k++) {
    const t = toks[k];
    const gap = t.s - prevEnd;
    if ((gap !== 0 && (gap !== 1 || text.charCodeAt(prevEnd) !== 32)) || (t.kind !== 'w' && isSpaceCode(text.charCodeAt(t.s)))) return squeezeSpaces(s);
    prevEnd = t.e;
  }
  return s;
}

/** `s.replace(/^the\s+/i, '')` */
function dropLeadingThe(s: string): string {
  return s.length > 3 && (s.charCodeAt(0) | 32) === 116 && (s.charCodeAt(1) | 32) === 104 && (s.charCodeAt(2) | 32) === 101 && isSpaceCode(s.charCodeAt(3)) ? s.replace(/^the\s+/i, '') : s;
}

/** Words of `toks` joined by single spaces: `toks.map((t) => t.text).join(' ')`, or their lower-case forms. */
function wordsJoined(toks: Token[], from: number, to: number, lower: boolean): string {
  let out = '';
  for (let k = from; k < to; k++) out += k > from ? ' ' + (lower ? toks[k].low : toks[k].text) : lower ? toks[k].low : toks[k].text;
  return out;
}

/** The text of a mention read by readChunk: its span, runs of white space as single spaces. */
function chunkText(text: string, m: MentionInfo): string {
  return squeezeSpaces(text.slice(m.s, m.e));
}

/** Reads one chunk of a mention (no top-level comma). The result's `text` is '' (its readers place
 *  it, or set it with chunkText): cutting and squeezing it for every chunk was wasted work. */
function readChunk(text: string, chunk: Token[]): MentionInfo | null {
  let toks: Token[] = [];
  for (const t of chunk) if (t.kind === 'w' || t.text === '(' || t.text === ')' || t.text === '&' || t.text === '-') toks.push(t);
  if (!toks.length) return null;
  const base = mention(toks[0].s, toks[toks.length - 1].e, '');
  if (toks.length === 1 && hasClass(toks[0], W_PRON)) {
    const p = PRONOUNS.get(toks[0].low)!;
    return asPronoun(base, toks[0].low, p);
  }
  // Drop a relative clause: "a UN rapporteur who had investigated the case".
  for (let r = 1; r < toks.length; r++) {
    const low = toks[r].low;
    if (low === 'who' || low === 'which' || low === 'that') {
      toks = toks.slice(0, r);
      break;
    }
  }

  // Joint speakers: "X and Y" where both sides can speak.
  let andAt = -1;
  for (let r = 1; r < toks.length - 1; r++) {
    if (toks[r].low === 'and' || toks[r].low === '&') {
      andAt = r;
      break;
    }
  }
  if (andAt > 0) {
    const left = toks.slice(0, andAt);
    const right = toks.slice(andAt + 1);
    const rightStarts = right[0];
    let leftCore = false;
    for (const t of left) if (!hasClass(t, W_DET)) { leftCore = true; break; }
    // Inside one capitalised name ("Police and Crime Commissioner X") keep it whole.
    const insideTitle = left.length && left[left.length - 1].cap && rightStarts.cap && isTitle(left[left.length - 1]) && !isHead(left);
    if (!insideTitle && leftCore && (hasClass(rightStarts, W_DET) || rightStarts.cap || hasClass(rightStarts, W_PRON) || hasClass(rightStarts, W_TITLE_WORD))) {
      const l = readChunk(text, left);
      const r = readChunk(text, right);
      if (l && r && (l.name || l.description || l.pronoun) && (r.name || r.description || r.pronoun)) {
        l.text = chunkText(text, l);
        r.text = chunkText(text, r);
        const label = (m: MentionInfo) => m.name ?? m.description ?? m.text;
        const kind: SpeakerKind = l.kind === r.kind ? l.kind : 'organization';
        base.name = `${label(l)} and ${label(r)}`;
        base.kind = kind;
        base.plural = true;
        base.parts = [l, r];
        base.role = 'joint attribution';
        base.affiliation = l.affiliation === r.affiliation ? l.affiliation : null;
        return base;
      }
    }
  }

  // Leading time words: "This Thursday the Commission ..."
  while (toks.length > 1 && (DAY_WORDS.has(toks[0].low) || (DAY_LEADS.has(toks[0].low) && DAY_WORDS.has(toks[1]?.low ?? '')))) toks = toks.slice(1);
  // A capitalised first word that is a common word ("Local rights groups", "Police") is not a name.
  if (toks[0].cap && !hasClass(toks[0], W_NATION_WORD) && !isAcronymText(toks[0].text) && (COMMON_CAPS.has(toks[0].low) || (toks.length > 1 && !toks[1].cap && toks[1].kind === 'w' && !hasClass(toks[1], W_DET) && toks[1].low !== 'of' && !possessive(toks[0])))) {
    toks = toks.slice();
    toks[0] = retoken(toks[0], toks[0].text, toks[0].low, toks[0].e, false);
  }
  // Leading determiners and possessive pronouns: "the", "his", "one".
  let i = 0;
  const dets: string[] = [];
  while (i < toks.length - 1 && (hasClass(toks[i], W_DET) || toks[i].low === 'ex' || toks[i].low === 'ex-')) dets.push(toks[i++].low);
  const rest = i ? toks.slice(i) : toks;
  const n = rest.length;
  if (!n) return null;
  if (n === 1 && hasClass(rest[0], W_PRON)) {
    const p = PRONOUNS.get(rest[0].low)!;
    return asPronoun(base, rest[0].low, p);
  }

  // A document with an author: "a memo posted online by Senator X", "data from the archive".
  let docAt = -1;
  for (let r = 0; r < n; r++) if (hasClass(rest[r], W_DOC)) { docAt = r; break; }
  if (docAt >= 1 && possessive(rest[docAt - 1]) && rest[docAt - 1].cap) {
    // "The Centre for Aviation's database": the owner speaks.
    const owner = rest.slice(0, docAt);
    const o = owner[docAt - 1];
    owner[docAt - 1] = retoken(o, o.text.replace(/['’]s?$/, ''), o.low.replace(/['’]s?$/, ''), o.e - 2, o.cap);
    const author = readChunk(text, owner);
    if (author) return place(author, base.s, base.e, '');
  }
  if (docAt >= 0 && docAt <= 3) {
    let by = -1;
    for (let r = docAt + 1; r < n; r++) {
      const low = rest[r].low;
      if (low === 'by' || low === 'from' || low === 'of') { by = r; break; }
    }
    if (by > 0 && by < n - 1) {
      const author = readChunk(text, rest.slice(by + 1));
      if (author) return place(author, base.s, base.e, '');
    }
  }

  // "the chair of the Budget Review Board": a role description, whatever capitals follow "of".
  let ofIdx = -1;
  for (let r = 0; r < n; r++) if (rest[r].low === 'of' || rest[r].low === 'for') { ofIdx = r; break; }
  if (ofIdx > 0 && !rest[ofIdx - 1].cap && (hasClass(rest[ofIdx - 1], W_SOURCE) || hasClass(rest[ofIdx - 1], W_TITLE_WORD)) && noneCapExceptNationality(rest, ofIdx)) {
    const words = wordsJoined(rest, 0, n, false);
    const head = rest[ofIdx - 1].low;
    const g: 'm' | 'f' | null = GENDERED_ROLES.get(head) ?? null;
    const definite = dets.length > 0 && DEFINITE_ARTICLES.has(dets[0]);
    const kindOf = SOURCE_NOUNS.get(head) === 'organization' ? 'organization' : definite ? 'person' : 'anonymous';
    base.description = words;
    base.kind = kindOf;
    base.role = words;
    base.gender = g;
    base.plural = PLURAL_HEADS.has(head);
    const traits: string[] = [];
    for (const t of rest) traits.push(dropPossessive(t.low));
    base.traits = traits;
    base.anaphoric = definite && !PLURAL_HEADS.has(head);
    return base;
  }
  // "Ann Lowell of The Times": a person's name, then the organisation.
  if (ofIdx >= 2 && allPlainNames(rest, ofIdx)) {
    base.name = joinRange(text, rest, 0, ofIdx);
    base.kind = 'person';
    base.affiliation = dropLeadingThe(joinRange(text, rest, ofIdx + 1, n));
    base.gender = FIRST_NAMES.get(stripMarks(rest[0].low)) ?? null;
    const traits: string[] = [];
    for (let r = ofIdx + 1; r < n; r++) traits.push(rest[r].low);
    base.traits = traits;
    return base;
  }
  // Age: "the 38-year-old".
  let ageTok: Token | undefined;
  for (const t of rest) if (isYearOld(t.low)) { ageTok = t; break; }
  if (ageTok) {
    base.description = wordsJoined(rest, 0, n, true);
    base.age = ageTok.low.split('-')[0];
    base.anaphoric = true;
    base.kind = 'person';
    return base;
  }

  // The proper name: the last run of capitalised words that are not titles or org words.
  let end = n;
  if (end > 0 && rest[end - 1].text === ')') {
    // "(FSB)" after an organisation name belongs to it.
    let open = -1;
    for (let r = n - 1; r >= 0; r--) if (rest[r].text === '(') { open = r; break; }
    if (open > 0) end = open;
  }
  // Trailing lower-case words after a capitalised phrase ("Itar-Tass news agency", "IRS website").
  let tailLower = end;
  while (tailLower > 0 && !rest[tailLower - 1].cap && startsLower(rest[tailLower - 1].text)) tailLower--;
  const capPhraseEnd = tailLower > 0 ? tailLower : end;

  let k = capPhraseEnd;
  while (k > 0) {
    const t = rest[k - 1];
    const okName = (t.cap || NAME_PARTICLES.has(t.low) || isInitial(t)) && !isTitle(t) && !isOrgWord(t) && !isNationality(t) && !possessive(t);
    if (!okName) break;
    k--;
  }
  while (k < capPhraseEnd && NAME_PARTICLES.has(rest[k].low)) k++;
  // The name is rest[nameA, nameB); before it rest[0, k), after it rest[capPhraseEnd, n).
  let nameA = k;
  const nameB = capPhraseEnd;
  const afterLen = n - capPhraseEnd;

  // Capitalised phrase containing organisation words: the whole phrase is an organisation.
  // Its core is rest[capStart, capPhraseEnd), with any bracketed acronym rest[capStart, end).
  let capStart = capPhraseEnd;
  while (capStart > 0 && (rest[capStart - 1].cap || ORG_LINKS.has(rest[capStart - 1].low) || rest[capStart - 1].text === '(' || rest[capStart - 1].text === ')')) capStart--;
  while (capStart < capPhraseEnd && !rest[capStart].cap) capStart++;
  const capCoreLen = capPhraseEnd - capStart;
  let hasOrgWord = false;
  for (let r = capStart; r < capPhraseEnd; r++) if (isOrgWord(rest[r]) && rest[r].cap) { hasOrgWord = true; break; }
  const traits: string[] = [];
  const roleToks: Token[] = [];
  let affiliation: string | null = null;
  let gender: 'm' | 'f' | null = null;
  // The words around the name (before it, then after it), without building a joined array.
  for (let q = 0; q < n; q++) {
    if (q === k) q = capPhraseEnd;
    if (q >= n) break;
    const t = rest[q];
    const low = dropDot(dropPossessive(t.low));
    // W_NATION_WORD is NATIONALITIES.has(t.low): the Map is asked only when a suffix was cut.
    if (hasClass(t, W_NATION_WORD) || (low !== t.low && NATIONALITIES.has(low))) {
      affiliation ??= NATIONALITIES.get(t.low) ?? NATIONALITIES.get(low)!;
      traits.push(low);
      continue;
    }
    if (hasClass(t, W_HONORIFIC)) {
      gender ??= HONORIFICS.get(t.low) ?? null;
      continue;
    }
    if (gender === null) gender = GENDERED_ROLES.get(low) ?? null;
    if (possessive(t) && t.cap) {
      affiliation ??= t.text.replace(/['’]s?$/, '');
      continue;
    }
    traits.push(low);
    if (isTitle(t) || t.low === 'of' || t.low === 'for' || roleToks.length) roleToks.push(t);
  }
  // Roles read better without trailing prepositions.
  while (roleToks.length && ROLE_TRAILERS.has(roleToks[roleToks.length - 1].low)) roleToks.pop();
  const role = roleToks.length ? joinTokens(text, roleToks) : null;

  // An organisation: a capitalised phrase with an org word, an outlet, an acronym, or "X news agency".
  // The head is the last word, whether or not lower-case words follow the name.
  const headLow = rest[n - 1].low;
  // A name right after a title or a possessive is a person's, whatever organisation words come before
  // ("United States President Roy Carver", "Broadcaster Ian Frost").
  const beforeName = k > 0 ? rest[k - 1] : null;
  const nameLen = nameB - nameA;
  const personName = nameLen > 0 && !afterLen && !(nameLen === 1 && isOrgLike(rest[nameA])) && (
    (beforeName && (isTitle(beforeName) || (possessive(beforeName) && beforeName.cap) || SOURCE_NOUNS.get(beforeName.low) === 'person')) ||
    (k === 0 && nameLen >= 2 && !hasOrgWord && !anyOrgLike(rest, nameA, nameB)) ||
    (nameLen >= 2 && FIRST_NAMES.has(stripMarks(rest[nameA].low))));
  // Whole country names: "Saudi Arabia", "South Africa".
  if (n >= 2 && n <= COUNTRY_WORDS_MAX && COUNTRY_FIRST_WORDS.has(rest[0].low) && COUNTRIES.has(wordsJoined(rest, 0, n, true))) {
    base.name = joinTokens(text, rest);
    base.kind = 'organization';
    base.affiliation = joinTokens(text, rest);
    const ts: string[] = [];
    for (const t of rest) ts.push(t.low);
    base.traits = ts;
    return base;
  }
  // "Erdogan's office": a possessive name and an organisation noun.
  if (n === 2 && possessive(rest[0]) && rest[0].cap && SOURCE_NOUNS.get(rest[1].low) === 'organization') {
    base.name = joinTokens(text, rest);
    base.kind = 'organization';
    base.affiliation = rest[0].text.replace(/['’]s?$/, '');
    base.traits = [rest[1].low];
    return base;
  }
  // "a Harbour Board official": an unnamed person of a named body.
  if (!personName && capCoreLen && afterLen && afterLen <= 2 && (SOURCE_NOUNS.get(headLow) === 'person' || SOURCE_NOUNS.get(headLow) === 'anonymous') && !PLURAL_HEADS.has(headLow) && dets.length && !DEFINITE_ARTICLES.has(dets[0])) {
    let description = '';
    const ts: string[] = [];
    for (const t of rest) {
      if (t.kind !== 'w') continue;
      description += ts.length ? ' ' + t.text : t.text;
      ts.push(t.low);
    }
    base.description = description;
    base.kind = 'anonymous';
    base.affiliation = joinRange(text, rest, capStart, capPhraseEnd);
    base.traits = ts;
    base.plural = false;
    return base;
  }
  if (!personName && capCoreLen && (hasOrgWord || (nameLen === 1 && isOrgLike(rest[nameA])) || (afterLen && SOURCE_NOUNS.get(headLow) === 'organization'))) {
    // The organisation's words: rest[orgA, orgB).
    let orgA = capStart;
    const orgB = hasOrgWord ? end : end < n || afterLen ? n : capPhraseEnd;
    // Keep a bracketed acronym: "Syrian Democratic Forces (SDF)"; drop "Kurdish-led", "Yemen-based".
    const orgEnd = end < n && hasOrgWord ? n : orgB;
    while (orgEnd - orgA > 1 && rest[orgA].text.indexOf('-') >= 0 && /-(led|based|backed|funded|owned|run|born)$/i.test(rest[orgA].text)) orgA++;
    while (orgEnd - orgA > 1 && !rest[orgA].cap) orgA++;
    const name = dropLeadingThe(joinRange(text, rest, orgA, orgEnd));
    let nat: string | null | undefined;
    for (let r = capStart; r < capPhraseEnd; r++) {
      nat = NATIONALITIES.get(rest[r].low);
      if (nat) break;
    }
    nat = nat || affiliation;
    base.name = name;
    base.kind = 'organization';
    base.role = role;
    base.affiliation = nat ?? null;
    for (let r = capStart; r < capPhraseEnd; r++) traits.push(rest[r].low);
    base.traits = traits;
    base.plural = false;
    return base;
  }

  if (!nameLen && capCoreLen && isTitle(rest[capPhraseEnd - 1]) && !afterLen) {
    // "The Senate Minority Leader": a role standing for a person.
    const ws: string[] = [];
    for (const t of rest) ws.push(dropDot(t.low));
    base.description = joinTokens(text, rest);
    base.kind = 'person';
    base.role = joinTokens(text, rest);
    base.traits = ws;
    base.anaphoric = dets[0] === 'the';
    return base;
  }
  if (nameLen) {
    if (nameB - nameA > 5) nameA = nameB - 3;
    // "Mayor of Leeds Omar Reid": after "<title> of", the first capital belongs to the title.
    if (nameB - nameA >= 3 && k >= 2 && rest[k - 1].low === 'of' && isTitle(rest[k - 2]) && !anyInitial(rest, nameA, nameB)) nameA++;
    const first = stripMarks(rest[nameA].low);
    gender ??= FIRST_NAMES.get(first) ?? null;
    if (!gender) for (const w of traits) if (GENDERED_ROLES.has(w)) gender = GENDERED_ROLES.get(w)!;
    const name = joinRange(text, rest, nameA, nameB);
    // A lone unknown capitalised word with no title ("Boeing", "Airfleets") is taken for an
    // organisation; the registry turns it into a person when it is a known person's surname.
    const lone = nameB - nameA === 1 && !role && !gender && !anyTitleBefore(rest, k);
    base.name = name;
    base.kind = lone ? 'organization' : 'person';
    base.role = role;
    base.affiliation = affiliation;
    base.gender = gender;
    base.traits = traits;
    base.plural = false;
    base.loneName = lone;
    return base;
  }

  // A description: "a police official", "officials", "the Russian diplomat".
  const words: Token[] = [];
  for (const t of rest) if (t.kind === 'w') words.push(t);
  const lastLow = words.length ? words[words.length - 1].low : '';
  // Head noun: the last source noun before any "of"/"at"/"for" phrase.
  let headIdx = words.length - 1;
  let ofAt = -1;
  for (let r = 0; r < words.length; r++) if (HEAD_BOUNDARIES.has(words[r].low)) { ofAt = r; break; }
  if (ofAt > 0) headIdx = ofAt - 1;
  const head = words[headIdx] ? dropPossessive(words[headIdx].low) : lastLow;
  // Documents and recordings cited as sources ("traffic camera footage") are unnamed sources.
  const sourceKind = SOURCE_NOUNS.get(head) ?? (DOCUMENT_NOUNS.has(head) ? 'anonymous' : undefined);
  const countryOnly = words.length === 1 && isNationality(words[0]);
  if (countryOnly) {
    base.name = NATIONALITIES.get(dropPossessive(words[0].low))!;
    base.kind = 'organization';
    base.affiliation = NATIONALITIES.get(words[0].low)!;
    base.traits = traits;
    return base;
  }
  let anyCap = false;
  for (const t of words) if (t.cap) { anyCap = true; break; }
  if (!sourceKind && !anyCap && !dets.length) return null;
  const plural = PLURAL_HEADS.has(head) || (endsS(head) && !endsSS(head) && sourceKind !== undefined && sourceKind !== 'organization');
  const definite = dets.length > 0 && DEFINITE_DETERMINERS.has(dets[0]);
  let kind: SpeakerKind = sourceKind === 'organization' ? 'organization' : sourceKind === 'person' && definite ? 'person' : 'anonymous';
  if (sourceKind === 'person' && !definite && !plural) kind = 'anonymous';
  // Drop a trailing "there" ("residents there") and keep the description short.
  let description = '';
  let described = false;
  for (const t of words) {
    if (t.low === 'there' || t.low === 'here') continue;
    description += described ? ' ' + t.text : t.text;
    described = true;
  }
  for (const w of words) if (gender === null) gender = GENDERED_ROLES.get(w.low) ?? null;
  base.description = description;
  base.kind = kind;
  base.plural = plural;
  base.gender = gender;
  base.role = null;
  base.affiliation = affiliation;
  for (const t of words) traits.push(dropPossessive(t.low));
  base.traits = traits;
  base.anaphoric = definite && !plural && ofAt < 0;
  return base;
}

/** `/s$/.test(w)`, `/ss$/.test(w)` */
const endsS = (w: string) => w.charCodeAt(w.length - 1) === 115;
const endsSS = (w: string) => w.length >= 2 && w.charCodeAt(w.length - 1) === 115 && w.charCodeAt(w.length - 2) === 115;

/** `/^\d{1,3}-year-old$/.test(w)` */
function isYearOld(w: string): boolean {
  const n = w.length;
  return n >= 10 && n <= 12 && w.endsWith('-year-old') && isAgeText(w.slice(0, n - 9));
}

const ACRONYM = /^[\p{Lu}\d-]{2,}$/u;
/** `/^[\p{Lu}\d-]{2,}$/u.test(w)`: capitals, digits and hyphens ("UNESCO", "TVN24"). */
export function isAcronymText(w: string): boolean {
  if (w.length < 2) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return ACRONYM.test(w);
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/** Every word before `to` is capitalised or an initial, and not a title, org word, nationality or possessive. */
function allPlainNames(rest: Token[], to: number): boolean {
  for (let r = 0; r < to; r++) {
    const t = rest[r];
    if (!((t.cap || isInitial(t)) && !isTitle(t) && !isOrgWord(t) && !isNationality(t) && !possessive(t))) return false;
  }
  return true;
}

/** No word before `to` is capitalised unless it is a nationality. */
function noneCapExceptNationality(rest: Token[], to: number): boolean {
  for (let r = 0; r < to; r++) if (rest[r].cap && !isNationality(rest[r])) return false;
  return true;
}

function anyOrgLike(toks: Token[], from: number, to: number): boolean {
  for (let r = from; r < to; r++) if (isOrgLike(toks[r])) return true;
  return false;
}

function anyInitial(toks: Token[], from: number, to: number): boolean {
  for (let r = from; r < to; r++) if (isInitial(toks[r])) return true;
  return false;
}

/** A title, honorific or possessive among the first `to` words. */
function anyTitleBefore(toks: Token[], to: number): boolean {
  for (let r = 0; r < to; r++) if (isTitle(toks[r]) || hasClass(toks[r], W_HONORIFIC) || possessive(toks[r])) return true;
  return false;
}

function isHead(left: Token[]): boolean {
  for (const t of left) if (t.cap && !isTitle(t) && !isOrgWord(t)) return true;
  return false;
}

function isOrgLike(t: Token): boolean {
  const w = t.text;
  if (OUTLETS.has(t.low)) return true;
  if (isAcronymText(w) && !/^[IVX]+$/.test(w)) return true; // acronyms: UNESCO, TVN24
  if (w.indexOf('.') >= 0 && /\.(com|org|net|ru|uk)$/i.test(w)) return true;
  if (hasClass(t, W_NATION_WORD)) return true;
  return false;
}

/** Words a later description can match: role words, nationality, and the gendered role. */
export function traitsOf(m: MentionInfo): string[] {
  return m.traits;
}
