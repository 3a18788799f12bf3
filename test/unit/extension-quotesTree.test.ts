// The Quotes by Speaker view's provider under the bench's stub `vscode`: after a new analysis it
// reuses the nodes and tree items of the quotes it showed before, and what it shows is exactly
// what a provider made afresh shows.
import * as assert from 'assert';
import * as path from 'path';
import { analyzeText, type Analysis } from '../../src/core';
import { heapAfterGc } from './heap';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installVscodeStub } = require(path.join(__dirname, '..', '..', 'scripts', 'bench', 'vscode-stub.js'));
installVscodeStub();
/* eslint-disable @typescript-eslint/no-require-imports */
const { QuotesTreeProvider } = require('../../src/extension/quotesTree') as typeof import('../../src/extension/quotesTree');
const { SpeakerDirectory } = require('../../src/extension/quotesTreeModel') as typeof import('../../src/extension/quotesTreeModel');
/* eslint-enable @typescript-eslint/no-require-imports */
type ArticleEntry = import('../../src/extension/quotesTreeModel').ArticleEntry;
type Provider = InstanceType<typeof QuotesTreeProvider>;
type Directory = InstanceType<typeof SpeakerDirectory>;

const PARAGRAPHS = [
  'Mayor Ana Ruiz said the pier would open in May.',
  '"We are on schedule," Ruiz told reporters on Monday.',
  'Port chief Eli Moss said the pier would not open before July.',
  '"No comment," Moss said.',
  'The city council said in a statement that the budget was balanced.',
  '"No comment," Moss said again when asked about the costs.',
  'Ruiz said the contractor had been paid in full.',
  'Moss said the contractor had not been paid.',
  '"The money is there," Ruiz said.',
];
const EXTRA = ['"We need two more months," Moss said.', 'Ruiz said the opening would be a celebration.', 'The weather was mild.', '"It is late," a resident said.'];

function article(paragraphs: readonly string[]): string {
  return `Pier opening delayed\n\nHARBOURTOWN, May 2 -\n\n${paragraphs.join('\n\n')}\n`;
}

function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

function setup(): { provider: Provider; show: (a: Analysis) => void; directory: () => Directory } {
  let dir = new SpeakerDirectory([]);
  const index = { directory: () => dir } as unknown as ConstructorParameters<typeof QuotesTreeProvider>[0];
  const provider = new QuotesTreeProvider(index);
  return {
    provider,
    directory: () => dir,
    show: (a) => {
      dir = new SpeakerDirectory([{ uri: 'file:///ws/pier.txt', title: a.article.headline?.text ?? 'article', quotes: a.quotes, speakers: a.speakers, findings: a.findings }]);
      provider.refresh();
    },
  };
}

/** What VS Code is given on a refresh with every speaker expanded, as plain data. */
function shown(p: Provider): unknown[] {
  return p.getChildren().map((root) => {
    const r = p.getTreeItem(root);
    const icon = r.iconPath as { id: string };
    return {
      label: r.label,
      id: r.id,
      description: r.description,
      icon: icon.id,
      tooltip: r.tooltip ?? p.resolveTreeItem(r, root).tooltip,
      children: p.getChildren(root).map((n) => {
        const t = p.getTreeItem(n);
        const icon = t.iconPath as { id: string; color?: { id: string } };
        // VS Code asks for a tooltip only when the item has none.
        const tooltip = t.tooltip ?? p.resolveTreeItem(t, n).tooltip;
        return { label: t.label, id: t.id, description: t.description, icon: [icon.id, icon.color?.id], command: t.command?.command, args: [...(t.command?.arguments ?? [])], item: n.kind === 'quote' ? n.item.quote.id : null, tooltip };
      }),
    };
  });
}

/** An article entry whose title, quote texts, name and role are slices of its own large text, as the core's are. */
function slicedEntry(k: number) {
  const text = `Pier report number ${k}\n${' filler'.repeat(600000)} ${k}\n"We will build the new pier next spring," said Mayor Ana Ruiz, the harbour chief.\n`;
  const at = text.indexOf('We will');
  const quote = (j: number) => ({ id: `q${j}`, type: 'direct' as const, spans: [[at, at + 40 + j]] as [number, number][], text: text.slice(at, at + 40 + j), cue: null, speaker: { id: 's1', entity: null }, via: null });
  const name = text.indexOf('Ana Ruiz');
  const role = text.indexOf('the harbour chief');
  const speaker = { id: 's1', entity: text.slice(name, name + 'Ana Ruiz'.length), kind: 'person' as const, role: text.slice(role, role + 'the harbour chief'.length), affiliation: null, mentions: [] };
  // One quote changes with each analysis: its node is new, the others are kept.
  return { uri: 'file:///ws/pier.txt', title: text.slice(0, text.indexOf('\n')), quotes: [quote(0), quote(1), quote(2 + k)], speakers: [speaker], findings: [] };
}

describe('extension quotes tree provider', () => {
  it('nodes kept across analyses keep none of the old texts alive (their strings are copies, not slices)', () => {
    let dir = new SpeakerDirectory([slicedEntry(0) as unknown as ArticleEntry]);
    const provider = new QuotesTreeProvider({ directory: () => dir } as unknown as ConstructorParameters<typeof QuotesTreeProvider>[0]);
    const refresh = () => {
      provider.refresh();
      for (const root of provider.getChildren()) {
        provider.getTreeItem(root);
        for (const n of provider.getChildren(root)) provider.getTreeItem(n);
      }
    };
    refresh();
    const before = heapAfterGc();
    for (let k = 1; k <= 10; k++) {
      dir = new SpeakerDirectory([slicedEntry(k) as unknown as ArticleEntry]);
      refresh();
    }
    const kept = provider.getChildren().flatMap((root) => provider.getChildren(root));
    assert.strictEqual(kept.length, 3);
    // Each text is 4.2 MB: the first was alive when measured, the last is alive now; an old one kept would add one more.
    const grown = heapAfterGc() - before;
    assert.ok(grown < 2, `heap grew ${grown.toFixed(1)} MB over 10 analyses`);
  });


  it('a new analysis of the same text keeps every quote node and tree item, pointing at the new quotes', () => {
    const { provider, show } = setup();
    const text = article(PARAGRAPHS);
    show(analyzeText(text));
    const roots = provider.getChildren();
    const before = roots.map((r) => provider.getChildren(r));
    const items = before.map((nodes) => nodes.map((n) => provider.getTreeItem(n)));
    assert.ok(before.flat().length >= 6, `quotes: ${before.flat().length}`);
    const again = analyzeText(text);
    show(again);
    const after = provider.getChildren().map((r) => provider.getChildren(r));
    assert.deepStrictEqual(after.map((nodes) => nodes.length), before.map((nodes) => nodes.length));
    after.forEach((nodes, k) =>
      nodes.forEach((n, j) => {
        assert.strictEqual(n, before[k][j]);
        assert.strictEqual(provider.getTreeItem(n), items[k][j]);
        assert.ok(n.kind === 'quote' && again.quotes.includes(n.item.quote), 'the node holds the new analysis’s quote');
      }),
    );
  });

  it('an edit before the quotes moves their offsets in the kept tree items', () => {
    const { provider, show } = setup();
    show(analyzeText(article(PARAGRAPHS)));
    const first = provider.getChildren()[0];
    const node = provider.getChildren(first)[0];
    const [, start] = provider.getTreeItem(node).command!.arguments as [string, number, number];
    show(analyzeText(article(['A new opening paragraph of ten words or so here.', ...PARAGRAPHS])));
    const same = provider.getChildren(provider.getChildren()[0])[0];
    assert.strictEqual(same, node);
    const [, moved] = provider.getTreeItem(same).command!.arguments as [string, number, number];
    assert.strictEqual(moved, start + 'A new opening paragraph of ten words or so here.\n\n'.length);
  });

  it('a speaker keeps its tree item across new analyses, brought up to date when its quote count changes', () => {
    const { provider, show } = setup();
    show(analyzeText(article(PARAGRAPHS)));
    const speakerItems = () => new Map(provider.getChildren().map((r) => [r.kind === 'speaker' ? r.group.key : '', provider.getTreeItem(r)]));
    const before = speakerItems();
    const descriptions = new Map([...before].map(([k, t]) => [k, t.description]));
    show(analyzeText(article([...PARAGRAPHS, '"We need two more months," Moss said.'])));
    const after = speakerItems();
    const moss = [...after.keys()].find((k) => k.includes('moss'))!;
    assert.ok(moss, [...after.keys()].join(', '));
    for (const [key, item] of after) assert.strictEqual(item, before.get(key), key);
    assert.notStrictEqual(after.get(moss)!.description, descriptions.get(moss));
    assert.match(String(after.get(moss)!.description), /quotes$/);
    for (const [key, item] of after) if (key !== moss) assert.strictEqual(item.description, descriptions.get(key), key);
  });

  it('a collapsed speaker keeps no quote nodes from the old analysis, and shows the new quotes when expanded again', () => {
    const { provider, show } = setup();
    const text = article(PARAGRAPHS);
    const old = analyzeText(text);
    show(old);
    const root = provider.getChildren()[0];
    assert.ok(root.kind === 'speaker');
    const before = provider.getChildren(root);
    assert.ok(before.length > 0 && before.every((n) => n.kind === 'quote' && old.quotes.includes(n.item.quote)));
    provider.collapsed(root);
    assert.strictEqual(root.quotes, undefined);
    const next = analyzeText(article(['A new opening paragraph.', ...PARAGRAPHS]));
    show(next);
    const again = provider.getChildren().find((n) => n.kind === 'speaker' && n.group.key === root.group.key)!;
    const after = provider.getChildren(again);
    assert.strictEqual(after.length, before.length);
    assert.ok(after.every((n) => n.kind === 'quote' && next.quotes.includes(n.item.quote)));
  });

  it('after random edits shows exactly what a provider made afresh shows, with no node twice (200 edits)', () => {
    const r = random(7);
    const { provider, show, directory } = setup();
    let paragraphs = [...PARAGRAPHS];
    for (let step = 0; step < 200; step++) {
      const at = Math.floor(r() * (paragraphs.length + 1));
      const op = r();
      if (op < 0.3) paragraphs.splice(at, 0, EXTRA[Math.floor(r() * EXTRA.length)]);
      else if (op < 0.55 && paragraphs.length > 2) paragraphs.splice(Math.min(at, paragraphs.length - 1), 1);
      else if (op < 0.75) {
        const k = Math.min(at, paragraphs.length - 1);
        paragraphs[k] = paragraphs[k].replace(/(\w+)([,.]?)"/, '$1 indeed$2"');
      } else if (op < 0.8) paragraphs = [...paragraphs].reverse();
      else if (op < 0.9) {
        // Another cue for the same words: the quote's tooltip changes, not its label.
        const k = Math.min(at, paragraphs.length - 1);
        paragraphs[k] = paragraphs[k].includes(' said') ? paragraphs[k].replace(' said', ' told reporters') : paragraphs[k].replace(' told reporters', ' said');
      }
      // else: the same text analysed again
      if (paragraphs.length > 14) paragraphs = paragraphs.slice(0, 9);
      if (step % 25 === 24) provider.options = { ...provider.options, scope: provider.options.scope === 'workspace' ? 'active' : 'workspace', activeUri: 'file:///ws/pier.txt' };
      show(analyzeText(article(paragraphs)));
      const fresh = new QuotesTreeProvider({ directory } as unknown as ConstructorParameters<typeof QuotesTreeProvider>[0]);
      fresh.options = provider.options;
      assert.deepStrictEqual(shown(provider), shown(fresh), `step ${step}: ${paragraphs.join(' | ')}`);
      const nodes = provider.getChildren().flatMap((root) => provider.getChildren(root));
      assert.strictEqual(new Set(nodes).size, nodes.length);
      assert.strictEqual(new Set(nodes.map((n) => provider.getTreeItem(n).id)).size, nodes.length);
      for (const n of nodes) assert.strictEqual(provider.getParent(n), provider.getChildren().find((root) => root.kind === 'speaker' && n.kind === 'quote' && root.group.key === n.parent.key));
    }
  });
});
