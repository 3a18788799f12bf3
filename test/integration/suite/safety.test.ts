// Edit safety and bad input in a real editor: a quick fix computed for an older version of the
// text refuses and leaves the user's text alone (and a fresh one applies cleanly), and a binary or
// oversized file opened as a news article never breaks a provider; the status item says why.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, waitFor } from '../helpers';
import { newsfactApi, newsfactDiagnostics, removeScratch, scratchArticle, setSetting, waitForDiagnostic } from './editorHelpers';

// Our own invented article: one figure nobody is cited for, one named speaker.
const ARTICLE = `Library extends opening hours after petition

MILLBROOK, June 3, 2024 (Town Courier) - The town library will open on Sundays from July.

Head librarian Tomas Brandt said the change followed a petition from parents. "We listened," Brandt told reporters.

The petition gathered 4,000 signatures in two weeks.

Brandt said more staff would be hired.
`;
const onFigure = (doc: vscode.TextDocument) => (d: vscode.Diagnostic) => doc.getText(d.range).includes('4,000 signatures');

async function quickFixes(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

function run(action: vscode.CodeAction | undefined): Thenable<unknown> {
  assert.ok(action?.command, 'the action has a command');
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('safety: stale edits and bad input', () => {
  suiteSetup(newsfactApi);
  teardown(async () => {
    await setSetting('maxFileSizeMB', undefined);
    // Close without saving (untitled test documents would otherwise ask where to save).
    for (let i = 0; i < 10 && vscode.window.activeTextEditor; i++) await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await closeAllEditors();
  });
  suiteTeardown(removeScratch);

  test('a citation computed before an edit is refused, the text stays as typed, and a fresh one applies cleanly', async () => {
    const api = await newsfactApi();
    const doc = await scratchArticle('safety-stale', ARTICLE);
    const d = await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
    const stale = (await quickFixes(doc, d)).find((a) => a.title === 'Attribute to Tomas Brandt');
    assert.ok(stale, 'a citation is offered');

    // The user edits the sentence the fix targets, shifting every offset after the insertion.
    const editor = vscode.window.activeTextEditor!;
    const at = doc.positionAt(doc.getText().indexOf('The petition'));
    await editor.edit((e) => e.insert(at, 'By Friday, '));
    const typed = doc.getText();
    assert.strictEqual(await run(stale), false, 'the stale fix refuses');
    assert.strictEqual(doc.getText(), typed, 'the refused edit left the text exactly as the user left it');

    // Once the analysis catches up, the recomputed fix inserts the citation in the right place.
    await waitFor('the edit to be analysed', () => api.service.fresh(doc));
    const fresh = await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
    const action = (await quickFixes(doc, fresh)).find((a) => a.title === 'Attribute to Tomas Brandt');
    assert.strictEqual(await run(action), true);
    const expected = typed.replace('in two weeks.', 'in two weeks, according to Tomas Brandt.');
    assert.strictEqual(doc.getText(), expected, 'only the citation was added');
  });

  test('"Ignore this finding" computed before an edit is refused and writes nothing', async () => {
    const api = await newsfactApi();
    // Another town, so the earlier test's file does not make cross-article findings with this one.
    const doc = await scratchArticle('safety-ignore', ARTICLE.replace('MILLBROOK', 'ASHFORD'));
    // Diagnostics can be republished while the workspace index settles; ask until the fix is offered.
    const ignore = await waitFor('"Ignore this finding" to be offered', async () => {
      const d = newsfactDiagnostics(doc.uri, 'unattributed').find(onFigure(doc));
      return d && (await quickFixes(doc, d)).find((a) => a.title === 'Ignore this finding');
    });
    await vscode.window.activeTextEditor!.edit((e) => e.insert(new vscode.Position(0, 0), 'Update: '));
    const before = api.ignores.list().length;
    assert.strictEqual(await run(ignore), false);
    assert.strictEqual(api.ignores.list().length, before);
  });

  async function callEveryProvider(doc: vscode.TextDocument): Promise<void> {
    const pos = new vscode.Position(0, Math.min(3, doc.lineAt(0).text.length));
    const api = await newsfactApi();
    // Each call must resolve (not reject); results are simply empty.
    await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', doc.uri);
    await vscode.commands.executeCommand('vscode.executeFoldingRangeProvider', doc.uri);
    await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(pos, pos));
    api.quotesTree.refresh();
    for (const node of api.quotesTree.getChildren()) api.quotesTree.getTreeItem(node);
    assert.deepStrictEqual(newsfactDiagnostics(doc.uri), []);
    assert.strictEqual(api.service.get(doc.uri), undefined, 'it was not analysed');
  }

  test('a binary file opened as a news article: providers answer, status says it is binary', async () => {
    const api = await newsfactApi();
    const bytes = Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const doc = await vscode.workspace.openTextDocument({ language: 'news-article', content: `"Quote" he said.\u0000${bytes}` });
    await vscode.window.showTextDocument(doc);
    await waitFor('the binary status', () => api.status.text === 'Newsfact: not analysed (binary file)' || undefined);
    await callEveryProvider(doc);
  });

  test('a file over newsfact.maxFileSizeMB: providers answer, status says it is too large', async () => {
    const api = await newsfactApi();
    await setSetting('maxFileSizeMB', 0.001); // about 1 KB, so the test needs no huge file
    const doc = await scratchArticle('safety-large', ARTICLE.repeat(4));
    await waitFor('the size status', () => api.status.text === 'Newsfact: not analysed (over 0.001 MB)' || undefined);
    await callEveryProvider(doc);
  });

  test('the workspace index analyses files in its worker, not on the extension host thread', async () => {
    const api = await newsfactApi();
    const index = api.index as unknown as { analysedBy: { worker: number; host: number }; all(): Array<{ uri: string; quotes: unknown[] }> };
    // A file nobody opened (open documents are analysed by the editor, not the index).
    const uri = fixtureUri(`articles/it-scratch/safety-unopened-${Date.now().toString(36)}.txt`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(ARTICLE.replace('MILLBROOK', 'DENHOLM')));
    const before = { ...index.analysedBy };
    const n = await vscode.commands.executeCommand<number>('newsfact.analyzeWorkspace');
    assert.ok(n > 0);
    assert.ok(index.analysedBy.worker > before.worker, `worker ${index.analysedBy.worker}, host ${index.analysedBy.host}`);
    assert.strictEqual(index.analysedBy.host, before.host, 'nothing fell back to the host thread');
    const entry = index.all().find((a) => a.uri === uri.toString());
    assert.ok(entry && entry.quotes.length > 0, 'the unopened file was indexed, with its quotes');
  });
});
