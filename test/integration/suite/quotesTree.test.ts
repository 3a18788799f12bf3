// The Quotes by Speaker view's data provider through the extension's test API: one node per
// entity across articles, filters, reveal on click.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, waitFor } from '../helpers';
import { newsfactApi } from './editorHelpers';

type Api = Awaited<ReturnType<typeof newsfactApi>>;

function speakers(api: Api) {
  return api.quotesTree.getChildren().filter((n) => n.kind === 'speaker');
}

suite('quotes by speaker view', () => {
  let api: Api;
  suiteSetup(async () => {
    api = await newsfactApi();
    await api.index.ready();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('newsfact.quotes.scopeWorkspace');
    await vscode.commands.executeCommand('newsfact.quotes.showAll');
    await vscode.commands.executeCommand('newsfact.quotes.clearSpeakerFilter');
    await closeAllEditors();
  });

  test('one node per entity, merged across articles, with role and count', async () => {
    const ruiz = await waitFor('Ana Ruiz in the view', () => {
      api.quotesTree.refresh();
      return speakers(api).find((n) => n.kind === 'speaker' && n.group.name === 'Ana Ruiz');
    });
    const item = api.quotesTree.getTreeItem(ruiz);
    assert.strictEqual(item.label, 'Ana Ruiz');
    assert.match(String(item.description), /\d+ quotes?/);
    const quotes = api.quotesTree.getChildren(ruiz);
    const files = new Set(quotes.map((q) => (q.kind === 'quote' ? q.item.uri.split('/').pop() : '')));
    assert.ok(files.has('harbour-pier.txt') && files.has('harbour-pier-followup.txt'), [...files].join(', '));
    assert.strictEqual(speakers(api).filter((n) => n.kind === 'speaker' && /Ruiz|mayor/i.test(n.group.name)).length, 1);
  });

  test('clicking a quote reveals and selects it in its article', async () => {
    const ruiz = await waitFor('Ana Ruiz', () => speakers(api).find((n) => n.kind === 'speaker' && n.group.name === 'Ana Ruiz'));
    const node = api.quotesTree.getChildren(ruiz)[0];
    assert.strictEqual(node.kind, 'quote');
    const item = api.quotesTree.getTreeItem(node);
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = await waitFor('the article to open', () => vscode.window.activeTextEditor);
    if (node.kind !== 'quote') return;
    assert.strictEqual(editor.document.uri.toString(), node.item.uri);
    const selected = editor.document.getText(editor.selection);
    assert.ok(selected.includes(node.item.quote.text.slice(0, 10)), selected);
    assert.strictEqual(api.quotesTree.getParent(node), ruiz);
  });

  test('filters: active article, quotes with findings, one speaker', async () => {
    const doc = await openFixture('articles/harbour-pier-followup.txt');
    await waitFor('the analysis', () => api.service.fresh(doc));
    await vscode.commands.executeCommand('newsfact.quotes.scopeActive');
    const active = api.quotesTree.getChildren().flatMap((n) => api.quotesTree.getChildren(n));
    assert.ok(active.length > 0);
    assert.ok(active.every((q) => q.kind === 'quote' && q.item.uri === doc.uri.toString()));

    await vscode.commands.executeCommand('newsfact.quotes.scopeWorkspace');
    await vscode.commands.executeCommand('newsfact.quotes.showWithFindingsOnly');
    const flagged = api.quotesTree.getChildren().flatMap((n) => api.quotesTree.getChildren(n));
    assert.ok(flagged.every((q) => q.kind === 'quote' && q.item.findings > 0));
    await vscode.commands.executeCommand('newsfact.quotes.showAll');

    const park = speakers(api).find((n) => n.kind === 'speaker' && n.group.name === 'Tom Park');
    assert.ok(park && park.kind === 'speaker');
    await vscode.commands.executeCommand('newsfact.showSpeakerQuotes', park.group.key);
    assert.deepStrictEqual(speakers(api).map((n) => (n.kind === 'speaker' ? n.group.name : '')), ['Tom Park']);
  });

  test('while visible, the view selects the quote under the cursor', async () => {
    await vscode.commands.executeCommand('newsfact.showQuotesView');
    await waitFor('the view to show', () => api.quotesTree.view?.visible);
    const doc = await openFixture('articles/harbour-pier.txt');
    await waitFor('the analysis', () => api.service.fresh(doc));
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    const at = doc.positionAt(doc.getText().indexOf('no agreement with the city') + 4);
    editor.selection = new vscode.Selection(at, at);
    // The selection may still hold the quote an earlier test revealed: wait for the one under the cursor.
    const selected = await waitFor('the view to select the quote under the cursor', () => {
      const n = api.quotesTree.view?.selection[0];
      return n && n.kind === 'quote' && n.item.uri === doc.uri.toString() && /no agreement with the city/.test(n.item.quote.text) ? n : undefined;
    });
    assert.strictEqual(api.quotesTree.getParent(selected)?.kind, 'speaker');
  });

  test('sort by name or by count', async () => {
    await vscode.commands.executeCommand('newsfact.quotes.sortByName');
    const names = speakers(api).map((n) => (n.kind === 'speaker' ? n.group : null)!).filter((g) => g.kind !== 'unresolved').map((g) => g.name);
    assert.deepStrictEqual(names, [...names].sort((a, b) => a.localeCompare(b)));
    await vscode.commands.executeCommand('newsfact.quotes.sortByCount');
    const counts = speakers(api).map((n) => (n.kind === 'speaker' ? n.group : null)!).filter((g) => g.kind !== 'unresolved').map((g) => g.quotes.length);
    assert.deepStrictEqual(counts, [...counts].sort((a, b) => b - a));
  });

  test('"Copy Quote with Attribution" puts the quote and its speaker on the clipboard', async () => {
    const ruiz = await waitFor('Ana Ruiz', () => speakers(api).find((n) => n.kind === 'speaker' && n.group.name === 'Ana Ruiz'));
    const node = api.quotesTree.getChildren(ruiz)[0];
    await vscode.commands.executeCommand('newsfact.quotes.copy', node);
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /— Ana Ruiz/);
    if (node.kind === 'quote') assert.ok(copied.includes(node.item.quote.text.slice(0, 12)), copied);
  });
});
