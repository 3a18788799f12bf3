// Rule `contradiction` inside one article: candidate pairs come from an index over content keys
// (statements sharing no key are never compared), each pair is judged by `compareStatements`, and
// a clash is reported on both sides, each pointing at the other.
import type { Finding, RelatedLocation } from '../types';
import { clashTraits, compareStatements, eachIndexId, FIGURES_NEAR, fewClashTraits, keyIdsOf, indexKeys, mayClashAtAll, mayClashPair, NEAR, sharesIndexKey, spansOverlap, statementGap, type Clash, type ClashTraits } from './contradiction';
import { ownKeyIds, type Statement } from './statements';
import type { Words } from './text';
import { beginKeyIds, keyGeneration, keyId, keyIdCount } from './keyIds';
import { EXONERATION } from './lexicon';

/** `alone`: the words of own statements left unmade (articleStatements' `alone`; read only without
 *  a memo, whose answers are kept by the statements): they pair with none, but their content keys
 *  count toward each key's postings. */
export function findContradictions(statements: Statement[], memo?: ContradictionMemo, alone: readonly Words[] = NONE_ALONE): Finding[] {
  const out: Finding[] = [];
  for (const [a, b, clash] of contradictingPairs(statements, memo, alone)) for (const f of contradictionFindings(a, b, clash)) out.push(f);
  return out;
}

const NONE_ALONE: readonly Words[] = [];

/**
 * Answers kept between analyses by the incremental API. A statement reused from the last analysis
 * shares its content sets with it, so its `keys` set stands for its content: what depends on the
 * content alone (index keys, restatement, the clash between two statements given how
 * near they sit and who says them) is looked up by it. Weak maps: the answers go with the statements.
 */
export interface ContradictionMemo {
  indexKeys: WeakMap<Set<string>, string[]>;
  restates: WeakMap<Set<string>, WeakMap<Set<string>, boolean>>;
  clash: WeakMap<Set<string>, WeakMap<Set<string>, (Clash | null | undefined)[]>>;
  /** The last call's answers over whole lists (see sameRun), which an edit that changed no
   *  statement's content or speaker gives again without an article-wide pass. Replaced, never changed. */
  lastDrops?: LastDrops;
  lastPairs?: LastPairs;
  /** dropRestatements' last answer per speaker, with what an edit needs to update it. */
  speakers?: Map<string, SpeakerState>;
}

/** dropRestatements' last list: each statement's content, its speaker when it is grouped
 *  (quotes with a known speaker), and whether it was dropped. */
interface LastDrops {
  keys: Set<string>[];
  groups: (string | null)[];
  dropped: Uint8Array;
  /** speakerLists' `least` (with `keys` and `groups`, it says which statements were listed). */
  least: number;
}

/** contradictingPairs' last kept list (contents) and its candidate pairs (see candidatePairs),
 *  with the index an edit's update starts from (see updatePairs). */
interface LastPairs {
  keys: Set<string>[];
  pairs: Int32Array;
  index: PairIndex;
}

/** Each statement's index keys, each key's number of postings, and the postings (statement
 *  numbers, ascending, a statement twice when it posts a key twice) of the keys that had at most
 *  LISTED postings when last counted. Shared between analyses: replaced, never changed. */
interface PairIndex {
  posted: string[][];
  counts: Map<string, number>;
  lists: Map<string, number[]>;
}

/** The speaker a statement's restatements are grouped by, or null when it is not grouped. */
const groupOf = (s: Statement): string | null => (s.source === 'quote' && s.speakerId ? s.speakerId : null);

/** With a memo a statement's content stands for its keys set (see above): the same sequence of
 *  contents (and speakers) gives the same index postings and the same restatement drops. */
function sameContents(keys: Set<string>[], statements: Statement[]): boolean {
  if (keys.length !== statements.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== statements[i].keys) return false;
  return true;
}

export function contradictionMemo(): ContradictionMemo {
  return { indexKeys: new WeakMap(), restates: new WeakMap(), clash: new WeakMap() };
}

function remembered<V>(map: WeakMap<Set<string>, V> | undefined, key: Set<string>, make: () => V): V {
  if (!map) return make();
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

function rememberedPair<V>(map: WeakMap<Set<string>, WeakMap<Set<string>, V>> | undefined, a: Set<string>, b: Set<string>, make: () => V): V {
  if (!map) return make();
  let inner = map.get(a);
  if (!inner) map.set(a, (inner = new WeakMap()));
  let v = inner.get(b);
  if (v === undefined) inner.set(b, (v = make()));
  return v;
}

const MAX_POSTING = 24;

export function contradictingPairs(statements: Statement[], memo?: ContradictionMemo, alone: readonly Words[] = NONE_ALONE): [Statement, Statement, Clash][] {
  // Own statements are never grouped as restatements: those left unmade would be kept.
  const kept = dropRestatements(statements, memo);
  const n = kept.length;
  let pairs: Int32Array;
  let count: number;
  if (memo) {
    // The clashes of unchanged pairs are remembered: the pairs are kept whole with the memo.
    pairs = keptPairs(kept, memo);
    count = pairs.length / 2;
  } else {
    // What each side needs for any clash, read once: most candidate pairs fail it on a few bits
    // or a few lookups, and are left out as they are found (a statement that can clash with none
    // finds none).
    count = clashCandidateCount(kept, true, alone);
    pairs = pairBuffer;
  }
  // One clash per pair of speakers: the first found in text order, so a dispute restated in
  // several quotes is reported once.
  const best = new Map<string, [Statement, Statement, Clash]>();
  // Each statement's speaker name in lower case, made when a pair first asks for it.
  const lowerNames: (string | undefined)[] = new Array(n);
  const lowerName = (i: number) => (lowerNames[i] ??= kept[i].speakerName.toLowerCase());
  // The memo's pairs are every candidate: each is first put to the clash pre-test, as the other
  // path's are while collected (a few bits and lookups instead of the memo's two weak-map reads,
  // or the whole comparison for a pair not met before). Traits read when a pair first asks.
  const traits: (ClashTraits | undefined)[] = memo ? new Array(n) : [];
  const traitsOf = (i: number) => (traits[i] ??= clashTraits(kept[i]));
  for (let p = 0; p < 2 * count; p += 2) {
    const i = pairs[p];
    const j = pairs[p + 1];
    const a = kept[i];
    const b = kept[j];
    if (spansOverlap(a.spans, b.spans)) continue;
    const near = statementGap(a, b) <= NEAR;
    // A speaker contradicting themselves is worth a flag when the two remarks sit together ("denied
    // X, then said Y"); far apart they usually answer different questions.
    if (!near && a.source === 'quote' && b.source === 'quote' && ((a.speakerId !== null && a.speakerId === b.speakerId) || lowerName(i) === lowerName(j))) continue;
    if (memo && !mayClashPair(a, b, traitsOf(i), traitsOf(j))) continue;
    const clash = memo ? rememberedClash(memo, a, b, near) : compareStatements(a, b, near);
    if (!clash) continue;
    // A denial of wrongdoing answers one accusation, not every mention of the charges.
    const pairKey =
      clash.about === 'wrongdoing'
        ? `wrongdoing|${EXONERATION.test(a.text) ? a.id : b.id}`
        : [a.speakerId ?? a.id, b.speakerId ?? b.id].sort().join('|');
    if (!best.has(pairKey)) best.set(pairKey, [a, b, clash]);
  }
  return [...best.values()];
}

/**
 * The candidate pairs (see pairsByKeys) that mayClashPair keeps, into pairBuffer; their number.
 * `few`: a few statements' pairs are found by judging every pair (see fewPairs).
 */
function clashCandidateCount(kept: Statement[], few: boolean, alone: readonly Words[] = NONE_ALONE): number {
  // Traits pushed into literals, not map()ped: map() inlined by the optimising compiler makes a
  // holey array, of a map fewPairs and the pair tests never saw, and they were recompiled.
  if (few && fewEnough(kept, alone.length)) {
    const fewTraits: ClashTraits[] = [];
    for (let i = 0; i < kept.length; i++) fewTraits.push(fewClashTraits(kept[i]));
    const count = fewPairs(kept, fewTraits);
    if (count !== null) return count;
  }
  const traits: ClashTraits[] = [];
  for (let i = 0; i < kept.length; i++) traits.push(clashTraits(kept[i]));
  // The statements left unmade come after the kept ones, alone: in no pair, so the pairs (of
  // kept statements, in text order) are those of the whole list.
  const n = kept.length;
  return collectPairs(
    n + alone.length,
    (i, post) => (i < n ? eachIndexId(kept[i], post) : ownKeyIds(alone[i - n], keyGeneration(), post)),
    (i, j) => mayClashPair(kept[i], kept[j], traits[i], traits[j]),
    (i) => i >= n || !mayClashAtAll(traits[i]),
  );
}

/** clashCandidateCount's pairs, as [i, j, ...] (for tests: with `few` false, through the postings alone). */
export function clashCandidates(kept: Statement[], few: boolean): Int32Array {
  const count = clashCandidateCount(kept, few);
  return pairBuffer.slice(0, 2 * count);
}

/** Whether no key can have more than MAX_POSTING postings (a statement posts each key once, a count tag once per figure);
 *  `others`: statements without figures besides `kept` (own statements left unmade). */
function fewEnough(kept: Statement[], others = 0): boolean {
  let postings = kept.length + others; // the most postings any key can have
  for (const s of kept) if (s.quantities.length > 1) postings += s.quantities.length - 1;
  return postings <= MAX_POSTING;
}

/**
 * clashCandidateCount for a few statements (see fewEnough), found by judging every pair: when no
 * key can have more than MAX_POSTING postings, every pair sharing a key is a candidate, so the
 * pre-test runs first and a shared key is looked for only in the pairs it keeps (most articles:
 * no key is numbered, no posting made). Null when a tag has no bit.
 */
function fewPairs(kept: Statement[], traits: ClashTraits[]): number | null {
  const n = kept.length;
  for (let i = 0; i < n; i++) if (traits[i].tags < 0) return null;
  if (pairBuffer.length < n * (n + 1)) pairBuffer = new Int32Array(n * (n + 1));
  let size = 0;
  for (let i = 0; i < n; i++) {
    const ti = traits[i];
    if (!mayClashAtAll(ti)) continue;
    const a = kept[i];
    // i with itself when it posts a key twice (two figures of one kind), as every pair of a key's postings has it.
    if (ti.repeats && mayClashPair(a, a, ti, ti)) (pairBuffer[size++] = i), (pairBuffer[size++] = i);
    for (let j = i + 1; j < n; j++) {
      const b = kept[j];
      const tj = traits[j];
      if (mayClashPair(a, b, ti, tj) && sharesIndexKey(a, b, ti, tj)) (pairBuffer[size++] = i), (pairBuffer[size++] = j);
    }
  }
  return size / 2;
}

/**
 * Candidate pairs in text order, each once (see pairsByKeys). With a memo they depend on the
 * sequence of contents alone: the last call's when that is the same, else the last call's updated
 * for the run of statements that changed (see updatePairs).
 */
export function keptPairs(kept: Statement[], memo?: ContradictionMemo): Int32Array {
  if (!memo) return candidatePairs(kept);
  const last = memo.lastPairs;
  if (last && sameContents(last.keys, kept)) return last.pairs;
  const next = (last && updatePairs(last, kept, memo)) ?? fullPairs(kept, memo);
  memo.lastPairs = next;
  return next.pairs;
}

function candidatePairs(kept: Statement[]): Int32Array {
  const count = collectPairs(kept.length, (i, post) => eachIndexId(kept[i], post));
  return pairBuffer.slice(0, 2 * count);
}

/** The most statements an edit may change (take out plus put in) for its pairs to be updated. */
const MAX_CHANGED = 32;
/** Keys with at most this many postings keep their lists: enough that one update never needs the
 *  list of a key it did not have (a key above it stays above MAX_POSTING after MAX_CHANGED). */
const LISTED = MAX_POSTING + MAX_CHANGED;

/** Candidate pairs built from scratch, with the index the next edit updates. */
function fullPairs(kept: Statement[], memo: ContradictionMemo): LastPairs {
  const posted = kept.map((s) => remembered(memo.indexKeys, s.keys, () => indexKeys(s)));
  const pairs = pairsByKeys(kept.length, (i, post) => {
    for (const k of posted[i]) post(k);
  });
  const counts = new Map<string, number>();
  for (const ks of posted) for (const k of ks) counts.set(k, (counts.get(k) ?? 0) + 1);
  const lists = new Map<string, number[]>();
  posted.forEach((ks, i) => {
    for (const k of ks) {
      if (counts.get(k)! > LISTED) continue;
      const l = lists.get(k);
      if (l) l.push(i);
      else lists.set(k, [i]);
    }
  });
  return { keys: kept.map((s) => s.keys), pairs, index: { posted, counts, lists } };
}

const pairable = (count: number) => count >= 2 && count <= MAX_POSTING;

/**
 * The last pairs updated for an edit that changed one run of statements (the same contents before
 * and after it): the postings of the statements taken out go, those of the ones put in come, pairs
 * among unchanged statements stay (renumbered) and pairs with a new statement are found through
 * its keys' lists. Equal to pairsByKeys over the new list. Null (build from scratch) when the run
 * is long, or when a key shared by unchanged statements crosses MAX_POSTING (their pairs through
 * it come or go), or a key a new statement pairs on has no list.
 */
function updatePairs(last: LastPairs, kept: Statement[], memo: ContradictionMemo): LastPairs | null {
  const was = last.keys;
  const oldN = was.length;
  const n = kept.length;
  let head = 0;
  while (head < oldN && head < n && was[head] === kept[head].keys) head++;
  let tail = 0;
  while (tail < oldN - head && tail < n - head && was[oldN - 1 - tail] === kept[n - 1 - tail].keys) tail++;
  const oldEnd = oldN - tail; // statements [head, oldEnd) taken out ...
  const newEnd = n - tail; // ... and [head, newEnd) put in
  if (oldEnd - head + (newEnd - head) > MAX_CHANGED) return null;
  const shift = newEnd - oldEnd;
  const { posted: oldPosted, counts: oldCounts, lists: oldLists } = last.index;
  const posted = oldPosted.slice(0, head);
  for (let i = head; i < newEnd; i++) {
    const s = kept[i];
    posted.push(remembered(memo.indexKeys, s.keys, () => indexKeys(s)));
  }
  for (let i = oldEnd; i < oldN; i++) posted.push(oldPosted[i]);
  // The keys the run posts, old and new, and their counts after the edit.
  const counts = new Map(oldCounts);
  const changed = new Set<string>();
  for (let i = head; i < oldEnd; i++) for (const k of oldPosted[i]) (counts.set(k, counts.get(k)! - 1), changed.add(k));
  for (let i = head; i < newEnd; i++) for (const k of posted[i]) (counts.set(k, (counts.get(k) ?? 0) + 1), changed.add(k));
  const lists = new Map<string, number[]>();
  const renumber = (j: number) => (j < head ? j : j + shift);
  for (const [k, l] of oldLists) {
    if (changed.has(k)) continue;
    lists.set(k, shift === 0 || l[l.length - 1] < head ? l : l.map(renumber));
  }
  for (const k of changed) {
    const c = counts.get(k)!;
    const before = oldCounts.get(k) ?? 0;
    // Postings among unchanged statements: they pair through k before and after alike unless
    // k crosses MAX_POSTING.
    let kept0 = before;
    for (let i = head; i < oldEnd; i++) for (const x of oldPosted[i]) if (x === k) kept0--;
    if (kept0 >= 2 && pairable(before) !== pairable(c)) return null;
    if (c === 0) {
      counts.delete(k);
      continue;
    }
    const l = oldLists.get(k) ?? (before === 0 ? [] : undefined);
    if (!l) continue; // never listed: more than LISTED postings once, so not pairable now
    const out: number[] = [];
    let x = 0;
    while (x < l.length && l[x] < head) out.push(l[x++]);
    for (let i = head; i < newEnd; i++) for (const y of posted[i]) if (y === k) out.push(i);
    for (; x < l.length; x++) if (l[x] >= oldEnd) out.push(l[x] + shift);
    lists.set(k, out);
  }
  // Pairs with a new statement, as numbers i * n + j (i <= j), sorted.
  const fresh = new Set<number>();
  for (let i = head; i < newEnd; i++) {
    for (const k of posted[i]) {
      if (!pairable(counts.get(k)!)) continue;
      const l = lists.get(k);
      if (!l) return null;
      let self = false;
      for (const j of l) {
        if (j === i && !self) {
          self = true; // i partners itself only when posted twice under k
          continue;
        }
        fresh.add(j < i ? j * n + i : i * n + j);
      }
    }
  }
  const added = [...fresh].sort((a, b) => a - b);
  // Merged with the last pairs among unchanged statements (renumbered: the order holds).
  const old = last.pairs;
  const out = new Int32Array(old.length + 2 * added.length);
  let o = 0;
  let a = 0;
  for (let p = 0; p < old.length; p += 2) {
    const i = old[p];
    const j = old[p + 1];
    if ((i >= head && i < oldEnd) || (j >= head && j < oldEnd)) continue;
    const ni = renumber(i);
    const nj = renumber(j);
    const v = ni * n + nj;
    while (a < added.length && added[a] < v) (out[o++] = Math.floor(added[a] / n), (out[o++] = added[a] % n), a++);
    out[o++] = ni;
    out[o++] = nj;
  }
  for (; a < added.length; a++) (out[o++] = Math.floor(added[a] / n), (out[o++] = added[a] % n));
  return { keys: kept.map((s) => s.keys), pairs: out.slice(0, o), index: { posted, counts, lists } };
}

/**
 * The pairs of n statements that share a key held by at most MAX_POSTING postings (a key in very
 * many statements says little about sameness), as [i, j, i, j, ...] with i <= j, sorted and each
 * once; `keysOf(i, post)` posts statement i's keys. i = j when a statement posts one key twice
 * (two figures of one kind), as every pair of a key's postings has it. `keep(i, j)`, when given,
 * leaves out the pairs it refuses (the postings still count); `alone(i)`, when given, may say so of
 * a statement that keep pairs with none (neither way round): its postings are then not read, and
 * keep is not asked about it as another statement's partner.
 */
export function pairsByKeys(
  n: number,
  keysOf: (i: number, post: (k: string) => void) => void,
  keep?: (i: number, j: number) => boolean,
  alone?: (i: number) => boolean,
): Int32Array {
  // before reading pairBuffer, which it may replace
  const count = collectPairs(n, (i, post) => keysOf(i, (k) => post(keyId(k))), keep, alone);
  return pairBuffer.slice(0, 2 * count);
}

/**
 * pairsByKeys into `pairBuffer` (valid until the next call), giving the number of pairs, with the
 * keys posted as their numbers (keyIds.ts: numbered once per process, most of them kept by the
 * statements' builder, so a posting is no map lookup), read only once the call has begun (its
 * generation is then fixed). Postings are kept in flat arrays (no array per key: most keys are in
 * one statement only); each statement's partners are collected from its own keys' postings, so no
 * list of every pair is made and sorted. The arrays are the module's, grown and reused: made per
 * call, typed arrays were most of its time (and garbage).
 */
function collectPairs(
  n: number,
  idsOf: (i: number, post: (id: number) => void) => void,
  keep?: (i: number, j: number) => boolean,
  alone?: (i: number) => boolean,
): number {
  const call = nextCall();
  let keys = 0; // keys seen in this call, numbered from 0 in order of first posting
  let count = 0;
  if (postedEnd.length < n) (postedEnd = new Int32Array(2 * n)), (seen = new Int32Array(2 * n)), (lone = new Uint8Array(2 * n));
  const post = (g: number) => {
    if (g >= keyCall.length) (keyCall = grown(keyCall, keyIdCount())), (keyLocal = grown(keyLocal, keyIdCount()));
    if (keyCall[g] !== call) {
      keyCall[g] = call;
      keyLocal[g] = keys++;
    }
    if (count === postedKey.length) postedKey = grown(postedKey, count + 1);
    postedKey[count++] = keyLocal[g];
  };
  for (let i = 0; i < n; i++) {
    idsOf(i, post);
    postedEnd[i] = count; // where statement i's postings end in postedKey
  }
  // A statement alone (keep pairs it with none, either way round) is neither paired nor listed as
  // a partner: in a long article most statements sharing a key are such (own sentences without
  // figures), each refused by keep only after it was met. Its postings still count.
  if (alone) for (let i = 0; i < n; i++) lone[i] = alone(i) ? 1 : 0;
  else lone.fill(0, 0, n);
  // Each key's postings by statements not alone (statement numbers, ascending) at [start[k],
  // start[k + 1]) of `members`, and its postings by all (`total`).
  const posted = postedKey;
  const ends = postedEnd;
  if (start.length < keys + 1) (start = new Int32Array(2 * keys + 1)), (fill = new Int32Array(2 * keys + 1)), (total = new Int32Array(2 * keys + 1));
  if (members.length < count) members = new Int32Array(2 * count);
  start.fill(0, 0, keys + 1);
  total.fill(0, 0, keys);
  for (let i = 0, o = 0; i < n; i++) {
    const listed = lone[i] === 0;
    for (; o < ends[i]; o++) {
      const k = posted[o];
      total[k]++;
      if (listed) start[k + 1]++;
    }
  }
  for (let k = 0; k < keys; k++) start[k + 1] += start[k];
  fill.set(start.subarray(0, keys));
  for (let i = 0, o = 0; i < n; i++) {
    if (lone[i] !== 0) o = ends[i];
    else for (; o < ends[i]; o++) members[fill[posted[o]]++] = i;
  }
  seen.fill(0, 0, n); // seen[j] = i + 1: j is already a partner of i
  let size = 0;
  for (let i = 0, o = 0; i < n; i++) {
    if (lone[i] !== 0) {
      o = ends[i]; // i keeps none of its pairs: its postings are not read
      continue;
    }
    for (; o < ends[i]; o++) {
      const k = posted[o];
      if (total[k] > MAX_POSTING) continue;
      const from = start[k];
      const to = start[k + 1];
      if (to - from < 2) continue; // i alone among the listed (twice when it partners itself)
      let self = false;
      for (let m = from; m < to; m++) {
        const j = members[m];
        if (j < i) continue;
        // i itself partners i only when posted twice under this key.
        if (j === i && !self) {
          self = true;
          continue;
        }
        if (seen[j] === i + 1) continue;
        seen[j] = i + 1;
        if (keep && !keep(i, j)) continue;
        partners.push(j);
      }
    }
    // A statement has few partners: sorted by insertion.
    for (let x = 1; x < partners.length; x++) {
      const v = partners[x];
      let y = x - 1;
      while (y >= 0 && partners[y] > v) {
        partners[y + 1] = partners[y];
        y--;
      }
      partners[y + 1] = v;
    }
    if (2 * (size + partners.length) > pairBuffer.length) pairBuffer = grown(pairBuffer, 2 * (size + partners.length));
    for (const j of partners) (pairBuffer[2 * size] = i), (pairBuffer[2 * size + 1] = j), size++;
    partners.length = 0;
  }
  return size;
}

// Per key number (keyIds.ts): the call that last posted it, and its number in that call.
let keyCall: Int32Array = new Int32Array(1024);
let keyLocal: Int32Array = new Int32Array(1024);
let calls = 0;
// collectPairs' arrays (see there).
let postedKey: Int32Array = new Int32Array(1024);
let postedEnd: Int32Array = new Int32Array(256);
let seen: Int32Array = new Int32Array(256);
let lone: Uint8Array = new Uint8Array(256);
let start: Int32Array = new Int32Array(1024);
let fill: Int32Array = new Int32Array(1024);
let total: Int32Array = new Int32Array(1024);
let members: Int32Array = new Int32Array(1024);
let pairBuffer: Int32Array = new Int32Array(1024);
const partners: number[] = [];

/** Arrays longer than this that one huge article grew are dropped at the next call, not kept. */
const KEPT_LENGTH = 1 << 16;

/** Called before keys are numbered for one use (not while numbers from before are in use). */
function beginNumbering(): void {
  beginKeyIds();
  if (keyCall.length > KEPT_LENGTH && keyIdCount() < KEPT_LENGTH) (keyCall = new Int32Array(1024)), (keyLocal = new Int32Array(1024));
}

function nextCall(): number {
  beginNumbering();
  // The last call's arrays are no longer read (its pairs were copied or read by now).
  if (postedKey.length > KEPT_LENGTH) postedKey = new Int32Array(1024);
  if (postedEnd.length > KEPT_LENGTH) (postedEnd = new Int32Array(256)), (seen = new Int32Array(256)), (lone = new Uint8Array(256));
  if (start.length > KEPT_LENGTH) (start = new Int32Array(1024)), (fill = new Int32Array(1024)), (total = new Int32Array(1024));
  if (members.length > KEPT_LENGTH) members = new Int32Array(1024);
  if (pairBuffer.length > KEPT_LENGTH) pairBuffer = new Int32Array(1024);
  if (++calls === 0x7fffffff) {
    calls = 1;
    keyCall.fill(0);
  }
  return calls;
}

function grown(a: Int32Array, least: number): Int32Array {
  const b = new Int32Array(Math.max(least, 2 * a.length));
  b.set(a);
  return b;
}

/**
 * compareStatements reads the two contents, `near`, whether the figures sit within FIGURES_NEAR,
 * and of the speaker ids only whether they are equal and whether both are known (the party held
 * responsible, "speaker:<id>", is compared with the other side's): the answer is kept by those four
 * bits, per pair of contents.
 */
function rememberedClash(memo: ContradictionMemo, a: Statement, b: Statement, near: boolean): Clash | null {
  const how = (near ? 1 : 0) | (statementGap(a, b) <= FIGURES_NEAR ? 2 : 0) | (a.speakerId === b.speakerId ? 4 : 0) | (a.speakerId && b.speakerId ? 8 : 0);
  const byHow = rememberedPair(memo.clash, a.keys, b.keys, () => new Array<Clash | null | undefined>(16));
  let c = byHow[how];
  if (c === undefined) byHow[how] = c = compareStatements(a, b, near);
  return c;
}

function denies(x: Statement, y: Statement): boolean {
  for (const k of x.denied) if (y.pos.has(k)) return true;
  return false;
}

// Rank of a statement's wording: the speaker's own words outrank a paraphrase.
const rank = (s: Statement) => (s.type === 'direct' ? 2 : s.type === 'mixed' ? 1 : 0);

// Most distinct remarks of one speaker compared with each later one. A real article gives a speaker
// a few dozen quotes at most, so this never binds there; it bounds the work on degenerate input.
const RESTATEMENT_WINDOW = 200;

/** `b` says again what `a` says: enough shared content, and neither takes the other back. */
function restates(a: Statement, b: Statement): boolean {
  // Count the shared keys over the smaller set, and stop once there are enough.
  const [small, large] = a.keys.size <= b.keys.size ? [a.keys, b.keys] : [b.keys, a.keys];
  const need = Math.max(4, 0.4 * small.size);
  if (small.size < need) return false;
  let common = 0;
  for (const k of small) if (large.has(k) && ++common >= need) break;
  if (common < need) return false;
  return !denies(a, b) && !denies(b, a);
}

/** Statements alike in everything `restates` and `rank` look at: one comparison stands for all. */
function alike(a: Statement, b: Statement): boolean {
  return rank(a) === rank(b) && sameSet(a.keys, b.keys) && sameSet(a.pos, b.pos) && sameSet(a.denied, b.denied);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  if (a.size !== b.size) return false;
  for (const k of a) if (!b.has(k)) return false;
  return true;
}

/** A hash of what `alike` compares, the same whatever order the sets hold their members in: the
 *  keys' numbers (pos and denied are among the keys, and their sizes are in the statement's shape). */
function alikeHash(s: Statement): number {
  let h = rank(s);
  const ids = keyIdsOf(s);
  for (let i = 0; i < ids.length; i++) {
    const x = Math.imul(ids[i] ^ 0x5bd1e995, 0x9e3779b1);
    h = (h + (x ^ (x >>> 15))) | 0;
  }
  return h;
}

/**
 * A speaker's claim given twice (an indirect summary in the lead, the direct quote below) is one
 * claim: keep the direct wording, drop the restatement, so the clash is not reported twice.
 * Identical statements are grouped first, so a speaker repeating one remark costs one comparison.
 */
export function dropRestatements(statements: Statement[], memo?: ContradictionMemo): Statement[] {
  const last = memo?.lastDrops;
  const updated = last && memo.speakers && updatedDrops(last, memo.speakers, statements, memo);
  if (updated) return updated;
  // A statement of fewer than four keys neither restates nor is restated (restates asks for four
  // shared keys, of one statement with itself too), and leaving it out moves no other statement's
  // pairs into or out of the window unless a speaker has more statements than the window holds:
  // it is left out when no speaker can (when fewer quotes than that have a speaker).
  let grouped = 0;
  for (const s of statements) if (s.source === 'quote' && s.speakerId) grouped++;
  const least = grouped > RESTATEMENT_WINDOW ? 0 : 4;
  const bySpeaker = speakerLists(statements, least);
  const drop = new Set<Statement>();
  const states = memo ? new Map<string, SpeakerState>() : null;
  for (const [speaker, { list, index }] of bySpeaker) {
    if (list.length < 2) continue;
    let gone: number[];
    if (memo) {
      // A speaker's last drops, updated for the statements that changed when they are few.
      const state = speakerState(list, memo.speakers?.get(speaker), memo, Int32Array.from(index));
      states!.set(speaker, state);
      gone = state.gone;
    } else {
      gone = speakerDrops(list);
    }
    for (const k of gone) drop.add(list[k]);
  }
  if (memo) {
    memo.speakers = states!;
    const dropped = new Uint8Array(statements.length);
    if (drop.size) statements.forEach((s, i) => (dropped[i] = drop.has(s) ? 1 : 0));
    memo.lastDrops = { keys: statements.map((s) => s.keys), groups: statements.map(groupOf), dropped, least };
  }
  // Pushed into a literal (not slice(), filter()): the list reaching clashCandidateCount and the
  // pair tests is then packed whatever the caller's was (a holey one, from an optimised map(),
  // deoptimised them).
  const kept: Statement[] = [];
  for (const s of statements) if (!drop.has(s)) kept.push(s);
  return kept;
}

/** The statements `dropped` leaves, pushed into a literal (see dropRestatements). */
function keptOf(statements: Statement[], dropped: Uint8Array): Statement[] {
  const kept: Statement[] = [];
  for (let i = 0; i < statements.length; i++) if (dropped[i] === 0) kept.push(statements[i]);
  return kept;
}

/** The place of statement number `i` in a speaker's list, from its members' numbers (ascending). */
function placeIn(index: Int32Array, i: number): number {
  let lo = 0;
  let hi = index.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (index[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether dropRestatements lists `s` under its speaker (see speakerLists). */
const listed = (s: Statement, least: number) => s.source === 'quote' && !!s.speakerId && s.keys.size >= least;

/** The quotes of each known speaker with at least `least` keys, in text order, with their
 *  statement numbers. */
function speakerLists(statements: Statement[], least: number): Map<string, { list: Statement[]; index: number[] }> {
  const bySpeaker = new Map<string, { list: Statement[]; index: number[] }>();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    if (!listed(s, least)) continue;
    const lists = bySpeaker.get(s.speakerId!);
    if (lists) {
      lists.list.push(s);
      lists.index.push(i);
    } else bySpeaker.set(s.speakerId!, { list: [s], index: [i] });
  }
  return bySpeaker;
}

/** More changed statements than this: dropRestatements judges every statement again. */
const MAX_CHANGED_STATEMENTS = 32;

/**
 * dropRestatements after an edit that changed the contents of a few statements in place: the same
 * number of statements, each grouped (spoken by) as before and in its speaker's list as before.
 * Then every speaker's list holds the same places, and only the lists holding a changed statement
 * differ: those speakers' states are updated (speakerState, from their last lists with the changed
 * places written over: the others' members have the same contents, all the state reads) and their
 * drops replace their last ones; the other speakers' states and drops stay. Null otherwise.
 */
function updatedDrops(last: LastDrops, states: Map<string, SpeakerState>, statements: Statement[], memo: ContradictionMemo): Statement[] | null {
  const n = statements.length;
  if (last.keys.length !== n) return null;
  const changed: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = statements[i];
    if (last.groups[i] !== groupOf(s)) return null;
    if (last.keys[i] !== s.keys && changed.push(i) > MAX_CHANGED_STATEMENTS) return null;
  }
  // The same contents and speakers: the same drops, and nothing to remember anew.
  if (changed.length === 0) return keptOf(statements, last.dropped);
  const lists = new Map<string, Statement[]>();
  for (let c = 0; c < changed.length; c++) {
    const i = changed[c];
    const s = statements[i];
    // Listed before as now (its group, the speaker, is the same: checked above).
    const was = last.groups[i] !== null && last.keys[i].size >= last.least;
    if (was !== listed(s, last.least)) return null;
    if (!was) continue;
    const state = states.get(s.speakerId!);
    if (!state) continue; // a list of one: nothing to drop
    const p = placeIn(state.index, i);
    let list = lists.get(s.speakerId!);
    if (!list) lists.set(s.speakerId!, (list = state.list.slice()));
    list[p] = s;
  }
  const dropped = last.dropped.slice();
  const next = new Map(states);
  for (const [speaker, list] of lists) {
    const was = states.get(speaker)!;
    const state = speakerState(list, was, memo, was.index);
    for (let k = 0; k < was.gone.length; k++) dropped[was.index[was.gone[k]]] = 0;
    for (let k = 0; k < state.gone.length; k++) dropped[state.index[state.gone[k]]] = 1;
    next.set(speaker, state);
  }
  const keys = last.keys.slice();
  for (let c = 0; c < changed.length; c++) keys[changed[c]] = statements[changed[c]].keys;
  memo.speakers = next;
  memo.lastDrops = { keys, groups: last.groups, dropped, least: last.least };
  return keptOf(statements, dropped);
}

/** speakerDrops' reasons: how many times each statement was dropped (by a pair of groups, or as
 *  a repeat in its group), and the groups of alike statements (members in text order). */
interface Counted {
  counts: Int32Array;
  groups?: number[][];
}

/** One speaker's statements (by content), groups, reasons and drops after the last analysis.
 *  Shared between analyses: replaced, never changed. */
interface SpeakerState {
  list: Statement[];
  groups: number[][];
  /** Each statement's group. */
  groupAt: Int32Array;
  counts: Int32Array;
  gone: number[];
  /** Each member's statement number. */
  index: Int32Array;
}

/** The most statements of one speaker an edit may change for its drops to be updated. */
const MAX_CHANGED_DROPS = 8;

function speakerState(list: Statement[], last: SpeakerState | undefined, memo: ContradictionMemo, index: Int32Array): SpeakerState {
  const next = last && updatedState(last, list, memo, index);
  if (next) return next;
  const counted: Counted = { counts: new Int32Array(list.length) };
  const gone = speakerDrops(list, memo, FEW_GROUPS, counted);
  const groups = counted.groups!;
  const groupAt = new Int32Array(list.length);
  for (let x = 0; x < groups.length; x++) for (const i of groups[x]) groupAt[i] = x;
  return { list, groups, groupAt, counts: counted.counts, gone, index };
}

/**
 * The last state updated for statements whose contents changed in place (the same number of
 * statements, a few changed). A statement's drops are the union of its reasons, each from one pair
 * of groups within RESTATEMENT_WINDOW (its members and first's content alone) or from its own group
 * (repeats): the groups holding a changed statement, or alike to one now, are regrouped; their
 * reasons before are taken away and after are added, and of the pairs of other groups only those
 * the regrouping moved into or out of the window (their distance changed) are judged again.
 * Null (judge all) when the list's length changed or many statements did.
 */
function updatedState(last: SpeakerState, list: Statement[], memo: ContradictionMemo, index: Int32Array): SpeakerState | null {
  const n = list.length;
  const was = last.list;
  if (was.length !== n) return null;
  const changed: number[] = [];
  for (let i = 0; i < n; i++) if (was[i].keys !== list[i].keys && changed.push(i) > MAX_CHANGED_DROPS) return null;
  if (changed.length === 0) return { ...last, list, index };
  const { groups, groupAt } = last;
  // The old groups to regroup: those of the changed statements, and the one each is alike to now
  // (alike is an equivalence: the unchanged statements alike to one are all in one old group).
  const dirty = new Set<number>();
  const isChanged = new Uint8Array(n);
  for (const q of changed) (isChanged[q] = 1), dirty.add(groupAt[q]);
  for (const q of changed) {
    const s = list[q];
    const shape = shapeOf(s);
    for (let j = 0; j < n; j++) {
      if (isChanged[j] === 0 && shapeOf(list[j]) === shape && alike(list[j], s)) {
        dirty.add(groupAt[j]);
        break;
      }
    }
  }
  // Their members regrouped (in text order; a group's order is its first member's).
  const members: number[] = [];
  for (const g of dirty) for (const i of groups[g]) members.push(i);
  members.sort((x, y) => x - y);
  const regrouped: number[][] = [];
  for (const i of members) {
    const g = regrouped.find((r) => alike(list[r[0]], list[i]));
    if (g) g.push(i);
    else regrouped.push([i]);
  }
  // The new order: the other groups (their order kept) merged with the regrouped ones.
  const next: number[][] = [];
  const oldOf: number[] = []; // each new group's old index, -1 when regrouped
  for (let x = 0, r = 0; x < groups.length || r < regrouped.length; ) {
    if (x < groups.length && dirty.has(x)) {
      x++;
      continue;
    }
    if (r < regrouped.length && (x === groups.length || regrouped[r][0] < groups[x][0])) (next.push(regrouped[r++]), oldOf.push(-1));
    else (next.push(groups[x]), oldOf.push(x++));
  }
  const restatesM = (a: Statement, b: Statement) => rememberedPair(memo.restates, a.keys, b.keys, () => restates(a, b));
  const counts = last.counts.slice();
  const less = (i: number) => counts[i]--;
  const more = (i: number) => counts[i]++;
  const W = RESTATEMENT_WINDOW;
  // Reasons of the regrouped groups, before (taken away) and after (added); a pair of two of them once.
  for (const g of dirty) {
    groupRepeats(was, groups[g], restatesM, less);
    for (let x = Math.max(0, g - W); x <= Math.min(groups.length - 1, g + W); x++) {
      if (x === g || (x < g && dirty.has(x))) continue;
      judgePair(was, groups[Math.min(g, x)], groups[Math.max(g, x)], restatesM, less);
    }
  }
  for (let h = 0; h < next.length; h++) {
    if (oldOf[h] >= 0) continue;
    groupRepeats(list, next[h], restatesM, more);
    for (let x = Math.max(0, h - W); x <= Math.min(next.length - 1, h + W); x++) {
      if (x === h || (x < h && oldOf[x] < 0)) continue;
      judgePair(list, next[Math.min(h, x)], next[Math.max(h, x)], restatesM, more);
    }
  }
  // Pairs of other groups whose distance crossed the window: it moved by at most `moved`.
  const moved = dirty.size + regrouped.length;
  for (let x = 0; x < next.length; x++) {
    const ox = oldOf[x];
    if (ox < 0) continue;
    for (let y = Math.max(x + 1, x + W - moved); y <= Math.min(next.length - 1, x + W + moved); y++) {
      const oy = oldOf[y];
      if (oy < 0) continue;
      const before = oy - ox <= W;
      if (before !== y - x <= W) judgePair(list, next[x], next[y], restatesM, before ? less : more);
    }
  }
  const at = new Int32Array(n);
  for (let x = 0; x < next.length; x++) for (const i of next[x]) at[i] = x;
  const gone: number[] = [];
  for (let i = 0; i < n; i++) if (counts[i] > 0) gone.push(i);
  return { list, groups: next, groupAt: at, counts, gone, index };
}

/** A group's repeats of one paraphrase: all but the first give way. Repeated quotations are separate remarks. */
function groupRepeats(list: Statement[], g: number[], restatesM: (a: Statement, b: Statement) => boolean, add: (i: number) => unknown): void {
  if (g.length > 1 && rank(list[g[0]]) === 0 && restatesM(list[g[0]], list[g[0]])) for (let m = 1; m < g.length; m++) add(g[m]);
}

/** Up to this many groups of alike statements, a speaker's pairs are compared without an index
 *  (below the restatement window, so every pair is within it either way). */
const FEW_GROUPS = 48;

/** Whether the sorted numbers at [a, aEnd) and [b, bEnd) of `nums` share at least four. */
function sharesFour(nums: Int32Array, a: number, aEnd: number, b: number, bEnd: number): boolean {
  let common = 0;
  while (a < aEnd && b < bEnd) {
    const x = nums[a];
    const y = nums[b];
    if (x === y) {
      if (++common === 4) return true;
      a++;
      b++;
    } else if (x < y) a++;
    else b++;
    if (common + Math.min(aEnd - a, bEnd - b) < 4) return false;
  }
  return false;
}

// speakerDrops' arrays: where each group's key numbers end, and the numbers.
let groupAt: Int32Array = new Int32Array(64);
let groupKeys: Int32Array = new Int32Array(256);

/** A Smi of what `alike` statements share (rank and set sizes; larger sizes may collide, which only costs a comparison). */
const shapeOf = (s: Statement) => rank(s) | (Math.min(s.keys.size, 1023) << 2) | (Math.min(s.pos.size, 1023) << 12) | (Math.min(s.denied.size, 255) << 22);

/** Which of one speaker's statements (in text order) restate another: their indices (`fewGroups`: see FEW_GROUPS; tests set it). */
export function speakerDrops(list: Statement[], memo?: ContradictionMemo, fewGroups = FEW_GROUPS, counted?: Counted): number[] {
  const restatesM = memo ? (a: Statement, b: Statement) => rememberedPair(memo.restates, a.keys, b.keys, () => restates(a, b)) : restates;
  if (list.length < 2) return [];
  const drop = new Set<number>();
  // With `counted`: how many reasons drop each statement (see SpeakerState), so an edit can take
  // one pair's reasons away without judging the rest again.
  const counts = counted?.counts;
  const add = counts ? (i: number) => (counts[i]++, drop.add(i)) : (i: number) => drop.add(i);
  // Alike statements have equal rank and set sizes: only those sharing these numbers with another
  // need comparing; a statement alone in its numbers is alone in its group.
  const shape: number[] = new Array(list.length);
  for (let i = 0; i < list.length; i++) shape[i] = shapeOf(list[i]);
  const shapes = new Map<number, number>();
  for (const h of shape) shapes.set(h, (shapes.get(h) ?? 0) + 1);
  // Groups of alike statements, in order of their first member, members in text order. Alike:
  // equal rank and equal key, pos and denied sets; found by a hash of those that ignores order
  // (no sorted copies), every candidate then compared set by set.
  const groups: number[][] = [];
  const byHash = new Map<number, number[]>();
  list.forEach((s, i) => {
    if (shapes.get(shape[i])! === 1) {
      groups.push([i]);
      return;
    }
    const h = alikeHash(s);
    const candidates = byHash.get(h);
    if (candidates) {
      for (const g of candidates) {
        if (alike(list[groups[g][0]], s)) {
          groups[g].push(i);
          return;
        }
      }
      candidates.push(groups.length);
    } else byHash.set(h, [groups.length]);
    groups.push([i]);
  });
  if (counted) counted.groups = groups;
  for (const g of groups) groupRepeats(list, g, restatesM, add);
  // Only groups sharing at least four keys can restate one another; the pairs that do are judged,
  // in no particular order (each pair's drops depend on that pair alone).
  const judge = (x: number, y: number) => judgePair(list, groups[x], groups[y], restatesM, add);
  if (groups.length <= fewGroups) {
    // A few groups (most speakers): each pair's shared keys counted directly, up to four, by a
    // merge of their keys' numbers (sorted, in one array; none for a group of fewer than four).
    let size = 0;
    let wide = 0;
    for (const g of groups) if (list[g[0]].keys.size >= 4) (size += list[g[0]].keys.size), wide++;
    if (wide < 2) return [...drop]; // no pair of groups can share four keys
    beginNumbering();
    // The module's arrays, reused (made per speaker, typed arrays cost more than the merges).
    if (groupAt.length <= groups.length) groupAt = new Int32Array(2 * groups.length + 2);
    // Kept for the next speaker unless one huge quote's keys grew it.
    if (groupKeys.length < size) groupKeys = new Int32Array(size > KEPT_LENGTH ? size : 2 * size);
    else if (groupKeys.length > KEPT_LENGTH && size <= KEPT_LENGTH) groupKeys = new Int32Array(Math.max(256, 2 * size));
    const at = groupAt;
    const nums = groupKeys;
    at[0] = 0;
    for (let x = 0, o = 0; x < groups.length; x++) {
      const s = list[groups[x][0]];
      if (s.keys.size >= 4) {
        const from = o;
        const ids = keyIdsOf(s);
        for (let m = 0; m < ids.length; m++) {
          // Insertion sort: a statement has a few keys.
          const v = ids[m];
          let y = o++;
          while (y > from && nums[y - 1] > v) (nums[y] = nums[y - 1]), y--;
          nums[y] = v;
        }
      }
      at[x + 1] = o;
    }
    for (let x = 0; x < groups.length; x++) {
      if (at[x + 1] === at[x]) continue;
      for (let y = x + 1; y < groups.length; y++) if (at[y + 1] !== at[y] && sharesFour(nums, at[x], at[x + 1], at[y], at[y + 1])) judge(x, y);
    }
    return [...drop];
  }
  // Many: each group meets the later ones (within the window) through an index over its
  // representative's keys, which counts the keys each pair shares.
  const postings = new Map<string, number[]>();
  for (let y = 0; y < groups.length; y++) {
    for (const k of list[groups[y][0]].keys) {
      const p = postings.get(k);
      if (p) p.push(y);
      else postings.set(k, [y]);
    }
  }
  const shared = new Int32Array(groups.length);
  const met: number[] = [];
  for (let x = 0; x < groups.length; x++) {
    const limit = x + RESTATEMENT_WINDOW;
    for (const k of list[groups[x][0]].keys) {
      for (const y of postings.get(k)!) {
        if (y <= x || y > limit) continue;
        if (shared[y]++ === 0) met.push(y);
      }
    }
    for (const y of met) {
      const enough = shared[y] >= 4;
      shared[y] = 0;
      if (enough) judge(x, y);
    }
    met.length = 0;
  }
  return [...drop];
}

/** One pair of groups of alike statements (gx's first before gy's): the members that give way when
 *  one's first restates the other's, each handed to `add`. */
function judgePair(list: Statement[], gx: number[], gy: number[], restatesM: (a: Statement, b: Statement) => boolean, add: (i: number) => unknown): void {
  const a = list[gx[0]];
  const b = list[gy[0]];
  if (!restatesM(a, b)) return;
  // Two quotations are two remarks; only a paraphrase gives way to the speaker's own words.
  if (rank(a) !== rank(b)) for (const i of rank(a) > rank(b) ? gy : gx) add(i);
  // Two paraphrases (a lead's summary, the fuller report below): keep the fuller one; of two
  // as full, the later gives way.
  else if (rank(a) === 0) {
    if (a.keys.size > b.keys.size) for (const i of gy) add(i);
    else if (a.keys.size < b.keys.size) for (const i of gx) add(i);
    else {
      for (const i of gy) add(i); // every member of gy comes after a, the first of gx
      for (const i of gx) if (i > gy[0]) add(i);
    }
  }
}

const KIND_TEXT: Record<string, string> = {
  negation: 'one denies what the other asserts',
  numeric: 'different figures for the same count',
  antonym: 'opposite claims',
  factual: 'incompatible accounts',
};

function who(s: Statement): string {
  return s.source === 'own' ? 'the article (no source)' : s.speakerName;
}

/** Marks that open or close a quotation (not the single ones: "’" also ends "workers’"). */
const OPENING_MARKS = '"\u201C\u201D\u00AB\u201E';
const CLOSING_MARKS = '"\u201C\u201D\u00BB';

/**
 * A statement as the messages quote it, inside our own quotation marks: a direct quote's text
 * comes with its marks and the comma before its cue ("Nobody warned us," ...), which would
 * read as ""Nobody warned us,"".
 */
export function excerpt(s: Statement): string {
  // A long text is read from its head alone when that already shows the cut (see longExcerpt).
  if (s.text.length > HEAD) {
    const cut = longExcerpt(s.text);
    if (cut !== null) return cut;
  }
  let t = singleSpaced(s.text) ? s.text.trim() : s.text.replace(/\s+/g, ' ').trim();
  // Only a statement that opens with a mark is a quotation as a whole; a closing mark at the end
  // of any other one closes a phrase inside it ('called it "a disgrace"').
  if (t.length > 1 && OPENING_MARKS.includes(t[0])) {
    t = t.slice(1);
    if (t.length > 1 && CLOSING_MARKS.includes(t[t.length - 1])) t = t.slice(0, -1);
    // By hand: /[,;:\s]+$/ is quadratic on a long run of spaces.
    let end = t.length;
    while (end > 0 && ',;: '.includes(t[end - 1])) end--;
    t = t.slice(0, end);
  }
  return t.length > 70 ? t.slice(0, 67) + '...' : t;
}

/** Whether `t`'s only white space is single spaces (collapsing white space then changes nothing). */
export function singleSpaced(t: string): boolean {
  let prev = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 32) {
      if (prev === 32) return false;
    } else if (c <= 13 ? c >= 9 : c >= 0xa0 && isOtherSpace(c)) return false;
    prev = c;
  }
  return true;
}

/** White space of /\s/ from U+00A0 up. */
function isOtherSpace(c: number): boolean {
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const HEAD = 160;
const TRAILING = ' ,;:' + CLOSING_MARKS;

/**
 * `excerpt` of a text longer than HEAD, read from its first HEAD characters: their white space
 * collapsed is the start of the whole text's. When a character that no trimming at the end can
 * remove (not a space, ",;:" or a closing mark) sits at index 70 or later of the text after an
 * opening mark, the excerpt is longer than 70 and so its first 67 characters and "...". Else null:
 * the caller reads the whole text (a long quote's white space need not be collapsed to the end).
 */
function longExcerpt(text: string): string | null {
  // Most heads are single-spaced already: collapsing their white space (a new string, a match per space) would change nothing.
  const raw = text.slice(0, HEAD);
  const head = (singleSpaced(raw) ? raw : raw.replace(/\s+/g, ' ')).trimStart();
  const off = head.length > 1 && OPENING_MARKS.includes(head[0]) ? 1 : 0;
  for (let j = 70 + off; j < head.length; j++) if (!TRAILING.includes(head[j])) return head.slice(off, off + 67) + '...';
  return null;
}

/** The two findings of one clash, one on each side; `file` fills `related` across articles. */
export function contradictionFindings(
  a: Statement,
  b: Statement,
  clash: Clash,
  opts: { rule?: 'contradiction' | 'position-change'; fileA?: string; fileB?: string } = {},
): Finding[] {
  const rule = opts.rule ?? 'contradiction';
  // Each side's excerpt is quoted three times: made once.
  const excerptA = excerpt(a);
  const excerptB = excerpt(b);
  const side = (x: Statement, y: Statement, fileY?: string): Finding => {
    const ex = x === a ? excerptA : excerptB;
    const ey = x === a ? excerptB : excerptA;
    const related: RelatedLocation = {
      span: y.spans[0],
      message: `${who(y)}: "${ey}"`,
    };
    if (fileY) related.file = fileY;
    const lead = rule === 'position-change' ? `Change of position (${clash.kind}, on "${clash.about}")` : `Contradiction (${clash.kind}: ${KIND_TEXT[clash.kind]}, on "${clash.about}")`;
    return {
      rule,
      severity: 'warning',
      span: [x.spans[0][0], x.spans[x.spans.length - 1][1]],
      message: `${lead}: ${who(x)} says "${ex}", but ${who(y)} says "${ey}".`,
      related: [related],
      data: {
        kind: clash.kind,
        about: clash.about,
        otherSpan: y.spans[0],
        otherSpans: y.spans,
        speakers: [who(x), who(y)],
        ...(fileY ? { otherFile: fileY } : {}),
      },
    };
  };
  return [side(a, b, opts.fileB), side(b, a, opts.fileA)];
}
