// Newsfact sends nothing anywhere. Three checks: the core analyses with every network entry point
// throwing; the built CLI does the same in a child process whose main thread and worker threads
// all load a preload that makes the network throw and logs any attempt; and the built bundles
// contain no network calls (scripts/check-network.js, also `npm run check:network`).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
// The modules themselves (not ES namespace copies, whose properties are read-only getters).
import http = require('http');
import https = require('https');
import net = require('net');
import dns = require('dns');
import { analyzeText } from '../../src/core';
import { loadSamples } from '../../scripts/bench/corpus';

const ROOT = path.join(__dirname, '..', '..');
const PRELOAD = path.join(__dirname, 'privacy-no-network.cjs');
const CHECK = path.join(ROOT, 'scripts', 'check-network.js');

const OWN_ARTICLE =
  'Bridge reopens early\n\nKESTREL FALLS, June 2 (Valley Wire) -- The old bridge reopened on Monday.\n\n' +
  '"We finished two weeks ahead of plan," engineer Tomas Lindqvist said.\n\nThe repairs cost 4 million dollars.';

describe('privacy: no network access', function () {
  this.timeout(180000);

  describe('the core', () => {
    const attempts: string[] = [];
    const saved: [object, string, unknown][] = [];
    const block = (obj: object, key: string, what: string) => {
      saved.push([obj, key, (obj as Record<string, unknown>)[key]]);
      (obj as Record<string, unknown>)[key] = () => {
        attempts.push(what);
        throw new Error(`network blocked: ${what}`);
      };
    };
    before(() => {
      block(globalThis, 'fetch', 'fetch');
      block(http, 'request', 'http.request');
      block(http, 'get', 'http.get');
      block(https, 'request', 'https.request');
      block(https, 'get', 'https.get');
      block(net, 'connect', 'net.connect');
      block(net, 'createConnection', 'net.createConnection');
      block(dns, 'lookup', 'dns.lookup');
    });
    after(() => {
      for (const [obj, key, v] of saved.reverse()) (obj as Record<string, unknown>)[key] = v;
    });

    it('analyses articles with every network entry point throwing, and tries none', () => {
      for (const text of [OWN_ARTICLE, ...loadSamples()]) {
        const a = analyzeText(text);
        assert.strictEqual(a.article.text, text);
      }
      assert.deepStrictEqual(attempts, []);
    });

    it('the stubs are in place (the test can fail)', () => {
      assert.throws(() => (globalThis.fetch as unknown as () => void)(), /network blocked/);
      assert.throws(() => http.request('http://example.invalid'), /network blocked/);
      attempts.length = 0;
    });
  });

  describe('the built bundles and CLI', () => {
    before(function () {
      const r = spawnSync(process.execPath, [path.join(ROOT, 'esbuild.js')], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) throw new Error('npm run build failed:\n' + r.stderr);
    });

    it('scripts/check-network.js finds no network calls in dist/', () => {
      const r = spawnSync(process.execPath, [CHECK], { cwd: ROOT, encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
    });

    it('scripts/check-network.js does flag a bundle that calls the network', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-net-'));
      try {
        fs.writeFileSync(path.join(dir, 'a.js'), 'var x=1;function go(u){return fetch(u).then(r=>r.json())}\n');
        fs.writeFileSync(path.join(dir, 'b.js'), 'const import_https=require("https");(0,import_https.request)(o);\nnew WebSocket("ws://x");');
        const r = spawnSync(process.execPath, [CHECK, dir], { cwd: ROOT, encoding: 'utf8' });
        assert.strictEqual(r.status, 1);
        for (const what of ['a.js:1:', 'fetch(', 'b.js:1:', 'http.request', 'require network module', 'b.js:2:', 'WebSocket']) {
          assert.ok(r.stderr.includes(what), `expected ${what} in:\n${r.stderr}`);
        }
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    for (const args of [
      ['analyze', 'samples', '--format', 'json'],
      ['analyze', 'samples', '--format', 'jsonl', '--jobs', '2'],
      ['check', 'samples', '--format', 'json', '--fail-on', 'none'],
    ]) {
      it(`node dist/cli.js ${args.join(' ')} succeeds with the network throwing`, () => {
        const log = path.join(os.tmpdir(), `newsfact-net-log-${process.pid}-${Date.now()}`);
        fs.writeFileSync(log, '');
        try {
          const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), ...args], {
            cwd: ROOT,
            encoding: 'utf8',
            // NODE_OPTIONS reaches the CLI's worker threads too, unlike a plain --require.
            env: { ...process.env, NODE_OPTIONS: `--require=${PRELOAD}`, NEWSFACT_NET_LOG: log, NEWSFACT_NET_TRACE: '1' },
          });
          assert.strictEqual(r.status, 0, `exit ${r.status}: ${r.stderr.slice(0, 500)}`);
          const lines = fs.readFileSync(log, 'utf8').split('\n').filter(Boolean);
          assert.ok(lines.some((l) => l.startsWith('loaded')), 'the no-network preload did not load');
          if (args.includes('--jobs')) assert.ok(lines.some((l) => /^loaded \(thread [1-9]/.test(l)), 'no worker thread loaded the preload');
          assert.deepStrictEqual(lines.filter((l) => l.startsWith('blocked')), []);
          const out = r.stdout.trim();
          const parsed = args.includes('jsonl') ? out.split('\n').map((l) => JSON.parse(l)) : JSON.parse(out);
          assert.ok(Array.isArray(parsed) ? parsed.length > 0 : parsed !== null);
        } finally {
          fs.rmSync(log, { force: true });
        }
      });
    }
  });
});
