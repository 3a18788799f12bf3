// Headless Debian Chromium through playwright-core: the browser half of code-server.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, ensureSystemPackages } from './system-deps';

export const CHROMIUM_PATH = process.env.NEWSFACT_CHROMIUM ?? '/usr/bin/chromium';

/** A persistent context in a fresh profile folder, removed on close. */
export async function launchBrowser(): Promise<BrowserContext> {
  if (!process.env.NEWSFACT_CHROMIUM) ensureSystemPackages([CHROMIUM]);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  context.on('close', () => {
    // Chromium may still be flushing its cache as it exits; a leftover temp folder is harmless.
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch {
      /* ignore */
    }
  });
  return context;
}
