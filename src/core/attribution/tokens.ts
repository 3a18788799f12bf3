// One linear tokenizer pass over a paragraph: words (with abbreviations like "U.S." and "Dr." kept
// whole), numbers, and single punctuation characters. Offsets are into the article text.

export interface Token {
  s: number;
  e: number;
  text: string;
  low: string;
  /** 'w' word, 'p' punctuation, 'q' quotation mark (set later by the quote pass). */
  kind: 'w' | 'p' | 'q';
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Index of the top-level quoted region the token lies in (marks included), or -1. */
  quote: number;
}

// Letters/digits joined by inner hyphens, apostrophes, dots, ampersands or slashes: "don't",
// "ally-occupied", "Znak.com", "5.7", "U.S", "NDI's". A final dot is added below for abbreviations.
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-'’.&/\u2010\u2011][\p{L}\p{N}\p{M}]+)*/uy;

/** Abbreviations that keep their dot ("Dr." is one token; "Saturday." is not). */
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov st mt jr sr rev hon fr no vs etc inc ltd corp co ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mme messrs dept est approx fig').split(' '),
);

export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    // Whitespace, including no-break and zero-width joiners.
    if (c <= 32 || c === 0xa0 || c === 0x200d || c === 0x200b || c === 0xfeff || c === 0x3000) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m && m.index === i && i + m[0].length <= end) {
      let e = i + m[0].length;
      const w = m[0];
      // Keep the dot of an abbreviation or initial: "U.S.", "Dr.", "A." (a single capital letter).
      if (text[e] === '.' && e < end) {
        const low = w.toLowerCase();
        const dotted = /[.][\p{L}]$/u.test(w) && /^[\p{L}](?:\.[\p{L}])+$/u.test(w);
        if (dotted || ABBREVIATIONS.has(low) || /^\p{Lu}$/u.test(w)) e++;
      }
      const t = text.slice(i, e);
      out.push({ s: i, e, text: t, low: t.toLowerCase().replace(/’/g, "'"), kind: 'w', cap: /^\p{Lu}/u.test(t), quote: -1 });
      i = e;
      continue;
    }
    // One character of punctuation (surrogate pairs kept whole).
    const len = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? 2 : 1;
    const t = text.slice(i, i + len);
    out.push({ s: i, e: i + len, text: t, low: t, kind: 'p', cap: false, quote: -1 });
    i += len;
  }
  return out;
}

/** Sentence-final abbreviation tokens ("U.S." at the end of a sentence) still end the sentence. */
export function endsWithDot(t: Token): boolean {
  return t.text.endsWith('.');
}
