// Coreference resumed from a checkpoint. Resolution is one pass over the drafts in reading order:
// each draft reads the registry (what the drafts before it made) and the article-wide lists (known
// names, pairs, qualifiers, the article's country). After an edit in one paragraph, the drafts
// before it are the same, so the registry kept at a checkpoint before the paragraph's first draft
// is what a full run would hold there, provided every list read before the checkpoint reads the
// same now. Those lists look forward (a bare surname takes the first full name anywhere in the
// article), so the registry records how far it read them, and a checkpoint that read past what is
// still the same is not used (an earlier one may be). After the checkpoint the run goes on as a
// full one; the steps after the pass (lede naming, governments) run over every draft as before.
import { corefPass, resolveSpeakers, type Draft, type Pair, type Resolved, type Setting } from '../attribution';
import { acronym, bothGenders, firstStart, keyOf, LaterLookups, mayBeFound, type CorefResume, type CorefTrace, type KnownName, type RegistrySnapshot } from '../attribution/coreference';
import { governmentSpeaker } from '../attribution/countrySpeaker';
import type { MentionInfo } from '../attribution/speakers';
import type { Speaker, TextSpan } from '../types';
import type { LateMentions } from './late';
import { shiftMentionSpanFrom } from '../shift';

/** Drafts between checkpoints: a resumed run redoes at most this many before the edited paragraph.
 *  Settable so tests and the fuzzer take the resumed path on articles of a few quotes. */
let every = 256;
export const corefEvery = (): number => every;
export function setCorefEvery(n: number): void {
  every = Math.max(1, Math.floor(n));
}

/** Counts of coreference runs after a splice, and of those resumed (with the drafts they skipped),
 *  stopped early, or, not stopped, continued from the shortened run's last checkpoint; and how
 *  often the later lookups of the drafts no run read were read or kept from the last edit. */
export const corefResumeStats = { runs: 0, resumed: 0, skipped: 0, stopped: 0, continued: 0, tailsRead: 0, tailsKept: 0 };

const sameName = (a: KnownName, b: KnownName): boolean =>
  a === b || (a.name === b.name && a.kind === b.kind && a.pos === b.pos && a.traits.length === b.traits.length && a.traits.every((t, i) => t === b.traits[i]));

const samePair = (a: Pair, b: Pair): boolean => a === b || (a.name === b.name && a.role === b.role && a.pos === b.pos);

/** How many leading entries the two lists share, or one past their length if they are equal throughout. */
function common<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && eq(a[i], b[i])) i++;
  return i === a.length && i === b.length ? i + 1 : i;
}

/** `common` over the people of the two lists (no filtered copies of them). */
function commonPeople(a: KnownName[], b: KnownName[]): number {
  let i = 0;
  let j = 0;
  let n = 0;
  for (;;) {
    while (i < a.length && a[i].kind !== 'person') i++;
    while (j < b.length && b[j].kind !== 'person') j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length ? n + 1 : n;
    if (!sameName(a[i], b[j])) return n;
    i++;
    j++;
    n++;
  }
}

/** The entries placed before `pos`, in order, are the same in both lists. */
function sameBefore<T extends { pos: number }>(a: T[], b: T[], pos: number, eq: (x: T, y: T) => boolean): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && a[i].pos >= pos) i++;
    while (j < b.length && b[j].pos >= pos) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (!eq(a[i], b[j])) return false;
    i++;
    j++;
  }
}

/**
 * The latest checkpoint of the last run (`trace`, with setting `was`) from which a run over this
 * setting may resume exactly, or null. `firstChanged`: the first draft that may differ from the
 * last run's (those before are the same drafts); `unmoved`: text before this offset is unchanged.
 */
export function resumePoint(trace: CorefTrace | undefined, was: Setting, now: Setting, firstChanged: number, unmoved: number): CorefResume | null {
  corefResumeStats.runs++;
  if (!trace || trace.every !== every) return null;
  let at = Math.min(Math.floor(firstChanged / trace.every) - 1, trace.checkpoints.length - 1);
  if (at < 0) return null;
  if (was.embassy !== now.embassy || was.nationality !== now.nationality) return null;
  if (common(was.qualifiers, now.qualifiers, (x, y) => x[0] === y[0] && x[1] === y[1]) !== was.qualifiers.length + 1) return null;
  const names = common(was.names, now.names, sameName);
  const people = commonPeople(was.names, now.names);
  for (; at >= 0; at--) {
    const c = trace.checkpoints[at];
    if (c.reachNames > names || c.reachPeople > people || c.reachPos > unmoved) continue;
    if (c.reachPos >= 0 && !(sameBefore(was.names, now.names, c.reachPos, sameName) && sameBefore(was.pairs, now.pairs, c.reachPos, samePair))) continue;
    corefResumeStats.resumed++;
    corefResumeStats.skipped += (at + 1) * trace.every;
    return { trace, at };
  }
  return null;
}

/**
 * The last run's answer carried past an edit that kept coreference's answer (positions moved): its
 * trace keeps only the checkpoints before `firstChanged`, the first draft at or after the edit,
 * since those after it hold positions of the text before the edit.
 */
export function traceBefore(r: Resolved, firstChanged: number): Resolved {
  const t = r.trace;
  if (!t) return r;
  const n = Math.floor(firstChanged / t.every);
  return n >= t.checkpoints.length ? r : { ...r, trace: { ...t, checkpoints: t.checkpoints.slice(0, n) } };
}

// Stopping early. After the edited stretch the drafts are the last run's (moved), so once the
// registry holds what the last run's held at the same draft, up to entities no later lookup can
// find, the rest of the run is the last one's: its entities (renumbered past those added or
// gone), relays and mentions. The registry is compared at a checkpoint a few drafts on, where
// both runs kept a snapshot; positions of the last run's past the edit are moved by its length.

type SnapEntity = RegistrySnapshot['ents'][number];

interface Moved {
  /** Where the edit's stretch began, and where it ended, in the old text. */
  start: number;
  oldEnd: number;
  delta: number;
}

const at = (p: number, m: Moved) => (p >= m.oldEnd ? p + m.delta : p);

function sameList(a: string[], b: string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Everything a lookup reads of the entity (not its mentions), the old one's place moved. Traits
 *  in order: a class of two words ('prime minister') is matched on them joined as recorded. */
export function sameEntity(o: SnapEntity, n: SnapEntity, m: Moved): boolean {
  return (
    o.name === n.name && o.kind === n.kind && o.role === n.role && o.affiliation === n.affiliation && o.gender === n.gender &&
    o.plural === n.plural && o.age === n.age && o.descriptive === n.descriptive && at(o.last, m) === n.last &&
    sameList(o.key, n.key) && sameList(o.traits, n.traits)
  );
}

const sameKnown = (a: KnownName, b: KnownName, m: Moved) => a.name === b.name && a.kind === b.kind && at(a.pos, m) === b.pos && sameList(a.traits, b.traits);

/** The names the two lists do not share (those of the edited stretch): [from, was end, now end). */
function changedNames(was: KnownName[], now: KnownName[], m: Moved): { was: KnownName[]; now: KnownName[] } {
  let i = 0;
  while (i < was.length && i < now.length && sameKnown(was[i], now[i], m)) i++;
  let a = was.length;
  let b = now.length;
  while (a > i && b > i && sameKnown(was[a - 1], now[b - 1], m)) {
    a--;
    b--;
  }
  return { was: was.slice(i, a), now: now.slice(i, b) };
}

function samePairs(was: Pair[], now: Pair[], m: Moved): boolean {
  if (was.length !== now.length) return false;
  for (let i = 0; i < was.length; i++) if (was[i].name !== now[i].name || was[i].role !== now[i].role || at(was[i].pos, m) !== now[i].pos) return false;
  return true;
}

/** A speaker's mentions moved past the edit. */
function movedMentions(ms: TextSpan[], m: Moved): TextSpan[] {
  if (!m.delta) return ms;
  // A copy of the exact length written over (one grown by push from empty reserves room for 17).
  const out = ms.slice();
  for (let i = 0; i < out.length; i++) out[i] = shiftMentionSpanFrom(out[i], m.start, m.oldEnd, m.delta);
  return out;
}

const spanKey = (x: TextSpan) => `${x.span[0]}:${x.span[1]}`;

/** In order of start, as EntityRegistry.speakers gives them; null if two start together (their order is that of recording, not known here). */
function sortedMentions(ms: TextSpan[]): TextSpan[] | null {
  const out = ms.slice().sort((a, b) => a.span[0] - b.span[0]);
  for (let i = 1; i < out.length; i++) if (out[i].span[0] === out[i - 1].span[0]) return null;
  return out;
}

/**
 * Coreference over `drafts` (the edited stretch's new ones from `from` back, the last run's moved
 * after it), equal to `resolveSpeakers(drafts, now, corefEvery(), resume)`, run only up to a
 * checkpoint after the stretch where the registry is the last run's (`old`, made over setting
 * `was`; `oldSpeakers`: its speakers where the last analysis left them, since a splice that kept
 * coreference's answer moved them and not `old`); when no such checkpoint is found, the full run
 * resumed from the last checkpoint the shortened one reached. Null when a stop is not tried (the
 * drafts are left as they came).
 */
export function resolveStopping(
  drafts: Draft[], was: Setting, now: Setting, old: Resolved, oldSpeakers: Speaker[], from: number, resume: CorefResume | undefined, moved: Moved,
  paraStart: (k: number) => number, late: LateMentions, held: LaterTail,
): Resolved | null {
  const t = old.trace;
  const n = drafts.length;
  if (!t || t.every !== every || old.entity.length !== n || old.via.length !== n) return null;
  const start = resume ? (resume.at + 1) * every : 0;
  let first = Math.max(Math.ceil(from / every), Math.floor(start / every) + 1) * every;
  if (first === 0) first = every;
  const last = Math.min(first + every, n - 1);
  if (first > last || first / every - 1 >= t.checkpoints.length) return null;
  if (old.names.some((x) => / government$/.test(x))) return null;
  if (!sameList(was.qualifiers.map((q) => q.join('|')), now.qualifiers.map((q) => q.join('|'))) || !samePairs(was.pairs, now.pairs, moved)) return null;
  // What the run below changes on the drafts, put back if it is not used.
  // (Those before `start` are given the last run's, which the full run gives them again.)
  // The drafts the shortened run reads, with their mentions in place (those after them are moved only if the full run is needed).
  late.settle(drafts, last + 1);
  const kept: { mention: MentionInfo | null; via: string | null }[] = [];
  for (let k = start; k <= last; k++) kept.push({ mention: drafts[k].mention, via: drafts[k].via });
  // The shortened run's pass alone: a stop reads its trace (its relays are the drafts' after the
  // pass), and the steps after the pass are the full answer's, which a stop takes from the last run.
  const pt = corefPass(drafts.slice(0, last + 1), now, every, resume).trace!;
  for (let k = first; k <= last; k += every) {
    const r = stopAt(k, drafts, was, now, old, oldSpeakers, pt, moved, paraStart, late, last + 1, held);
    if (r) {
      corefResumeStats.stopped++;
      return r;
    }
  }
  kept.forEach((x, k) => {
    drafts[start + k].mention = x.mention;
    drafts[start + k].via = x.via;
  });
  // No stop: the full run goes on from the shortened run's last checkpoint (its drafts before
  // that are the same drafts over the same setting), not again from \`resume\`.
  late.settle(drafts, n);
  const pc = pt.checkpoints.length - 1;
  if (pc <= (resume?.at ?? -1)) return resolveSpeakers(drafts, now, every, resume);
  corefResumeStats.continued++;
  return resolveSpeakers(drafts, now, every, { trace: pt, at: pc });
}

/**
 * What the drafts from `from` on give a later lookup, kept for the next edit. They are the
 * stand-ins of kept paragraphs no run has read yet (splice.ts standIns: one set of draft objects
 * per paragraph snap, their mentions and relays the snap's, not moved), so the same stand-ins
 * give the same words: an edit typed in a name reads the same half article's mentions again
 * (2,400 drafts at 100k words) only to find the same few names. `starts`: where each draft's
 * mentions start first, as the snap has them (late.ts moves them). Held with the document's memo
 * (splice.ts AttrMemo.laterTail), so it goes when the document's analyses go.
 */
export interface LaterTail {
  tail: { drafts: Draft[]; lookups: LaterLookups; starts: Float64Array } | null;
}

function tailLookups(drafts: Draft[], from: number, held: LaterTail): { lookups: LaterLookups; starts: Float64Array } {
  const n = drafts.length - from;
  const c = held.tail;
  if (c && c.drafts.length === n) {
    let k = 0;
    while (k < n && c.drafts[k] === drafts[from + k]) k++;
    if (k === n) {
      corefResumeStats.tailsKept++;
      return c;
    }
  }
  corefResumeStats.tailsRead++;
  const lookups = new LaterLookups();
  const starts = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const d = drafts[from + k];
    let s = Infinity;
    if (d.mention) {
      lookups.addMention(d.mention);
      s = firstStart(d.mention);
    }
    if (d.viaMention) {
      lookups.addMention(d.viaMention);
      s = Math.min(s, firstStart(d.viaMention));
    }
    if (d.via) lookups.addName(d.via);
    starts[k] = s;
  }
  held.tail = { drafts: drafts.slice(from), lookups, starts };
  return held.tail;
}

/** `read`: the drafts the shortened run read (those after it are stand-ins as splice.ts made them). */
function stopAt(K: number, drafts: Draft[], was: Setting, now: Setting, old: Resolved, oldSpeakers: Speaker[], pt: CorefTrace, moved: Moved, paraStart: (k: number) => number, late: LateMentions, read: number, held: LaterTail): Resolved | null {
  const t = old.trace!;
  const c = K / every - 1;
  const O = t.checkpoints[c];
  const S = pt.checkpoints[c];
  if (!O || !S || drafts[K - 1].para === drafts[K].para) return null;
  const bound = paraStart(K);
  // Every entity so far mentioned before the paragraph, every later mention in it or after, in
  // both runs (the last run's paragraph started `delta` earlier or later: it lies past the edit).
  for (const e of S.ents) if (e.last >= bound || e.end > bound) return null;
  const oldBound = bound - moved.delta;
  for (const e of O.ents) if (e.last >= oldBound || e.end > oldBound) return null;
  // The lede's role named before its holder (cataphora.ts) renames across the article: not here.
  const e0 = pt.entityAt[0];
  const o0 = t.entityAt[0];
  if ((e0 >= 0 && S.ents[e0].descriptive && S.ents[e0].kind === 'person') || (o0 >= 0 && O.ents[o0]?.descriptive && O.ents[o0].kind === 'person')) return null;
  const lazyLater = (() => {
    let l: LaterLookups | null = null;
    return (): LaterLookups | null => {
      if (l) return l;
      const x = new LaterLookups();
      // A mention not yet moved (late) gives its words as they are and its first offset moved.
      const from = Math.max(K, read);
      for (let k = K; k < from; k++) {
        const d = drafts[k];
        const shift = late.shiftOf(k);
        if (d.mention) x.addMention(d.mention, shift);
        if (d.viaMention) x.addMention(d.viaMention, shift);
        if (d.via) x.addName(d.via);
        if (d.pos < bound) return null;
      }
      // The drafts no run read: their words as the last edit found them, when they are the same stand-ins.
      const tail = tailLookups(drafts, from, held);
      for (let k = from; k < drafts.length; k++) {
        if (drafts[k].pos < bound) return null;
        const s = tail.starts[k - from] + late.shiftOf(k);
        if (s < x.minPos) x.minPos = s;
      }
      x.include(tail.lookups);
      if (x.minPos < bound) return null;
      for (const q of now.qualifiers) x.addName(q[1]);
      if (now.embassy) x.addName(now.embassy);
      if (now.nationality) x.addName(now.nationality);
      for (const p of now.pairs) x.addName(p.name);
      // A pronoun that finds no one takes the latest person the article names.
      if (!bothGenders(S.ents)) for (let i = 0; i < now.names.length; i++) if (now.names[i].kind === 'person') x.addName(now.names[i].name);
      return (l = x);
    };
  })();
  // The article's names the edit changed: later lookups must not find them.
  const changed = changedNames(was.names, now.names, moved);
  if (changed.was.length || changed.now.length) {
    const later = lazyLater();
    if (!later) return null;
    for (const k of [...changed.was, ...changed.now]) {
      if (k.kind === 'person') {
        if (!bothGenders(S.ents)) return null;
        for (const w of keyOf(k.name)) if (later.words.has(w)) return null;
      } else if (later.acronyms.has(acronym(k.name))) return null;
    }
  }
  // Old entity i is new entity phi[i] (-1: none); an entity of either side left out must be one no later lookup finds.
  const phi = new Int32Array(O.ents.length).fill(-1);
  const extra: number[] = [];
  let i = 0;
  let j = 0;
  while (i < O.ents.length || j < S.ents.length) {
    if (i < O.ents.length && j < S.ents.length && sameEntity(O.ents[i], S.ents[j], moved)) phi[i++] = j++;
    else {
      const later = lazyLater();
      if (!later) return null;
      if (j < S.ents.length && !mayBeFound(S.ents, j, later)) extra.push(j++);
      else if (i < O.ents.length && !mayBeFound(O.ents, i, later)) i++;
      else return null;
    }
  }
  const nO = O.ents.length;
  const nS = S.ents.length;
  const toNew = (x: number) => (x < 0 ? -1 : x < nO ? phi[x] : x - nO + nS);
  const n = drafts.length;
  // Each draft's entity (its place in the registry).
  const ent = new Int32Array(n);
  for (let k = 0; k < K; k++) ent[k] = pt.entityAt[k];
  for (let k = K; k < n; k++) {
    const x = t.entityAt[k];
    ent[k] = toNew(x);
    if (x >= 0 && ent[k] < 0) return null;
  }
  // The stretch run past K must agree (a check of the reasoning above, at no cost).
  for (let k = K; k < pt.entityAt.length; k++) if (pt.entityAt[k] !== ent[k] || pt.via[k] !== old.via[k]) return null;
  // Final state of each entity a draft names: the last run's (its mentions after K joined to
  // this run's before), or, for one only this run made, as it was at K.
  const oldFinal = new Map<number, Speaker>();
  for (const s of oldSpeakers) oldFinal.set(+s.id.slice(1) - 1, s);
  const inv = new Int32Array(nS).fill(-1);
  for (let x = 0; x < nO; x++) if (phi[x] >= 0) inv[phi[x]] = x;
  type Final = { name: string; kind: Speaker['kind']; role: string | null; affiliation: string | null; mentions: TextSpan[] };
  const finals: (Final | undefined)[] = [];
  const finalOf = (jj: number): Final | null => {
    let f = finals[jj];
    if (f) return f;
    const oi = jj < nS ? inv[jj] : jj - nS + nO;
    if (oi < 0) {
      const e = S.ents[jj];
      const ms = sortedMentions(e.mentions.slice(0, e.count));
      if (!ms) return null;
      f = { name: e.name, kind: e.kind, role: e.role, affiliation: e.affiliation, mentions: ms };
    } else {
      const o = oldFinal.get(oi);
      if (!o) return null;
      let ms = movedMentions(o.mentions, moved);
      if (jj < nS) {
        const a = O.ents[oi];
        const b = S.ents[jj];
        const before = a.mentions.slice(0, a.count);
        const now = b.mentions.slice(0, b.count);
        const same = before.length === now.length && before.every((x, q) => x.text === now[q].text && at(x.span[0], moved) === now[q].span[0] && at(x.span[1], moved) === now[q].span[1]);
        if (!same) {
          const gone = new Map<string, number>();
          for (const x of before) gone.set(spanKey(x), (gone.get(spanKey(x)) ?? 0) + 1);
          const tail: TextSpan[] = [];
          for (let q = 0; q < o.mentions.length; q++) {
            const x = o.mentions[q];
            const key = spanKey(x);
            const left = gone.get(key) ?? 0;
            if (left > 0) gone.set(key, left - 1);
            else tail.push(x);
          }
          const joined = sortedMentions([...now, ...movedMentions(tail, moved)]);
          if (!joined) return null;
          ms = joined;
        }
      }
      f = { name: o.entity, kind: o.kind, role: o.role, affiliation: o.affiliation, mentions: ms };
    }
    finals[jj] = f;
    return f;
  };
  // The steps after the pass: a country that speaks is its government (resolveSpeakers).
  for (let k = 0; k < n; k++) {
    if (ent[k] < 0) continue;
    const f = finalOf(ent[k]);
    if (!f) return null;
    const gov = f.kind === 'organization' ? governmentSpeaker(f.name, drafts[k].cue?.text) : null;
    if (gov) f.name = gov;
  }
  const index: number[] = [];
  const used: number[] = [];
  const ids: string[] = [];
  const names: string[] = [];
  // The per-draft lists are copies of the last run's (n entries) written over, made at once at
  // their length (grown by push from empty they reallocate as they grow).
  const entity = old.entity.slice();
  const via = old.via.slice();
  for (let k = 0; k < K; k++) via[k] = pt.via[k];
  for (let k = 0; k < n; k++) {
    const e = ent[k];
    if (e < 0) {
      entity[k] = -1;
      continue;
    }
    let q = index[e];
    if (q === undefined) {
      index[e] = q = ids.length;
      ids.push(`s${e + 1}`);
      names.push(finals[e]!.name);
      used.push(e);
    }
    entity[k] = q;
  }
  used.sort((a, b) => a - b);
  const speakers: Speaker[] = used.map((e) => {
    const f = finals[e]!;
    return { id: `s${e + 1}`, entity: f.name, kind: f.kind, role: f.role, affiliation: f.affiliation, mentions: f.mentions };
  });
  // The trace: this run's checkpoints (up to where it stopped) and every draft's entity, for the next resumed run.
  const entityAt = new Int32Array(n);
  entityAt.set(pt.entityAt);
  for (let k = pt.entityAt.length; k < n; k++) entityAt[k] = ent[k];
  // The shortened run's entries, then the last run's.
  const mention = t.mention.slice();
  for (let k = 0; k < pt.mention.length; k++) mention[k] = pt.mention[k];
  const vias = t.via.slice();
  for (let k = 0; k < pt.via.length; k++) vias[k] = pt.via[k];
  return { entity, ids, names, via, speakers, trace: { every, checkpoints: pt.checkpoints, entityAt, mention, via: vias } };
}
