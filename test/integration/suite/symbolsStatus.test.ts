// Outline (document symbols), the language status item, and the palette commands.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, waitFor } from '../helpers';
import { newsfactApi } from './editorHelpers';

const ARTICLE = 'articles/harbour-pier.txt';

suite('outline, status item and commands', () => {
  teardown(closeAllEditors);

  test('the outline lists the headline, then speakers with their quotes', async () => {
    const doc = await openFixture(ARTICLE);
    const symbols = await waitFor('speaker symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length > 1 ? s : undefined;
    });
    assert.strictEqual(symbols[0].name, doc.lineAt(0).text.trim());
    const ruiz = symbols.find((s) => s.name === 'Ana Ruiz');
    assert.ok(ruiz, `speakers: ${symbols.map((s) => s.name).join(', ')}`);
    assert.ok(ruiz.children.length >= 2);
    for (const q of ruiz.children) assert.ok(ruiz.range.contains(q.selectionRange));
  });

  test('the status item counts quotes, speakers and findings', async () => {
    const api = await newsfactApi();
    const doc = await openFixture(ARTICLE);
    const text = await waitFor('the status text', () => (/^\d+ quotes? · \d+ speakers? · \d+ findings?$/.test(api.status.text) ? api.status.text : undefined));
    const entry = api.service.get(doc.uri)!;
    assert.ok(text.startsWith(`${entry.analysis.quotes.length} quote`), text);
    assert.strictEqual(api.status.command?.command, 'newsfact.showQuotesView');
  });

  test('"Copy Analysis as JSON" copies the active article\'s analysis', async () => {
    const api = await newsfactApi();
    const doc = await openFixture(ARTICLE);
    await waitFor('the analysis', () => api.service.fresh(doc));
    const json = await vscode.commands.executeCommand<string>('newsfact.copyAnalysisJson');
    const parsed = JSON.parse(json);
    assert.strictEqual(parsed.file, 'articles/harbour-pier.txt');
    assert.strictEqual(parsed.quotes.length, api.service.get(doc.uri)!.analysis.quotes.length);
    assert.strictEqual(await vscode.env.clipboard.readText(), json);
  });

  test('"Analyse Workspace" indexes every article file, open or not', async () => {
    const n = await vscode.commands.executeCommand<number>('newsfact.analyzeWorkspace');
    const api = await newsfactApi();
    assert.ok(n >= 3, `indexed ${n}`);
    assert.ok(api.index.all().some((a) => a.uri.endsWith('/articles/harbour-pier-followup.txt')));
    assert.ok(!api.index.all().some((a) => a.uri.endsWith('/notes/plain.txt')), 'plain notes are not articles');
  });

  test('the palette commands exist under the Newsfact category', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['newsfact.showQuotesView', 'newsfact.analyzeWorkspace', 'newsfact.copyAnalysisJson', 'newsfact.manageIgnoredFindings']) assert.ok(all.includes(c), c);
    await vscode.commands.executeCommand('newsfact.showQuotesView');
  });
});
