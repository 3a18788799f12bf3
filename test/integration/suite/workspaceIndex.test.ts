// The workspace index: article files that are not open are indexed, kept fresh by the file
// watcher, and files over newsfact.maxFileSizeMB are left alone with a plain message.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, openFixture, waitFor } from '../helpers';
import { newsfactApi, newsfactDiagnostics, removeScratch, setSetting } from './editorHelpers';

suite('workspace index', () => {
  suiteSetup(async () => (await newsfactApi()).index.ready());
  teardown(async () => {
    await setSetting('maxFileSizeMB', undefined);
    await closeAllEditors();
  });
  const created: vscode.Uri[] = [];
  suiteTeardown(async () => {
    for (const u of created) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
    await removeScratch();
  });

  const text = 'Ferry fares rise\n\nPORTVALE, May 7, 2024 (Valley Post) - Harbourmaster Ida Voss said fares would rise in June.\n';
  const newFolders: vscode.Uri[] = [];
  suiteTeardown(async () => {
    for (const u of newFolders) await vscode.workspace.fs.delete(u, { recursive: true }).then(undefined, () => undefined);
  });

  /** Writes an article file nobody opens and waits until the watcher has indexed it. */
  async function writeWatched(folder: string): Promise<vscode.Uri> {
    const api = await newsfactApi();
    const uri = fixtureUri(`${folder}/watched-${Date.now().toString(36)}.txt`);
    created.push(uri);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    // File watching is slow on a loaded machine: allow more time than for in-memory state.
    const entry = await waitFor('the watcher to index the new file', () => api.index.all().find((a) => a.uri === uri.toString()), 30_000);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'the file was never opened');
    assert.ok(entry);
    return uri;
  }

  /** A folder under articles/ that does not exist yet (removed after the suite). */
  function newFolder(): string {
    const name = `articles/it-new-${Date.now().toString(36)}-${newFolders.length}`;
    newFolders.push(fixtureUri(name));
    return name;
  }

  // Linux's recursive watcher (@parcel/watcher over inotify) watches a folder created with its
  // parents (mkdir -p) only at the top: files in the folders beneath get no events of their own.
  for (const where of ['an existing folder', 'a folder created with it', 'folders four deep created with it']) {
    test(`a new article file in ${where} is indexed without being opened, and leaves when deleted`, async function () {
      // Two watcher waits of up to 30 s each: the suite's 30 s would cut the second one short.
      this.timeout(75_000);
      const api = await newsfactApi();
      const folder = where === 'an existing folder' ? 'articles' : where === 'a folder created with it' ? newFolder() : `${newFolder()}/a/b/c`;
      const uri = await writeWatched(folder);
      await vscode.workspace.fs.delete(uri);
      await waitFor('the deleted file to leave the index', () => !api.index.all().some((a) => a.uri === uri.toString()), 30_000);
    });
  }

  test('deleting a folder takes its articles out of the index', async function () {
    this.timeout(75_000);
    const api = await newsfactApi();
    const top = newFolder();
    const uri = await writeWatched(`${top}/inner`);
    await vscode.workspace.fs.delete(fixtureUri(top), { recursive: true });
    await waitFor('the deleted folder\'s file to leave the index', () => !api.index.all().some((a) => a.uri === uri.toString()), 30_000);
  });

  test('Analyse Workspace again reads only the files that changed since the last pass', async () => {
    const api = await newsfactApi();
    const index = api.index as unknown as { analysedBy: { worker: number; host: number; unchanged: number }; all(): Array<{ uri: string }> };
    // Files nobody opened (the editor's documents are analysed by the editor, not read by the index).
    const stamp = Date.now().toString(36);
    const uris = [1, 2].map((i) => fixtureUri(`articles/it-scratch/unchanged-${i}-${stamp}.txt`));
    for (const [i, uri] of uris.entries()) {
      created.push(uri);
      const text = `Tram fares rise\n\nPORTVALE, May ${i + 7}, 2024 (Valley Post) - Councillor Ada Brell said tram fares would rise in July.\n`;
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    }
    await vscode.commands.executeCommand<number>('newsfact.analyzeWorkspace');
    await waitFor('both files in the index', () => uris.every((u) => index.all().some((a) => a.uri === u.toString())) || undefined, 30_000);
    const before = { ...index.analysedBy };
    await vscode.commands.executeCommand<number>('newsfact.analyzeWorkspace');
    const skipped = index.analysedBy.unchanged - before.unchanged;
    assert.ok(skipped >= uris.length, `left ${skipped} unchanged files alone`);
    assert.ok(uris.every((u) => index.all().some((a) => a.uri === u.toString())), 'and kept their entries');
  });

  test('an article over newsfact.maxFileSizeMB is not analysed and the status item says why', async () => {
    const api = await newsfactApi();
    await setSetting('maxFileSizeMB', 0.0005); // about 500 characters: smaller than the fixture
    const doc = await openFixture('articles/harbour-pier.txt');
    await waitFor('the status item to explain', () => /not analysed \(over 0\.0005 MB\)/.test(api.status.text));
    assert.strictEqual(api.service.get(doc.uri), undefined);
    assert.strictEqual(newsfactDiagnostics(doc.uri).length, 0);
  });
});
