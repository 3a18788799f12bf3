// White space as JavaScript's \s reads it, and the first few words of a text without splitting
// all of it (a quote's length tests only ever need to know "at most n words" and the first word).

/** JavaScript's \s. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/['’]s?$/.test(w)`: ends in an apostrophe, or in an apostrophe and "s" ("Smith's", "officials’"). */
export function endsPossessiveMark(w: string): boolean {
  const n = w.length;
  let c = w.charCodeAt(n - 1);
  if (c === 115 && n >= 2) c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** `/^[\x00-\x7f]*$/.test(w)` */
export function isAscii(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) > 127) return false;
  return true;
}

/** `/^[a-z]+$/.test(w)` */
export function isLowerAscii(w: string): boolean {
  if (!w.length) return false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** The first `max` words of `s.split(/\s+/).filter(Boolean)`, read in place. */
export function leadingWords(s: string, max: number): string[] {
  return pushWords(s, 0, s.length, max, []);
}

/** Pushes the words of `text` in [from, to) onto `out` until it holds `max`; returns `out`. */
export function pushWords(text: string, from: number, to: number, max: number, out: string[]): string[] {
  let i = from;
  while (out.length < max) {
    while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    while (i < to && !isSpaceCode(text.charCodeAt(i))) i++;
    out.push(text.slice(start, i));
  }
  return out;
}

/** A 16-bit hash of `w.slice(0, n)` from its length and first, middle and last characters. */
export function wordKey(w: string, n: number): number {
  if (n === 0) return 0;
  let h = Math.imul(w.charCodeAt(0), 0x9e3779b1) ^ Math.imul(w.charCodeAt(n >> 1), 0x85ebca6b) ^ Math.imul(w.charCodeAt(n - 1), 0xc2b2ae35) ^ Math.imul(n, 0x27d4eb2f);
  h ^= h >>> 15;
  return h & 0xffff;
}
