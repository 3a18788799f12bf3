// Foundation: the extension activates on an article, and the manifest's filenamePatterns decide
// which .txt files open as News Article (including patterns with a '/', matched on the path).
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, openFixture, waitFor } from '../helpers';

suite('article language', () => {
  teardown(closeAllEditors);

  test('the extension activates when an article opens', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded in the extension host`);
    await openFixture('articles/sample.txt');
    await waitFor('the extension to activate', () => ext.isActive);
  });

  for (const file of ['articles/sample.txt', 'news/world/report.txt', 'story.article.txt']) {
    test(`${file} opens as news-article`, async () => {
      const doc = await openFixture(file);
      assert.strictEqual(doc.languageId, 'news-article');
    });
  }

  for (const file of ['notes/plain.txt', 'notes/todo.txt']) {
    test(`${file} stays plaintext`, async () => {
      const doc = await openFixture(file);
      assert.strictEqual(doc.languageId, 'plaintext');
    });
  }

  test('the language is registered with its alias', async () => {
    const ids = await vscode.languages.getLanguages();
    assert.ok(ids.includes('news-article'), 'news-article missing from registered languages');
  });

  test('"Treat as News Article" switches the active plain text file', async () => {
    const doc = await openFixture('notes/todo.txt');
    assert.strictEqual(doc.languageId, 'plaintext');
    await vscode.commands.executeCommand('newsfact.treatAsNewsArticle');
    const switched = await waitFor('the language to switch', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === doc.uri.toString() && d.languageId === 'news-article'),
    );
    // Put it back so later tests see the file as the manifest leaves it.
    await vscode.languages.setTextDocumentLanguage(switched, 'plaintext');
  });
});
