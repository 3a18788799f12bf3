// The browser build of the index worker (as esbuild.js builds dist/web/indexWorker.js) in a real
// Web Worker in Chromium: same protocol, same analyses as in Node. Both the direct worker and the
// blob worker that importScripts the bundle (the cross-origin fallback in indexWorkerSpawn.ts).
// Skipped, saying so, where Debian's chromium is not installed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { analyzeText } from '../../src/core/analyze';
import { withText, type TextlessSummary } from '../../src/extension/indexWorkerProtocol';
import { summaryFor } from '../../src/extension/indexWorkerHandler';

const CHROMIUM = '/usr/bin/chromium';
const TEXT = 'Bridge closes for repairs\n\nThe bridge will close for a month, the council said. "It is overdue," engineer Pia Holm told reporters.\n';

describe('extension index worker in a browser', function () {
  this.timeout(90_000);
  let dir: string;
  let server: http.Server;
  let origin: string;
  let browser: Browser | undefined;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) {
      console.log(`    (skipped: ${CHROMIUM} is not installed)`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-webworker-'));
    await build({ entryPoints: ['src/extension/indexWorkerWeb.ts'], outfile: path.join(dir, 'indexWorker.js'), bundle: true, platform: 'browser', format: 'iife', target: 'es2022', logLevel: 'silent' });
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>worker</title>');
    // A loopback server only: workers cannot start from file:// pages.
    server = http.createServer((req, res) => {
      const file = path.join(dir, path.basename(req.url ?? '/') || 'index.html');
      if (!fs.existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(fs.readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  });
  after(async () => {
    await browser?.close();
    server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const how of ['direct', 'blob + importScripts'] as const) {
    it(`a ${how} Web Worker answers a batch with the same analysis as in Node`, async () => {
      const page = await browser!.newPage();
      try {
        await page.goto(`${origin}/index.html`);
        const res = await page.evaluate(
          ({ url, blob, text }) =>
            new Promise<unknown>((resolve, reject) => {
              const w = blob ? new Worker(URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(url)});`], { type: 'text/javascript' }))) : new Worker(url);
              w.onmessage = (e) => resolve(e.data);
              w.onerror = (e) => reject(new Error(e.message));
              w.postMessage({ type: 'analyze', batch: 3, items: [{ id: 'a', text }] });
            }),
          { url: `${origin}/indexWorker.js`, blob: how !== 'direct', text: TEXT },
        );
        const r = res as { type: string; batch: number; results: Array<{ id: string; summary: TextlessSummary; digest: { keys: string[] } }> };
        assert.strictEqual(r.type, 'analyzed');
        assert.strictEqual(r.batch, 3);
        assert.strictEqual(r.results[0].id, 'a');
        const expected = summaryFor(analyzeText(TEXT));
        assert.deepStrictEqual(withText(r.results[0].summary, TEXT), JSON.parse(JSON.stringify(withText(expected.summary, TEXT))));
        assert.deepStrictEqual(r.results[0].digest.keys, expected.digest!.keys, 'and its cross-article share');
      } finally {
        await page.close();
      }
    });
  }
});
