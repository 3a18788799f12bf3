// Pure grouping behind the "Quotes by Speaker" view: speakers across articles, merged by entity,
// each with its quotes, filtered and sorted. No `vscode` here, so it is unit-tested in plain Node.
import type { Finding, Quote, QuoteType, Span, Speaker, SpeakerKind } from '../core/types';
import { containing, type Interval } from './analysisLookup';

/** What the view needs from one article's analysis (the workspace index keeps no article text). */
export interface ArticleEntry {
  uri: string;
  title: string;
  quotes: readonly Quote[];
  speakers: readonly Speaker[];
  findings: readonly Finding[];
}

export interface QuoteItem {
  /** `uri#quoteId`, unique across the workspace. */
  key: string;
  uri: string;
  articleTitle: string;
  quote: Quote;
  findings: number;
  speakerKey: string;
}

export interface SpeakerGroup {
  key: string;
  name: string;
  kind: SpeakerKind | 'unresolved';
  role: string | null;
  affiliation: string | null;
  quotes: QuoteItem[];
}

export type SortOrder = 'name' | 'count';

export interface ViewOptions {
  scope: 'active' | 'workspace';
  activeUri?: string;
  /** Quote types to show; all when empty. */
  types: readonly QuoteType[];
  hasFindingsOnly: boolean;
  sort: SortOrder;
  /** Show only this speaker (set by a hover's "N quotes in the workspace" link). */
  speakerKey?: string;
}

export const UNRESOLVED_KEY = 'unresolved';

/** Lower-case, no accents, single spaces, no leading "the": the key that merges names across articles. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Maps each (article, speaker) to a workspace-wide entity key. Within an article the engine already
 * resolved "Varga", "he" and "the Hungarian diplomat" to one speaker; across articles speakers merge
 * by canonical name, and a bare surname joins the one fuller person name that ends with it.
 * Unnamed sources never merge across articles: two "officials" are not the same people.
 */
export class SpeakerDirectory {
  private readonly keys = new Map<string, string>();
  readonly groups = new Map<string, SpeakerGroup>();

  constructor(entries: readonly ArticleEntry[]) {
    const fullNames = new Map<string, Set<string>>(); // surname -> full person names ending with it
    for (const e of entries)
      for (const s of e.speakers) {
        if (s.kind !== 'person') continue;
        const n = normaliseName(s.entity);
        const parts = n.split(' ');
        if (parts.length < 2) continue;
        const last = parts[parts.length - 1];
        const set = fullNames.get(last) ?? new Set();
        set.add(n);
        fullNames.set(last, set);
      }
    for (const e of entries)
      for (const s of e.speakers) {
        let key: string;
        if (s.kind === 'anonymous') key = `anonymous:${e.uri}#${s.id}`;
        else {
          const n = normaliseName(s.entity) || s.id;
          // A bare surname may come tagged as an organization when an article gives nothing else
          // ("Ruiz said ..."); it still joins the one person whose full name ends with it.
          const fuller = !n.includes(' ') ? fullNames.get(n) : undefined;
          const joined = fuller && fuller.size === 1 ? [...fuller][0] : undefined;
          key = joined ? `person:${joined}` : `${s.kind === 'organization' ? 'org' : 'person'}:${n}`;
        }
        this.keys.set(`${e.uri}#${s.id}`, key);
        const g = this.groups.get(key);
        if (!g) {
          this.groups.set(key, { key, name: s.entity, kind: key.startsWith('person:') ? 'person' : s.kind, role: s.role, affiliation: s.affiliation, quotes: [] });
        } else {
          // The fullest name and the first role/affiliation any article gives describe the entity best.
          if (s.entity.length > g.name.length && s.kind !== 'anonymous') g.name = s.entity;
          if (s.kind === 'person') g.kind = 'person';
          g.role ??= s.role;
          g.affiliation ??= s.affiliation;
        }
      }
    for (const e of entries) {
      const countFor = findingCounter(e.findings);
      for (const q of e.quotes) {
        const key = this.keyOf(e.uri, q.speaker.id);
        let g = this.groups.get(key);
        if (!g) {
          g = { key, name: 'Unresolved speaker', kind: 'unresolved', role: null, affiliation: null, quotes: [] };
          this.groups.set(key, g);
        }
        g.quotes.push({ key: `${e.uri}#${q.id}`, uri: e.uri, articleTitle: e.title, quote: q, findings: countFor(q), speakerKey: key });
      }
    }
    // Sorted once here, so a view (run on every refresh) only filters.
    for (const g of this.groups.values()) g.quotes.sort(byPlace);
  }

  keyOf(uri: string, speakerId: string | null): string {
    return (speakerId && this.keys.get(`${uri}#${speakerId}`)) || UNRESOLVED_KEY;
  }

  /** Groups to show for these options, each holding only the quotes that pass the filters. */
  view(options: ViewOptions): SpeakerGroup[] {
    const out: SpeakerGroup[] = [];
    for (const g of this.groups.values()) {
      if (options.speakerKey && g.key !== options.speakerKey) continue;
      const unfiltered = options.scope === 'workspace' && options.types.length === 0 && !options.hasFindingsOnly;
      const quotes = unfiltered
        ? g.quotes
        : g.quotes.filter(
            (i) =>
              (options.scope === 'workspace' || i.uri === options.activeUri) &&
              (options.types.length === 0 || options.types.includes(i.quote.type)) &&
              (!options.hasFindingsOnly || i.findings > 0),
          );
      if (quotes.length) out.push(unfiltered ? g : { ...g, quotes });
    }
    const byName = (a: SpeakerGroup, b: SpeakerGroup) => a.name.localeCompare(b.name);
    out.sort((a, b) => {
      // The unresolved bucket is not a speaker; keep it last whatever the order.
      if ((a.key === UNRESOLVED_KEY) !== (b.key === UNRESOLVED_KEY)) return a.key === UNRESOLVED_KEY ? 1 : -1;
      return options.sort === 'count' ? b.quotes.length - a.quotes.length || byName(a, b) : byName(a, b);
    });
    return out;
  }
}

function byPlace(a: QuoteItem, b: QuoteItem): number {
  if (a.uri !== b.uri) return a.articleTitle.localeCompare(b.articleTitle) || (a.uri < b.uri ? -1 : 1);
  return (a.quote.spans[0]?.[0] ?? 0) - (b.quote.spans[0]?.[0] ?? 0);
}

/**
 * Counts, for any quote of one article, the findings touching it (either side), with a sorted
 * interval list: a 20,000-word article has hundreds of quotes and findings, so no all-pairs scan.
 */
export function findingCounter(findings: readonly Finding[]): (q: Quote) => number {
  if (findings.length === 0) return () => 0;
  const spans: Interval<number>[] = [];
  findings.forEach((f, i) => {
    spans.push({ start: f.span[0], end: f.span[1], item: i });
    for (const r of f.related) if (!r.file) spans.push({ start: r.span[0], end: r.span[1], item: i });
  });
  spans.sort((a, b) => a.start - b.start);
  return (q) => {
    const hit = new Set<number>();
    for (const [qs, qe] of q.spans) for (const f of containing(spans, qs, qe)) hit.add(f);
    return hit.size;
  };
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/** Findings in the same article that touch the quote, on either side of the finding. */
export function countFindings(q: Quote, findings: readonly Finding[]): number {
  let n = 0;
  for (const f of findings) {
    const spans = [f.span, ...f.related.filter((r) => !r.file).map((r) => r.span)];
    if (spans.some((s) => q.spans.some((qs) => overlaps(s, qs)))) n++;
  }
  return n;
}

/** The first few words of a quote, for a tree label. */
export function firstWords(text: string, words = 8): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ');
  return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
}

/** "Elena Varga, Foreign Minister (Hungary)": the attribution line used in labels and copies. */
export function describeSpeaker(s: { name: string; role: string | null; affiliation: string | null }): string {
  const extra = [s.role, s.affiliation ? `(${s.affiliation})` : null].filter(Boolean).join(' ');
  return extra ? `${s.name}, ${extra}` : s.name;
}
