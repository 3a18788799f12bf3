// Speakers across articles: the same person under fuller or shorter names ("Elena Varga",
// "Varga", "Foreign Minister Elena Varga") becomes one entity when nothing clashes; two close
// spellings of one name with the same role or affiliation are reported as a `name-variant` hint.
import type { Speaker } from '../types';

export interface SpeakerRef {
  file: string;
  speaker: Speaker;
}

/** `here` is spelled differently from `there` (another article): a hint goes on `here`. */
export interface NameVariant {
  a: SpeakerRef;
  b: SpeakerRef;
}

const TITLES = /^(?:mr|mrs|ms|dr|sir|president|prime|minister|foreign|secretary|senator|sen|rep|gov|governor|general|gen|mayor|judge|king|queen|prince|princess|former|deputy|chief|lt|col|sgt|captain|capt|the)\.?$/i;

/** The words of a name without titles: "Foreign Minister Elena Varga" -> ["elena", "varga"]. */
export function nameTokens(entity: string): string[] {
  // The same few thousand names recur across a workspace, compared pairwise: remember them.
  let t = tokenCache.get(entity);
  if (!t) {
    if (tokenCache.size > 50_000) tokenCache.clear();
    tokenCache.set(entity, (t = tokensOf(entity)));
  }
  return t;
}

const tokenCache = new Map<string, string[]>();

function tokensOf(entity: string): string[] {
  return entity
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/[^A-Za-z'-]/g, ''))
    .filter((w) => w && !TITLES.test(w))
    .map((w) => w.toLowerCase());
}

// Roles and affiliations recur as names do, compared for every pair of speakers who share a name.
const wordsCache = new Map<string, Set<string>>();

function words(s: string | null): Set<string> {
  const key = s ?? '';
  let w = wordsCache.get(key);
  if (!w) {
    if (wordsCache.size > 50_000) wordsCache.clear();
    wordsCache.set(key, (w = new Set(key.toLowerCase().split(/[^a-z]+/).filter((x) => x.length > 2 && x !== 'the'))));
  }
  return w;
}

/** An affiliation's short forms: the acronyms written in it, and what its names would be shortened to. */
interface ShortForms {
  written: string[];
  initials: Set<string>;
}

const shortCache = new Map<string, ShortForms>();
const ACRONYM = /^(?:[A-Z]\.?){2,5}$/;
const CAPITALISED = /^[A-Z][a-z]/;
const JOINERS = new Set(['of', 'and', 'for', 'the', '&']);

/**
 * "U.S. Embassy" -> written ["us"]; "Ministry of Foreign Affairs" -> initials "mfa", "mf"; "United
 * States of America" -> "usa", "us" (runs of two or more capitalised words, small joining words
 * and a leading "The" skipped, each run's leading parts kept: an acronym often names the first
 * words only).
 */
function shortForms(s: string): ShortForms {
  let f = shortCache.get(s);
  if (f) return f;
  if (shortCache.size > 50_000) shortCache.clear();
  f = { written: [], initials: new Set() };
  let run = '';
  const flush = () => {
    for (let n = run.length; n >= 2; n--) f!.initials.add(run.slice(0, n));
    run = '';
  };
  for (const token of s.split(/[\s,;()/-]+/)) {
    if (!token) continue;
    if (JOINERS.has(token.toLowerCase())) {
      if (!run) continue;
    } else if (ACRONYM.test(token)) {
      flush();
      f.written.push(token.replace(/\./g, '').toLowerCase());
    } else if (CAPITALISED.test(token)) run += token[0].toLowerCase();
    else flush();
  }
  flush();
  shortCache.set(s, f);
  return f;
}

/** An acronym written in `a` is one written in `b` or the initials of names in `b`. */
function abbreviates(a: ShortForms, b: ShortForms): boolean {
  for (const w of a.written) if (b.written.includes(w) || b.initials.has(w)) return true;
  return false;
}

/** Role or affiliation given on both sides with no word in common: two different people. */
function clash(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return false;
  for (const w of wa) if (wb.has(w)) return false;
  return true;
}

/**
 * Affiliations clash as roles do, unless one is written in short for the other ("US Embassy" and
 * "United States"): an acronym only ever spares a clash, so two initials that happen to agree
 * ("Saudi Arabia", "South Africa") never make one affiliation of two.
 */
function affiliationsClash(a: string | null, b: string | null): boolean {
  if (!clash(a, b)) return false;
  const fa = shortForms(a!);
  const fb = shortForms(b!);
  return !abbreviates(fa, fb) && !abbreviates(fb, fa);
}

/** Same person: one name's words are the other's, or it is the surname of the other. */
export function sameSpeaker(a: Speaker, b: Speaker): boolean {
  if (a.kind === 'anonymous' || b.kind === 'anonymous') return false;
  if (a.kind !== b.kind) return false;
  const na = nameTokens(a.entity);
  const nb = nameTokens(b.entity);
  if (!na.length || !nb.length) return false;
  // Tokens hold no spaces and are never empty: comparing them one by one is comparing the joined names.
  if (a.kind === 'organization') return na.length === nb.length && endsWith(na, nb);
  const [short, long] = na.length <= nb.length ? [na, nb] : [nb, na];
  // "Varga" ~ "Elena Varga": the short name must be the long one's tail, never its first name
  if (!endsWith(long, short)) return false;
  // Roles change over time ("former envoy"); an affiliation that shares no word is another person.
  return !affiliationsClash(a.affiliation, b.affiliation);
}

/** `long`'s last words are `short`'s (called on thousands of pairs of speakers: no copies). */
function endsWith(long: string[], short: string[]): boolean {
  const off = long.length - short.length;
  for (let i = 0; i < short.length; i++) if (long[off + i] !== short[i]) return false;
  return true;
}

/** Levenshtein distance, stopping early once over `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Two spellings of one name: same number of words, all equal but one, that one close (edit
 * distance 1-2, same first letter, long enough not to be a different short name), and the role or
 * affiliation agreeing where both are known.
 */
export function isNameVariant(a: Speaker, b: Speaker): boolean {
  if (a.kind !== 'person' || b.kind !== 'person') return false;
  return variantSpellings(nameTokens(a.entity), nameTokens(b.entity)) && rolesAgree(a, b);
}

/** The names' part of `isNameVariant`: same number of words (two or more), one of them spelled close. */
function variantSpellings(na: string[], nb: string[]): boolean {
  if (na.length !== nb.length || na.length < 2) return false;
  let diff = -1;
  for (let i = 0; i < na.length; i++) {
    if (na[i] === nb[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return false;
  const x = na[diff];
  const y = nb[diff];
  if (x[0] !== y[0] || Math.min(x.length, y.length) < 5) return false;
  const d = editDistance(x, y, 2);
  return d >= 1 && d <= 2;
}

/** The people's part of `isNameVariant`: the role or the affiliation agrees where both are known. */
function rolesAgree(a: Speaker, b: Speaker): boolean {
  const roleAgrees = a.role && b.role ? !clash(a.role, b.role) : false;
  const affAgrees = a.affiliation && b.affiliation ? !affiliationsClash(a.affiliation, b.affiliation) : false;
  return roleAgrees || affAgrees;
}

/** What sameness and spelling depend on: speakers alike in these are compared once, not per article. */
function signature(s: Speaker): string {
  return `${s.kind}\u0000${s.entity}\u0000${s.role ?? ''}\u0000${s.affiliation ?? ''}`;
}

/**
 * Groups speakers of several articles into one global id each (union-find over classes of
 * speakers alike in kind, name words and affiliation, compared with the classes of the same name
 * and of its tails: never all pairs). Speakers alike in name, kind, role and affiliation are one
 * distinct speaker, so a name recurring in thousands of articles costs one comparison per distinct
 * spelling and affiliation, not per pair of articles or of roles. Name variants come back one per
 * speaker (pointing at the first article that spells the name the other way), not one per pair of
 * articles.
 */
export function mergeSpeakers(refs: SpeakerRef[]): { globalId: Map<string, string>; variants: NameVariant[] } {
  const steps = mergeSpeakerSteps(refs);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** `mergeSpeakers`, yielding every 16 items of each loop so a caller can spread it over time slices. */
export function* mergeSpeakerSteps(refs: SpeakerRef[]): Generator<void, { globalId: Map<string, string>; variants: NameVariant[] }, void> {
  let tick = 0;
  // Distinct speakers, each with the refs that share it.
  const bySig = new Map<string, number>();
  const distinct: { speaker: Speaker; tokens: string[]; refs: number[] }[] = [];
  const refSig: number[] = [];
  for (const [i, r] of refs.entries()) {
    const key = signature(r.speaker);
    let d = bySig.get(key);
    if (d === undefined) {
      bySig.set(key, (d = distinct.length));
      distinct.push({ speaker: r.speaker, tokens: nameTokens(r.speaker.entity), refs: [] });
    }
    distinct[d].refs.push(i);
    refSig.push(d);
    if (++tick % 16 === 0) yield;
  }
  const parent = distinct.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (x: number, y: number) => void (parent[find(x)] = find(y));
  // Whether two speakers are the same person depends on their kind, their names' words and their
  // affiliations only: speakers alike in those three are one class, compared once. A name recurs
  // in thousands of articles with many roles (distinct speakers), but with few names and affiliations.
  const names = nameGroups(distinct);
  for (const g of names.list) {
    if (g.kind === 'anonymous' || !g.tokens.length) continue;
    // Alike in kind, words and affiliation: the same person (see sameSpeaker); an organization's
    // affiliation is not asked.
    const classes = new Map<string | null, number>();
    for (const m of g.members) {
      const key = g.kind === 'organization' ? null : distinct[m].speaker.affiliation;
      const c = classes.get(key);
      if (c === undefined) classes.set(key, m);
      else union(m, c);
      if (++tick % 16 === 0) yield;
    }
    g.classes = [...classes.values()];
  }
  // Classes of one name, and of a name and its tails ("Varga" of "Elena Varga"), are the same
  // person unless their affiliations clash: the pairs sameSpeaker would say yes to, met once each.
  for (const g of names.list) {
    if (!g.classes) continue;
    for (let k = g.tokens.length; k >= 1; k--) {
      const tail = k === g.tokens.length ? g : names.byKey.get(nameKey(g.kind, g.tokens.slice(g.tokens.length - k)));
      if (!tail?.classes) continue;
      for (let x = 0; x < g.classes.length; x++)
        for (let y = tail === g ? x + 1 : 0; y < tail.classes.length; y++) {
          if (++tick % 16 === 0) yield;
          const a = distinct[g.classes[x]].speaker;
          const b = distinct[tail.classes[y]].speaker;
          if (sameSpeaker(a, b)) union(g.classes[x], tail.classes[y]);
        }
    }
  }
  // Refs of one distinct speaker are one person only when the speaker is the same as itself (not
  // anonymous, a name left after titles); otherwise each ref stays its own.
  // Asked once per distinct speaker, and one id string per person, not per ref.
  const self = distinct.map((d) => sameSpeaker(d.speaker, d.speaker));
  const personId: string[] = [];
  const globalId = new Map<string, string>();
  for (const [i, r] of refs.entries()) {
    const d = refSig[i];
    const root = find(d);
    globalId.set(`${r.file}#${r.speaker.id}`, self[d] ? (personId[root] ??= `g${root}`) : `r${i}`);
    if (++tick % 16 === 0) yield;
  }

  const variants: NameVariant[] = [];
  // Variants differ in one word, so they share another: the first or the last. Within each list of
  // speakers sharing one, the spellings are compared a pair of names at a time, and only the
  // speakers of a pair that passes are compared (roles); the pairs found are taken in the order of
  // the lists and of the speakers in them. A pair met under its first word is not taken again
  // under its last (each list holds a speaker once).
  const byFirst = new Map<string, number[]>();
  const bySurname = new Map<string, number[]>();
  distinct.forEach((d, i) => {
    const n = d.tokens;
    if (!n.length) return;
    (byFirst.get(n[0]) ?? byFirst.set(n[0], []).get(n[0])!).push(i);
    (bySurname.get(n[n.length - 1]) ?? bySurname.set(n[n.length - 1], []).get(n[n.length - 1])!).push(i);
  });
  const firstLists = byFirst.size;
  const found: [number, number, number][] = [];
  const lists = [...byFirst.values(), ...bySurname.values()];
  for (const [l, list] of lists.entries()) {
    // Places in the list of each name's speakers.
    const places = new Map<NameGroup, number[]>();
    for (let x = 0; x < list.length; x++) {
      const g = names.of[list[x]];
      (places.get(g) ?? places.set(g, []).get(g)!).push(x);
    }
    const groups = [...places.keys()];
    for (let a = 0; a < groups.length; a++)
      for (let b = a + 1; b < groups.length; b++) {
        if (++tick % 16 === 0) yield;
        const ga = groups[a];
        const gb = groups[b];
        if (ga.kind !== 'person' || gb.kind !== 'person') continue;
        if (l >= firstLists && ga.tokens[0] === gb.tokens[0]) continue;
        if (!variantSpellings(ga.tokens, gb.tokens)) continue;
        for (const x of places.get(ga)!)
          for (const y of places.get(gb)!) {
            if (++tick % 16 === 0) yield;
            if (rolesAgree(distinct[list[x]].speaker, distinct[list[y]].speaker)) found.push(x < y ? [l, x, y] : [l, y, x]);
          }
      }
  }
  found.sort((p, q) => p[0] - q[0] || p[1] - q[1] || p[2] - q[2]);
  for (const [l, x, y] of found) {
    if (++tick % 16 === 0) yield;
    const dx = distinct[lists[l][x]];
    const dy = distinct[lists[l][y]];
    for (const [here, there] of [[dx, dy], [dy, dx]]) {
      for (const i of here.refs) {
        const other = there.refs.find((j) => refs[j].file !== refs[i].file);
        if (other !== undefined) variants.push({ a: refs[i], b: refs[other] });
      }
    }
  }
  return { globalId, variants };
}

/** Distinct speakers alike in kind and name words. */
interface NameGroup {
  kind: Speaker['kind'];
  tokens: string[];
  members: number[];
  /** One member per affiliation (one in all for an organization), once the members are classed. */
  classes?: number[];
}

function nameKey(kind: string, tokens: string[]): string {
  return `${kind}\u0000${tokens.join(' ')}`;
}

/** The distinct speakers' name groups: each group by its key, and each speaker's group. */
function nameGroups(distinct: { speaker: Speaker; tokens: string[] }[]): { list: NameGroup[]; byKey: Map<string, NameGroup>; of: NameGroup[] } {
  const byKey = new Map<string, NameGroup>();
  const list: NameGroup[] = [];
  const of: NameGroup[] = [];
  for (const [i, d] of distinct.entries()) {
    const key = nameKey(d.speaker.kind, d.tokens);
    let g = byKey.get(key);
    if (!g) {
      byKey.set(key, (g = { kind: d.speaker.kind, tokens: d.tokens, members: [] }));
      list.push(g);
    }
    g.members.push(i);
    of.push(g);
  }
  return { list, byKey, of };
}
