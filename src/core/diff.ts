// Where two versions of a text differ: one changed stretch between a common prefix and suffix.

/** A change to the text: [start, end) of the previous text replaced by `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface PositionMap {
  /** Start of the change (equal in both texts). */
  start: number;
  /** End of the changed stretch in the old text and in the new one. */
  oldEnd: number;
  newEnd: number;
  /** A new-text offset in old-text terms; NaN inside the changed stretch (it has none). */
  toOld(p: number): number;
  /** An old-text offset outside the changed stretch in new-text terms. */
  toNew(p: number): number;
}

/** Longest n with a.slice(0, n) === b.slice(0, n), by halving (native comparisons, no char loop). */
function commonPrefix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(lo, mid) === b.slice(lo, mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function commonSuffix(a: string, b: string, max: number): number {
  let lo = 0;
  let hi = max;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (a.slice(a.length - mid, a.length - lo) === b.slice(b.length - mid, b.length - lo)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The change from `before` to `after`. A hint (the editor's change) is checked, not trusted: when
 * the texts around it differ, the change is found by comparison instead.
 */
export function diffTexts(before: string, after: string, hint?: TextEdit): PositionMap {
  let start: number;
  let oldEnd: number;
  if (
    hint &&
    hint.start >= 0 && hint.start <= hint.end && hint.end <= before.length &&
    after.length === before.length - (hint.end - hint.start) + hint.text.length &&
    before.slice(0, hint.start) === after.slice(0, hint.start) &&
    before.slice(hint.end) === after.slice(hint.start + hint.text.length)
  ) {
    start = hint.start;
    oldEnd = hint.end;
  } else {
    const max = Math.min(before.length, after.length);
    start = commonPrefix(before, after, max);
    const suffix = commonSuffix(before, after, max - start);
    oldEnd = before.length - suffix;
  }
  const delta = after.length - before.length;
  const newEnd = oldEnd + delta;
  return {
    start,
    oldEnd,
    newEnd,
    toOld: (p) => (p < start ? p : p >= newEnd ? p - delta : NaN),
    toNew: (p) => (p < start ? p : p >= oldEnd ? p + delta : NaN),
  };
}
