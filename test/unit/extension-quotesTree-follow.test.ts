// After changes in the workspace the tree follows the directory's view by its changes (not a pass
// over every speaker) and tells VS Code only what changed. What VS Code then shows, given only the
// events the provider fired (a model of its tree below), must be what a provider made afresh shows.
import * as assert from 'assert';
import * as path from 'path';
import type { Finding, Quote, Speaker } from '../../src/core/types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installVscodeStub } = require(path.join(__dirname, '..', '..', 'scripts', 'bench', 'vscode-stub.js'));
installVscodeStub();
/* eslint-disable @typescript-eslint/no-require-imports */
const { QuotesTreeProvider } = require('../../src/extension/quotesTree') as typeof import('../../src/extension/quotesTree');
const { SpeakerDirectory } = require('../../src/extension/quotesTreeModel') as typeof import('../../src/extension/quotesTreeModel');
/* eslint-enable @typescript-eslint/no-require-imports */
type Provider = InstanceType<typeof QuotesTreeProvider>;
type Node = import('../../src/extension/quotesTree').QuotesNode;
type Directory = InstanceType<typeof SpeakerDirectory>;
type ArticleEntry = import('../../src/extension/quotesTreeModel').ArticleEntry;
type ViewOptions = import('../../src/extension/quotesTreeModel').ViewOptions;
type Item = import('vscode').TreeItem;

function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

// Bare surnames beside one or two full names ending with them (adding or dropping an article
// re-keys others), unnamed sources, and counts that tie (so speakers move past each other).
const NAMES: Array<[string, Speaker['kind']]> = [
  ['Ana Ruiz', 'person'], ['Ruiz', 'person'], ['Luis Ruiz', 'person'], ['Tom Park', 'person'], ['Park', 'person'], ['Eli Moss', 'person'],
  ['the city council', 'organization'], ['Port Authority', 'organization'], ['officials', 'anonymous'], ['Élodie Marchand', 'person'], ['Marchand', 'organization'], ['Ines Okafor', 'person'],
];
const WORDS = ['the pier opens in May', 'we are on schedule', 'no comment', 'the budget is balanced', 'it is late', 'we need two more months'];

function randomArticle(r: () => number, uri: string): ArticleEntry {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const speakers = Array.from({ length: Math.floor(r() * 4) }, (_, i) => {
    const [entity, kind] = pick(NAMES);
    return { id: `s${i + 1}`, entity, kind, role: r() < 0.3 ? pick(['Mayor', 'spokesman']) : null, affiliation: r() < 0.3 ? pick(['Harbourtown', 'Port']) : null, mentions: [] } as unknown as Speaker;
  });
  let at = 0;
  const quotes = Array.from({ length: Math.floor(r() * 6) }, (_, i) => {
    at += 5 + Math.floor(r() * 40);
    const text = pick(WORDS);
    return {
      id: `q${i + 1}`,
      type: pick(['direct', 'mixed', 'indirect'] as const),
      spans: [[at, at + text.length]],
      text,
      cue: r() < 0.8 ? { text: pick(['said', 'told']), span: [at - 5, at - 1] } : null,
      speaker: { id: pick([...speakers.map((s) => s.id), null]), entity: null, mention: null, mentionSpan: null },
      via: null,
    } as unknown as Quote;
  });
  const findings = Array.from({ length: Math.floor(r() * 3) }, () => {
    const s = Math.floor(r() * 200);
    return { rule: 'contradiction', severity: 'warning', span: [s, s + 20], message: '', related: [] } as unknown as Finding;
  });
  return { uri, title: pick(['Pier', 'Budget', 'Élection']), speakers, quotes, findings };
}

/** An edit in one article: its quotes move by a few characters, one may change its words or cue. */
function edited(r: () => number, e: ArticleEntry): ArticleEntry {
  const from = Math.floor(r() * 200);
  const by = r() < 0.5 ? 1 : -1;
  const quotes = e.quotes.map((q) => {
    const move = q.spans[0][0] >= from ? by : 0;
    return { ...q, spans: q.spans.map((s) => [s[0] + move, s[1] + move]), cue: q.cue && { ...q.cue } } as Quote;
  });
  const k = Math.floor(r() * (quotes.length + 1));
  if (k < quotes.length && r() < 0.5) quotes[k] = { ...quotes[k], text: r() < 0.5 ? `${quotes[k].text} indeed` : quotes[k].text } as Quote;
  if (k < quotes.length && r() < 0.3) quotes[k] = { ...quotes[k], cue: { text: 'told', span: quotes[k].cue?.span ?? [0, 1] } } as Quote;
  return { ...e, quotes };
}

interface Shown {
  node: Node;
  item: Item;
  /** What VS Code was given when it last asked for the item (a copy: it does not see later changes to the object). */
  was: unknown;
  children?: Shown[];
}

/** The item as VS Code takes it: its fields copied, the tooltip asked for when missing; the command's arguments are read when clicked (see clicked). */
function copy(p: Provider, node: Node, item: Item): unknown {
  const icon = item.iconPath as { id: string; color?: { id: string } } | undefined;
  return { label: item.label, id: item.id, description: item.description, icon: [icon?.id, icon?.color?.id], tooltip: item.tooltip ?? p.resolveTreeItem(item, node).tooltip, command: item.command?.command };
}

/** What a click on a quote reveals (the command runs with the arguments the item's command holds then). */
function clicked(item: Item): unknown {
  return item.command ? [...(item.command.arguments ?? [])].map((a) => (typeof a === 'object' && a && 'kind' in a ? (a as { item: { uri: string; quote: Quote } }).item.quote.spans : a)) : null;
}

/** Calls `listener` with each change event the provider fires (the stub's emitter calls no one). */
function listen(p: Provider, listener: (e: Node | Node[] | undefined) => void): void {
  const changed = (p as unknown as { changed: { fire(e: Node | Node[] | undefined): void } }).changed;
  const before = changed.fire.bind(changed);
  changed.fire = (e) => {
    before(e);
    listener(e);
  };
}

/** VS Code's side of the tree: what it last fetched, brought up to date by the provider's events only. */
class VsCodeTree {
  roots: Shown[] = [];
  /** Expanded speakers by tree item id, as VS Code keeps them across refreshes. */
  readonly expanded = new Set<string>();

  constructor(private readonly p: Provider) {
    listen(p, (e) => this.changed(e));
    this.fetchRoots();
  }

  private shown(node: Node): Shown {
    const item = this.p.getTreeItem(node);
    const s: Shown = { node, item, was: copy(this.p, node, item) };
    if (item.id && this.expanded.has(item.id)) s.children = this.p.getChildren(node).map((c) => this.shown(c));
    return s;
  }

  fetchRoots(): void {
    this.roots = this.p.getChildren().map((n) => this.shown(n));
  }

  private changed(e: Node | Node[] | undefined | null | void): void {
    if (!e) return this.fetchRoots();
    const nodes = Array.isArray(e) ? e : [e];
    const visit = (list: Shown[]) => {
      for (let k = 0; k < list.length; k++) {
        if (nodes.includes(list[k].node)) list[k] = this.shown(list[k].node);
        else if (list[k].children) visit(list[k].children!);
      }
    };
    visit(this.roots);
  }

  expand(k: number): void {
    const s = this.roots[k];
    if (!s?.item.id) return;
    this.expanded.add(s.item.id);
    s.children = this.p.getChildren(s.node).map((c) => this.shown(c));
  }

  collapse(k: number): void {
    const s = this.roots[k];
    if (!s?.item.id) return;
    this.expanded.delete(s.item.id);
    s.children = undefined;
    this.p.collapsed(s.node);
  }

  /** What is on screen, with what each quote reveals when clicked now. */
  screen(): unknown {
    const one = (s: Shown): unknown => ({ ...(s.was as object), reveals: clicked(s.item), children: s.children?.map(one) });
    return this.roots.map(one);
  }
}

/** What a provider made afresh over `dir` shows, with the same speakers expanded. */
function freshScreen(dir: Directory, options: ViewOptions, expanded: ReadonlySet<string>): unknown {
  const p = new QuotesTreeProvider({ directory: () => dir } as unknown as ConstructorParameters<typeof QuotesTreeProvider>[0]);
  p.options = options;
  const t = new VsCodeTree(p);
  for (const id of expanded) t.expanded.add(id);
  t.fetchRoots();
  return t.screen();
}

const OPTIONS: ViewOptions[] = [
  { scope: 'workspace', types: [], hasFindingsOnly: false, sort: 'count' },
  { scope: 'workspace', types: [], hasFindingsOnly: false, sort: 'name' },
  { scope: 'active', activeUri: 'file:///ws/a1.txt', types: [], hasFindingsOnly: false, sort: 'count' },
  { scope: 'workspace', types: ['direct', 'mixed'], hasFindingsOnly: false, sort: 'count' },
  { scope: 'workspace', types: [], hasFindingsOnly: true, sort: 'name' },
];

describe('extension quotes tree: following the directory after changes', () => {
  it('what VS Code shows after the events fired equals a fresh provider, through random edits, additions, removals and option changes, and active articles switched (160 runs of 60 steps)', () => {
    let partial = 0;
    let whole = 0;
    let switched = 0;
    let previous: string | undefined;
    for (let seed = 1; seed <= 160; seed++) {
      const r = random(seed);
      let next = 0;
      let ws = Array.from({ length: 4 + Math.floor(r() * 8) }, () => randomArticle(r, `file:///ws/a${next++}.txt`));
      let dir: Directory = new SpeakerDirectory(ws, null);
      const provider = new QuotesTreeProvider({ directory: () => dir } as unknown as ConstructorParameters<typeof QuotesTreeProvider>[0]);
      provider.options = { ...OPTIONS[seed % OPTIONS.length] };
      const fired: unknown[] = [];
      listen(provider, (e) => fired.push(e));
      const vs = new VsCodeTree(provider);
      for (let step = 0; step < 60; step++) {
        const what = r();
        const k = Math.floor(r() * ws.length);
        ws = [...ws];
        if (what < 0.55 && ws.length) ws[k] = edited(r, ws[k]);
        else if (what < 0.7 && ws.length) ws[k] = randomArticle(r, ws[k].uri);
        else if (what < 0.8 && ws.length > 1) ws.splice(k, 1);
        else if (what < 0.9) ws.push(randomArticle(r, `file:///ws/a${next++}.txt`));
        dir = new SpeakerDirectory(ws, dir);
        // Sometimes another reader (a hover) makes the next directory before the view refreshes.
        if (r() < 0.15) {
          dir.groups;
          if (r() < 0.5 && ws.length) {
            ws = [...ws];
            ws[k % ws.length] = edited(r, ws[k % ws.length]);
            dir = new SpeakerDirectory(ws, dir);
          }
        }
        fired.length = 0;
        if (r() < 0.08) {
          provider.options = { ...OPTIONS[Math.floor(r() * OPTIONS.length)] };
          provider.refresh();
        } else if (provider.options.scope === 'active' && ws.length && r() < 0.3) {
          // Another article made active: the extension changes the options in place, then refreshes as
          // after an edit; the last one's view was read in this directory too, and is often gone back to.
          provider.refreshChanged();
          const was = provider.options.activeUri;
          provider.options.activeUri = previous && r() < 0.6 ? previous : ws[Math.floor(r() * ws.length)].uri;
          previous = was;
          switched++;
          provider.refreshChanged();
        } else provider.refreshChanged();
        if (fired.some((e) => e === undefined)) whole++;
        else if (fired.length) partial++;
        const e = Math.floor(r() * vs.roots.length);
        if (r() < 0.3) vs.expand(e);
        else if (r() < 0.1) vs.collapse(e);
        assert.deepStrictEqual(vs.screen(), freshScreen(dir, provider.options, vs.expanded), `seed ${seed}, step ${step}`);
      }
    }
    // Both kinds of refresh were met.
    assert.ok(partial > 100 && whole > 100 && switched > 20, `${partial} partial, ${whole} whole, ${switched} active articles switched`);
  });
});
