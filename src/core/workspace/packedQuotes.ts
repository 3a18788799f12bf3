// An article's quotes as the workspace index keeps them: numbers in one Int32Array and each string
// once, instead of seven small objects per quote (about 300 bytes each, most of the index's heap).
// The texts that are slices of the article (a quote's spans joined, its cue, its speaker's
// mention) are not stored: they are cut from the article text when read. Readers get `Quote`
// objects whose fields are read from the pack (`quoteViews`), equal to the quotes packed.
// Pure data, so a pack crosses threads as a cheap structured clone (a typed array and a few strings).
import type { Quote, QuoteType, Span, TextSpan } from '../types';

export interface QuotePack {
  /** Per quote, REC ints (see the field offsets below); then the spans, two ints each. */
  data: Int32Array;
  count: number;
  /** The strings the quotes name that are not slices of the text (names, ids, via), once each. */
  strings: string[];
  /** Quotes whose shape the pack does not know (a field it would drop), kept as they are, by index. */
  raw: Record<number, Quote>;
  /** `cueParts` of the quotes that have them (rare), by index. */
  cueParts: Record<number, TextSpan[]>;
  /** The article text the derived texts are cut from: set by `quoteViews` (it does not travel with the pack). */
  text?: string;
}

const TYPES: readonly QuoteType[] = ['direct', 'mixed', 'indirect'];
const QUOTE_KEYS = new Set(['id', 'type', 'spans', 'text', 'cue', 'speaker', 'via', 'cueParts']);
const SPEAKER_KEYS = new Set(['id', 'entity', 'mention', 'mentionSpan']);

// Field offsets in a quote's record. String fields hold an index into `strings`, NONE for null,
// DERIVED when the value is the slice of the text its span(s) name.
const TYPE = 0;
const ID = 1;
const TEXT = 2;
const CUE_START = 3;
const CUE_END = 4;
const CUE_TEXT = 5;
const SPEAKER_ID = 6;
const ENTITY = 7;
const MENTION = 8;
const MENTION_START = 9;
const MENTION_END = 10;
const VIA = 11;
const FIRST_SPAN = 12;
const SPAN_COUNT = 13;
const REC = 14;
const NONE = -1;
const DERIVED = -2;
/** TYPE of a quote kept in `raw`. */
const RAW = -1;

function isSpan(s: unknown): s is Span {
  return Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && Number.isInteger(s[1]) && s[0] >= 0 && s[1] >= s[0] && s[1] <= 0x7fffffff;
}

/** The quote's text when it is its spans' slices of `text` joined by a space (as the engine makes it). */
function spansText(text: string, spans: readonly Span[]): string {
  if (spans.length === 1) return text.slice(spans[0][0], spans[0][1]);
  let out = '';
  for (let k = 0; k < spans.length; k++) out += (k ? ' ' : '') + text.slice(spans[k][0], spans[k][1]);
  return out;
}

/** Whether the pack can hold the quote field for field (else it is kept as it is). */
function packable(q: Quote): boolean {
  for (const k in q) if (!QUOTE_KEYS.has(k)) return false;
  for (const k in q.speaker) if (!SPEAKER_KEYS.has(k)) return false;
  if (!TYPES.includes(q.type) || !Array.isArray(q.spans) || !q.spans.every(isSpan)) return false;
  if (typeof q.id !== 'string' || typeof q.text !== 'string' || (q.via !== null && typeof q.via !== 'string')) return false;
  if (q.cue !== null && (Object.keys(q.cue).length !== 2 || typeof q.cue.text !== 'string' || !isSpan(q.cue.span))) return false;
  const s = q.speaker;
  if (!s || (s.id !== null && typeof s.id !== 'string') || (s.entity !== null && typeof s.entity !== 'string') || (s.mention !== null && typeof s.mention !== 'string')) return false;
  if (s.mentionSpan !== null && !isSpan(s.mentionSpan)) return false;
  return !('cueParts' in q) || Array.isArray(q.cueParts);
}

/** Packs an article's quotes (`text`: the article's text, of which their spans are slices). */
export function packQuotes(quotes: readonly Quote[], text: string): QuotePack {
  let spanCount = 0;
  for (const q of quotes) spanCount += Array.isArray(q.spans) ? q.spans.length : 0;
  const data = new Int32Array(quotes.length * REC + 2 * spanCount);
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string | null): number => {
    if (s === null) return NONE;
    let i = index.get(s);
    if (i === undefined) index.set(s, (i = strings.push(s) - 1));
    return i;
  };
  const raw: Record<number, Quote> = {};
  const cueParts: Record<number, TextSpan[]> = {};
  let at = quotes.length * REC;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    const r = i * REC;
    if (!packable(q)) {
      data[r + TYPE] = RAW;
      raw[i] = q;
      continue;
    }
    data[r + TYPE] = TYPES.indexOf(q.type);
    data[r + ID] = str(q.id);
    data[r + FIRST_SPAN] = at;
    data[r + SPAN_COUNT] = q.spans.length;
    for (const [a, b] of q.spans) {
      data[at++] = a;
      data[at++] = b;
    }
    data[r + TEXT] = q.text === spansText(text, q.spans) ? DERIVED : str(q.text);
    data[r + CUE_START] = q.cue ? q.cue.span[0] : NONE;
    data[r + CUE_END] = q.cue ? q.cue.span[1] : NONE;
    data[r + CUE_TEXT] = !q.cue ? NONE : q.cue.text === text.slice(q.cue.span[0], q.cue.span[1]) ? DERIVED : str(q.cue.text);
    const s = q.speaker;
    data[r + SPEAKER_ID] = str(s.id);
    data[r + ENTITY] = str(s.entity);
    data[r + MENTION_START] = s.mentionSpan ? s.mentionSpan[0] : NONE;
    data[r + MENTION_END] = s.mentionSpan ? s.mentionSpan[1] : NONE;
    data[r + MENTION] = s.mention !== null && s.mentionSpan && s.mention === text.slice(s.mentionSpan[0], s.mentionSpan[1]) ? DERIVED : str(s.mention);
    data[r + VIA] = str(q.via);
    if (q.cueParts) cueParts[i] = q.cueParts;
  }
  return { data, count: quotes.length, strings, raw, cueParts };
}

/**
 * The quotes of a pack, read from it (`text`: the article text they were packed with). Each view
 * is created once and keeps its identity; the objects its fields return are made on each read.
 */
export function quoteViews(pack: QuotePack, text: string): Quote[] {
  pack.text = text;
  const out: Quote[] = new Array(pack.count);
  for (let i = 0; i < pack.count; i++) out[i] = pack.data[i * REC + TYPE] === RAW ? pack.raw[i] : (new PackedQuote(pack, i) as Quote);
  return out;
}

/** A quote read from a pack: the fields of `Quote`, as getters. */
class PackedQuote {
  constructor(
    private readonly pack: QuotePack,
    private readonly i: number,
  ) {}

  private get source(): string {
    return this.pack.text!;
  }

  private field(f: number): number {
    return this.pack.data[this.i * REC + f];
  }

  private string(f: number): string | null {
    const k = this.field(f);
    return k === NONE ? null : this.pack.strings[k];
  }

  get id(): string {
    return this.string(ID)!;
  }

  get type(): QuoteType {
    return TYPES[this.field(TYPE)];
  }

  get spans(): Span[] {
    const d = this.pack.data;
    const first = this.field(FIRST_SPAN);
    const n = this.field(SPAN_COUNT);
    const out: Span[] = new Array(n);
    for (let k = 0; k < n; k++) out[k] = [d[first + 2 * k], d[first + 2 * k + 1]];
    return out;
  }

  get text(): string {
    return this.field(TEXT) === DERIVED ? spansText(this.source, this.spans) : this.string(TEXT)!;
  }

  get cue(): TextSpan | null {
    const a = this.field(CUE_START);
    if (a === NONE) return null;
    const b = this.field(CUE_END);
    return { text: this.field(CUE_TEXT) === DERIVED ? this.source.slice(a, b) : this.string(CUE_TEXT)!, span: [a, b] };
  }

  get cueParts(): TextSpan[] | undefined {
    return this.pack.cueParts[this.i];
  }

  get speaker(): Quote['speaker'] {
    const a = this.field(MENTION_START);
    const b = this.field(MENTION_END);
    const mention = this.field(MENTION) === DERIVED ? this.source.slice(a, b) : this.string(MENTION);
    return { id: this.string(SPEAKER_ID), entity: this.string(ENTITY), mention, mentionSpan: a === NONE ? null : [a, b] };
  }

  get via(): string | null {
    return this.string(VIA);
  }

  /** `speaker.id` without making the speaker (and cutting its mention from the text). */
  speakerId(): string | null {
    return this.string(SPEAKER_ID);
  }

  /** The plain quote, as the engine gave it (JSON and copies see the fields, not the pack). */
  toJSON(): Quote {
    return plainQuote(this as unknown as Quote);
  }
}

/** A quote's speaker id; read straight from the pack for a packed quote (a loop over a workspace's quotes). */
export function quoteSpeakerId(q: Quote): string | null {
  return q instanceof PackedQuote ? q.speakerId() : q.speaker.id;
}

/** A plain copy of a quote (a packed one's fields read out); `cueParts` only when the quote has it. */
export function plainQuote(q: Quote): Quote {
  const out: Quote = { id: q.id, type: q.type, spans: q.spans, text: q.text, cue: q.cue, speaker: q.speaker, via: q.via };
  if (q.cueParts !== undefined) out.cueParts = q.cueParts;
  return out;
}

/** Every string of a pack replaced by what `pool` gives for it (one copy of each across articles), in place. */
export function poolPackStrings(pack: QuotePack, pool: (s: string) => string): QuotePack {
  const s = pack.strings;
  for (let i = 0; i < s.length; i++) s[i] = pool(s[i]);
  return pack;
}
