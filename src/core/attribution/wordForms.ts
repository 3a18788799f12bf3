// Word-ending and number tests the frame rules ask per cue, as character tests: a regex run per
// word costs more than reading its last two or three characters. (-ed and -ly are the tokens'
// W_ED / W_LY bits, read where the token is classed.)

/** `/ing$/.test(w)` */
export function endsIng(w: string): boolean {
  const n = w.length;
  return n >= 3 && w.charCodeAt(n - 1) === 103 && w.charCodeAt(n - 2) === 110 && w.charCodeAt(n - 3) === 105;
}

/** `/^\d{1,3}$/.test(w)`: one to three ASCII digits (an age, "X, 38, said"). */
export function isShortNumber(w: string): boolean {
  const n = w.length;
  if (n < 1 || n > 3) return false;
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
