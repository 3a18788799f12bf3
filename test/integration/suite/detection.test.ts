// Plain .txt files: `newsfact.articleGlobs` switches matching files, `newsfact.detectArticles`
// "auto" switches article-like ones, and the "ask" flow offers the switch once per file per
// session. The ask flow uses the extension's own ArticleDetector with a stand-in for the message
// box, since tests cannot click a notification.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { ArticleDetector } from '../../../src/extension/articleDetection';
import { NEVER_FOR_FILE, NOT_NOW, TREAT_AS_ARTICLE } from '../../../src/extension/detectionDecision';
import { closeAllEditors, fixtureUri, openFixture, waitFor } from '../helpers';

class MemoryMemento implements vscode.Memento {
  private readonly data = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.data.keys()];
  }
  get<T>(key: string, fallback?: T): T | undefined {
    return this.data.has(key) ? (this.data.get(key) as T) : fallback;
  }
  async update(key: string, value: unknown): Promise<void> {
    this.data.set(key, value);
  }
}

async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('newsfact').update(key, value, vscode.ConfigurationTarget.Global);
  await waitFor(`newsfact.${key} to read back`, () =>
    JSON.stringify(vscode.workspace.getConfiguration('newsfact').inspect(key)?.globalValue) === JSON.stringify(value),
  );
}

function languageOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId;
}

suite('article detection', () => {
  teardown(async () => {
    await closeAllEditors();
    await setSetting('detectArticles', undefined);
    await setSetting('articleGlobs', undefined);
  });

  test('files matching newsfact.articleGlobs open as news-article (whole-path and folder-relative globs)', async () => {
    await setSetting('articleGlobs', ['**/clippings/*.txt', 'saved/*.txt']);
    for (const file of ['clippings/short-note.txt', 'saved/reading-list.txt']) {
      await openFixture(file);
      await waitFor(`${file} to switch to news-article`, () => languageOf(fixtureUri(file)) === 'news-article');
    }
  });

  test('"auto" switches a plain .txt file that looks like an article', async () => {
    await setSetting('detectArticles', 'auto');
    const file = 'inbox/ferry-storm.txt';
    const doc = await openFixture(file);
    assert.strictEqual(doc.uri.path.endsWith(file), true);
    await waitFor(`${file} to switch to news-article`, () => languageOf(fixtureUri(file)) === 'news-article');
  });

  test('"ask" offers the switch with three answers, and "Treat as News Article" switches', async () => {
    const asked: string[][] = [];
    const detector = new ArticleDetector(new MemoryMemento(), async (message, ...items) => {
      asked.push([message, ...items]);
      return TREAT_AS_ARTICLE;
    });
    const doc = await openFixture('inbox/council-budget.txt');
    assert.strictEqual(doc.languageId, 'plaintext', 'an unclaimed .txt file opens as plain text');
    assert.strictEqual(await detector.check(doc, true), 'asked-switched');
    assert.strictEqual(asked.length, 1);
    assert.match(asked[0][0], /"council-budget\.txt" looks like a news article/);
    assert.deepStrictEqual(asked[0].slice(1), [TREAT_AS_ARTICLE, NOT_NOW, NEVER_FOR_FILE]);
    await waitFor('the switch', () => languageOf(doc.uri) === 'news-article');
    // Switching back by hand must not bring the question back in this session.
    const back = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
    assert.strictEqual(await detector.check(back, true), 'none');
    assert.strictEqual(asked.length, 1);
  });

  test('"Never for this file" is remembered across sessions; "Not now" asks once per session', async () => {
    const memento = new MemoryMemento();
    let answer: string | undefined = NEVER_FOR_FILE;
    let asks = 0;
    const ask = async () => (asks++, answer);
    const doc = await openFixture('inbox/bridge-closure.txt');
    assert.strictEqual(await new ArticleDetector(memento, ask).check(doc, true), 'asked-never');
    assert.strictEqual(languageOf(doc.uri), 'plaintext');
    // A new session with the same stored state does not ask again.
    assert.strictEqual(await new ArticleDetector(memento, ask).check(doc, true), 'none');
    assert.strictEqual(asks, 1);

    answer = NOT_NOW;
    const session = new ArticleDetector(new MemoryMemento(), ask);
    assert.strictEqual(await session.check(doc, true), 'asked-declined');
    assert.strictEqual(await session.check(doc, true), 'none');
    assert.strictEqual(asks, 2);
    // Dismissing the message counts as "Not now".
    answer = undefined;
    assert.strictEqual(await new ArticleDetector(new MemoryMemento(), ask).check(doc, true), 'asked-declined');
    assert.strictEqual(languageOf(doc.uri), 'plaintext');
  });

  test('"Treat as News Article" from the explorer switches the file and shows it', async () => {
    const uri = fixtureUri('inbox/interview-notes.txt');
    await vscode.commands.executeCommand('newsfact.treatAsNewsArticle', uri);
    const editor = await waitFor('the file to be shown', () =>
      vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined,
    );
    assert.strictEqual(editor.document.languageId, 'news-article');
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
  });

  test('the offer waits until the file is shown; non-articles and "off" are left alone', async () => {
    let asks = 0;
    const ask = async () => (asks++, TREAT_AS_ARTICLE);
    const background = await vscode.workspace.openTextDocument(fixtureUri('inbox/bridge-closure.txt'));
    const detector = new ArticleDetector(new MemoryMemento(), ask);
    assert.strictEqual(await detector.check(background, false), 'deferred');
    const plain = await openFixture('notes/plain.txt');
    assert.strictEqual(await detector.check(plain, true), 'none');
    await setSetting('detectArticles', 'off');
    assert.strictEqual(await detector.check(background, true), 'none');
    assert.strictEqual(asks, 0);
  });
});
