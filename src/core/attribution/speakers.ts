// Reads a speaker mention (a run of tokens at an attribution site) into what it says about the
// speaker: a name, a description, a pronoun or several speakers at once, with role, affiliation,
// kind, gender and number. "U.S. Secretary of State John Ashby" -> name "John Ashby", role
// "Secretary of State", affiliation "United States".
import type { SpeakerKind } from '../types';
import type { Token } from './tokens';
import * as lexicon from './lexicon';
import { isSpaceCode } from './words';
// Local bindings: module-namespace getters would cost a call on every lookup in the hot loops.
const {
  DETERMINERS, DOCUMENT_NOUNS, FIRST_NAMES, GENDERED_ROLES, HONORIFICS, NATIONALITIES, ORG_WORDS, OUTLETS,
  PLURAL_HEADS, PRONOUNS, SOURCE_NOUNS, TITLE_WORDS,
} = lexicon;
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

// ASCII needs no decomposition; only other text pays for NFD.
export const stripMarks = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, ''));

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
const isTitle = (t: Token) => TITLE_WORDS.has(t.low) || TITLE_WORDS.has(dropDot(t.low)) || HONORIFICS.has(t.low);
const isOrgWord = (t: Token) => ORG_WORDS.has(dropApostropheS(t.low));
const isNationality = (t: Token) => NATIONALITIES.has(dropApostropheS(t.low));
/** Words that continue a capitalised organisation phrase backwards ("Ministry of Defence"). */
const ORG_LINKS = new Set(['of', 'for', 'and', 'on', 'the', '&']);
/** Most words in one of COUNTRIES: a longer mention cannot be one. */
const COUNTRY_WORDS_MAX = Math.max(...[...COUNTRIES].map((c) => c.split(' ').length));
/** `/['’]s$/.test(w) || /s['’]$/.test(w)`: "Smith's", "Jones’", "officials'". */
export const isPossessiveText = (w: string) => {
  if (w.length < 2) return false;
  const last = w.charCodeAt(w.length - 1);
  const prev = w.charCodeAt(w.length - 2);
  return (last === 115 && (prev === 39 || prev === 0x2019)) || (prev === 115 && (last === 39 || last === 0x2019));
};
const possessive = (t: Token) => isPossessiveText(t.text);

function joinTokens(text: string, toks: Token[]): string {
  if (!toks.length) return '';
  return squeezeSpaces(text.slice(toks[0].s, toks[toks.length - 1].e));
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
  // Trim punctuation at both ends (but keep a closing parenthesis of "(FSB)").
  while (a < b && toks[a].kind !== 'w' && toks[a].text !== '(') a++;
  while (b > a && toks[b - 1].kind !== 'w' && toks[b - 1].text !== ')') b--;
  if (a >= b) return null;
  const span = toks.slice(a, b);
  // "John Ashby's remarks": the name without its possessive ending.
  const last = span[span.length - 1];
  if (/['’]s$/.test(last.text) && last.text.length > 2) span[span.length - 1] = { ...last, text: last.text.slice(0, -2), low: last.low.slice(0, -2), e: last.e - 2 };
  const base: MentionInfo = {
    s: span[0].s, e: span[span.length - 1].e, text: text.slice(span[0].s, span[span.length - 1].e),
    name: null, description: null, pronoun: null, kind: 'person', role: null, affiliation: null, gender: null,
    plural: false, traits: [], age: null, parts: null, anaphoric: false,
  };

  // A pronoun on its own.
  if (span.length === 1 && PRONOUNS.has(span[0].low)) {
    const p = PRONOUNS.get(span[0].low)!;
    return asPronoun(base, span[0].low, p);
  }

  // Appositives: "Joan Whitfield, the Speaker of the House" -> the named chunk carries the entity.
  const chunks = splitTop(span, ',');
  if (chunks.length > 1) {
    const infos = chunks.map((c) => readChunk(text, c)).filter((x): x is MentionInfo => !!x);
    const ageChunk = chunks.find((c) => c.length === 1 && /^\d{1,3}$/.test(c[0].text));
    const named = infos.find((x) => x.name && !x.parts && x.kind === 'person' && /\s/.test(x.name)) ?? infos.find((x) => x.name && !x.parts && x.kind === 'person') ?? infos.find((x) => x.name && !x.parts) ?? infos.find((x) => x.name) ?? infos[0];
    if (!named) return null;
    const others = infos.filter((x) => x !== named);
    const traits = [...named.traits, ...others.flatMap((o) => o.traits)];
    const role = named.role ?? others.find((o) => o.role)?.role ?? others.find((o) => o.description)?.description ?? null;
    const affiliation = named.affiliation ?? others.find((o) => o.affiliation)?.affiliation ?? null;
    const gender = named.gender ?? others.find((o) => o.gender)?.gender ?? null;
    // readChunk's results are fresh objects no one else holds: set fields in place, not by spread.
    const age = ageChunk ? ageChunk[0].text : named.age;
    const anaphoric = named.anaphoric && !named.name;
    at(named, base);
    named.traits = traits;
    named.role = role;
    named.affiliation = affiliation;
    named.gender = gender;
    named.age = age;
    named.anaphoric = anaphoric;
    return named;
  }
  const info = readChunk(text, span);
  return info && at(info, base);
}

// Results are written into the fresh `base` object of each reader rather than spread into a new
// one: object spreads were a third of the time spent reading mentions.

/** A pronoun mention. */
function asPronoun(m: MentionInfo, pronoun: string, p: { gender: 'm' | 'f' | null; plural: boolean; person: boolean | null }): MentionInfo {
  m.pronoun = pronoun;
  m.gender = p.gender;
  m.plural = p.plural;
  m.kind = p.person === false ? 'organization' : 'person';
  return m;
}

/** A fresh mention moved to the span of `where` (the whole run it was read from). */
function at(m: MentionInfo, where: MentionInfo): MentionInfo {
  m.s = where.s;
  m.e = where.e;
  m.text = where.text;
  return m;
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

function readChunk(text: string, chunk: Token[]): MentionInfo | null {
  let toks = chunk.filter((t) => t.kind === 'w' || t.text === '(' || t.text === ')' || t.text === '&' || t.text === '-');
  if (!toks.length) return null;
  const base: MentionInfo = {
    s: toks[0].s, e: toks[toks.length - 1].e, text: joinTokens(text, toks),
    name: null, description: null, pronoun: null, kind: 'person', role: null, affiliation: null, gender: null,
    plural: false, traits: [], age: null, parts: null, anaphoric: false,
  };
  if (toks.length === 1 && PRONOUNS.has(toks[0].low)) {
    const p = PRONOUNS.get(toks[0].low)!;
    return asPronoun(base, toks[0].low, p);
  }
  // Drop a relative clause: "a UN rapporteur who had investigated the case".
  const rel = toks.findIndex((t, i) => i > 0 && (t.low === 'who' || t.low === 'which' || t.low === 'that'));
  if (rel > 0) toks = toks.slice(0, rel);

  // Joint speakers: "X and Y" where both sides can speak.
  const andAt = toks.findIndex((t, i) => i > 0 && i < toks.length - 1 && (t.low === 'and' || t.low === '&'));
  if (andAt > 0) {
    const left = toks.slice(0, andAt);
    const right = toks.slice(andAt + 1);
    const rightStarts = right[0];
    const leftCore = left.filter((t) => !DETERMINERS.has(t.low));
    // Inside one capitalised name ("Police and Crime Commissioner X") keep it whole.
    const insideTitle = left.length && left[left.length - 1].cap && rightStarts.cap && isTitle(left[left.length - 1]) && !isHead(left);
    if (!insideTitle && leftCore.length && (DETERMINERS.has(rightStarts.low) || rightStarts.cap || PRONOUNS.has(rightStarts.low) || TITLE_WORDS.has(rightStarts.low))) {
      const l = readChunk(text, left);
      const r = readChunk(text, right);
      if (l && r && (l.name || l.description || l.pronoun) && (r.name || r.description || r.pronoun)) {
        const both = left[0].low === 'both' || left[0].low === 'both';
        void both;
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
  if (toks[0].cap && !NATIONALITIES.has(toks[0].low) && !/^[\p{Lu}\d-]{2,}$/u.test(toks[0].text) && (COMMON_CAPS.has(toks[0].low) || (toks.length > 1 && !toks[1].cap && toks[1].kind === 'w' && !DETERMINERS.has(toks[1].low) && toks[1].low !== 'of' && !possessive(toks[0])))) {
    toks = [{ ...toks[0], cap: false }, ...toks.slice(1)];
  }
  // Leading determiners and possessive pronouns: "the", "his", "one".
  let i = 0;
  const dets: string[] = [];
  while (i < toks.length - 1 && (DETERMINERS.has(toks[i].low) || toks[i].low === 'ex' || toks[i].low === 'ex-')) dets.push(toks[i++].low);
  const rest = toks.slice(i);
  if (!rest.length) return null;
  if (rest.length === 1 && PRONOUNS.has(rest[0].low)) {
    const p = PRONOUNS.get(rest[0].low)!;
    return asPronoun(base, rest[0].low, p);
  }

  // A document with an author: "a memo posted online by Senator X", "data from the archive".
  const docAt = rest.findIndex((t) => DOCUMENT_NOUNS.has(t.low));
  if (docAt >= 1 && possessive(rest[docAt - 1]) && rest[docAt - 1].cap) {
    // "The Centre for Aviation's database": the owner speaks.
    const owner = rest.slice(0, docAt).map((t, k) => (k === docAt - 1 ? { ...t, text: t.text.replace(/['’]s?$/, ''), low: t.low.replace(/['’]s?$/, ''), e: t.e - 2 } : t));
    const author = readChunk(text, owner);
    if (author) return at(author, base);
  }
  if (docAt >= 0 && docAt <= 3) {
    const by = rest.findIndex((t, k) => k > docAt && (t.low === 'by' || t.low === 'from' || t.low === 'of'));
    if (by > 0 && by < rest.length - 1) {
      const author = readChunk(text, rest.slice(by + 1));
      if (author) return at(author, base);
    }
  }

  // "the chair of the Budget Review Board": a role description, whatever capitals follow "of".
  const ofIdx = rest.findIndex((t) => t.low === 'of' || t.low === 'for');
  if (ofIdx > 0 && !rest[ofIdx - 1].cap && (SOURCE_NOUNS.has(rest[ofIdx - 1].low) || TITLE_WORDS.has(rest[ofIdx - 1].low)) && rest.slice(0, ofIdx).every((t) => !t.cap || isNationality(t))) {
    const words = rest.map((t) => t.text);
    const head = rest[ofIdx - 1].low;
    let g: 'm' | 'f' | null = GENDERED_ROLES.get(head) ?? null;
    const definite = dets.length > 0 && DEFINITE_ARTICLES.has(dets[0]);
    const kindOf = SOURCE_NOUNS.get(head) === 'organization' ? 'organization' : definite ? 'person' : 'anonymous';
    if (!definite && g === null) g = null;
    base.description = words.join(' ');
    base.kind = kindOf;
    base.role = words.join(' ');
    base.gender = g;
    base.plural = PLURAL_HEADS.has(head);
    base.traits = rest.map((t) => dropPossessive(t.low));
    base.anaphoric = definite && !PLURAL_HEADS.has(head);
    return base;
  }
  // "Ann Lowell of The Times": a person's name, then the organisation.
  if (ofIdx >= 2 && rest.slice(0, ofIdx).every((t) => (t.cap || isInitial(t)) && !isTitle(t) && !isOrgWord(t) && !isNationality(t) && !possessive(t))) {
    const name = joinTokens(text, rest.slice(0, ofIdx));
    const aff = joinTokens(text, rest.slice(ofIdx + 1)).replace(/^the\s+/i, '');
    base.name = name;
    base.kind = 'person';
    base.affiliation = aff;
    base.gender = FIRST_NAMES.get(stripMarks(rest[0].low)) ?? null;
    base.traits = rest.slice(ofIdx + 1).map((t) => t.low);
    return base;
  }
  // Age: "the 38-year-old".
  const ageTok = rest.find((t) => /^\d{1,3}-year-old$/.test(t.low));
  if (ageTok) {
    base.description = rest.map((t) => t.low).join(' ');
    base.age = ageTok.low.split('-')[0];
    base.anaphoric = true;
    base.kind = 'person';
    return base;
  }

  // The proper name: the last run of capitalised words that are not titles or org words.
  let end = rest.length;
  if (end > 0 && rest[end - 1].text === ')') {
    // "(FSB)" after an organisation name belongs to it.
    const open = rest.map((t) => t.text).lastIndexOf('(');
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
  let nameToks = rest.slice(k, capPhraseEnd);
  const before = rest.slice(0, k);
  const after = rest.slice(capPhraseEnd);

  // Capitalised phrase containing organisation words: the whole phrase is an organisation.
  let capStart = capPhraseEnd;
  while (capStart > 0 && (rest[capStart - 1].cap || ORG_LINKS.has(rest[capStart - 1].low) || rest[capStart - 1].text === '(' || rest[capStart - 1].text === ')')) capStart--;
  while (capStart < capPhraseEnd && !rest[capStart].cap) capStart++;
  const capPhrase = rest.slice(capStart, end);
  const capCore = rest.slice(capStart, capPhraseEnd);
  const hasOrgWord = capCore.some((t) => isOrgWord(t) && t.cap);
  const traits: string[] = [];
  const roleToks: Token[] = [];
  let affiliation: string | null = null;
  let gender: 'm' | 'f' | null = null;
  // The words around the name (before it, then after it), without building a joined array.
  for (let q = 0; q < rest.length; q++) {
    if (q === k) q = capPhraseEnd;
    if (q >= rest.length) break;
    const t = rest[q];
    const low = dropDot(dropPossessive(t.low));
    if (NATIONALITIES.has(t.low) || NATIONALITIES.has(low)) {
      affiliation ??= NATIONALITIES.get(t.low) ?? NATIONALITIES.get(low)!;
      traits.push(low);
      continue;
    }
    if (HONORIFICS.has(t.low)) {
      gender ??= HONORIFICS.get(t.low) ?? null;
      continue;
    }
    if (GENDERED_ROLES.has(low)) gender ??= GENDERED_ROLES.get(low)!;
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
  const headLow = (after.length ? after[after.length - 1] : rest[rest.length - 1]).low;
  // A name right after a title or a possessive is a person's, whatever organisation words come before
  // ("United States President Roy Carver", "Broadcaster Ian Frost").
  const beforeName = k > 0 ? rest[k - 1] : null;
  const personName = nameToks.length > 0 && !after.length && !(nameToks.length === 1 && isOrgLike(nameToks[0])) && (
    (beforeName && (isTitle(beforeName) || (possessive(beforeName) && beforeName.cap) || SOURCE_NOUNS.get(beforeName.low) === 'person')) ||
    (k === 0 && nameToks.length >= 2 && !hasOrgWord && !nameToks.some((t) => isOrgLike(t))) ||
    (nameToks.length >= 2 && FIRST_NAMES.has(stripMarks(nameToks[0].low))));
  // Whole country names: "Saudi Arabia", "South Africa".
  if (rest.length >= 2 && rest.length <= COUNTRY_WORDS_MAX && COUNTRIES.has(rest.map((t) => t.low).join(' '))) {
    base.name = joinTokens(text, rest);
    base.kind = 'organization';
    base.affiliation = joinTokens(text, rest);
    base.traits = rest.map((t) => t.low);
    return base;
  }
  // "Erdogan's office": a possessive name and an organisation noun.
  if (rest.length === 2 && possessive(rest[0]) && rest[0].cap && SOURCE_NOUNS.get(rest[1].low) === 'organization') {
    base.name = joinTokens(text, rest);
    base.kind = 'organization';
    base.affiliation = rest[0].text.replace(/['’]s?$/, '');
    base.traits = [rest[1].low];
    return base;
  }
  // "a Harbour Board official": an unnamed person of a named body.
  if (!personName && capCore.length && after.length && after.length <= 2 && (SOURCE_NOUNS.get(headLow) === 'person' || SOURCE_NOUNS.get(headLow) === 'anonymous') && !PLURAL_HEADS.has(headLow) && dets.length && !DEFINITE_ARTICLES.has(dets[0])) {
    const words = rest.filter((t) => t.kind === 'w');
    base.description = words.map((t) => t.text).join(' ');
    base.kind = 'anonymous';
    base.affiliation = joinTokens(text, capCore);
    base.traits = words.map((t) => t.low);
    base.plural = false;
    return base;
  }
  if (!personName && capCore.length && (hasOrgWord || (nameToks.length === 1 && isOrgLike(nameToks[0])) || (after.length && SOURCE_NOUNS.get(headLow) === 'organization'))) {
    let orgToks = hasOrgWord ? capPhrase : end < rest.length || after.length ? rest.slice(capStart) : capCore;
    // Keep a bracketed acronym: "Syrian Democratic Forces (SDF)"; drop "Kurdish-led", "Yemen-based".
    if (end < rest.length && hasOrgWord) orgToks = rest.slice(capStart);
    while (orgToks.length > 1 && /-(led|based|backed|funded|owned|run|born)$/i.test(orgToks[0].text)) orgToks = orgToks.slice(1);
    while (orgToks.length > 1 && !orgToks[0].cap) orgToks = orgToks.slice(1);
    const name = joinTokens(text, orgToks).replace(/^the\s+/i, '');
    const nat = capCore.map((t) => NATIONALITIES.get(t.low)).find(Boolean) ?? affiliation;
    base.name = name;
    base.kind = 'organization';
    base.role = role;
    base.affiliation = nat ?? null;
    base.traits = [...traits, ...capCore.map((t) => t.low)];
    base.plural = false;
    return base;
  }

  if (!nameToks.length && capCore.length && isTitle(capCore[capCore.length - 1]) && !after.length) {
    // "The Senate Minority Leader": a role standing for a person.
    const words = rest.map((t) => dropDot(t.low));
    base.description = joinTokens(text, rest);
    base.kind = 'person';
    base.role = joinTokens(text, rest);
    base.traits = words;
    base.anaphoric = dets[0] === 'the';
    return base;
  }
  if (nameToks.length) {
    if (nameToks.length > 5) nameToks = nameToks.slice(-3);
    // "Mayor of Leeds Omar Reid": after "<title> of", the first capital belongs to the title.
    if (nameToks.length >= 3 && k >= 2 && rest[k - 1].low === 'of' && isTitle(rest[k - 2]) && !nameToks.some(isInitial)) nameToks = nameToks.slice(1);
    const first = stripMarks(nameToks[0].low);
    gender ??= FIRST_NAMES.get(first) ?? null;
    if (!gender) for (const w of traits) if (GENDERED_ROLES.has(w)) gender = GENDERED_ROLES.get(w)!;
    const name = joinTokens(text, nameToks);
    // A lone unknown capitalised word with no title ("Boeing", "Airfleets") is taken for an
    // organisation; the registry turns it into a person when it is a known person's surname.
    const lone = nameToks.length === 1 && !role && !gender && !before.some((t) => isTitle(t) || HONORIFICS.has(t.low) || possessive(t));
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
  const words = rest.filter((t) => t.kind === 'w');
  const lastLow = words.length ? words[words.length - 1].low : '';
  // Head noun: the last source noun before any "of"/"at"/"for" phrase.
  let headIdx = words.length - 1;
  const ofAt = words.findIndex((t) => HEAD_BOUNDARIES.has(t.low));
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
  if (!sourceKind && !words.some((t) => t.cap) && !dets.length) return null;
  const plural = PLURAL_HEADS.has(head) || (/s$/.test(head) && !/ss$/.test(head) && sourceKind !== undefined && sourceKind !== 'organization');
  const definite = dets.length > 0 && DEFINITE_DETERMINERS.has(dets[0]);
  let kind: SpeakerKind = sourceKind === 'organization' ? 'organization' : sourceKind === 'person' && definite ? 'person' : 'anonymous';
  if (sourceKind === 'person' && !definite && !plural) kind = 'anonymous';
  // Drop a trailing "there" ("residents there") and keep the description short.
  const descWords = words.filter((t) => t.low !== 'there' && t.low !== 'here').map((t) => t.text);
  const description = descWords.join(' ');
  for (const w of words) if (GENDERED_ROLES.has(w.low)) gender ??= GENDERED_ROLES.get(w.low)!;
  base.description = description;
  base.kind = kind;
  base.plural = plural;
  base.gender = gender;
  base.role = null;
  base.affiliation = affiliation;
  base.traits = [...traits, ...words.map((t) => dropPossessive(t.low))];
  base.anaphoric = definite && !plural && ofAt < 0;
  return base;
}

function isHead(left: Token[]): boolean {
  return left.some((t) => t.cap && !isTitle(t) && !isOrgWord(t));
}

function isOrgLike(t: Token): boolean {
  const w = t.text;
  if (OUTLETS.has(t.low)) return true;
  if (/^[\p{Lu}\d-]{2,}$/u.test(w) && !/^[IVX]+$/.test(w)) return true; // acronyms: UNESCO, TVN24
  if (/\.(com|org|net|ru|uk)$/i.test(w)) return true;
  if (NATIONALITIES.has(t.low)) return true;
  return false;
}

/** Words a later description can match: role words, nationality, and the gendered role. */
export function traitsOf(m: MentionInfo): string[] {
  return m.traits;
}
