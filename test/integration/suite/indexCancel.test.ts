// A pass over a large folder: it reports progress as it goes, Cancel (newsfact.cancelIndexing, as
// the progress notification's button) stops it part way with no work after, the editor keeps
// working, and Analyse Workspace afterwards indexes the rest.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, openFixture, waitFor } from '../helpers';
import { newsfactApi, newsfactDiagnostics, setSetting } from './editorHelpers';

interface PassLike {
  total: number;
  done: number;
  message: string;
  cancelled: boolean;
  finished: boolean;
}
interface IndexLike {
  ready(): Promise<void>;
  all(): Array<{ uri: string }>;
  pass: PassLike | undefined;
  analysedBy: { worker: number; host: number; unchanged: number };
}

const FILES = 400;
const NAMES = ['Ida Voss', 'Ada Brell', 'Tomas Reyes', 'Mara Lind', 'Owen Marsh', 'Lena Ortiz'];

/** An article of about 1,500 words with quotes, different in each file. */
function article(i: number): string {
  const paras: string[] = [];
  for (let k = 0; k < 40; k++) {
    const who = NAMES[(i + k) % NAMES.length];
    paras.push(
      `"Pier ${k + 1} will reopen in ${2020 + ((i + k) % 9)}," said ${who}, who chairs the harbour board. ` +
        `Councillor ${NAMES[(i + k + 1) % NAMES.length]} said the repairs would cost $${(i % 50) + k + 1} million. ` +
        `Officials said the survey of berth ${k} was incomplete and the ferry timetable would change in ${['May', 'June', 'July'][k % 3]}.`,
    );
  }
  return `Harbour works, part ${i}\n\nPORTVALE, May 7, 2024 (Valley Post) - ${paras.join('\n\n')}\n`;
}

suite('workspace index: progress and cancel', () => {
  // Outside the article globs, so the file watcher leaves the files alone until the setting adds them.
  const folder = `bulk-it-scratch-${Date.now().toString(36)}`;
  let index: IndexLike;

  suiteSetup(async function () {
    this.timeout(120_000);
    index = (await newsfactApi()).index as unknown as IndexLike;
    await index.ready();
    for (let i = 0; i < FILES; i++) {
      await vscode.workspace.fs.writeFile(fixtureUri(`${folder}/story-${String(i).padStart(3, '0')}.txt`), new TextEncoder().encode(article(i)));
    }
  });
  suiteTeardown(async function () {
    this.timeout(120_000);
    await closeAllEditors();
    await vscode.workspace.fs.delete(fixtureUri(folder), { recursive: true }).then(undefined, () => undefined);
    await setSetting('articleGlobs', undefined);
    await index.ready();
  });

  const inFolder = () => index.all().filter((a) => a.uri.includes(`/${folder}/`)).length;
  const analysed = () => index.analysedBy.worker + index.analysedBy.host;

  test('a pass over a large folder reports progress, and Cancel stops it part way with no work after while the editor keeps working', async function () {
    this.timeout(120_000);
    // Adding the folder to the article globs starts a pass over the workspace, with its notification.
    await setSetting('articleGlobs', [`${folder}/*.txt`]);
    const pass = await waitFor('the pass to report progress on the folder', () => {
      const p = index.pass;
      return p && p.total >= FILES && p.done > 0 && !p.finished ? p : undefined;
    }, 60_000);
    assert.match(pass.message, new RegExp(`^\\d+ of ${pass.total}$`));
    assert.ok(pass.done < pass.total, `${pass.done} of ${pass.total} done when cancelled`);

    const stopped = await vscode.commands.executeCommand<boolean>('newsfact.cancelIndexing');
    assert.strictEqual(stopped, true, 'a pass was running');
    await index.ready(); // the pass winds down: batches already in a worker are dropped
    assert.ok(pass.cancelled && pass.finished);
    const kept = inFolder();
    assert.ok(kept < FILES, `indexed ${kept} of ${FILES} files before stopping`);

    // No more work after: nothing is analysed or stored once the pass has stopped.
    const before = analysed();
    await new Promise((r) => setTimeout(r, 1500));
    assert.strictEqual(inFolder(), kept, 'no file stored after Cancel');
    assert.strictEqual(analysed(), before, 'no file analysed after Cancel');
    assert.strictEqual(await vscode.commands.executeCommand<boolean>('newsfact.cancelIndexing'), false, 'nothing left to cancel');

    // The editor still works: an article opened now is analysed and gets its diagnostics.
    const doc = await openFixture('articles/harbour-pier.txt');
    const api = await newsfactApi();
    await waitFor('the opened article to be analysed', () => (api.service.get(doc.uri)?.analysis.quotes.length ?? 0) > 0, 30_000);
    await waitFor('its diagnostics', () => newsfactDiagnostics(doc.uri).length > 0, 30_000);
  });

  test('Analyse Workspace after a cancelled pass indexes the rest, with progress to the end', async function () {
    this.timeout(180_000);
    const before = inFolder();
    assert.ok(before < FILES, 'the previous test left files to index');
    await vscode.commands.executeCommand<number>('newsfact.analyzeWorkspace');
    const pass = index.pass!;
    assert.ok(pass.finished && !pass.cancelled);
    assert.strictEqual(pass.done, pass.total);
    assert.strictEqual(pass.message, `${pass.total} of ${pass.total}`);
    assert.strictEqual(inFolder(), FILES, 'every file of the folder is indexed');
  });
});
