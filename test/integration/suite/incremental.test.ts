// Typing into an article re-analyses it from the previous analysis (the core's `reanalyze`); the
// result must be what a fresh analysis of the same text gives. Type in several places, wait for
// the analysis of the last version, save, then open the saved text as a second file (its first
// analysis is a fresh one: there is no previous one) and compare the two analyses and the
// diagnostics they show.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, waitFor } from '../helpers';
import { newsfactApi, newsfactDiagnostics, removeScratch, scratchArticle, type NewsfactApi } from './editorHelpers';

const ARTICLE = [
  'Harbour board delays the pier vote',
  '',
  'PORT ELLIS, May 3 (Coastal Wire) - The harbour board put off its vote on the new pier.',
  '',
  '"We need another month," said board chair Oskar Lindqvist.',
  '',
  'The pier would cost $48 million, the largest sum the town has spent.',
  '',
  'Lindqvist said the board had agreed on the design.',
  '',
  'Engineer Mia Sorensen said the board had not agreed on the design.',
  '',
].join('\n');

/** Per-article diagnostics as comparable lines (cross-article ones wait on the workspace index). */
function shown(uri: vscode.Uri): string[] {
  const local = new Set(['unattributed', 'contradiction', 'anonymous-source']);
  return newsfactDiagnostics(uri)
    .filter((d) => local.has(String(typeof d.code === 'object' ? d.code.value : d.code)))
    .map((d) => `${String(typeof d.code === 'object' ? d.code.value : d.code)} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.severity} ${d.message}`)
    .sort();
}

async function freshAnalysis(api: NewsfactApi, doc: vscode.TextDocument): Promise<string> {
  await waitFor(`the analysis of version ${doc.version}`, () => api.service.fresh(doc));
  return JSON.stringify(api.service.get(doc.uri)!.analysis);
}

suite('incremental analysis in the editor', () => {
  let api: NewsfactApi;
  suiteSetup(async () => {
    api = await newsfactApi();
  });
  suiteTeardown(async () => {
    await closeAllEditors();
    await removeScratch();
  });

  test('after typing, the analysis and diagnostics equal a fresh analysis of the saved text', async () => {
    const doc = await scratchArticle('typing', ARTICLE);
    await freshAnalysis(api, doc);
    const editor = vscode.window.activeTextEditor!;
    const typeAt = async (needle: string, text: string) => {
      const at = doc.getText().indexOf(needle);
      assert.ok(at >= 0, needle);
      // One character per edit, as typing sends them; some edits land while an analysis is pending.
      for (let k = 0; k < text.length; k++) {
        await editor.edit((e) => e.insert(doc.positionAt(at + k), text[k]), { undoStopBefore: false, undoStopAfter: false });
        if (k % 3 === 2) await freshAnalysis(api, doc);
      }
    };
    await typeAt('another month', 'at least ');
    await typeAt('Lindqvist said the board', 'Oskar ');
    // A new paragraph with a quotation, typed at the end, and a name changed far above it.
    const end = doc.getText().length;
    await editor.edit((e) => e.insert(doc.positionAt(end), '\n"The vote is off," the harbour master said.\n'));
    await typeAt('board chair Oskar', 'deputy ');
    const typed = await freshAnalysis(api, doc);
    await waitFor('diagnostics of the typed text', () => shown(doc.uri).length > 0);
    const typedDiagnostics = shown(doc.uri);

    await doc.save();
    const copy = await scratchArticle('fresh', doc.getText());
    assert.strictEqual(copy.getText(), doc.getText());
    const fresh = await freshAnalysis(api, copy);
    assert.strictEqual(typed, fresh, 'the analysis built edit by edit differs from a fresh one');
    await waitFor('diagnostics of the fresh copy', () => shown(copy.uri).length > 0);
    assert.deepStrictEqual(typedDiagnostics, shown(copy.uri));
  });
});
