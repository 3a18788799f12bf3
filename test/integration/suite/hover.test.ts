// Hover cards from the cache: on a quote (speaker, type, cue, counts, findings) and on a mention.
import * as assert from 'node:assert';
import * as vscode from 'vscode';
import { closeAllEditors, openFixture, waitFor } from '../helpers';
import { hoverText, newsfactApi, positionOf } from './editorHelpers';

const ARTICLE = 'articles/harbour-pier.txt';

async function hoverAt(doc: vscode.TextDocument, pos: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
  return hoverText(hovers ?? []);
}

suite('hover', () => {
  suiteSetup(async () => {
    const api = await newsfactApi();
    await api.index.ready();
  });
  teardown(closeAllEditors);

  test('on a direct quote: speaker with role, type, cue, counts and a link to the view', async () => {
    const doc = await openFixture(ARTICLE);
    const text = await waitFor('a hover on the quote', async () => {
      const t = await hoverAt(doc, positionOf(doc, 'open on budget', 3));
      return t.includes('Ana Ruiz') ? t : undefined;
    });
    assert.match(text, /Direct quote/);
    assert.match(text, /cue “told”/);
    assert.match(text, /Mayor/i);
    assert.match(text, /other quotes? in this article/);
    assert.match(text, /command:newsfact\.showSpeakerQuotes/);
  });

  test('on a contradicted quote: the finding, who contradicts it, and a link to the other side', async () => {
    const doc = await openFixture(ARTICLE);
    const text = await waitFor('a hover with the contradiction', async () => {
      const t = await hoverAt(doc, positionOf(doc, 'no agreement with the city', 5));
      return t.includes('Contradicted by') ? t : undefined;
    });
    assert.match(text, /Tom Park/);
    assert.match(text, /Contradicted by/);
    assert.match(text, /command:newsfact\.revealRange/);
  });

  test('on a mention ("The mayor"): who it resolves to and their quotes as links', async () => {
    const doc = await openFixture(ARTICLE);
    const text = await waitFor('a hover on the mention', async () => {
      const t = await hoverAt(doc, positionOf(doc, 'The mayor said', 5));
      return t.includes('→') ? t : undefined;
    });
    assert.match(text, /The mayor” → \*\*Ana Ruiz\*\*/);
    assert.match(text, /quotes? in this article/);
    assert.match(text, /command:newsfact\.revealRange/);
  });

  test('nothing on plain narration', async () => {
    const doc = await openFixture(ARTICLE);
    await waitFor('the analysis', async () => (await newsfactApi()).service.get(doc.uri));
    assert.strictEqual(await hoverAt(doc, positionOf(doc, 'condition of anonymity', 3)), '');
  });
});
