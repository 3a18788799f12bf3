// Pure grouping behind the "Quotes by Speaker" view: speakers across articles, merged by entity,
// each with its quotes, filtered and sorted. No `vscode` here, so it is unit-tested in plain Node.
import type { Finding, Quote, QuoteType, Span, Speaker, SpeakerKind } from '../core/types';

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
  readonly key: string;
  readonly uri: string;
  readonly articleTitle: string;
  readonly quote: Quote;
  readonly findings: number;
  readonly speakerKey: string;
}

export interface SpeakerGroup {
  key: string;
  name: string;
  kind: SpeakerKind | 'unresolved';
  role: string | null;
  affiliation: string | null;
  /** The quotes, in article order (articles by title); built when first read. */
  readonly quotes: QuoteItem[];
  /** How many quotes: known without building them (a tree label, a sort). */
  readonly count: number;
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
 * One article's share of the directory, worked out once per analysis (the entry object) and
 * reused by every directory built while that article is unchanged: a change in one article then
 * costs that article plus a pass over the speakers, not a pass over every quote of the workspace.
 */
class ArticlePart {
  /** normaliseName of each speaker, by speaker index. */
  readonly names: string[];
  /**
   * Quotes by speaker index, each list in place order (speakers sharing an id share a list), and
   * the quotes of no known speaker. Each list is made at its final length: this runs once per new
   * analysis, and what it allocates is paid in the collections of the refresh that follows.
   */
  readonly lists: (readonly Quote[])[];
  readonly floating: readonly Quote[];
  /** Quotes in place order: by start offset, ties in analysis order. */
  private readonly ordered: readonly Quote[];
  private rank: Map<Quote, number> | undefined;
  private counter: ((q: Quote) => number) | undefined;
  /** The items made for each list of `lists`, for the speaker key they were made under. */
  private readonly listItems: (QuoteItem[] | undefined)[];
  /** Items made for other lists (merged or filtered ones), reused while the quote keeps its group (a plain map: it lives and dies with this part). */
  private items: Map<Quote, QuoteItem> | undefined;

  constructor(readonly entry: ArticleEntry) {
    const speakers = entry.speakers;
    this.names = speakers.map((s) => normaliseName(s.entity));
    // Slot of each speaker id: the first speaker with it; the last slot holds quotes of no known speaker.
    const slotOf = new Map<string, number>();
    for (let i = 0; i < speakers.length; i++) if (!slotOf.has(speakers[i].id)) slotOf.set(speakers[i].id, i);
    const none = speakers.length;
    // One pass reads each quote once (its start and its speaker's slot): after an edit the quotes
    // are new objects, so every read is a cache miss, and this runs once per new analysis.
    // Consecutive quotes mostly share a speaker, whose slot is then not looked up again.
    const quotes = entry.quotes;
    const slots = new Int32Array(quotes.length);
    let inOrder = true;
    let lastStart = -Infinity;
    let lastId: string | null | undefined;
    let lastSlot = none;
    for (let k = 0; k < quotes.length; k++) {
      const q = quotes[k];
      const start = q.spans[0]?.[0] ?? 0;
      if (start < lastStart) inOrder = false;
      lastStart = start;
      const id = q.speaker.id;
      if (id !== lastId) {
        lastId = id;
        lastSlot = id ? (slotOf.get(id) ?? none) : none;
      }
      slots[k] = lastSlot;
    }
    // Place order: by start offset, ties in analysis order (a stable sort of positions; skipped when already so).
    let ordered: readonly Quote[] = quotes;
    let at: ArrayLike<number> | undefined;
    if (!inOrder) {
      const start = (k: number) => quotes[k].spans[0]?.[0] ?? 0;
      const positions = Array.from(quotes, (_, k) => k).sort((a, b) => start(a) - start(b));
      ordered = positions.map((k) => quotes[k]);
      at = positions;
    }
    this.ordered = ordered;
    const slotAt = (k: number) => slots[at ? at[k] : k];
    const counts = new Int32Array(none + 1);
    for (let k = 0; k < quotes.length; k++) counts[slots[k]]++;
    const lists: Quote[][] = new Array(none + 1);
    for (let i = 0; i < none; i++) {
      const first = slotOf.get(speakers[i].id)!;
      lists[i] = first === i ? new Array<Quote>(counts[i]) : lists[first];
    }
    lists[none] = new Array<Quote>(counts[none]);
    counts.fill(0);
    for (let k = 0; k < ordered.length; k++) {
      const i = slotAt(k);
      lists[i][counts[i]++] = ordered[k];
    }
    this.floating = lists[none];
    lists.length = none;
    this.lists = lists;
    this.listItems = new Array(none);
  }

  findingsOn(q: Quote): number {
    this.counter ??= findingCounter(this.entry.findings);
    return this.counter(q);
  }

  /** Items for one of this article's lists under a speaker key; kept while the article is unchanged. */
  itemsFor(quotes: readonly Quote[], speakerKey: string): QuoteItem[] {
    const i = this.lists.indexOf(quotes);
    if (i >= 0) {
      let items = this.listItems[i];
      if (!items || (items.length && items[0].speakerKey !== speakerKey)) {
        items = new Array<QuoteItem>(quotes.length);
        for (let k = 0; k < quotes.length; k++) items[k] = new Item(this, quotes[k], speakerKey);
        this.listItems[i] = items;
      }
      return items;
    }
    const map = (this.items ??= new Map());
    return quotes.map((q) => {
      let item = map.get(q);
      if (!item || item.speakerKey !== speakerKey) map.set(q, (item = new Item(this, q, speakerKey)));
      return item;
    });
  }

  /** Two or more speakers' lists of this article, merged back into place order. */
  merge(lists: readonly (readonly Quote[])[]): Quote[] {
    const rank = (this.rank ??= new Map(this.ordered.map((q, i) => [q, i])));
    return lists.flat().sort((a, b) => rank.get(a)! - rank.get(b)!);
  }
}

/** A quote under a speaker: its address and title are read from its article's entry, its key made when read. */
class Item implements QuoteItem {
  readonly findings: number;
  private madeKey: string | undefined;

  constructor(
    private readonly part: ArticlePart,
    readonly quote: Quote,
    readonly speakerKey: string,
  ) {
    this.findings = part.findingsOn(quote);
  }

  get uri(): string {
    return this.part.entry.uri;
  }

  get articleTitle(): string {
    return this.part.entry.title;
  }

  get key(): string {
    return (this.madeKey ??= `${this.part.entry.uri}#${this.quote.id}`);
  }
}

// Kept on the entry itself, not in a WeakMap keyed by it: V8's young-generation collection keeps
// the values of weak-map entries whose keys are young, so each analysis's part (and every item and
// tree item made under it) survived into the old generation until a full collection (the tree
// refresh's p99 after an edit: 17-25 ms of collection every few dozen refreshes).
const PART = Symbol('newsfact.directoryPart');

function partOf(entry: ArticleEntry): ArticlePart {
  let part = (entry as ArticleEntry & { [PART]?: ArticlePart })[PART];
  // Not enumerable: a copy of the entry (`{ ...entry, quotes }`) must not take this entry's part.
  if (!part) Object.defineProperty(entry, PART, { value: (part = new ArticlePart(entry)), enumerable: false });
  return part;
}

/** An article's quotes in one group. */
interface Member {
  part: ArticlePart;
  quotes: readonly Quote[];
}

// localeCompare's order, without its per-call setup. Made on first use: constructing a collator
// loads locale data (about 10 ms), which activation must not pay.
let collator: Intl.Collator | undefined;
function compareText(a: string, b: string): number {
  return (collator ??= new Intl.Collator()).compare(a, b);
}

class Group implements SpeakerGroup {
  private built: QuoteItem[] | undefined;

  constructor(
    readonly key: string,
    public name: string,
    public kind: SpeakerKind | 'unresolved',
    public role: string | null,
    public affiliation: string | null,
    /** Articles in title order, each list in place order. */
    readonly members: Member[],
    readonly count: number,
  ) {}

  get quotes(): QuoteItem[] {
    // One article (the usual case): its list of items as kept by the article, not a copy.
    if (!this.built) this.built = this.members.length === 1 ? this.members[0].part.itemsFor(this.members[0].quotes, this.key) : this.members.flatMap((m) => m.part.itemsFor(m.quotes, this.key));
    return this.built;
  }

  /** The same entity showing only the quotes that pass `keep`; null when none do. */
  narrowed(keep: (part: ArticlePart, q: Quote) => boolean, wholeArticle?: (part: ArticlePart) => boolean): Group | null {
    const members: Member[] = [];
    let count = 0;
    for (const m of this.members) {
      if (wholeArticle && !wholeArticle(m.part)) continue;
      const quotes = m.quotes.filter((q) => keep(m.part, q));
      if (quotes.length) members.push({ part: m.part, quotes });
      count += quotes.length;
    }
    return count ? new Group(this.key, this.name, this.kind, this.role, this.affiliation, members, count) : null;
  }
}

/**
 * Maps each (article, speaker) to a workspace-wide entity key. Within an article the engine already
 * resolved "Varga", "he" and "the Hungarian diplomat" to one speaker; across articles speakers merge
 * by canonical name, and a bare surname joins the one fuller person name that ends with it.
 * Unnamed sources never merge across articles: two "officials" are not the same people.
 * Built once per change of the workspace: a pass over the speakers; each article's quotes are
 * grouped once per analysis (ArticlePart), and a group's quote items are made when first read.
 */
export class SpeakerDirectory {
  private readonly keys = new Map<string, string>();
  readonly groups = new Map<string, SpeakerGroup>();
  private readonly views = new Map<string, SpeakerGroup[]>();

  constructor(entries: readonly ArticleEntry[]) {
    const all = entries.map(partOf);
    const fullNames = new Map<string, Set<string>>(); // surname -> full person names ending with it
    for (const p of all)
      p.entry.speakers.forEach((s, i) => {
        if (s.kind !== 'person') return;
        const n = p.names[i];
        const space = n.lastIndexOf(' ');
        if (space < 0) return;
        const last = n.slice(space + 1);
        const set = fullNames.get(last) ?? new Set();
        set.add(n);
        fullNames.set(last, set);
      });
    type Draft = { key: string; name: string; kind: SpeakerKind | 'unresolved'; role: string | null; affiliation: string | null; lists: Map<ArticlePart, (readonly Quote[])[]> };
    const drafts = new Map<string, Draft>();
    const add = (d: Draft, p: ArticlePart, quotes: readonly Quote[]) => {
      if (!quotes.length) return;
      const lists = d.lists.get(p);
      if (lists) lists.push(quotes);
      else d.lists.set(p, [quotes]);
    };
    for (const p of all) {
      const e = p.entry;
      e.speakers.forEach((s, i) => {
        let key: string;
        if (s.kind === 'anonymous') key = `anonymous:${e.uri}#${s.id}`;
        else {
          const n = p.names[i] || s.id;
          // A bare surname may come tagged as an organization when an article gives nothing else
          // ("Ruiz said ..."); it still joins the one person whose full name ends with it.
          const fuller = !n.includes(' ') ? fullNames.get(n) : undefined;
          const joined = fuller && fuller.size === 1 ? [...fuller][0] : undefined;
          key = joined ? `person:${joined}` : `${s.kind === 'organization' ? 'org' : 'person'}:${n}`;
        }
        this.keys.set(`${e.uri}#${s.id}`, key);
        let d = drafts.get(key);
        if (!d) {
          drafts.set(key, (d = { key, name: s.entity, kind: key.startsWith('person:') ? 'person' : s.kind, role: s.role, affiliation: s.affiliation, lists: new Map() }));
        } else {
          // The fullest name and the first role/affiliation any article gives describe the entity best.
          if (s.entity.length > d.name.length && s.kind !== 'anonymous') d.name = s.entity;
          if (s.kind === 'person') d.kind = 'person';
          d.role ??= s.role;
          d.affiliation ??= s.affiliation;
        }
        add(d, p, p.lists[i]);
      });
    }
    for (const p of all) {
      const floating = p.floating;
      if (!floating.length) continue;
      let d = drafts.get(UNRESOLVED_KEY);
      if (!d) drafts.set(UNRESOLVED_KEY, (d = { key: UNRESOLVED_KEY, name: 'Unresolved speaker', kind: 'unresolved', role: null, affiliation: null, lists: new Map() }));
      add(d, p, floating);
    }
    for (const d of drafts.values()) {
      const members: Member[] = [];
      let count = 0;
      for (const [part, lists] of d.lists) {
        const quotes = lists.length === 1 ? lists[0] : part.merge(lists);
        members.push({ part, quotes });
        count += quotes.length;
      }
      if (members.length > 1) members.sort((a, b) => byArticle(a.part.entry, b.part.entry));
      this.groups.set(d.key, new Group(d.key, d.name, d.kind, d.role, d.affiliation, members, count));
    }
  }

  keyOf(uri: string, speakerId: string | null): string {
    return (speakerId && this.keys.get(`${uri}#${speakerId}`)) || UNRESOLVED_KEY;
  }

  /**
   * Groups to show for these options, each holding only the quotes that pass the filters. Worked
   * out once per set of options: a refresh with nothing changed neither filters nor sorts again.
   */
  view(options: ViewOptions): SpeakerGroup[] {
    const id = JSON.stringify([options.scope, options.scope === 'active' ? options.activeUri : null, [...options.types].sort(), options.hasFindingsOnly, options.sort, options.speakerKey ?? null]);
    let out = this.views.get(id);
    if (!out) this.views.set(id, (out = this.computeView(options)));
    return out;
  }

  private computeView(options: ViewOptions): SpeakerGroup[] {
    const out: Group[] = [];
    const unfiltered = options.scope === 'workspace' && options.types.length === 0 && !options.hasFindingsOnly;
    const inScope = options.scope === 'workspace' ? undefined : (p: ArticlePart) => p.entry.uri === options.activeUri;
    const keep = (p: ArticlePart, q: Quote) => (options.types.length === 0 || options.types.includes(q.type)) && (!options.hasFindingsOnly || p.findingsOn(q) > 0);
    for (const g of this.groups.values() as IterableIterator<Group>) {
      if (options.speakerKey && g.key !== options.speakerKey) continue;
      const shown = unfiltered ? (g.count ? g : null) : g.narrowed(keep, inScope);
      if (shown) out.push(shown);
    }
    const byName = (a: SpeakerGroup, b: SpeakerGroup) => compareText(a.name, b.name);
    return out.sort((a, b) => {
      // The unresolved bucket is not a speaker; keep it last whatever the order.
      if ((a.key === UNRESOLVED_KEY) !== (b.key === UNRESOLVED_KEY)) return a.key === UNRESOLVED_KEY ? 1 : -1;
      return options.sort === 'count' ? b.count - a.count || byName(a, b) : byName(a, b);
    });
  }
}

/** Articles by title, then address. */
function byArticle(a: ArticleEntry, b: ArticleEntry): number {
  return compareText(a.title, b.title) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
}

/**
 * Counts, for any quote of one article, the findings touching it (either side), with a sorted
 * interval list: a 20,000-word article has hundreds of quotes and findings, so no all-pairs scan.
 * Intervals sit in typed arrays and a finding is counted once per quote by a stamp, not a Set:
 * a call allocates nothing (the view counts every quote of a speaker it shows).
 */
export function findingCounter(findings: readonly Finding[]): (q: Quote) => number {
  const nf = findings.length;
  if (nf === 0) return () => 0;
  // Made once per new analysis, in the tree refresh that follows it: no object per interval, and
  // index loops (for-of and destructuring cost an iterator per array on these fresh objects).
  let n = nf;
  for (let i = 0; i < nf; i++) {
    const related = findings[i].related;
    for (let r = 0; r < related.length; r++) if (!related[r].file) n++;
  }
  // Intervals by start, as one native numeric sort of start * n + position (exact: offsets are
  // integers well below 2^53 / n); ties keep their order, which the count does not depend on anyway.
  const order = new Float64Array(n);
  const rawEnds = new Float64Array(n);
  const rawItems = new Int32Array(n);
  let k = 0;
  for (let i = 0; i < nf; i++) {
    const f = findings[i];
    order[k] = f.span[0] * n + k;
    rawEnds[k] = f.span[1];
    rawItems[k++] = i;
    const related = f.related;
    for (let r = 0; r < related.length; r++) {
      const rel = related[r];
      if (rel.file) continue;
      order[k] = rel.span[0] * n + k;
      rawEnds[k] = rel.span[1];
      rawItems[k++] = i;
    }
  }
  order.sort();
  // Starts go back into `order` (read from the key), ends and findings follow it.
  const starts = order;
  const ends = new Float64Array(n);
  const items = new Int32Array(n);
  let maxLen = 0;
  for (let j = 0; j < n; j++) {
    const from = order[j] % n;
    const start = (order[j] - from) / n;
    starts[j] = start;
    ends[j] = rawEnds[from];
    items[j] = rawItems[from];
    if (ends[j] - start > maxLen) maxLen = ends[j] - start;
  }
  const seen = new Int32Array(nf);
  let stamp = 0;
  return (q) => {
    stamp++;
    let count = 0;
    const spans = q.spans;
    for (let s = 0; s < spans.length; s++) {
      const qs = spans[s][0];
      const qe = spans[s][1];
      // The last interval starting before the quote's end, then back while one could still reach it.
      let lo = 0;
      let hi = n - 1;
      let last = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] < qe) {
          last = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      for (let i = last; i >= 0 && starts[i] > qs - maxLen - 1; i--) {
        if (ends[i] > qs && seen[items[i]] !== stamp) {
          seen[items[i]] = stamp;
          count++;
        }
      }
    }
    return count;
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
  // A scan that stops after the word past the last one kept: labels are made for every quote
  // shown, and a quote can run over paragraphs. Words are runs of non-space (as /\S+/ has it).
  // Words kept apart by single spaces (the usual case) are one slice of the text.
  const len = text.length;
  let first = -1;
  let end = 0;
  let n = 0;
  let plain = true;
  let i = 0;
  while (i < len) {
    const gap = i;
    while (i < len && isSpace(text.charCodeAt(i))) i++;
    if (i >= len) break;
    if (n === words) return `${joinWords(text, first, end, plain)}…`;
    if (n > 0 && (i - gap !== 1 || text.charCodeAt(gap) !== 32)) plain = false;
    if (first < 0) first = i;
    i++;
    while (i < len && !isSpace(text.charCodeAt(i))) i++;
    end = i;
    n++;
  }
  return n === 0 ? '' : joinWords(text, first, end, plain);
}

function joinWords(text: string, from: number, to: number, plain: boolean): string {
  const slice = text.slice(from, to);
  return plain ? slice : slice.split(/\s+/).join(' ');
}

/** Exactly JavaScript's \s: ASCII spaces and line breaks, NBSP, and Unicode's other spaces. */
function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** "Elena Varga, Foreign Minister (Hungary)": the attribution line used in labels and copies. */
export function describeSpeaker(s: { name: string; role: string | null; affiliation: string | null }): string {
  const extra = [s.role, s.affiliation ? `(${s.affiliation})` : null].filter(Boolean).join(' ');
  return extra ? `${s.name}, ${extra}` : s.name;
}
