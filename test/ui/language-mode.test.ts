// A person opens an article from the explorer and sees "News Article" as the language mode.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import type { Page } from 'playwright-core';
import { closePage, languageModeItem, openFileFromExplorer, openWorkbench, screenshot } from './harness';

describe('language mode in the status bar', () => {
  let page: Page | undefined;

  afterEach(async function () {
    await closePage(page, this.currentTest);
    page = undefined;
  });

  it('shows "News Article" for an article opened from the explorer', async () => {
    page = await openWorkbench();
    await openFileFromExplorer(page, 'articles/sample.txt');
    const mode = languageModeItem(page);
    await mode.filter({ hasText: 'News Article' }).waitFor({ timeout: 30_000 });
    const file = await screenshot(page, 'article-language-mode');
    assert.ok(fs.statSync(file).size > 10_000, 'screenshot looks empty');
  });

  it('shows "Plain Text" for a .txt outside the article folders', async () => {
    page = await openWorkbench();
    await openFileFromExplorer(page, 'notes/plain.txt');
    await languageModeItem(page).filter({ hasText: 'Plain Text' }).waitFor({ timeout: 30_000 });
    assert.match((await languageModeItem(page).innerText()).trim(), /^Plain Text$/);
  });
});
