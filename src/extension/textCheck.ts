// Which document texts the editor refuses to analyse, and why, in words for the status item.
// Pure: no `vscode`, so it is unit-tested in plain Node.

export type SkipReason = { kind: 'too-large'; limitMB: number } | { kind: 'binary' };

/** How much of the start of a text is sampled: binary files show it in their first bytes. */
const SAMPLE = 8192;

/**
 * True for text that is really binary data: NUL characters (never in prose), or many control
 * characters or U+FFFD (what undecodable bytes become) in the sample. Tabs, line ends and form
 * feeds are ordinary text.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) odd++;
  }
  return odd > 8 && odd / n > 0.1;
}

export function skipReason(text: string, limitMB: number): SkipReason | undefined {
  if (text.length > limitMB * 1024 * 1024) return { kind: 'too-large', limitMB };
  if (looksBinary(text)) return { kind: 'binary' };
  return undefined;
}

/** The status item's text and detail for a skipped document. */
export function skipMessage(reason: SkipReason): { text: string; detail: string } {
  return reason.kind === 'too-large'
    ? { text: `Newsfact: not analysed (over ${reason.limitMB} MB)`, detail: 'Raise newsfact.maxFileSizeMB to analyse it' }
    : { text: 'Newsfact: not analysed (binary file)', detail: 'This file holds binary data, not article text' };
}
