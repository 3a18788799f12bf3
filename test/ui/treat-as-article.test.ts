// A person switches an unclaimed .txt to News Article with the command palette.
import type { Page } from 'playwright-core';
import { closePage, languageModeItem, openFileFromExplorer, openWorkbench, runCommand, screenshot } from './harness';

describe('Treat as News Article from the command palette', () => {
  let page: Page | undefined;

  afterEach(async function () {
    await closePage(page, this.currentTest);
    page = undefined;
  });

  it('switches a plain text file and the status bar follows', async () => {
    page = await openWorkbench();
    await openFileFromExplorer(page, 'notes/todo.txt');
    await languageModeItem(page).filter({ hasText: 'Plain Text' }).waitFor({ timeout: 30_000 });
    await runCommand(page, 'Newsfact: Treat as News Article');
    await languageModeItem(page).filter({ hasText: 'News Article' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'treat-as-article');
  });
});
