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

/** Role or affiliation given on both sides with no word in common: two different people. */
function clash(a: string | null, b: string | null): boolean {
  if (!a || !b) return false;
  const wa = words(a);
  const wb = words(b);
  if (!wa.size || !wb.size) return false;
  for (const w of wa) if (wb.has(w)) return false;
  return true;
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
  return !clash(a.affiliation, b.affiliation);
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
  const na = nameTokens(a.entity);
  const nb = nameTokens(b.entity);
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
  if (d < 1 || d > 2) return false;
  const roleAgrees = a.role && b.role ? !clash(a.role, b.role) : false;
  const affAgrees = a.affiliation && b.affiliation ? !clash(a.affiliation, b.affiliation) : false;
  return roleAgrees || affAgrees;
}

/** What sameness and spelling depend on: speakers alike in these are compared once, not per article. */
function signature(s: Speaker): string {
  return `${s.kind}\u0000${s.entity}\u0000${s.role ?? ''}\u0000${s.affiliation ?? ''}`;
}

/**
 * Groups speakers of several articles into one global id each (union-find over the pairs that
 * share a surname, found through an index on surnames: never all pairs). Speakers alike in name,
 * kind, role and affiliation are compared once, so a name recurring in thousands of articles costs
 * one comparison per distinct spelling, not per pair of articles. Name variants come back one per
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
  const bySurname = new Map<string, number[]>();
  const byFirst = new Map<string, number[]>();
  distinct.forEach((d, i) => {
    const n = d.tokens;
    if (!n.length) return;
    const last = n[n.length - 1];
    (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(i);
    (byFirst.get(n[0]) ?? byFirst.set(n[0], []).get(n[0])!).push(i);
  });
  for (const list of bySurname.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        if (++tick % 16 === 0) yield;
        if (sameSpeaker(distinct[list[x]].speaker, distinct[list[y]].speaker)) parent[find(list[x])] = find(list[y]);
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
  // Variants differ in one word, so they share another: index on the first and last words. A pair
  // met under its first word is not taken again under its last (each list holds a speaker once).
  const firstLists = byFirst.size;
  for (const [l, list] of [...byFirst.values(), ...bySurname.values()].entries()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        if (++tick % 16 === 0) yield;
        if (l >= firstLists && distinct[list[x]].tokens[0] === distinct[list[y]].tokens[0]) continue;
        const dx = distinct[list[x]];
        const dy = distinct[list[y]];
        if (!isNameVariant(dx.speaker, dy.speaker)) continue;
        for (const [here, there] of [[dx, dy], [dy, dx]]) {
          for (const i of here.refs) {
            const other = there.refs.find((j) => refs[j].file !== refs[i].file);
            if (other !== undefined) variants.push({ a: refs[i], b: refs[other] });
          }
        }
      }
  }
  return { globalId, variants };
}
