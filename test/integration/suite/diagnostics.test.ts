// Diagnostics from the core's findings in a real VS Code: source, stable code with a README link,
// per-rule severity settings, related information, and the anonymous-source rule.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, waitFor } from '../helpers';
import { newsfactApi, newsfactDiagnostics, setSetting, waitForDiagnostic } from './editorHelpers';

const ARTICLE = 'articles/harbour-pier.txt';

suite('diagnostics', () => {
  suiteSetup(newsfactApi);
  teardown(async () => {
    await setSetting('rules.unattributed', undefined);
    await closeAllEditors();
  });

  test('an unattributed figure becomes an information diagnostic with a stable code', async () => {
    const doc = await openFixture(ARTICLE);
    const d = await waitForDiagnostic(doc, 'unattributed', (x) => doc.getText(x.range).includes('$48 million'));
    assert.strictEqual(d.source, 'newsfact');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
    assert.ok(typeof d.code === 'object', 'code carries a link');
    const target = (d.code as { target: vscode.Uri }).target;
    assert.strictEqual(target.fragment, 'rule-unattributed');
    assert.ok(target.path.endsWith('/README.md'), target.toString());
  });

  test('newsfact.rules.<rule> sets the severity and "off" hides the rule', async () => {
    const doc = await openFixture(ARTICLE);
    await waitForDiagnostic(doc, 'unattributed');
    await setSetting('rules.unattributed', 'warning');
    await waitFor('unattributed diagnostics to become warnings', () => {
      const ds = newsfactDiagnostics(doc.uri, 'unattributed');
      return ds.length > 0 && ds.every((d) => d.severity === vscode.DiagnosticSeverity.Warning);
    });
    await setSetting('rules.unattributed', 'off');
    await waitFor('unattributed diagnostics to go', () => newsfactDiagnostics(doc.uri, 'unattributed').length === 0);
    await setSetting('rules.unattributed', undefined);
    await waitForDiagnostic(doc, 'unattributed');
  });

  test('a contradiction is a warning that points at the other statement', async () => {
    const doc = await openFixture(ARTICLE);
    const d = await waitForDiagnostic(doc, 'contradiction');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(d.relatedInformation?.length, 'related information names the other side');
    const other = d.relatedInformation![0].location;
    assert.strictEqual(other.uri.toString(), doc.uri.toString());
    const both = [doc.getText(d.range), doc.getText(other.range)].join(' | ');
    assert.match(both, /agreement/, both);
    assert.ok(!d.range.isEqual(other.range));
  });

  test('an unnamed source ("officials said") is flagged as anonymous-source', async () => {
    const doc = await openFixture(ARTICLE);
    const d = await waitForDiagnostic(doc, 'anonymous-source');
    assert.match(doc.getText(d.range), /officials/i);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
  });

  test('diagnostics follow edits and go when the document closes', async () => {
    const doc = await openFixture(ARTICLE);
    await waitForDiagnostic(doc, 'unattributed');
    const editor = vscode.window.activeTextEditor!;
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\n\nThe harbour lost 300 jobs last year.\n'));
    try {
      await waitForDiagnostic(doc, 'unattributed', (x) => doc.getText(x.range).includes('300 jobs'));
    } finally {
      // Never leave the fixture dirty: a later suite's Save All would write the edit to disk.
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor('the added sentence to lose its diagnostic', () => !newsfactDiagnostics(doc.uri).some((x) => doc.getText(x.range).includes('300 jobs')));
  });
});

suite('diagnostics across articles', () => {
  suiteSetup(async () => {
    const api = await newsfactApi();
    await api.index.ready();
  });
  teardown(closeAllEditors);

  test('a quote worded differently in another article is a misquote, linked to that article', async () => {
    const doc = await openFixture(ARTICLE);
    const d = await waitForDiagnostic(doc, 'misquote');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(d.message, /articles\/harbour-pier-followup\.txt/, 'names the other article by its path');
    assert.ok(!d.message.includes('file://'), d.message);
    const other = d.relatedInformation?.[0]?.location;
    assert.ok(other, 'related information points at the other article');
    assert.ok(other.uri.path.endsWith('/articles/harbour-pier-followup.txt'), other.uri.toString());
    const otherDoc = await vscode.workspace.openTextDocument(other.uri);
    assert.match(otherDoc.getText(other.range), /within budget/);
  });
});
