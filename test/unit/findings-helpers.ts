// Shared helpers for the findings tests.

/**
 * What a contradiction message shows of a statement, by its plain definition: white space
 * collapsed and trimmed, an opening mark and its closing mark dropped with the ",;: " before it,
 * cut to 67 characters and "..." past 70.
 */
export function plainExcerpt(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  if (t.length > 1 && '"\u201C\u201D\u00AB\u201E'.includes(t[0])) {
    t = t.slice(1);
    if (t.length > 1 && '"\u201C\u201D\u00BB'.includes(t[t.length - 1])) t = t.slice(0, -1);
    t = t.replace(/[,;: ]+$/, '');
  }
  return t.length > 70 ? t.slice(0, 67) + '...' : t;
}
