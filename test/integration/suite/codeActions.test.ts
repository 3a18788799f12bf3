// Quick fixes on findings, applied for real: attribute an unattributed statement (both styles,
// from the article and from the sources file), refuse a stale edit, and ignore a finding in the
// shareable sidecar file.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, fixtureUri, waitFor } from '../helpers';
import { newsfactApi, newsfactDiagnostics, removeScratch, scratchArticle, setSetting, waitForDiagnostic } from './editorHelpers';

const ARTICLE = `Council approves ferry subsidy after heated vote

PORTVALE, May 6, 2024 (Valley Post) - The council approved a ferry subsidy on Monday after a three-hour debate.

Councillor Ruth Okafor said the subsidy would keep the morning crossing running. "Without it, the first boat goes," Okafor told the meeting.

The ferry company lost $2 million last year.

Okafor said the vote was close.
`;
const FIGURE = 'The ferry company lost $2 million last year.';

async function actionsFor(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value)) ?? [];
}

async function run(action: vscode.CodeAction): Promise<unknown> {
  assert.ok(action.command, `${action.title} has a command`);
  return vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

const onFigure = (doc: vscode.TextDocument) => (d: vscode.Diagnostic) => doc.getText(d.range).includes('$2 million');

suite('quick fixes', () => {
  suiteSetup(newsfactApi);
  teardown(async () => {
    await setSetting('citationStyle', undefined);
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
    await closeAllEditors();
  });
  suiteTeardown(async () => {
    await removeScratch();
    await vscode.workspace.fs.delete(fixtureUri('.newsfact/ignore.json')).then(undefined, () => undefined);
  });

  test('attribute to a speaker named in the article: inserted in the sentence, diagnostic clears', async () => {
    const doc = await scratchArticle('cite', ARTICLE);
    const d = await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
    const actions = await actionsFor(doc, d);
    const attribute = actions.find((a) => a.title === 'Attribute to Ruth Okafor');
    assert.ok(attribute, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(actions.some((a) => a.title === 'Cite a source...'));
    assert.strictEqual(await run(attribute), true);
    assert.ok(doc.getText().includes('The ferry company lost $2 million last year, according to Ruth Okafor.'), doc.getText());
    await waitFor('the unattributed diagnostic to clear', () => !newsfactDiagnostics(doc.uri, 'unattributed').some(onFigure(doc)));
  });

  test('bracket style appends [source: X] after the sentence and the diagnostic clears', async () => {
    await setSetting('citationStyle', 'bracket');
    const doc = await scratchArticle('bracket', ARTICLE);
    const d = await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
    const attribute = (await actionsFor(doc, d)).find((a) => a.title.startsWith('Attribute to '));
    assert.ok(attribute);
    await run(attribute);
    assert.match(doc.getText(), /lost \$2 million last year\. \[source: [^\]]+\]/);
    await waitFor('the unattributed diagnostic to clear', () => !newsfactDiagnostics(doc.uri, 'unattributed').some(onFigure(doc)));
  });

  test('"Cite a source..." with an entry of the sources file uses its date', async () => {
    const doc = await scratchArticle('source', ARTICLE);
    const d = await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
    const cite = (await actionsFor(doc, d)).find((a) => a.title === 'Cite a source...');
    assert.ok(cite?.command);
    // The last argument picks the source by name instead of the QuickPick, as a keybinding could.
    const ok = await vscode.commands.executeCommand(cite.command.command, ...(cite.command.arguments ?? []), 'Harbour Authority annual report');
    assert.strictEqual(ok, true);
    assert.ok(doc.getText().includes('lost $2 million last year (Harbour Authority annual report, Harbourtown Harbour Authority, March 15, 2024).'), doc.getText());
  });

  test('a quick fix computed for an older version refuses to edit', async () => {
    const doc = await scratchArticle('stale', ARTICLE);
    const d = await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
    const attribute = (await actionsFor(doc, d)).find((a) => a.title.startsWith('Attribute to '));
    assert.ok(attribute);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Updated: '));
    const before = doc.getText();
    assert.strictEqual(await run(attribute), false);
    assert.strictEqual(doc.getText(), before, 'nothing was inserted into the changed document');
  });

  test('"Ignore this finding" writes .newsfact/ignore.json and survives edits elsewhere', async () => {
    const doc = await scratchArticle('ignore', ARTICLE);
    const d = await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
    const ignore = (await actionsFor(doc, d)).find((a) => a.title === 'Ignore this finding');
    assert.ok(ignore);
    assert.strictEqual(await run(ignore), true);
    await waitFor('the ignored diagnostic to go', () => !newsfactDiagnostics(doc.uri, 'unattributed').some(onFigure(doc)));

    const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('.newsfact/ignore.json'))));
    const rel = vscode.workspace.asRelativePath(doc.uri);
    assert.ok(file.ignored.some((e: { file: string; rule: string }) => e.file === rel && e.rule === 'unattributed'), JSON.stringify(file));

    // An edit in another paragraph keeps the suppression (it is keyed by the sentence, not offsets).
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Updated: '));
    const api = await newsfactApi();
    await waitFor('the edit to be analysed', () => api.service.fresh(doc));
    assert.ok(!newsfactDiagnostics(doc.uri, 'unattributed').some(onFigure(doc)));

    // Clearing the suppression brings the finding back.
    const entry = api.ignores.list().find((x) => x.entry.file === rel);
    assert.ok(entry);
    await api.ignores.remove(entry.folder, [entry.entry]);
    await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
  });

  test('a broken ignore file is reported and never overwritten', async () => {
    const broken = '{ "ignored": [ this is not json';
    await vscode.workspace.fs.createDirectory(fixtureUri('.newsfact'));
    await vscode.workspace.fs.writeFile(fixtureUri('.newsfact/ignore.json'), new TextEncoder().encode(broken));
    const doc = await scratchArticle('broken', ARTICLE);
    const d = await waitForDiagnostic(doc, 'unattributed', onFigure(doc));
    const ignore = (await actionsFor(doc, d)).find((a) => a.title === 'Ignore this finding');
    assert.ok(ignore);
    assert.strictEqual(await run(ignore), false);
    const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(fixtureUri('.newsfact/ignore.json')));
    assert.strictEqual(after, broken);
    assert.ok(newsfactDiagnostics(doc.uri, 'unattributed').some(onFigure(doc)), 'the finding still shows');
    await vscode.workspace.fs.delete(fixtureUri('.newsfact/ignore.json'));
  });
});
