// The language configuration, folding and furniture colouring in a real editor: typing an
// opening quote closes it, page furniture folds and is coloured as comments.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, waitFor } from '../helpers';

suite('news-article editing', () => {
  teardown(closeAllEditors);

  for (const [open, close] of [['“', '”'], ['«', '»'], ['"', '"']]) {
    test(`typing ${open} auto-closes with ${close}`, async () => {
      const doc = await vscode.workspace.openTextDocument({ language: 'news-article', content: '' });
      const editor = await vscode.window.showTextDocument(doc);
      try {
        await vscode.commands.executeCommand('type', { text: open });
        await waitFor(`${open} to be typed`, () => doc.getText().length > 0);
        assert.strictEqual(doc.getText(), open + close);
        assert.strictEqual(editor.selection.active.character, 1, 'cursor between the marks');
      } finally {
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    });
  }

  test('page furniture at the end of an article folds as one block', async () => {
    const doc = await openFixture('furniture.article.txt');
    assert.strictEqual(doc.languageId, 'news-article');
    const first = doc.getText().split('\n').findIndex((l) => l.startsWith('Follow '));
    const ranges = await waitFor('folding ranges', async () => {
      const r = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
      return r && r.length ? r : undefined;
    });
    const furniture = ranges.find((r) => r.start === first);
    assert.ok(furniture, `no fold starting at line ${first}: ${JSON.stringify(ranges)}`);
    assert.strictEqual(furniture.end, doc.lineCount - 2, 'the fold runs to the last furniture line');
    assert.strictEqual(furniture.kind, vscode.FoldingRangeKind.Comment);
  });

  test('the furniture the article model finds is coloured as comments through semantic tokens', async () => {
    const doc = await openFixture('furniture.article.txt');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    assert.ok(legend, 'no semantic tokens legend for news-article');
    const tokens = await waitFor('semantic tokens', async () =>
      vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', doc.uri),
    );
    // Decode the relative (line, start) encoding into the text each token covers.
    const covered: string[] = [];
    let line = 0;
    let start = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dLine, dStart, length, type] = tokens.data.slice(i, i + 4);
      line += dLine;
      start = dLine ? dStart : start + dStart;
      assert.strictEqual(legend.tokenTypes[type], 'comment');
      covered.push(doc.lineAt(line).text.slice(start, start + length));
    }
    assert.deepStrictEqual(covered, ['Follow The Valdora Ledger on Twitter', 'Print E-mail', 'Share', 'Add your comments...']);
  });
});
