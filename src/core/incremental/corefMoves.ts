// Coreference's trace kept across edits that keep its answer. Such an edit (typing in prose or in
// a quote's words) moves every position after it; the trace's checkpoints and the setting it was
// run over hold the positions before. Dropping the checkpoints after the edit (as was done) made
// the next run that needs coreference (a letter typed in a name further on) resume from before the
// first such edit and run to the end, since it had no checkpoint of the last run to stop at. The
// moves are recorded instead, and applied when a run reads the trace: only to the checkpoints it
// can read, and only to what lies past a move.
import { movedName, movedPair, type Resolved, type Setting } from '../attribution';
import type { CorefTrace, RegistrySnapshot } from '../attribution/coreference';
import type { MentionInfo } from '../attribution/speakers';
import { shiftMention } from '../shift';
import type { TextSpan } from '../types';

/** Positions at or past `oldEnd` (in the text before the move) moved by `delta`. */
export interface CorefMove {
  oldEnd: number;
  delta: number;
}

/** Moves waiting to be applied to a memo's trace and setting, in the order made. `first`: the
 *  first draft at or after the earliest of them (drafts and checkpoints before it hold no moved
 *  position). */
export interface PendingMoves {
  moves: CorefMove[];
  first: number;
}

/** More moves than this (letters typed with no coreference run between) are not kept: the trace
 *  is cut before the first instead, as before. */
const MAX_MOVES = 64;

/** For tests: how often the cut dropped the waiting moves. */
export const corefMoveStats = { cut: 0 };

/** `pending` with one more move; null when too many are waiting. */
export function addMove(pending: PendingMoves | undefined, move: CorefMove, first: number): PendingMoves | null {
  if (!pending) return { moves: [move], first };
  const moves = pending.moves.slice();
  const last = moves[moves.length - 1];
  // A letter typed right after the last one (its place is inside the last move's gap): one move.
  if (last.delta >= 0 && move.oldEnd >= last.oldEnd && move.oldEnd <= last.oldEnd + last.delta) moves[moves.length - 1] = { oldEnd: last.oldEnd, delta: last.delta + move.delta };
  else if (moves.length >= MAX_MOVES) {
    corefMoveStats.cut++;
    return null;
  } else moves.push(move);
  return { moves, first: Math.min(pending.first, first) };
}

const at = (p: number, moves: CorefMove[]): number => {
  for (let i = 0; i < moves.length; i++) if (p >= moves[i].oldEnd) p += moves[i].delta;
  return p;
};

/** The setting with its names and pairs moved. */
export function movedSetting(s: Setting, moves: CorefMove[]): Setting {
  const low = lowest(moves);
  return { ...s, names: movedAll(s.names, moves, low, movedName), pairs: movedAll(s.pairs, moves, low, movedPair) };
}

/** A copy of `list` with each item at or past `low` moved by `move` (the items the moves do not shift kept). */
function movedAll<T extends { pos: number }>(list: T[], moves: CorefMove[], low: number, move: (x: T, d: number) => T): T[] {
  const out = list.slice();
  for (let i = 0; i < out.length; i++) {
    const p = out[i].pos;
    if (p >= low) {
      const q = at(p, moves);
      if (q !== p) out[i] = move(out[i], q - p);
    }
  }
  return out;
}

function lowest(moves: CorefMove[]): number {
  let low = Infinity;
  for (let i = 0; i < moves.length; i++) if (moves[i].oldEnd < low) low = moves[i].oldEnd;
  return low;
}

function movedSpans(ms: TextSpan[], count: number, moves: CorefMove[]): TextSpan[] {
  const out = ms.slice(0, count);
  for (let i = 0; i < out.length; i++) {
    const x = out[i];
    const s = at(x.span[0], moves);
    const e = at(x.span[1], moves);
    if (s !== x.span[0] || e !== x.span[1]) out[i] = { text: x.text, span: [s, e] };
  }
  return out;
}

function movedSnapshot(c: RegistrySnapshot, moves: CorefMove[], low: number): RegistrySnapshot {
  const ents = c.ents.slice();
  for (let i = 0; i < ents.length; i++) {
    const e = ents[i];
    // Every mention ends by `end`: one that ends before every move holds no moved position.
    if (e.end < low && e.last < low) continue;
    ents[i] = { ...e, mentions: movedSpans(e.mentions, e.count, moves), end: e.end < 0 ? e.end : at(e.end, moves), last: at(e.last, moves) };
  }
  return { ents, reachNames: c.reachNames, reachPeople: c.reachPeople, reachPos: c.reachPos < 0 ? c.reachPos : at(c.reachPos, moves) };
}

/** A mention moved; null when a move falls inside it (not a move of the whole mention). */
function movedMention(m: MentionInfo, moves: CorefMove[]): MentionInfo | null {
  let x = m;
  for (let i = 0; i < moves.length; i++) {
    const { oldEnd, delta } = moves[i];
    if (x.s >= oldEnd) x = shiftMention(x, delta);
    else if (x.e >= oldEnd || x.parts?.some((p) => p.e >= oldEnd)) return null;
  }
  return x;
}

/**
 * The last run's answer with its trace moved, cut to the checkpoints before `limit` (those a run
 * over an edit ending at draft `limit` can read: corefResume.ts reads up to two past it). Null
 * when a move falls inside a mention the trace keeps.
 */
export function movedResolved(r: Resolved, pending: PendingMoves, limit: number): Resolved | null {
  const t = r.trace;
  if (!t) return r;
  const moves = pending.moves;
  const low = lowest(moves);
  const keep = Math.min(t.checkpoints.length, limit);
  const checkpoints = t.checkpoints.slice(0, keep);
  for (let i = Math.floor(pending.first / t.every); i < keep; i++) checkpoints[i] = movedSnapshot(checkpoints[i], moves, low);
  const end = Math.min(t.mention.length, (keep + 1) * t.every);
  const mention = t.mention.slice();
  for (let k = pending.first; k < end; k++) {
    const m = mention[k];
    if (!m) continue;
    const x = movedMention(m, moves);
    if (!x) return null;
    mention[k] = x;
  }
  const trace: CorefTrace = { every: t.every, checkpoints, entityAt: t.entityAt, mention, via: t.via };
  return { ...r, trace };
}
