// Coreference resumed from a checkpoint. Resolution is one pass over the drafts in reading order:
// each draft reads the registry (what the drafts before it made) and the article-wide lists (known
// names, pairs, qualifiers, the article's country). After an edit in one paragraph, the drafts
// before it are the same, so the registry kept at a checkpoint before the paragraph's first draft
// is what a full run would hold there, provided every list read before the checkpoint reads the
// same now. Those lists look forward (a bare surname takes the first full name anywhere in the
// article), so the registry records how far it read them, and a checkpoint that read past what is
// still the same is not used (an earlier one may be). After the checkpoint the run goes on as a
// full one; the steps after the pass (lede naming, governments) run over every draft as before.
import type { Pair, Resolved, Setting } from '../attribution';
import type { CorefResume, CorefTrace, KnownName } from '../attribution/coreference';

/** Drafts between checkpoints: a resumed run redoes at most this many before the edited paragraph.
 *  Settable so tests and the fuzzer take the resumed path on articles of a few quotes. */
let every = 256;
export const corefEvery = (): number => every;
export function setCorefEvery(n: number): void {
  every = Math.max(1, Math.floor(n));
}

/** Counts of coreference runs after a splice, and of those resumed (with the drafts they skipped). */
export const corefResumeStats = { runs: 0, resumed: 0, skipped: 0 };

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
