// Coreference reuse. Who speaks each quote depends on every mention in the article, so it cannot be
// redone paragraph by paragraph; but most edits (typing inside a quotation or a sentence) change
// no mention, name or relay at all. Coreference only compares positions with each other, so when
// its inputs are the previous ones with the positions after the edit moved by the edit's length,
// its answer is the previous one moved the same way. The inputs are flattened into two arrays
// (values and positions) and compared; any difference recomputes the stage.
import type { Speaker } from '../types';
import type { Draft, Resolved, Setting } from '../attribution';
import type { PositionMap } from '../diff';
import { corefEvery } from './corefResume';
import { withMentions } from '../shift';

/** The stage's inputs, flattened: `vals` compare as they are, `poss` through the position map. */
export interface SpeakerInput {
  vals: unknown[];
  poss: number[];
}

export interface SpeakerMemo {
  input: SpeakerInput;
  out: Resolved;
}

/** Offsets among an input object's fields: compared through the position map, not as values. */
const POSITION_FIELDS = new Set(['s', 'e', 'pos']);

/**
 * Flattens one input object (a mention, a known name, a pair) field by field, whatever fields it
 * has: the engine's mention records grow new fields, and one left out would let a changed input
 * pass as unchanged. Nested mentions (`parts`) are flattened in turn; arrays of words joined.
 */
function pushObject(o: object | null, v: unknown[], p: number[]) {
  if (!o) {
    v.push(null);
    return;
  }
  const rec = o as Record<string, unknown>;
  for (const k in rec) {
    const x = rec[k];
    v.push(k);
    if (POSITION_FIELDS.has(k) && typeof x === 'number') p.push(x);
    else if (Array.isArray(x)) {
      v.push(x.length);
      for (const y of x) {
        if (y && typeof y === 'object') pushObject(y, v, p);
        else v.push(y);
      }
    } else if (x && typeof x === 'object') pushObject(x, v, p);
    else v.push(x);
  }
}

export function speakerInput(drafts: Draft[], setting: Setting): SpeakerInput {
  const v: unknown[] = [];
  const p: number[] = [];
  const order = new Map(drafts.map((d, k) => [d, k]));
  v.push(drafts.length);
  for (const d of drafts) {
    pushObject(d.mention, v, p);
    pushObject(d.viaMention, v, p);
    v.push(d.via, d.sameAs ? order.get(d.sameAs) ?? -1 : -2, d.cue?.text ?? null);
    p.push(d.pos);
  }
  v.push(setting.names.length, setting.qualifiers.length, setting.pairs.length, setting.embassy, setting.nationality, setting.lede);
  for (const n of setting.names) pushObject(n, v, p);
  for (const [head, full] of setting.qualifiers) v.push(head, full);
  for (const x of setting.pairs) pushObject(x, v, p);
  p.push(setting.ledeEnd, setting.nextEnd);
  return { vals: v, poss: p };
}

/** The previous inputs equal these once their positions are mapped from the new text to the old. */
function sameInput(prev: SpeakerInput, now: SpeakerInput, map: PositionMap): boolean {
  if (prev.vals.length !== now.vals.length || prev.poss.length !== now.poss.length) return false;
  for (let i = 0; i < now.vals.length; i++) if (prev.vals[i] !== now.vals[i]) return false;
  for (let i = 0; i < now.poss.length; i++) if (prev.poss[i] !== map.toOld(now.poss[i])) return false;
  return true;
}

function moveSpeakers(speakers: Speaker[], map: PositionMap): Speaker[] {
  return speakers.map((s) => withMentions(s, s.mentions.map((m) => ({ text: m.text, span: [map.toNew(m.span[0]), map.toNew(m.span[1])] as [number, number] }))));
}

/**
 * The coreference stage with reuse: `prev` is the last run's memo, `map` relates the old text to
 * the new; `keep` receives this run's memo.
 */
export function speakerStage(prev: SpeakerMemo | null, map: PositionMap | null, keep: (m: SpeakerMemo, reused: boolean) => void) {
  return (drafts: Draft[], setting: Setting, compute: (drafts: Draft[], setting: Setting, every: number) => Resolved): Resolved => {
    const input = speakerInput(drafts, setting);
    let out: Resolved;
    const reused = !!prev && !!map && sameInput(prev.input, input, map);
    if (reused) {
      // The trace's checkpoints hold the old positions: a later splice runs coreference in full.
      out = { ...prev!.out, via: prev!.out.via.slice(), speakers: moveSpeakers(prev!.out.speakers, map!), trace: undefined };
      // The drafts carry their final relay, as a full run leaves them.
      drafts.forEach((d, k) => (d.via = out.via[k]));
    } else {
      // Traced, so a later splice can resume coreference from a checkpoint.
      out = compute(drafts, setting, corefEvery());
    }
    keep({ input, out }, reused);
    return out;
  };
}
