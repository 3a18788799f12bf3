/// <reference lib="dom" />
// What a reader sees of the editor features, as screenshots: a hover card on a quote, the Quotes by
// Speaker view, and the citation quick fix offered and applied. Works on a scratch copy of a
// fixture article so the fixture itself is never edited.
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_WORKSPACE } from '../../scripts/test/lib/paths';
import { openFileFromExplorer, openWorkbench, screenshot } from './harness';

const SOURCE = path.join(FIXTURE_WORKSPACE, 'articles', 'harbour-pier.txt');

/** Page coordinates of the middle of `needle` in the visible editor text. */
async function pointAt(page: Page, needle: string): Promise<{ x: number; y: number }> {
  const line = page.locator('.monaco-editor .view-line', { hasText: needle }).first();
  await line.waitFor({ timeout: 15_000 });
  const box = await line.evaluate((el, n) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    // Monaco splits a line into token spans; find the text node holding the needle's first word.
    const first = n.split(' ')[0];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent?.indexOf(first) ?? -1;
      if (i < 0) continue;
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + first.length);
      const b = r.getBoundingClientRect();
      return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }
    const b = el.getBoundingClientRect();
    return { x: b.left + 20, y: b.top + b.height / 2 };
  }, needle);
  return box;
}

/** Monaco shows a hover only after real mouse movement; the first try is often empty. */
async function hoverUntil(page: Page, needle: string, expect: string): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const p = await pointAt(page, needle);
    await page.mouse.move(p.x - 120, p.y + 80, { steps: 3 });
    await page.mouse.move(p.x, p.y, { steps: 6 });
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: expect });
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 3_000 });
      return;
    } catch {
      // move away and back
    }
  }
  throw new Error(`no hover containing "${expect}" over "${needle}"`);
}

describe('editor features in the browser', () => {
  let page: Page | undefined;
  let scratch: string | undefined;

  beforeEach(() => {
    scratch = path.join(FIXTURE_WORKSPACE, 'articles', `ui-pier-${Date.now().toString(36)}.txt`);
    fs.writeFileSync(scratch, fs.readFileSync(SOURCE));
  });

  afterEach(async () => {
    await page?.close();
    page = undefined;
    if (scratch) fs.rmSync(scratch, { force: true });
  });

  it('shows a hover card on a quote with its speaker and cue', async () => {
    page = await openWorkbench();
    await openFileFromExplorer(page, `articles/${path.basename(scratch!)}`);
    await hoverUntil(page, 'open on budget', 'Ana Ruiz');
    const card = await page.locator('.monaco-hover:not(.hidden)').first().innerText();
    assert.match(card, /Direct quote/);
    assert.match(card, /Show in Quotes by Speaker/);
    const file = await screenshot(page, 'hover-quote');
    assert.ok(fs.statSync(file).size > 10_000);

    // A contradicted quote: the card names who contradicts it, with a link to the other statement.
    await page.mouse.move(5, 5, { steps: 3 });
    await hoverUntil(page, 'no agreement with the city', 'Contradicted by');
    const contradiction = await page.locator('.monaco-hover:not(.hidden)').first().innerText();
    assert.match(contradiction, /Tom Park/);
    await screenshot(page, 'hover-contradiction');
  });

  it('shows the Quotes by Speaker view with speakers and their quotes', async () => {
    page = await openWorkbench();
    await openFileFromExplorer(page, `articles/${path.basename(scratch!)}`);
    await page.locator('.activitybar .action-item [aria-label^="Newsfact"]').first().click();
    const view = page.locator('.pane', { hasText: 'Quotes by Speaker' });
    // Wait for the workspace index too: Ana Ruiz is quoted in three articles (this copy included).
    const ruiz = view.getByRole('treeitem').filter({ hasText: /Ana Ruiz.*\b([4-9]|\d\d) quotes/ }).first();
    await ruiz.waitFor({ timeout: 30_000 });
    await ruiz.click();
    await view.getByRole('treeitem', { name: /pier will open in May/ }).first().waitFor({ timeout: 15_000 });
    assert.ok(await view.getByRole('treeitem', { name: /Tom Park/ }).count());
    const file = await screenshot(page, 'quotes-by-speaker');
    assert.ok(fs.statSync(file).size > 10_000);
  });

  it('offers "Attribute to ..." on an unattributed figure and inserts the citation', async () => {
    page = await openWorkbench();
    await openFileFromExplorer(page, `articles/${path.basename(scratch!)}`);
    const p = await pointAt(page, 'million so far');
    await page.mouse.click(p.x, p.y);
    // Wait for the squiggle on that line before asking for fixes.
    await page.locator('.monaco-editor .squiggly-info, .monaco-editor .squiggly-warning').first().waitFor({ timeout: 30_000 });
    let menu = page.locator('.action-widget', { hasText: 'Attribute to' });
    for (let attempt = 0; attempt < 5 && !(await menu.isVisible()); attempt++) {
      await page.keyboard.press('Control+Period');
      await menu.waitFor({ state: 'visible', timeout: 3_000 }).catch(() => undefined);
    }
    await menu.waitFor({ state: 'visible', timeout: 5_000 });
    await screenshot(page, 'quick-fix-offered');
    // The preferred fix (the nearest source) is focused; Enter applies it, as a person would.
    const option = menu.locator('.monaco-list-row.focused', { hasText: 'Attribute to' }).first();
    const label = (await option.getAttribute('aria-label'))?.trim() ?? '';
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-line', { hasText: 'according to' }).first().waitFor({ timeout: 15_000 });
    const line = (await page.locator('.monaco-editor .view-line', { hasText: 'according to' }).first().innerText()).replace(/\u00a0/g, ' ');
    assert.ok(line.includes(`according to ${label.replace(/^Attribute to /, '')}`), `${label} / ${line}`);
    const file = await screenshot(page, 'quick-fix-applied');
    assert.ok(fs.statSync(file).size > 10_000);
    // Leave no unsaved edit behind in the shared session.
    await page.keyboard.press('Control+Z');
  });
});
