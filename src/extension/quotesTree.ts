// The "Quotes by Speaker" view: speakers across the workspace (merged by entity) > their quotes.
// Grouping and filtering are in quotesTreeModel.ts; this file adapts them to a TreeView, keeps the
// title-bar state in context keys, follows the cursor, and refreshes on a debounce only while visible.
import * as vscode from 'vscode';
import type { QuoteType } from '../core/types';
import { detached } from '../core/detached';
import { lookupFor } from './analysisLookup';
import { fuzzySearcher } from './fuzzy';
import { isArticle, type AnalysisService } from './analysisService';
import { describeSpeaker, firstWords, type QuoteItem, type SpeakerGroup, type ViewChange, type ViewMark, type ViewOptions } from './quotesTreeModel';
import { REVEAL_COMMAND } from './reveal';
import type { WorkspaceIndex } from './workspaceIndex';

export const VIEW_ID = 'newsfact.quotesBySpeaker';
export const SHOW_SPEAKER_COMMAND = 'newsfact.showSpeakerQuotes';
const REFRESH_DELAY_MS = 250;
const FOLLOW_DELAY_MS = 150;

/**
 * A speaker's node, kept from one directory to the next while its key is shown, so a new analysis
 * reuses it and the quote nodes last made under it (see childrenOf).
 */
export interface SpeakerNode {
  kind: 'speaker';
  group: SpeakerGroup;
  treeItem: vscode.TreeItem | undefined;
  treeItemOf: SpeakerGroup | undefined;
  /** The build of the roots that last showed it (see rebuild). */
  shownIn: number;
  /** The quote nodes made for `quotesOf` (the group they were last matched to). */
  quotes: QuoteNode[] | undefined;
  quotesOf: SpeakerGroup | undefined;
  /** What the tree item's label, description and icon were made from (a new group mostly shows the same). */
  shownName: string | undefined;
  shownRole: string | null | undefined;
  shownCount: number | undefined;
  shownKind: SpeakerGroup['kind'] | undefined;
}

/**
 * A quote's node and its tree item, kept while the speaker shows the same quote (same article,
 * type and text) from one analysis to the next: an edit elsewhere only moves its offsets.
 */
export interface QuoteNode {
  kind: 'quote';
  item: QuoteItem;
  parent: SpeakerGroup;
  /**
   * What the node is matched by after a new analysis (its item's article, type and text), kept
   * here so that matching reads no object of the old analysis (cold in memory by then).
   */
  matchUri: string;
  matchType: QuoteType;
  matchText: string;
  treeItem: vscode.TreeItem | undefined;
  /** The item the tree item was last brought up to date for, and what its id and description were made from. */
  shows: QuoteItem | undefined;
  shownId: string | undefined;
  shownUri: string | undefined;
  shownTitle: string | undefined;
  shownFindings: number | undefined;
  /** The view's scope when the tree item was last brought up to date (the description shows the title in the workspace scope only). */
  shownScope: ViewOptions['scope'] | undefined;
}

export type QuotesNode = SpeakerNode | QuoteNode;

const SPEAKER_ICONS: Record<SpeakerGroup['kind'], string> = { person: 'person', organization: 'organization', anonymous: 'eye-closed', unresolved: 'question' };
const QUOTE_ICONS: Record<QuoteType, string> = { direct: 'quote', mixed: 'comment-discussion', indirect: 'comment' };

const speakerIcons: Partial<Record<SpeakerGroup['kind'], vscode.ThemeIcon>> = {};
const quoteIcons: Partial<Record<QuoteType, [vscode.ThemeIcon | undefined, vscode.ThemeIcon | undefined]>> = {};

/** One icon per quote type and warning state, shared by every item (looked up without building a key). */
function quoteIcon(type: QuoteType, warn: boolean): vscode.ThemeIcon {
  const pair = (quoteIcons[type] ??= [undefined, undefined]);
  const k = warn ? 1 : 0;
  return (pair[k] ??= new vscode.ThemeIcon(QUOTE_ICONS[type], warn ? new vscode.ThemeColor('list.warningForeground') : undefined));
}

const NO_QUOTES: QuoteNode[] = [];

/**
 * Every field set at once, those a refresh reads first: a node made with fewer fields gets
 * the others in a separate property store when they are set, one more object to fetch per node
 * when VS Code asks for every root's item (thousands after a speaker came or went).
 */
function speakerNode(group: SpeakerGroup, shownIn: number): SpeakerNode {
  return { kind: 'speaker', group, treeItem: undefined, treeItemOf: undefined, shownIn, quotes: undefined, quotesOf: undefined, shownName: undefined, shownRole: undefined, shownCount: undefined, shownKind: undefined };
}

function quoteCount(n: number): string {
  return `${n} quote${n === 1 ? '' : 's'}`;
}

/** The same quote for the view: same article, type and text (its offsets and id may have moved). */
function sameQuote(node: QuoteNode, b: QuoteItem): boolean {
  return node.item === b || (node.matchText === b.quote.text && node.matchType === b.quote.type && node.matchUri === b.uri);
}

/** Every field set at once: nodes made at different times share one shape (matchNodes reads many). */
function quoteNode(item: QuoteItem, parent: SpeakerGroup): QuoteNode {
  const q = item.quote;
  return { kind: 'quote', item, parent, matchUri: item.uri, matchType: q.type, matchText: q.text, treeItem: undefined, shows: undefined, shownId: undefined, shownUri: undefined, shownTitle: undefined, shownFindings: undefined, shownScope: undefined };
}

/**
 * Quote nodes for `items`, reusing the nodes of `before` (the speaker's last list) for the quotes
 * both lists start and end with: an edit changes one stretch of an article, so the quotes before
 * and after it keep their nodes and tree items. When every quote matches, `before` itself is kept.
 */
function matchNodes(before: QuoteNode[], items: readonly QuoteItem[], group: SpeakerGroup): QuoteNode[] {
  const n = items.length;
  const m = before.length;
  let head = 0;
  while (head < n && head < m && sameQuote(before[head], items[head])) head++;
  let tail = 0;
  while (tail < n - head && tail < m - head && sameQuote(before[m - 1 - tail], items[n - 1 - tail])) tail++;
  const out = n === m && head + tail === n ? before : new Array<QuoteNode>(n);
  for (let k = 0; k < n; k++) {
    const kept = k < head ? before[k] : k >= n - tail ? before[k - n + m] : undefined;
    if (kept) {
      // Same text, type and article (sameQuote). The text is the new quote's own string: a quote
      // only moved by an edit elsewhere keeps its string, so the next match is a pointer test (a
      // copy is compared character by character), and the node holds no older analysis's text.
      kept.item = items[k];
      kept.matchText = items[k].quote.text;
      kept.parent = group;
      out[k] = kept;
    } else out[k] = quoteNode(items[k], group);
  }
  return out;
}

const NO_SPEAKERS: SpeakerNode[] = [];

export class QuotesTreeProvider implements vscode.TreeDataProvider<QuotesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<QuotesNode | QuotesNode[] | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  options: ViewOptions = { scope: 'workspace', types: [], hasFindingsOnly: false, sort: 'count' };
  /** The view showing this provider (set on registration; tests read its selection). */
  view: vscode.TreeView<QuotesNode> | undefined;
  private roots: SpeakerNode[] | undefined;
  /** How far the roots follow the directory's view (its changes since are applied to them, see follow). */
  private mark: ViewMark | undefined;
  /** Speaker nodes by key: those of the roots shown. Never cleared (a long-lived map that is cleared chains its old tables to the new ones, keeping every refresh's nodes alive for the next collections). */
  private readonly bySpeakerKey = new Map<string, SpeakerNode>();
  /** Builds of the roots so far: a node is stamped with the build that showed it last. */
  private builds = 0;
  private shownRoots: SpeakerNode[] | undefined;
  // Nodes are kept per speaker key and per quote across analyses: a refresh with nothing new
  // allocates nothing, one after a new analysis only what changed (see matchNodes), and an element
  // VS Code already holds (for reveal, getParent) stays the same object.

  constructor(private readonly index: WorkspaceIndex) {}

  /** Drops the cached roots; the view asks again. */
  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  /**
   * After a change in the workspace: brings the roots up to date now, by the changes the
   * directory made to its view (see follow), and tells VS Code what changed: when the same
   * speakers are shown in the same order, only the speakers whose group changed (it then asks for
   * their items, and for their quotes where expanded) instead of the whole tree, which asks for
   * every root's item, thousands in a large workspace, for an edit that changes one article's few
   * speakers. When speakers came, went or moved, the whole tree (VS Code has no event for a
   * root put in or taken out): the roots' items it then asks for are the kept ones.
   */
  refreshChanged(): void {
    const roots = this.shownRoots;
    if (!roots) return this.refresh();
    const seen = this.index.directory().viewSince(this.options, this.mark);
    this.mark = seen.mark;
    if (!seen.changes) {
      this.roots = undefined;
      this.rebuild(seen.groups);
      return this.changed.fire(undefined);
    }
    this.roots = roots;
    const { moved, regrouped } = this.follow(roots, seen.changes);
    if (moved) this.changed.fire(undefined);
    else if (regrouped.length) this.changed.fire(regrouped);
  }

  getChildren(node?: QuotesNode): QuotesNode[] {
    if (!node) return this.build();
    if (node.kind === 'speaker') return this.childrenOf(node);
    return [];
  }

  /** A speaker's quote nodes, made when the speaker is expanded (most stay collapsed), from the last ones made under it. */
  private childrenOf(node: SpeakerNode): QuoteNode[] {
    const group = node.group;
    if (node.quotesOf !== group || !node.quotes) {
      node.quotes = matchNodes(node.quotes ?? NO_QUOTES, group.quotes, group);
      node.quotesOf = group;
    }
    return node.quotes;
  }

  /** A collapsed speaker lets go of its quote nodes: they hold the analysis they were made from, and VS Code asks again on expand. */
  collapsed(node: QuotesNode): void {
    if (node.kind !== 'speaker') return;
    node.quotes = undefined;
    node.quotesOf = undefined;
  }

  getParent(node: QuotesNode): QuotesNode | undefined {
    return node.kind === 'quote' ? this.bySpeakerKey.get(node.parent.key) : undefined;
  }

  getTreeItem(node: QuotesNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const g = node.group;
      let item = node.treeItem;
      if (item && node.treeItemOf === g) return item;
      // A new directory (after any edit in the workspace) gives every speaker a new group; a
      // speaker whose name, role, count and kind are unchanged keeps its item as it was.
      if (!item) {
        item = new vscode.TreeItem(g.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `speaker:${g.key}`; // the node is kept per key, so its id never changes
        item.contextValue = 'speaker';
        node.treeItem = item;
      }
      if (node.shownName !== g.name || node.shownRole !== g.role || node.shownCount !== g.count || node.shownKind !== g.kind) {
        // Kept while unchanged, so made of copies (see detached).
        const name = detached(g.name);
        const role = g.role === null ? null : detached(g.role);
        item.label = name;
        item.description = role ? `${role} · ${quoteCount(g.count)}` : quoteCount(g.count);
        item.iconPath = speakerIcons[g.kind] ??= new vscode.ThemeIcon(SPEAKER_ICONS[g.kind]);
        node.shownName = name;
        node.shownRole = role;
        node.shownCount = g.count;
        node.shownKind = g.kind;
      }
      // The tooltip (made on hover) also shows the affiliation: made again for the new group.
      item.tooltip = undefined;
      node.treeItemOf = g;
      return item;
    }
    const i = node.item;
    // A refresh with an unchanged analysis asks again for the same items: hand back the ones made
    // (read from the node alone: a whole refresh of a large workspace asks for thousands).
    const scope = this.options.scope;
    let item = node.treeItem;
    if (item && node.shows === i && node.shownScope === scope) return item;
    const title = scope === 'workspace' ? i.articleTitle : '';
    const q = i.quote;
    if (!item) {
      // Short labels leave room for the article name in the description of a narrow sidebar.
      // The label depends on the text alone, which a kept node shares (sameQuote).
      item = new vscode.TreeItem(detached(firstWords(q.text, 6)), vscode.TreeItemCollapsibleState.None);
      item.contextValue = 'quote';
      item.command = { command: REVEAL_COMMAND, title: 'Reveal Quote', arguments: [i.uri, 0, 0] };
      node.treeItem = item;
    }
    // A node kept from an earlier analysis: change only what differs (mostly the offsets).
    if (node.shownId !== q.id || node.shownUri !== i.uri) {
      item.id = `quote:${i.key}`;
      node.shownId = q.id;
      node.shownUri = i.uri;
    }
    if (node.shownFindings !== i.findings || node.shownTitle !== title) {
      const shownTitle = detached(title);
      const findings = i.findings ? `${i.findings} finding${i.findings === 1 ? '' : 's'}` : '';
      item.description = shownTitle && findings ? `${shownTitle} · ${findings}` : shownTitle || findings;
      item.iconPath = quoteIcon(q.type, i.findings > 0);
      node.shownFindings = i.findings;
      node.shownTitle = shownTitle;
    }
    // The tooltip (made on hover, from the quote's cue and title) is made again for the new quote.
    item.tooltip = undefined;
    const args = item.command!.arguments!;
    args[0] = i.uri;
    args[1] = q.spans[0]?.[0] ?? 0;
    args[2] = q.spans[q.spans.length - 1]?.[1] ?? args[1];
    node.shows = i;
    node.shownScope = scope;
    return item;
  }

  /** Tooltips, built only when the pointer rests on an item: the full quote, or the speaker in full. */
  resolveTreeItem(item: vscode.TreeItem, node: QuotesNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const g = node.group;
      item.tooltip = `${describeSpeaker(g)} · ${g.kind === 'unresolved' ? 'speaker not resolved' : g.kind}`;
    } else {
      const { quote: q, articleTitle } = node.item;
      item.tooltip = `${q.text}\n\n${q.type} quote${q.cue ? `, cue "${q.cue.text}"` : ''}${q.via ? `, via ${q.via}` : ''}\n${articleTitle}`;
    }
    return item;
  }

  /** The node for a quote, if it is shown under the current filters. */
  nodeForQuote(uri: string, quoteId: string, speakerId?: string | null): QuotesNode | undefined {
    // Knowing the speaker, only that speaker's quotes are searched (and built).
    const only = speakerId === undefined ? undefined : this.index.directory().keyOf(uri, speakerId);
    for (const root of this.build()) {
      if (only !== undefined && root.group.key !== only) continue;
      const hit = this.childrenOf(root).find((n) => n.item.uri === uri && n.item.quote.id === quoteId);
      if (hit) return hit;
    }
    return undefined;
  }

  nodeForSpeaker(key: string): QuotesNode | undefined {
    this.build();
    return this.bySpeakerKey.get(key);
  }

  private build(): SpeakerNode[] {
    if (this.roots) return this.roots;
    void this.index.ready?.(); // showing the view is a reason to index the workspace
    const seen = this.index.directory().viewSince(this.options, this.mark);
    this.mark = seen.mark;
    const kept = this.shownRoots;
    if (seen.changes && kept) {
      this.follow(kept, seen.changes);
      return (this.roots = kept);
    }
    return this.rebuild(seen.groups);
  }

  /**
   * The roots brought up to date by the changes made in place to the view they show: a speaker's
   * node takes its new group, is taken out, or put in (its node kept if it was only moved).
   * Whether any came, went or moved, and the nodes given a new group in place.
   */
  private follow(roots: SpeakerNode[], changes: readonly ViewChange[]): { moved: boolean; regrouped: SpeakerNode[] } {
    const byKey = this.bySpeakerKey;
    const regrouped: SpeakerNode[] = [];
    let out: SpeakerNode[] | undefined;
    for (const c of changes) {
      if (c.op === 'replace') {
        const node = roots[c.at];
        node.group = c.group;
        if (!regrouped.includes(node)) regrouped.push(node);
      } else if (c.op === 'remove') (out ??= []).push(roots.splice(c.at, 1)[0]);
      else {
        let node = byKey.get(c.group.key);
        if (node) node.group = c.group;
        else byKey.set(c.group.key, (node = speakerNode(c.group, this.builds)));
        roots.splice(c.at, 0, node);
        if (out) {
          const k = out.indexOf(node);
          if (k >= 0) out.splice(k, 1);
        }
      }
    }
    // Speakers no longer shown let go of their nodes (each holds its last group, and so an analysis).
    if (out) for (const node of out) if (byKey.get(node.group.key) === node) byKey.delete(node.group.key);
    const moved = changes.some((c) => c.op !== 'replace');
    return { moved, regrouped };
  }

  /** The roots made anew for `groups`, each speaker still shown keeping its node. */
  private rebuild(groups: readonly SpeakerGroup[]): SpeakerNode[] {
    // A speaker still shown keeps its node (and the quote nodes under it) with its new group: met
    // in place in the old roots (a speaker came or went next to it; a key test, mostly the same
    // string), else found by key. No new map per build: there are thousands of speakers in a large
    // workspace.
    const byKey = this.bySpeakerKey;
    const before = this.shownRoots ?? NO_SPEAKERS;
    const stamp = ++this.builds;
    const roots = new Array<SpeakerNode>(groups.length);
    let j = 0;
    for (let k = 0; k < groups.length; k++) {
      const group = groups[k];
      let node: SpeakerNode | undefined = before[j];
      // Mostly the same group in the same place (a pointer test: no key read).
      if (node !== undefined && node.group === group) j++;
      else {
        const key = group.key;
        if (node !== undefined && node.group.key !== key && j + 1 < before.length && before[j + 1].group.key === key) j++; // one gone or moved
        node = before[j];
        if (node !== undefined && node.group.key === key) j++;
        else node = byKey.get(key);
        if (node) node.group = group;
      }
      if (!node) byKey.set(group.key, (node = speakerNode(group, stamp)));
      node.shownIn = stamp;
      roots[k] = node;
    }
    // Speakers no longer shown let go of their nodes (each holds its last group, and so an analysis).
    for (const node of before) if (node.shownIn !== stamp && byKey.get(node.group.key) === node) byKey.delete(node.group.key);
    this.shownRoots = roots;
    return (this.roots = roots);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** "“…text…” — Elena Varga, Foreign Minister (Hungary), said (via MTI). Headline": for the clipboard. */
export function quoteWithAttribution(item: QuoteItem, speaker: SpeakerGroup): string {
  const q = item.quote;
  const text = q.type === 'direct' ? q.text : `“${q.text}”`;
  const who = speaker.kind === 'unresolved' ? 'unattributed' : describeSpeaker(speaker);
  const how = [q.cue?.text, q.via ? `(via ${q.via})` : null].filter(Boolean).join(' ');
  return `${text} — ${who}${how ? `, ${how}` : ''}. ${item.articleTitle}`;
}

export function registerQuotesTree(context: vscode.ExtensionContext, service: AnalysisService, index: WorkspaceIndex): QuotesTreeProvider {
  const provider = new QuotesTreeProvider(index);
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  let dirty = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const setContext = () => {
    const o = provider.options;
    void vscode.commands.executeCommand('setContext', 'newsfact.quotes.scope', o.scope);
    void vscode.commands.executeCommand('setContext', 'newsfact.quotes.sort', o.sort);
    void vscode.commands.executeCommand('setContext', 'newsfact.quotes.hasFindingsOnly', o.hasFindingsOnly);
    void vscode.commands.executeCommand('setContext', 'newsfact.quotes.speakerFiltered', !!o.speakerKey);
    const filters = [o.scope === 'active' ? 'active article' : null, o.types.length ? o.types.join(', ') : null, o.hasFindingsOnly ? 'with findings' : null, o.speakerKey ? 'one speaker' : null].filter(Boolean);
    view.description = filters.join(' · ') || undefined;
  };
  const refreshNow = () => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    dirty = false;
    provider.refresh();
  };
  // Changes arrive in bursts (typing, a first index pass); refresh once they settle, and not at all while hidden.
  const refreshChanged = () => {
    timer = undefined;
    dirty = false;
    provider.refreshChanged();
  };
  const refreshSoon = () => {
    if (!view.visible) {
      dirty = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(refreshChanged, REFRESH_DELAY_MS);
  };
  const update = (change: Partial<ViewOptions>) => {
    provider.options = { ...provider.options, ...change };
    setContext();
    refreshNow();
  };
  const activeUri = () => {
    const doc = vscode.window.activeTextEditor?.document;
    return doc && isArticle(doc) ? doc.uri.toString() : provider.options.activeUri;
  };
  provider.options.activeUri = activeUri();
  setContext();

  let followTimer: ReturnType<typeof setTimeout> | undefined;
  const follow = (editor: vscode.TextEditor | undefined) => {
    if (followTimer) clearTimeout(followTimer);
    if (!view.visible || !editor || !isArticle(editor.document)) return;
    followTimer = setTimeout(() => {
      const entry = service.fresh(editor.document);
      if (!entry) return;
      const q = lookupFor(entry.analysis).quoteAt(editor.document.offsetAt(editor.selection.active));
      const node = q && provider.nodeForQuote(editor.document.uri.toString(), q.id, q.speaker.id);
      if (node) void view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }, FOLLOW_DELAY_MS);
  };

  context.subscriptions.push(
    provider,
    view,
    index.onDidChange(refreshSoon),
    view.onDidCollapseElement((e) => provider.collapsed(e.element)),
    view.onDidChangeVisibility((e) => {
      if (e.visible && dirty) refreshNow();
    }),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (!editor || !isArticle(editor.document)) return;
      provider.options.activeUri = editor.document.uri.toString();
      if (provider.options.scope === 'active') refreshSoon();
      follow(editor);
    }),
    vscode.window.onDidChangeTextEditorSelection((e) => follow(e.textEditor)),
    vscode.commands.registerCommand('newsfact.showQuotesView', () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
    vscode.commands.registerCommand('newsfact.quotes.scopeActive', () => update({ scope: 'active', activeUri: activeUri() })),
    vscode.commands.registerCommand('newsfact.quotes.scopeWorkspace', () => update({ scope: 'workspace' })),
    vscode.commands.registerCommand('newsfact.quotes.sortByName', () => update({ sort: 'name' })),
    vscode.commands.registerCommand('newsfact.quotes.sortByCount', () => update({ sort: 'count' })),
    vscode.commands.registerCommand('newsfact.quotes.showWithFindingsOnly', () => update({ hasFindingsOnly: true })),
    vscode.commands.registerCommand('newsfact.quotes.showAll', () => update({ hasFindingsOnly: false })),
    vscode.commands.registerCommand('newsfact.quotes.clearSpeakerFilter', () => update({ speakerKey: undefined })),
    vscode.commands.registerCommand('newsfact.quotes.refresh', () => refreshNow()),
    vscode.commands.registerCommand('newsfact.quotes.filterType', async () => {
      const types: QuoteType[] = ['direct', 'mixed', 'indirect'];
      const shown = provider.options.types.length ? provider.options.types : types;
      const picked = await vscode.window.showQuickPick(
        types.map((t) => ({ label: t, picked: shown.includes(t) })),
        { canPickMany: true, title: 'Show quotes of these types' },
      );
      if (picked) update({ types: picked.length === types.length || picked.length === 0 ? [] : picked.map((p) => p.label as QuoteType) });
    }),
    vscode.commands.registerCommand('newsfact.quotes.findSpeaker', async () => {
      const groups = [...index.directory().groups.values()].filter((g) => g.count);
      const search = fuzzySearcher(groups, ['name', 'role', 'affiliation']);
      const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { key: string }>();
      const toItem = (g: SpeakerGroup) => ({ label: g.name, description: [g.role, g.affiliation].filter(Boolean).join(', '), detail: `${g.count} quote${g.count === 1 ? '' : 's'}`, key: g.key });
      qp.title = 'Find speaker';
      qp.placeholder = 'Type part of a name, role or affiliation';
      qp.matchOnDescription = true;
      qp.items = groups.map(toItem);
      // Our own fuzzy ranking; `alwaysShow` stops VS Code's filter from hiding near misses like "Lavrof".
      qp.onDidChangeValue((v) => (qp.items = search(v).map((g) => ({ ...toItem(g), alwaysShow: !!v.trim() }))));
      const chosen = await new Promise<string | undefined>((resolve) => {
        qp.onDidAccept(() => resolve(qp.selectedItems[0]?.key));
        qp.onDidHide(() => resolve(undefined));
        qp.show();
      });
      qp.dispose();
      if (!chosen) return;
      update({ speakerKey: chosen, scope: 'workspace' });
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      const node = provider.nodeForSpeaker(chosen);
      if (node) await view.reveal(node, { select: true, focus: true, expand: true });
    }),
    vscode.commands.registerCommand(SHOW_SPEAKER_COMMAND, async (key: string) => {
      update({ speakerKey: key, scope: 'workspace' });
      await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
      const node = provider.nodeForSpeaker(key);
      if (node) await view.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
    }),
    vscode.commands.registerCommand('newsfact.quotes.copy', async (node?: QuotesNode) => {
      const target = node ?? view.selection[0];
      if (target?.kind !== 'quote') return;
      await vscode.env.clipboard.writeText(quoteWithAttribution(target.item, target.parent));
    }),
    vscode.commands.registerCommand('newsfact.quotes.reveal', async (node?: QuotesNode) => {
      const target = node ?? view.selection[0];
      if (target?.kind !== 'quote') return;
      const q = target.item.quote;
      await vscode.commands.executeCommand(REVEAL_COMMAND, target.item.uri, q.spans[0][0], q.spans[q.spans.length - 1][1]);
    }),
  );
  return provider;
}
