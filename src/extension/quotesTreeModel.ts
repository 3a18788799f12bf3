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
  /** Start offset and list slot of each quote, by analysis index (read by the next analysis's part: see constructor). */
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  /** Slot of each speaker id: the first speaker with it. */
  private readonly slotOf: Map<string, number>;
  private rank: Map<Quote, number> | undefined;
  /** Counts the findings on this article's quotes (see FindingSweep), made with the first items. */
  private sweep: FindingSweep | undefined;
  /** The items made for each list of `lists`, for the speaker key they were made under. */
  private readonly listItems: (QuoteItem[] | undefined)[];
  /** Items made for other lists (merged or filtered ones), reused while the quote keeps its group (a plain map: it lives and dies with this part). */
  private items: Map<Quote, QuoteItem> | undefined;

  /**
   * @param last the part of the analysis this one replaces (the same article before an edit), if
   * any: not kept, only read. When its speakers have the same ids in the same order, a quote it
   * holds at the same index (the same object: an edit leaves the quotes before it as they were)
   * takes its start and slot from it instead of being read again (cold in memory after an edit).
   */
  constructor(
    readonly entry: ArticleEntry,
    last?: ArticlePart,
  ) {
    const speakers = entry.speakers;
    const none = speakers.length;
    const lastSpeakers = last?.entry.speakers;
    let sameIds = lastSpeakers !== undefined && lastSpeakers.length === none;
    let sameNames = sameIds;
    for (let i = 0; sameIds && i < none; i++) {
      if (speakers[i].id !== lastSpeakers![i].id) sameIds = sameNames = false;
      else if (speakers[i].entity !== lastSpeakers![i].entity) sameNames = false;
    }
    this.names = sameNames ? last!.names : speakers.map((s) => normaliseName(s.entity));
    // Slot of each speaker id: the first speaker with it; the last slot holds quotes of no known
    // speaker. It depends on the ids alone, so it is the last part's when they are the same.
    let slotOf: Map<string, number>;
    if (sameIds) slotOf = last!.slotOf;
    else {
      slotOf = new Map<string, number>();
      for (let i = 0; i < speakers.length; i++) if (!slotOf.has(speakers[i].id)) slotOf.set(speakers[i].id, i);
    }
    this.slotOf = slotOf;
    // One pass reads each quote once (its start and its speaker's slot): after an edit the quotes
    // after it are new objects, so every read is a cache miss, and this runs once per new analysis.
    // Consecutive quotes mostly share a speaker, whose slot is then not looked up again.
    const quotes = entry.quotes;
    const slots = new Int32Array(quotes.length);
    const starts = new Int32Array(quotes.length);
    const lastQuotes = sameIds ? last!.entry.quotes : undefined;
    const kept = lastQuotes ? Math.min(lastQuotes.length, quotes.length) : 0;
    let inOrder = true;
    let lastStart = -Infinity;
    let lastId: string | null | undefined;
    let lastSlot = none;
    for (let k = 0; k < quotes.length; k++) {
      const q = quotes[k];
      let start: number;
      if (k < kept && q === lastQuotes![k]) {
        start = last!.starts[k];
        slots[k] = last!.slots[k];
        lastId = undefined; // the next quote read looks its slot up
        lastSlot = none;
      } else {
        start = q.spans[0]?.[0] ?? 0;
        const id = q.speaker.id;
        if (id !== lastId) {
          lastId = id;
          lastSlot = id ? (slotOf.get(id) ?? none) : none;
        }
        slots[k] = lastSlot;
      }
      starts[k] = start;
      if (start < lastStart) inOrder = false;
      lastStart = start;
    }
    this.starts = starts;
    this.slots = slots;
    // Place order: by start offset, ties in analysis order (a stable sort of positions; skipped when already so).
    let ordered: readonly Quote[] = quotes;
    let at: ArrayLike<number> | undefined;
    if (!inOrder) {
      const positions = Array.from(quotes, (_, k) => k).sort((a, b) => starts[a] - starts[b]);
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
    const findings = this.entry.findings;
    return findings.length ? (this.sweep ??= new FindingSweep(findings)).count(q.spans) : 0;
  }

  /** Items for one of this article's lists under a speaker key; kept while the article is unchanged. */
  itemsFor(quotes: readonly Quote[], speakerKey: string): QuoteItem[] {
    const i = this.lists.indexOf(quotes);
    if (i >= 0) {
      let items = this.listItems[i];
      if (!items || (items.length && items[0].speakerKey !== speakerKey)) {
        items = new Array<QuoteItem>(quotes.length);
        const findings = this.entry.findings;
        const sweep = findings.length ? (this.sweep ??= new FindingSweep(findings)) : undefined;
        for (let k = 0; k < quotes.length; k++) items[k] = new Item(this, quotes[k], speakerKey, sweep ? sweep.count(quotes[k].spans) : 0);
        this.listItems[i] = items;
      }
      return items;
    }
    const map = (this.items ??= new Map());
    return quotes.map((q) => {
      let item = map.get(q);
      if (!item || item.speakerKey !== speakerKey) map.set(q, (item = new Item(this, q, speakerKey, this.findingsOn(q))));
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
    findings: number,
  ) {
    this.findings = findings;
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

/** The entry's part, made (from `last`, the part it replaces, if given) when first asked for. */
function partOf(entry: ArticleEntry, last?: ArticlePart): ArticlePart {
  let part = (entry as ArticleEntry & { [PART]?: ArticlePart })[PART];
  // Not enumerable: a copy of the entry (`{ ...entry, quotes }`) must not take this entry's part.
  if (!part) Object.defineProperty(entry, PART, { value: (part = new ArticlePart(entry, last)), enumerable: false });
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

/** What one article contributes under the current surname joins: kept per article while it is unchanged. */
interface Slot {
  /** The build that last saw the article (articles no longer given are found by an older stamp). */
  stamp: number;
  /** Position in the entries: the first article giving an entity names it. */
  order: number;
  /** Entity key of each speaker, by speaker index. */
  keys: string[];
}

/**
 * The workspace-wide grouping: each directory takes it over from the one built before it and
 * applies what changed (see SpeakerDirectory). Mutable: only the directory holding it reads it.
 */
class DirectoryState {
  readonly slots = new Map<ArticlePart, Slot>();
  /** The article last added at each address (an article analysed again replaces it). */
  readonly byUri = new Map<string, ArticlePart>();
  /** Articles with a speaker under each key (the unresolved bucket: articles with quotes of no known speaker). */
  readonly members = new Map<string, Set<ArticlePart>>();
  readonly groups = new Map<string, Group>();
  /** `uri#speakerId` -> key. */
  readonly keys = new Map<string, string>();
  /** Surname -> full person names ending with it, each with how many speakers have it. */
  readonly fullNames = new Map<string, Map<string, number>>();
  /** Names of one word -> articles with a named speaker called so (they join a full name ending with it). */
  readonly bare = new Map<string, Set<ArticlePart>>();
  stamp = 0;
  /** The entries the state was last brought to (see changedInPlace). */
  entries: readonly ArticleEntry[] = [];
  /** Whether an article was ever given twice in one list (then changes are found by the full pass). */
  twice = false;
}

/**
 * One change made in place to a view after a change in the workspace: the group at `at` replaced
 * by `group` (same key, sorting into the same place), taken out, or `group` put in at `at`. Read
 * in order, each `at` is a position in the view as the changes before it left it.
 */
export type ViewChange = { op: 'replace' | 'insert'; at: number; group: SpeakerGroup } | { op: 'remove'; at: number; key: string };

/** How far a reader has followed a view: which view, and how many of its changes it has applied. */
export interface ViewMark {
  readonly view: number;
  readonly seen: number;
}

/**
 * A view worked out for one set of options; `read`: asked for since its directory was made. A
 * newer directory takes it over and changes `groups` in place (see followView), logging each change
 * for the tree (see SpeakerDirectory.viewSince), so that neither pays a pass over every speaker.
 */
interface ViewCache {
  options: ViewOptions;
  groups: SpeakerGroup[];
  read: boolean;
  /** Which view this is (a view worked out anew is another one). */
  serial: number;
  /** Changes made so far; `log` holds those after the first `logFrom`. */
  version: number;
  logFrom: number;
  log: ViewChange[];
}

let viewSerials = 0;

/** Changes kept for a reader that has not caught up: more, and it reads the view whole again. */
const LOG_MAX = 256;

/** Above this share of articles changed, a directory is built from nothing (cheaper than undoing each). */
const REBUILD_SHARE = 0.5;

/**
 * Maps each (article, speaker) to a workspace-wide entity key. Within an article the engine already
 * resolved "Varga", "he" and "the Hungarian diplomat" to one speaker; across articles speakers merge
 * by canonical name, and a bare surname joins the one fuller person name that ends with it.
 * Unnamed sources never merge across articles: two "officials" are not the same people.
 * The workspace index builds a directory after every change (an edit in one article): each takes
 * over the state of the directory built before it and works out only the articles that changed,
 * the keys they touch and the groups under those keys; groups of other keys are kept as they were
 * (same objects), and so are the views, but for those keys. A directory whose state was taken
 * works its own out again if it is still read. Each article's quotes are grouped once per analysis
 * (ArticlePart), and a group's quote items are made when first read.
 */
export class SpeakerDirectory {
  private state: DirectoryState | undefined;
  private readonly views = new Map<string, ViewCache>();

  /**
   * @param previous the directory whose state this one takes over (its owner's last one; null or
   * absent: work everything out anew). It works its own state out again if it is read afterwards.
   */
  constructor(
    private readonly entries: readonly ArticleEntry[],
    previous: SpeakerDirectory | null = null,
  ) {
    const state = previous?.state;
    if (previous && state) {
      previous.state = undefined;
      const affected = update(state, entries);
      if (affected) {
        this.state = state;
        // Only views read since the previous directory was made follow the change (the tree reads
        // the one it shows on every refresh); any other is worked out afresh if asked for again.
        // A view followed is moved here (the previous directory works its own out anew if asked).
        for (const [id, v] of previous.views) {
          if (!v.read) continue;
          previous.views.delete(id);
          if (!followView(v, affected, state)) continue;
          v.read = false;
          this.views.set(id, v);
        }
        return;
      }
    }
    this.state = new DirectoryState();
    update(this.state, entries);
  }

  /** The state, worked out again from this directory's entries if a newer directory took it. */
  private get current(): DirectoryState {
    if (!this.state) {
      this.state = new DirectoryState();
      update(this.state, this.entries);
    }
    return this.state;
  }

  get groups(): Map<string, SpeakerGroup> {
    return this.current.groups;
  }

  keyOf(uri: string, speakerId: string | null): string {
    return (speakerId && this.current.keys.get(`${uri}#${speakerId}`)) || UNRESOLVED_KEY;
  }

  /**
   * Groups to show for these options, each holding only the quotes that pass the filters. Worked
   * out once per set of options: a refresh with nothing changed neither filters nor sorts again.
   */
  view(options: ViewOptions): SpeakerGroup[] {
    return this.viewCache(options).groups;
  }

  /**
   * The view for these options, and the changes made to it in place since a reader was at `mark`
   * (null when they are not known: another view, or one that changed too much since; read it
   * whole), with the mark to give next time. Meant for one reader (the tree): the changes it has
   * now seen are let go.
   */
  viewSince(options: ViewOptions, mark: ViewMark | undefined): { groups: SpeakerGroup[]; changes: readonly ViewChange[] | null; mark: ViewMark } {
    const v = this.viewCache(options);
    let changes: ViewChange[] | null = null;
    if (mark && mark.view === v.serial && mark.seen >= v.logFrom && mark.seen <= v.version) {
      changes = mark.seen === v.version ? [] : v.log.slice(mark.seen - v.logFrom);
      v.log = [];
      v.logFrom = v.version;
    }
    return { groups: v.groups, changes, mark: { view: v.serial, seen: v.version } };
  }

  private viewCache(options: ViewOptions): ViewCache {
    const id = JSON.stringify([options.scope, options.scope === 'active' ? options.activeUri : null, [...options.types].sort(), options.hasFindingsOnly, options.sort, options.speakerKey ?? null]);
    const state = this.current;
    let v = this.views.get(id);
    if (!v) {
      const out: SpeakerGroup[] = [];
      for (const g of state.groups.values()) {
        const shown = shownOf(g, options);
        if (shown) out.push(shown);
      }
      // A copy of the options: the caller's object may change after (the tree sets another active
      // article in place), and a later directory follows this view by them.
      const own: ViewOptions = { ...options, types: [...options.types] };
      this.views.set(id, (v = { options: own, groups: out.sort(viewOrder(own)), read: true, serial: ++viewSerials, version: 0, logFrom: 0, log: [] }));
    }
    v.read = true;
    return v;
  }
}

/** A group as a view shows it: narrowed to the quotes that pass its filters; null when none do. */
function shownOf(g: Group, options: ViewOptions): Group | null {
  if (options.speakerKey && g.key !== options.speakerKey) return null;
  if (options.scope === 'workspace' && options.types.length === 0 && !options.hasFindingsOnly) return g.count ? g : null;
  const inScope = options.scope === 'workspace' ? undefined : (p: ArticlePart) => p.entry.uri === options.activeUri;
  const keep = (p: ArticlePart, q: Quote) => (options.types.length === 0 || options.types.includes(q.type)) && (!options.hasFindingsOnly || p.findingsOn(q) > 0);
  return g.narrowed(keep, inScope);
}

/** A view's order: by count or name, the unresolved bucket last; ties by key, so a group put back into a kept view lands where a new sort puts it. */
function viewOrder(options: ViewOptions): (a: SpeakerGroup, b: SpeakerGroup) => number {
  return (a, b) => {
    if (a === b) return 0; // a kept view's search meets the group it looks for: no collation
    // The unresolved bucket is not a speaker; keep it last whatever the order.
    if ((a.key === UNRESOLVED_KEY) !== (b.key === UNRESOLVED_KEY)) return a.key === UNRESOLVED_KEY ? 1 : -1;
    return (options.sort === 'count' ? b.count - a.count : 0) || compareText(a.name, b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  };
}

/**
 * A view taken over by a newer directory, brought up to date in place: the groups of `affected`
 * keys (each with its group before) are found by binary search where they sort and replaced there
 * when their new group sorts into the same place, else taken out and put in where they now sort.
 * No pass over thousands of speakers for an edit that changes a few, and each change is logged for
 * the tree. False when a group is not where it sorts (then the view is worked out anew).
 */
function followView(v: ViewCache, affected: ReadonlyMap<string, Group | undefined>, state: DirectoryState): boolean {
  const options = v.options;
  const order = viewOrder(options);
  const out = v.groups;
  const place = (g: SpeakerGroup) => {
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(out[mid], g) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const log = (change: ViewChange) => {
    v.version++;
    if (v.log.length === LOG_MAX) {
      v.log = [];
      v.logFrom = v.version;
    } else v.log.push(change);
  };
  for (const [key, old] of affected) {
    // As shown before (for a filtered view, the old group narrowed again: it sorts the same).
    const was = old && shownOf(old, options);
    let at = -1;
    if (was) {
      at = place(was);
      if (at === out.length || out[at].key !== key) return false;
    }
    const g = state.groups.get(key);
    const now = g && shownOf(g, options);
    if (at >= 0 && now && (at === 0 || order(out[at - 1], now) < 0) && (at === out.length - 1 || order(now, out[at + 1]) < 0)) {
      out[at] = now;
      log({ op: 'replace', at, group: now });
      continue;
    }
    if (at >= 0) {
      out.splice(at, 1);
      log({ op: 'remove', at, key });
    }
    if (now) {
      const to = place(now);
      out.splice(to, 0, now);
      log({ op: 'insert', at: to, group: now });
    }
  }
  return true;
}

/**
 * Brings `state` to `entries`: the articles added, replaced or gone since it was last brought up
 * to date are keyed again (with the articles whose bare surname now joins another full name), and
 * the groups under every key they had or have are made again. Returns those keys, each with the
 * group it had before; undefined when so much changed that `state` was left alone (build a new one
 * instead).
 */
function update(state: DirectoryState, entries: readonly ArticleEntry[]): Map<string, Group | undefined> | undefined {
  const added: ArticlePart[] = [];
  const removed: ArticlePart[] = [];
  if (!changedInPlace(state, entries, added, removed)) {
    added.length = removed.length = 0;
    changedAnywhere(state, entries, added, removed);
  }
  state.entries = entries.slice(); // a copy: the caller's list may be changed after
  for (const part of removed) if (state.byUri.get(part.entry.uri) === part) state.byUri.delete(part.entry.uri);
  // Undoing most of the articles costs more than working them out anew (and an article alone in
  // the workspace is cheaper to group anew than to take out and put back).
  if (state.slots.size > added.length && added.length + removed.length > REBUILD_SHARE * entries.length + 1) return undefined;

  // Surnames whose one full name changes re-key the articles with that bare name.
  const joinedBefore = new Map<string, string | undefined>();
  const count = (part: ArticlePart, by: number) => {
    const speakers = part.entry.speakers;
    for (let i = 0; i < speakers.length; i++) {
      const n = part.names[i] || speakers[i].id;
      if (speakers[i].kind !== 'anonymous' && !n.includes(' ')) {
        let set = state.bare.get(n);
        if (by > 0) {
          if (!set) state.bare.set(n, (set = new Set()));
          set.add(part);
        } else if (set) {
          set.delete(part);
          if (!set.size) state.bare.delete(n);
        }
      }
      if (speakers[i].kind !== 'person') continue;
      const full = part.names[i];
      const space = full.lastIndexOf(' ');
      if (space < 0) continue;
      const last = full.slice(space + 1);
      if (!joinedBefore.has(last)) joinedBefore.set(last, joinedName(state, last));
      let names = state.fullNames.get(last);
      if (!names) state.fullNames.set(last, (names = new Map()));
      const c = (names.get(full) ?? 0) + by;
      if (c > 0) names.set(full, c);
      else {
        names.delete(full);
        if (!names.size) state.fullNames.delete(last);
      }
    }
  };
  for (const part of removed) count(part, -1);
  for (const part of added) count(part, 1);
  const rekeyed: ArticlePart[] = [];
  const changed = new Set<ArticlePart>([...added, ...removed]);
  for (const [last, before] of joinedBefore) {
    if (joinedName(state, last) === before) continue;
    for (const part of state.bare.get(last) ?? []) {
      if (changed.has(part)) continue;
      changed.add(part);
      rekeyed.push(part);
    }
  }

  const affected = new Set<string>();
  const leave = (part: ArticlePart, slot: Slot) => {
    const speakers = part.entry.speakers;
    for (let i = 0; i < slot.keys.length; i++) {
      const key = slot.keys[i];
      affected.add(key);
      const set = state.members.get(key);
      set?.delete(part);
      if (set && !set.size) state.members.delete(key);
      const at = `${part.entry.uri}#${speakers[i].id}`;
      if (state.keys.get(at) === key) state.keys.delete(at);
    }
    if (part.floating.length) {
      affected.add(UNRESOLVED_KEY);
      const set = state.members.get(UNRESOLVED_KEY);
      set?.delete(part);
      if (set && !set.size) state.members.delete(UNRESOLVED_KEY);
    }
  };
  const join = (part: ArticlePart, slot: Slot) => {
    const speakers = part.entry.speakers;
    const uri = part.entry.uri;
    slot.keys = new Array<string>(speakers.length);
    for (let i = 0; i < speakers.length; i++) {
      const key = keyFor(state, part, i);
      slot.keys[i] = key;
      affected.add(key);
      let set = state.members.get(key);
      if (!set) state.members.set(key, (set = new Set()));
      set.add(part);
      state.keys.set(`${uri}#${speakers[i].id}`, key);
    }
    if (part.floating.length) {
      affected.add(UNRESOLVED_KEY);
      let set = state.members.get(UNRESOLVED_KEY);
      if (!set) state.members.set(UNRESOLVED_KEY, (set = new Set()));
      set.add(part);
    }
  };
  for (const part of removed) {
    leave(part, state.slots.get(part)!);
    state.slots.delete(part);
  }
  for (const part of rekeyed) leave(part, state.slots.get(part)!);
  for (const part of added) join(part, state.slots.get(part)!);
  for (const part of rekeyed) join(part, state.slots.get(part)!);
  const before = new Map<string, Group | undefined>();
  for (const key of affected) {
    before.set(key, state.groups.get(key));
    regroup(state, key, changed);
  }
  return before;
}

/** At most this many entries changed in place are found by comparing the lists (more: the full pass). */
const IN_PLACE_MAX = 16;

/**
 * The articles added and gone when `entries` is the list the state was last brought to with a few
 * entries replaced in place (the workspace index's list after an edit: the same order, one entry
 * new): found by comparing the two lists entry by entry, without reading the articles kept.
 * False when the lists do not line up so (then nothing is recorded; see changedAnywhere).
 */
function changedInPlace(state: DirectoryState, entries: readonly ArticleEntry[], added: ArticlePart[], removed: ArticlePart[]): boolean {
  const last = state.entries;
  if (state.twice || entries.length !== last.length || state.slots.size === 0) return false;
  const at: number[] = [];
  for (let k = 0; k < entries.length; k++) {
    if (entries[k] === last[k]) continue;
    if (at.length === IN_PLACE_MAX) return false;
    const before = partOf(last[k]);
    // The article at this place before (mostly: the same article before an edit).
    const part = partOf(entries[k], before.entry.uri === entries[k].uri ? before : undefined);
    // An article kept elsewhere in the list, or given twice: the full pass sorts that out.
    if (state.slots.has(part) || added.includes(part)) return false;
    added.push(part);
    removed.push(before);
    at.push(k);
  }
  // The old list held each article once, so an article replaced is in the new list nowhere else.
  for (let j = 0; j < added.length; j++) {
    state.slots.set(added[j], { stamp: state.stamp, order: at[j], keys: [] });
    state.byUri.set(added[j].entry.uri, added[j]);
  }
  return true;
}

/** The articles added and gone, found by a pass over every entry (each article is stamped as seen). */
function changedAnywhere(state: DirectoryState, entries: readonly ArticleEntry[], added: ArticlePart[], removed: ArticlePart[]): void {
  const stamp = ++state.stamp;
  let kept = 0;
  state.twice = false;
  for (let k = 0; k < entries.length; k++) {
    const part = partOf(entries[k]);
    const slot = state.slots.get(part);
    if (slot) {
      if (slot.stamp === stamp) {
        state.twice = true; // the same article twice: it is in once
        continue;
      }
      slot.stamp = stamp;
      slot.order = k;
      kept++;
      continue;
    }
    state.slots.set(part, { stamp, order: k, keys: [] });
    added.push(part);
  }
  // An article analysed again replaces the one at its address; others gone are looked for only
  // when some are still missing (a pass over every article kept).
  for (const part of added) {
    const before = state.byUri.get(part.entry.uri);
    if (before && before !== part && state.slots.get(before)?.stamp !== stamp) removed.push(before);
    state.byUri.set(part.entry.uri, part);
  }
  if (kept + removed.length < state.slots.size - added.length) {
    removed.length = 0;
    for (const [part, slot] of state.slots) if (slot.stamp !== stamp) removed.push(part);
  }
}

function joinedName(state: DirectoryState, surname: string): string | undefined {
  const names = state.fullNames.get(surname);
  if (!names || names.size !== 1) return undefined;
  return names.keys().next().value;
}

function keyFor(state: DirectoryState, part: ArticlePart, i: number): string {
  const s = part.entry.speakers[i];
  if (s.kind === 'anonymous') return `anonymous:${part.entry.uri}#${s.id}`;
  const n = part.names[i] || s.id;
  // A bare surname may come tagged as an organization when an article gives nothing else
  // ("Ruiz said ..."); it still joins the one person whose full name ends with it.
  const joined = !n.includes(' ') ? joinedName(state, n) : undefined;
  return joined ? `person:${joined}` : `${s.kind === 'organization' ? 'org' : 'person'}:${n}`;
}

/**
 * The group under `key` made again from the articles with a speaker under it: named by the first
 * article that gives it (the fullest name and the first role and affiliation win), its members
 * in article order. Members of articles that did not change are taken from the old group, already
 * in order, and the others put in by binary search.
 */
function regroup(state: DirectoryState, key: string, changed: ReadonlySet<ArticlePart>): void {
  const set = state.members.get(key);
  const old = state.groups.get(key);
  if (!set) {
    if (old) state.groups.delete(key);
    return;
  }
  // The first speaker under the key (in article order, then speaker order) names it, a longer
  // name of a named source replaces it, and the first role and affiliation given describe it:
  // worked out in one pass over the articles in any order, each speaker placed by (article, index).
  let name = '';
  let kind: SpeakerKind | 'unresolved' = 'unresolved';
  let role: string | null = null;
  let affiliation: string | null = null;
  if (key === UNRESOLVED_KEY) name = 'Unresolved speaker';
  else {
    let first = Infinity;
    let firstName = '';
    let firstKind: SpeakerKind = 'person';
    let longest: string | undefined; // the longest name of a named source, the earliest of equals
    let longestAt = Infinity;
    let roleAt = Infinity;
    let affiliationAt = Infinity;
    let person = key.startsWith('person:');
    for (const p of set) {
      const slot = state.slots.get(p)!;
      const keys = slot.keys;
      const speakers = p.entry.speakers;
      const base = slot.order * 65536;
      for (let i = 0; i < keys.length; i++) {
        if (keys[i] !== key) continue;
        const s = speakers[i];
        const at = base + i;
        if (s.kind === 'person') person = true;
        if (at < first) {
          first = at;
          firstName = s.entity;
          firstKind = s.kind;
        }
        if (s.kind !== 'anonymous' && (longest === undefined || s.entity.length > longest.length || (s.entity.length === longest.length && at < longestAt))) {
          longest = s.entity;
          longestAt = at;
        }
        if (s.role !== null && at < roleAt) {
          role = s.role;
          roleAt = at;
        }
        if (s.affiliation !== null && at < affiliationAt) {
          affiliation = s.affiliation;
          affiliationAt = at;
        }
      }
    }
    // The first name given, replaced by a strictly longer one of a named source (the first named source is the longest's earliest equal).
    name = longest !== undefined && (longest.length > firstName.length || longestAt === first) ? longest : firstName;
    kind = person ? 'person' : firstKind;
  }
  const members: Member[] = old ? old.members.filter((m) => !changed.has(m.part) && set.has(m.part)) : [];
  for (const p of set) {
    if (old && !changed.has(p)) continue;
    const quotes = memberQuotes(state, p, key);
    if (!quotes.length) continue;
    const m = { part: p, quotes };
    let lo = 0;
    let hi = members.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byArticle(members[mid].part.entry, p.entry) <= 0) lo = mid + 1;
      else hi = mid;
    }
    members.splice(lo, 0, m);
  }
  let count = 0;
  for (const m of members) count += m.quotes.length;
  state.groups.set(key, new Group(key, name, kind, role, affiliation, members, count));
}

/** An article's quotes under `key`, in place order. */
function memberQuotes(state: DirectoryState, p: ArticlePart, key: string): readonly Quote[] {
  if (key === UNRESOLVED_KEY) return p.floating;
  const keys = state.slots.get(p)!.keys;
  const lists: (readonly Quote[])[] = [];
  for (let i = 0; i < keys.length; i++) if (keys[i] === key && p.lists[i].length) lists.push(p.lists[i]);
  return lists.length === 0 ? [] : lists.length === 1 ? lists[0] : p.merge(lists);
}

/** Articles by title, then address. */
function byArticle(a: ArticleEntry, b: ArticleEntry): number {
  return compareText(a.title, b.title) || (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0);
}

/**
 * Counts, for quotes of one article, the findings touching each (either side), with a sorted
 * interval list: a 20,000-word article has hundreds of quotes and findings, so no all-pairs scan.
 * Intervals sit in typed arrays and a finding is counted once per quote by a stamp, not a Set:
 * a count allocates nothing. Quotes asked in place order (as a part makes its lists' items) move
 * the sweep on from the last one's place, no binary search per quote; asked in any other order it
 * steps back as far as it must.
 */
export class FindingSweep {
  private readonly n: number;
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly items: Int32Array;
  private readonly maxLen: number;
  private readonly seen: Int32Array;
  private stamp = 0;
  /** The last interval starting before the last quote's end. */
  private last = -1;

  constructor(findings: readonly Finding[]) {
    const iv = findingIntervals(findings)!;
    this.n = iv.n;
    this.starts = iv.starts;
    this.ends = iv.ends;
    this.items = iv.items;
    this.maxLen = iv.maxLen;
    this.seen = new Int32Array(findings.length);
  }

  count(spans: readonly Span[]): number {
    const { n, starts, ends, items, maxLen, seen } = this;
    const stamp = ++this.stamp;
    let last = this.last;
    let count = 0;
    for (let s = 0; s < spans.length; s++) {
      const qs = spans[s][0];
      const qe = spans[s][1];
      while (last + 1 < n && starts[last + 1] < qe) last++;
      while (last >= 0 && starts[last] >= qe) last--;
      for (let i = last; i >= 0 && starts[i] > qs - maxLen - 1; i--) {
        if (ends[i] > qs && seen[items[i]] !== stamp) {
          seen[items[i]] = stamp;
          count++;
        }
      }
    }
    this.last = last;
    return count;
  }
}

/** Every finding's span and its same-article related spans, as intervals sorted by start. */
function findingIntervals(findings: readonly Finding[]): { n: number; starts: Float64Array; ends: Float64Array; items: Int32Array; maxLen: number } | undefined {
  const nf = findings.length;
  if (nf === 0) return undefined;
  // Made once per new analysis (when its first items are made): no object per interval, and
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
  return { n, starts, ends, items, maxLen };
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
