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
import { restoreSummary, type TextlessSummary } from '../../src/extension/indexWorkerProtocol';
import type { CrossArticleDigest } from '../../src/core/workspace';
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
              // Typed arrays (the packed quotes, the digest's offsets) as JSON can carry them.
              w.onmessage = (e) => resolve(JSON.stringify(e.data, (_k, v) => (ArrayBuffer.isView(v) ? { typed: v.constructor.name, values: Array.from(v as unknown as ArrayLike<number>) } : v)));
              w.onerror = (e) => reject(new Error(e.message));
              w.postMessage({ type: 'analyze', batch: 3, items: [{ id: 'a', text }] });
            }),
          { url: `${origin}/indexWorker.js`, blob: how !== 'direct', text: TEXT },
        );
        const typed = { Int32Array, Uint32Array } as Record<string, { from(v: number[]): unknown }>;
        const r = JSON.parse(res as string, (_k, v) => (v && typeof v === 'object' && typeof v.typed === 'string' ? typed[v.typed].from(v.values) : v)) as {
          type: string;
          batch: number;
          results: Array<{ id: string; summary: TextlessSummary; digest: CrossArticleDigest }>;
        };
        assert.strictEqual(r.type, 'analyzed');
        assert.strictEqual(r.batch, 3);
        assert.strictEqual(r.results[0].id, 'a');
        const expected = summaryFor(analyzeText(TEXT));
        assert.ok(r.results[0].summary.quotes.data instanceof Int32Array && r.results[0].summary.quotes.count > 0, 'the quotes come packed');
        assert.deepStrictEqual(r.results[0].digest, expected.digest, 'and its cross-article share');
        const plain = (x: unknown) => JSON.parse(JSON.stringify(x));
        assert.deepStrictEqual(plain(restoreSummary(r.results[0], TEXT)), plain(restoreSummary({ id: 'a', ...expected }, TEXT)));
      } finally {
        await page.close();
      }
    });
  }
});
