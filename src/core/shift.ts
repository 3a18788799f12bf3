// Results moved by an edit's length: what the incremental analysis does to everything after an
// edit (spans, cue spans, mentions), in one place for every stage.
import type { Span, Speaker, TextSpan } from './types';
import type { MentionInfo } from './attribution/speakers';
import type { Quantity } from './findings/numbers';

export const shiftSpan = (s: Span, delta: number): Span => [s[0] + delta, s[1] + delta];

export const shiftTextSpan = (t: TextSpan, delta: number): TextSpan => ({ text: t.text, span: shiftSpan(t.span, delta) });

/** A speaker's mention ending at or after `from` (the end of the old changed stretch, which
 *  began at `start`), moved by `delta`: its end, and its start when that too is at or after
 *  `from`. One ending before is returned as it is, and so is one ending where text was inserted
 *  (`start` = `from`): its characters all come before the insertion ("Valdez|, said"). */
export function shiftMentionSpanFrom(t: TextSpan, start: number, from: number, delta: number): TextSpan {
  if (!mentionMoves(t, start, from)) return t;
  return { text: t.text, span: [t.span[0] >= from ? t.span[0] + delta : t.span[0], t.span[1] + delta] };
}

/** Whether shiftMentionSpanFrom moves the mention (its end is past the edit). */
export function mentionMoves(t: TextSpan, start: number, from: number): boolean {
  return t.span[1] >= from && t.span[1] > start;
}

/** A mention record (offsets `s`, `e` and its nested parts) moved; itself when `delta` is 0.
 *  Written field by field in the order of speakers.ts's one literal (`loneName` last, when it is
 *  there): an object spread was most of the cost of moving an article's mentions after a typed
 *  letter, and the copy keeps the original's shape. */
export function shiftMention(m: MentionInfo, delta: number): MentionInfo {
  if (!delta) return m;
  const out: MentionInfo = {
    s: m.s + delta, e: m.e + delta, text: m.text,
    name: m.name, description: m.description, pronoun: m.pronoun, kind: m.kind, role: m.role, affiliation: m.affiliation, gender: m.gender,
    plural: m.plural, traits: m.traits, age: m.age, parts: m.parts ? shiftParts(m.parts, delta) : null, anaphoric: m.anaphoric,
  };
  if (m.loneName !== undefined) out.loneName = m.loneName;
  return out;
}

// Every field of MentionInfo, checked by the compiler: one added there must be copied above too.
const MENTION_FIELDS: Record<keyof MentionInfo, true> = {
  s: true, e: true, text: true, name: true, description: true, pronoun: true, kind: true, role: true, affiliation: true, gender: true,
  plural: true, traits: true, age: true, parts: true, anaphoric: true, loneName: true,
};
void MENTION_FIELDS;

function shiftParts(parts: MentionInfo[], delta: number): MentionInfo[] {
  const out: MentionInfo[] = [];
  for (const x of parts) out.push(shiftMention(x, delta));
  return out;
}

/** A speaker with its mentions moved, written field by field in the registry's literal's order
 *  (EntityRegistry.speakers): a spread of a speaker that was itself such a copy takes V8's slow
 *  path, and over a run of edits every speaker past the edit is a copy of a copy. */
export function withMentions(s: Speaker, mentions: TextSpan[]): Speaker {
  return { id: s.id, entity: s.entity, kind: s.kind, role: s.role, affiliation: s.affiliation, mentions };
}

// (Speaker has no optional field: the literal above fails to compile when one is added.)

/** Figures moved (the list itself when `delta` is 0 or it is empty), each written field by field in
 *  quantitiesOf's order: a spread of a figure that was itself made by a spread takes V8's slow
 *  path, and after a while of typing every figure past the edit is such a copy. A copy of the
 *  list written over, not map() (an optimised map() makes a holey array, which its readers never saw). */
export function shiftQuantities(qs: Quantity[], delta: number): Quantity[] {
  if (!delta || !qs.length) return qs;
  const out = qs.slice();
  for (let i = 0; i < out.length; i++) {
    const q = out[i];
    out[i] = { kind: q.kind, lo: q.lo, hi: q.hi, narrowing: q.narrowing, span: [q.span[0] + delta, q.span[1] + delta], text: q.text };
  }
  return out;
}

// Every field of Quantity, checked by the compiler: one added there must be copied above too.
const QUANTITY_FIELDS: Record<keyof Quantity, true> = { kind: true, lo: true, hi: true, narrowing: true, span: true, text: true };
void QUANTITY_FIELDS;
