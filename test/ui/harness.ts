// Helpers for UI tests: one code-server with the packaged .vsix installed, one headless Chromium,
// shared by every test in the run (started on first use), plus the moves a person makes in the
// workbench. A new scenario is a new `*.test.ts` here that calls openWorkbench(), then these.
// Run a subset with `npm run test:ui -- --grep "status bar"`.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/test/lib/browser';
import {
  ensureCodeServer,
  installExtension,
  makeProfile,
  startCodeServer,
  type Profile,
  type RunningServer,
} from '../../scripts/test/lib/code-server';
import { FIXTURE_WORKSPACE, OUTPUT_DIR, ROOT, VSIX_PATH } from '../../scripts/test/lib/paths';
import { ALL_NEEDS, ensureSystemPackages } from '../../scripts/test/lib/system-deps';

export const SCREENSHOT_DIR = path.join(OUTPUT_DIR, 'screenshots');

interface Session {
  server: RunningServer;
  browser: BrowserContext;
  profile: Profile;
}

// Kept on globalThis because mocha may load this module once for the setup file and once for
// the tests (ESM and CJS instances); both must see the same session.
const KEY = Symbol.for('newsfact.ui.session');
const store = globalThis as unknown as { [KEY]?: Promise<Session> };

export function session(): Promise<Session> {
  store[KEY] ??= startSession();
  return store[KEY];
}

async function startSession(): Promise<Session> {
  ensureSystemPackages(ALL_NEEDS);
  await ensureCodeServer();
  if (!process.env.NEWSFACT_VSIX) {
    console.log('[ui] packaging the extension');
    execFileSync('npm', ['run', '--silent', 'package'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const profile = makeProfile();
  installExtension(profile, process.env.NEWSFACT_VSIX ?? VSIX_PATH);
  const server = await startCodeServer(profile);
  const browser = await launchBrowser();
  return { server, browser, profile };
}

export async function endSession(): Promise<void> {
  const pending = store[KEY];
  if (!pending) return;
  delete store[KEY];
  const s = await pending.catch(() => null);
  if (!s) return;
  await s.browser.close().catch(() => {});
  await s.server.stop();
  fs.rmSync(s.profile.stateDir, { recursive: true, force: true });
}

/** A fresh page showing the workbench on `folder` (the fixture workspace by default). */
export async function openWorkbench(folder = FIXTURE_WORKSPACE): Promise<Page> {
  const { server, browser } = await session();
  const page = await browser.newPage();
  await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
  // Generous: on a loaded 2-core CI machine the first workbench load can take a minute.
  await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
  // The explorer lists the folder once the remote connection is up.
  await page.getByRole('treeitem').first().waitFor({ timeout: 120_000 });
  return page;
}

/** Clicks through the explorer to a file, e.g. "articles/sample.txt", and waits for its editor. */
export async function openFileFromExplorer(page: Page, relativePath: string): Promise<void> {
  const parts = relativePath.split('/');
  const explorer = page.locator('.explorer-folders-view');
  for (const [i, name] of parts.entries()) {
    const item = explorer.getByRole('treeitem', { name, exact: true });
    await item.waitFor({ timeout: 15_000 });
    const isFolder = i < parts.length - 1;
    if (isFolder) {
      if ((await item.getAttribute('aria-expanded')) !== 'true') await item.click();
    } else {
      await item.click();
    }
  }
  const fileName = parts[parts.length - 1];
  await page.locator('.tab.active', { hasText: fileName }).waitFor({ timeout: 15_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 15_000 });
}

/** The language shown in the status bar's language-mode item, e.g. "News Article". */
export function languageModeItem(page: Page) {
  return page.locator('[id="status.editor.mode"]');
}

/** Saves a full-page screenshot under test-output/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Runs a command by its title through the command palette, as a person would. */
export async function runCommand(page: Page, title: string): Promise<void> {
  await page.locator('.monaco-editor').first().click();
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ timeout: 15_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await input.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 15_000 });
}

/**
 * For afterEach: when the test failed, saves what the page showed as `failed-<title>.png` (the
 * only way to see a CI failure), then closes the page. Call as `closePage(page, this.currentTest)`.
 */
export async function closePage(page: Page | undefined, test: Mocha.Test | undefined): Promise<void> {
  if (!page || page.isClosed()) return;
  if (test?.state === 'failed') {
    const name = `failed-${test.fullTitle().replace(/[^\w-]+/g, '-').slice(0, 80)}`;
    const file = await screenshot(page, name).catch(() => null);
    if (file) console.log(`    screenshot of the failure: ${path.relative(ROOT, file)}`);
  }
  await page.close();
}
