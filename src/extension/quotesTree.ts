// The "Quotes by Speaker" view: speakers across the workspace (merged by entity) > their quotes.
// Grouping and filtering are in quotesTreeModel.ts; this file adapts them to a TreeView, keeps the
// title-bar state in context keys, follows the cursor, and refreshes on a debounce only while visible.
import * as vscode from 'vscode';
import type { QuoteType } from '../core/types';
import { lookupFor } from './analysisLookup';
import { fuzzySearcher } from './fuzzy';
import { isArticle, type AnalysisService } from './analysisService';
import { describeSpeaker, firstWords, type QuoteItem, type SpeakerGroup, type ViewOptions } from './quotesTreeModel';
import { REVEAL_COMMAND } from './reveal';
import type { WorkspaceIndex } from './workspaceIndex';

export const VIEW_ID = 'newsfact.quotesBySpeaker';
export const SHOW_SPEAKER_COMMAND = 'newsfact.showSpeakerQuotes';
const REFRESH_DELAY_MS = 250;
const FOLLOW_DELAY_MS = 150;

export type QuotesNode = { kind: 'speaker'; group: SpeakerGroup } | { kind: 'quote'; item: QuoteItem; parent: SpeakerGroup };

const SPEAKER_ICONS: Record<SpeakerGroup['kind'], string> = { person: 'person', organization: 'organization', anonymous: 'eye-closed', unresolved: 'question' };
const QUOTE_ICONS: Record<QuoteType, string> = { direct: 'quote', mixed: 'comment-discussion', indirect: 'comment' };

const quoteIcons = new Map<string, vscode.ThemeIcon>();

/** One icon per quote type and warning state, shared by every item. */
function quoteIcon(type: QuoteType, warn: boolean): vscode.ThemeIcon {
  const id = `${type}:${warn}`;
  let icon = quoteIcons.get(id);
  if (!icon) quoteIcons.set(id, (icon = new vscode.ThemeIcon(QUOTE_ICONS[type], warn ? new vscode.ThemeColor('list.warningForeground') : undefined)));
  return icon;
}

export class QuotesTreeProvider implements vscode.TreeDataProvider<QuotesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<QuotesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  options: ViewOptions = { scope: 'workspace', types: [], hasFindingsOnly: false, sort: 'count' };
  /** The view showing this provider (set on registration; tests read its selection). */
  view: vscode.TreeView<QuotesNode> | undefined;
  private roots: QuotesNode[] | undefined;
  private readonly bySpeakerKey = new Map<string, QuotesNode>();
  // Nodes are kept per group and per item: the directory and its views keep the same objects
  // until something changes, so a refresh with nothing new allocates nothing, and an element
  // VS Code already holds (for reveal, getParent) stays the same object.

  constructor(private readonly index: WorkspaceIndex) {}

  /** Drops the cached roots; the view asks again. */
  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: QuotesNode): QuotesNode[] {
    if (!node) return this.build();
    if (node.kind === 'speaker') return this.childrenOf(node.group);
    return [];
  }

  /** A speaker's quote nodes, made when the speaker is first expanded (most stay collapsed). */
  private childrenOf(group: SpeakerGroup): QuotesNode[] {
    const groupView = groupViewOf(group);
    let nodes = groupView.children;
    if (!nodes) {
      nodes = group.quotes.map((item) => {
        // The same item (its article unchanged) under the same speaker keeps its node.
        const view = viewOf(item);
        if (view.node?.kind === 'quote' && view.node.parent.key === group.key) return view.node;
        return (view.node = { kind: 'quote', item, parent: group });
      });
      groupView.children = nodes;
    }
    return nodes;
  }

  getParent(node: QuotesNode): QuotesNode | undefined {
    return node.kind === 'quote' ? this.bySpeakerKey.get(node.parent.key) : undefined;
  }

  getTreeItem(node: QuotesNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const g = node.group;
      const item = new vscode.TreeItem(g.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `speaker:${g.key}`;
      item.description = [g.role, `${g.count} quote${g.count === 1 ? '' : 's'}`].filter(Boolean).join(' · ');
      item.tooltip = `${describeSpeaker(g)} · ${g.kind === 'unresolved' ? 'speaker not resolved' : g.kind}`;
      item.iconPath = new vscode.ThemeIcon(SPEAKER_ICONS[g.kind]);
      item.contextValue = 'speaker';
      return item;
    }
    const { item: i } = node;
    // A refresh with an unchanged analysis asks again for the same items: hand back the ones made.
    const view = viewOf(i);
    if (view.treeItem && view.scope === this.options.scope) return view.treeItem;
    const q = i.quote;
    // Short labels leave room for the article name in the description of a narrow sidebar.
    const item = new vscode.TreeItem(firstWords(q.text, 6), vscode.TreeItemCollapsibleState.None);
    view.treeItem = item;
    view.scope = this.options.scope;
    item.id = `quote:${i.key}`;
    const findings = i.findings ? `${i.findings} finding${i.findings === 1 ? '' : 's'}` : '';
    const title = this.options.scope === 'workspace' ? i.articleTitle : '';
    item.description = title && findings ? `${title} · ${findings}` : title || findings;
    item.iconPath = quoteIcon(q.type, i.findings > 0);
    item.contextValue = 'quote';
    const start = q.spans[0]?.[0] ?? 0;
    const end = q.spans[q.spans.length - 1]?.[1] ?? start;
    item.command = { command: REVEAL_COMMAND, title: 'Reveal Quote', arguments: [i.uri, start, end] };
    return item;
  }

  /** The full quote as a tooltip, built only when the pointer rests on the item. */
  resolveTreeItem(item: vscode.TreeItem, node: QuotesNode): vscode.TreeItem {
    if (node.kind === 'quote') {
      const { quote: q, articleTitle } = node.item;
      item.tooltip = `${q.text}\n\n${q.type} quote${q.cue ? `, cue "${q.cue.text}"` : ''}${q.via ? `, via ${q.via}` : ''}\n${articleTitle}`;
    }
    return item;
  }

  /** The node for a quote, if it is shown under the current filters. */
  nodeForQuote(uri: string, quoteId: string, speakerId?: string | null): QuotesNode | undefined {
    this.build();
    const key = `${uri}#${quoteId}`;
    // Knowing the speaker, only that speaker's quotes are searched (and built).
    const only = speakerId === undefined ? undefined : this.index.directory().keyOf(uri, speakerId);
    for (const root of this.roots ?? []) {
      if (root.kind !== 'speaker' || (only !== undefined && root.group.key !== only)) continue;
      const hit = this.childrenOf(root.group).find((n) => n.kind === 'quote' && n.item.key === key);
      if (hit) return hit;
    }
    return undefined;
  }

  nodeForSpeaker(key: string): QuotesNode | undefined {
    this.build();
    return this.bySpeakerKey.get(key);
  }

  private build(): QuotesNode[] {
    if (this.roots) return this.roots;
    void this.index.ready?.(); // showing the view is a reason to index the workspace

    this.bySpeakerKey.clear();
    const groups = this.index.directory().view(this.options);
    this.roots = groups.map((group) => {
      const groupView = groupViewOf(group);
      const node = (groupView.node ??= { kind: 'speaker', group });
      this.bySpeakerKey.set(group.key, node);
      return node;
    });
    return this.roots;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** What this view keeps on a quote item (QuoteItem.view): its node and its tree item, for the scope it was made in. */
interface ItemView {
  node?: QuotesNode;
  treeItem?: vscode.TreeItem;
  scope?: string;
}

function viewOf(item: QuoteItem): ItemView {
  return (item.view ??= {}) as ItemView;
}

/** What this view keeps on a speaker group (SpeakerGroup.view): its node, and its children's once expanded. */
interface GroupView {
  node?: QuotesNode;
  children?: QuotesNode[];
}

function groupViewOf(group: SpeakerGroup): GroupView {
  return (group.view ??= {}) as GroupView;
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
  const refreshSoon = () => {
    if (!view.visible) {
      dirty = true;
      return;
    }
    if (timer) clearTimeout(timer);
    timer = setTimeout(refreshNow, REFRESH_DELAY_MS);
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
