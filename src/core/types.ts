// The plain data the core hands out. Everything here is JSON-serialisable, and every offset is a
// UTF-16 code unit into the text as the editor holds it (no BOM; CRLF counts as two), end exclusive.

/** [start, end) into the article text. */
export type Span = [number, number];

export interface TextSpan {
  text: string;
  span: Span;
}

export interface Headline extends TextSpan {}

export interface Dateline extends TextSpan {
  /** News agency or publisher named in the dateline/byline ("Xinhua", "AP"), or null. */
  agency: string | null;
  /** Place of the dateline ("MOSCOW"), or null. */
  place: string | null;
  /** ISO date "2014-10-25" where the dateline gives one, else null. */
  date: string | null;
}

/** The article model: what `parseArticle` finds before any attribution analysis. */
export interface Article {
  text: string;
  headline: Headline | null;
  dateline: Dateline | null;
  /** Page furniture (share links, comment forms, captions...) that analysis skips. */
  boilerplate: Span[];
  /** Body paragraphs, in order; never overlap boilerplate, headline or dateline. */
  paragraphs: Span[];
  /** Sentences of the body paragraphs, in order; each lies inside one paragraph. */
  sentences: Span[];
  /** A byline without a date ("By Jane Doe"); kept out of the body, not furniture. */
  byline?: TextSpan | null;
  /** The boilerplate before merging, each piece with its kind ("share", "caption", "gloss"...). */
  furniture?: { span: Span; kind: string }[];
  /** 'en', 'other' (findings are not raised: the rules are for English), or 'unknown' (too short to tell). */
  language?: 'en' | 'other' | 'unknown';
}

export type QuoteType = 'direct' | 'mixed' | 'indirect';

export interface QuoteSpeaker {
  /** Id of the entity in `Analysis.speakers`, or null when unresolved. */
  id: string | null;
  /** Canonical name of the entity ("Elena Varga"), or null. */
  entity: string | null;
  /** The mention at the attribution site ("he", "the Russian diplomat"), null for a floating quote. */
  mention: string | null;
  mentionSpan: Span | null;
}

export interface Quote {
  id: string;
  type: QuoteType;
  /** Content spans; more than one when the quote is split by its cue or runs over paragraphs. */
  spans: Span[];
  /** Text of the spans joined by a space. */
  text: string;
  /** The cue's first word group ("quoted"); `text` is always the slice of `span`. */
  cue: TextSpan | null;
  /** Every word group of a cue that its speaker or object splits ("quoted", "as saying"), in text
   *  order; present only when there is more than one. */
  cueParts?: TextSpan[];
  speaker: QuoteSpeaker;
  /** Outlet or person that relayed the quote ("Itar-Tass"), or null. */
  via: string | null;
}

export type SpeakerKind = 'person' | 'organization' | 'anonymous';

export interface Speaker {
  /** Stable within one analysis: "s1", "s2", ... */
  id: string;
  /** Canonical (fullest) name: "Elena Varga"; an unnamed source keeps its description. */
  entity: string;
  kind: SpeakerKind;
  role: string | null;
  affiliation: string | null;
  mentions: TextSpan[];
}

export type RuleId = 'unattributed' | 'contradiction' | 'position-change' | 'anonymous-source' | 'misquote' | 'name-variant';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface RelatedLocation {
  /** Another file's path or URI for cross-article findings; absent for the same article. */
  file?: string;
  span: Span;
  message: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  span: Span;
  message: string;
  related: RelatedLocation[];
  /** Rule-specific detail, e.g. { kind: 'negation' } for contradictions, { why: 'a figure' } for unattributed. */
  data?: Record<string, unknown>;
}

/** Everything the core knows about one article. */
export interface Analysis {
  article: Article;
  quotes: Quote[];
  speakers: Speaker[];
  findings: Finding[];
}
