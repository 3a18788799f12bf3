// The built CLI, run as a user runs it, on temp folders of articles written here. Asserts structure
// and behaviour (formats, order, bad files, exit codes), never how good the engine's answers are.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { build } from 'esbuild';

const root = path.resolve(__dirname, '../..');
const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version as string;

const ARTICLE_A = [
  'Harbour board approves new ferry terminal',
  'PORTVILLE, May 2 (Coastline News) - The harbour board approved a new ferry terminal on Friday.',
  '',
  '"This terminal will carry two million passengers a year," board chair Ada Lind told reporters.',
  '',
  'The project will cost 80 million dollars, the most expensive in the city\'s history.',
  '',
].join('\n');
const ARTICLE_B = [
  'Ferry terminal plan draws protest',
  'Coastline News, May 3, 2025',
  '',
  'Residents protested on Saturday against the terminal, which they said would ruin the beach.',
  '',
  'Lind said the board had "listened to every objection."',
].join('\r\n');
const EMOJI = 'Storm \u{1F300} hits coast\n\u{1F4F8} "We lost everything," said fisherman Ole Berg. The storm destroyed 40 boats.\n';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('cli end to end (built bundle)', function () {
  this.timeout(60000);
  let bin: string;
  let dir: string;
  let work: string;

  const run = (args: string[], cwd = work): Run => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-cli-'));
    const out = path.join(dir, 'bin');
    const common = { bundle: true, platform: 'node' as const, format: 'cjs' as const, target: 'node20', logLevel: 'silent' as const };
    await build({ ...common, entryPoints: [path.join(root, 'src/cli/main.ts')], outfile: path.join(out, 'cli.js') });
    await build({ ...common, entryPoints: [path.join(root, 'src/cli/worker.ts')], outfile: path.join(out, 'cli-worker.js') });
    bin = path.join(out, 'cli.js');
    work = path.join(dir, 'work');
    const put = (rel: string, data: string | Uint8Array) => {
      fs.mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
      fs.writeFileSync(path.join(work, rel), data);
    };
    put('news/b-protest.txt', ARTICLE_B);
    put('news/a-terminal.txt', ARTICLE_A);
    put('news/sub/emoji.txt', EMOJI);
    put('news/node_modules/skip.txt', ARTICLE_A);
    put('news/.cache/skip.txt', ARTICLE_A);
    put('news/readme.md', 'not an article');
    put('bad/binary.txt', new Uint8Array([0x48, 0x69, 0, 0, 1, 2, 3, 0xff, 0, 0x10]));
    put('bad/latin1.txt', new Uint8Array([...Buffer.from('Caf'), 0xe9, 0x0a, 0x93, ...Buffer.from('Hello,'), 0x94, 0x0a]));
    put('bad/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Headline here\nBody.\n', 'utf16le')]));
    put('bad/bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Headline here\nBody.\n')]));
    put('bad/big.txt', 'x'.repeat(20 * 1024));
    put('empty/notes.md', 'nothing to see');
    put('odd/empty.txt', '');
    put('odd/blank.txt', '  \n\t\r\n\u00a0\u200b\n');
    put('odd/cr-only.txt', 'Headline\r"Yes," he said.\rThe end.');
    for (let i = 0; i < 60; i++) put(`many/${String(i).padStart(3, '0')}.txt`, i % 2 ? ARTICLE_A : ARTICLE_B);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('answers --help, --version and usage errors', () => {
    const help = run(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /newsfact analyze/);
    assert.match(help.stdout, /newsfact check/);
    assert.strictEqual(run(['--version']).stdout.trim(), `newsfact ${version}`);
    assert.strictEqual(run([]).code, 2);
    const bad = run(['analyze', '--format', 'yaml', 'news']);
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /newsfact: analyze --format must be one of text, json, jsonl/);
    assert.strictEqual(bad.stdout, '');
  });

  it('analyze --format json: one array in sorted walk order, each object the Analysis flattened', () => {
    const r = run(['analyze', '--format', 'json', 'news']);
    assert.strictEqual(r.code, 0, r.stderr);
    const items = JSON.parse(r.stdout);
    assert.deepStrictEqual(
      items.map((o: { file: string }) => o.file.split(path.sep).join('/')),
      ['news/a-terminal.txt', 'news/b-protest.txt', 'news/sub/emoji.txt'],
    );
    for (const o of items) {
      assert.deepStrictEqual(Object.keys(o), ['file', 'headline', 'dateline', 'boilerplate', 'paragraphs', 'sentences', 'quotes', 'speakers', 'findings']);
      const text = fs.readFileSync(path.join(work, o.file), 'utf8');
      if (o.headline) assert.strictEqual(text.slice(o.headline.span[0], o.headline.span[1]), o.headline.text);
      if (o.dateline) for (const k of ['text', 'span', 'agency', 'place', 'date']) assert.ok(k in o.dateline, k);
      for (const list of [o.boilerplate, o.paragraphs, o.sentences]) {
        for (const [s, e] of list) assert.ok(s >= 0 && s <= e && e <= text.length);
      }
      for (const f of o.findings) assert.ok(typeof f.rule === 'string' && Array.isArray(f.span) && Array.isArray(f.related));
    }
  });

  it('analyze --format jsonl: one parseable object per file per line, with worker threads', () => {
    const r = run(['analyze', '--format', 'jsonl', '--jobs', '2', 'many']);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.strictEqual(lines.length, 60);
    const files = lines.map((l) => path.basename(JSON.parse(l).file)).sort();
    assert.deepStrictEqual(files, Array.from({ length: 60 }, (_, i) => `${String(i).padStart(3, '0')}.txt`));
  });

  it('json and text keep input order with several workers', () => {
    const json = JSON.parse(run(['analyze', '--format', 'json', '-j', '3', 'many']).stdout);
    assert.deepStrictEqual(json.map((o: { file: string }) => path.basename(o.file)), Array.from({ length: 60 }, (_, i) => `${String(i).padStart(3, '0')}.txt`));
    const text = run(['analyze', '-j', '3', 'many']).stdout;
    const headers = text.split('\n').filter((l) => l.startsWith('== ')).map((l) => path.basename(l.slice(3)));
    assert.deepStrictEqual(headers, json.map((o: { file: string }) => path.basename(o.file)));
  });

  it('analyze text: a readable summary per file', () => {
    const r = run(['analyze', path.join('news', 'a-terminal.txt')]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^== news[\\/]a-terminal\.txt\n/);
    assert.match(r.stdout, /\nHeadline: /);
    assert.match(r.stdout, /\nDateline: /);
    assert.match(r.stdout, /\nBody: \d+ paragraphs?, \d+ sentences?/);
    assert.match(r.stdout, /\nQuotes: \d+ \(\d+ direct, \d+ mixed, \d+ indirect\)/);
  });

  it('skips bad files with a message, decodes the rest, and exits non-zero at the end', () => {
    const r = run(['analyze', '--format', 'json', '--max-size-mb', '0.01', 'bad', 'missing-folder']);
    assert.strictEqual(r.code, 1);
    const byName = new Map<string, { headline: { text: string; span: number[] } | null }>(
      JSON.parse(r.stdout).map((o: { file: string }) => [path.basename(o.file), o]),
    );
    assert.deepStrictEqual([...byName.keys()].sort(), ['bom.txt', 'latin1.txt', 'utf16.txt']);
    assert.match(r.stderr, /newsfact: bad[\\/]binary\.txt: binary file, skipped/);
    assert.match(r.stderr, /newsfact: bad[\\/]big\.txt: file is 20 KB, over the 11 KB limit \(--max-size-mb\), skipped/);
    assert.match(r.stderr, /newsfact: bad[\\/]latin1\.txt: note: not UTF-8; decoded as Windows-1252/);
    assert.match(r.stderr, /newsfact: missing-folder: no such file or folder/);
    // Offsets are into the text without the BOM.
    for (const name of ['bom.txt', 'utf16.txt']) {
      const h = byName.get(name)!.headline;
      if (h) assert.deepStrictEqual([h.text, h.span], ['Headline here', [0, 13]]);
    }
    const latin = byName.get('latin1.txt')!.headline;
    if (latin) assert.strictEqual(latin.text, 'Caf\u00e9');
  });

  it('analyses empty, blank and lone-CR files without complaint', () => {
    const r = run(['analyze', '--format', 'json', 'odd']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(JSON.parse(r.stdout).length, 3);
  });

  it('never touches the network (sockets, DNS, fetch stubbed to throw and record)', () => {
    const log = path.join(dir, 'network-attempts.log');
    const stub = path.join(dir, 'no-network.js');
    fs.writeFileSync(
      stub,
      `const fs = require('fs');
const deny = (what) => function () { fs.appendFileSync(${JSON.stringify(log)}, what + '\\n'); throw new Error('network disabled: ' + what); };
const net = require('net'), http = require('http'), https = require('https'), dns = require('dns');
net.connect = net.createConnection = deny('net.connect');
net.Socket.prototype.connect = deny('socket.connect');
http.request = http.get = deny('http.request');
https.request = https.get = deny('https.request');
dns.lookup = deny('dns.lookup');
dns.promises.lookup = deny('dns.promises.lookup');
globalThis.fetch = deny('fetch');
globalThis.WebSocket = deny('WebSocket');
`,
    );
    const plain = run(['analyze', '--format', 'json', '-j', '2', 'news']);
    const r = spawnSync(process.execPath, ['--require', stub, bin, 'analyze', '--format', 'json', '-j', '2', 'news'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${stub}` },
    });
    assert.strictEqual(r.status, 0, r.stderr);
    assert.strictEqual(r.stdout, plain.stdout);
    assert.ok(!fs.existsSync(log), fs.existsSync(log) ? fs.readFileSync(log, 'utf8') : '');
  });

  it('says so when a folder has no articles', () => {
    const r = run(['analyze', 'empty']);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /no \.txt files found in empty/);
  });

  it('check text: linter lines whose line:col match the spans, a summary, and --fail-on exit codes', () => {
    const json = run(['check', '--format', 'json', '--fail-on', 'none', 'news']);
    assert.strictEqual(json.code, 0, json.stderr);
    const findings = JSON.parse(json.stdout) as Array<{ file: string; line: number; column: number; span: number[]; severity: string; rule: string; message: string }>;
    for (const f of findings) {
      const text = fs.readFileSync(path.join(work, f.file), 'utf8');
      const before = text.slice(0, f.span[0]);
      const line = before.split(/\r\n|\r|\n/).length;
      const column = f.span[0] - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
      assert.deepStrictEqual([f.line, f.column], [line, column], `${f.file} ${f.span}`);
    }
    const text = run(['check', '--fail-on', 'none', 'news']);
    const lines = text.stdout.trimEnd().split('\n');
    const findingLines = lines.filter((l) => /^\S.*:\d+:\d+: /.test(l));
    assert.strictEqual(findingLines.length, findings.length);
    for (const l of findingLines) assert.match(l, /^news[\\/]\S+\.txt:\d+:\d+: (error|warning|information|hint) [a-z-]+ \S/);
    assert.match(lines[lines.length - 1], /^\d+ findings? \(\d+ errors?, \d+ warnings?, \d+ information, \d+ hints?\) in 3 files$/);

    const rank: Record<string, number> = { hint: 0, information: 1, warning: 2, error: 3 };
    for (const level of ['error', 'warning', 'information', 'hint']) {
      const expected = findings.some((f) => rank[f.severity] >= rank[level]) ? 1 : 0;
      assert.strictEqual(run(['check', '--fail-on', level, 'news']).code, expected, `--fail-on ${level}`);
    }
  });

  it('check locates every related location, in this file or another, and --no-cross-article is accepted', () => {
    const all = JSON.parse(run(['check', '--format', 'json', '--fail-on', 'none', 'news', 'many']).stdout);
    for (const f of all) {
      for (const r of f.related) {
        assert.ok(r.line >= 1 && r.column >= 1, `${f.file} -> ${r.file}`);
        const other = fs.readFileSync(path.join(work, r.file), 'utf8');
        assert.ok(r.span[1] <= other.length);
      }
    }
    const perFile = run(['check', '--format', 'json', '--fail-on', 'none', '--no-cross-article', 'news', 'many']);
    assert.strictEqual(perFile.code, 0, perFile.stderr);
    for (const f of JSON.parse(perFile.stdout)) for (const r of f.related) assert.strictEqual(r.file, f.file);
  });

  it('check exits 2 when a file cannot be read, and still checks the others', () => {
    const r = run(['check', '--fail-on', 'none', 'news', path.join('bad', 'binary.txt')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /binary file, skipped/);
    assert.match(r.stdout, /in 3 files; 1 file could not be checked\n$/);
  });

  it('check --format sarif: a SARIF 2.1.0 log with results for every finding', () => {
    const sarif = run(['check', '--format', 'sarif', '--fail-on', 'none', 'news', path.join('bad', 'binary.txt')]);
    const doc = JSON.parse(sarif.stdout);
    assert.strictEqual(doc.version, '2.1.0');
    const runObj = doc.runs[0];
    assert.strictEqual(runObj.tool.driver.name, 'newsfact');
    const json = JSON.parse(run(['check', '--format', 'json', '--fail-on', 'none', 'news']).stdout);
    assert.strictEqual(runObj.results.length, json.length);
    for (const res of runObj.results) {
      const region = res.locations[0].physicalLocation.region;
      for (const k of ['startLine', 'startColumn', 'endLine', 'endColumn']) assert.ok(Number.isInteger(region[k]) && region[k] >= 1, k);
      assert.match(res.locations[0].physicalLocation.artifactLocation.uri, /^news\/.+\.txt$/);
    }
    assert.strictEqual(runObj.invocations[0].executionSuccessful, false);
    assert.match(runObj.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, /binary\.txt$/);
  });

  it('shows a progress bar only when asked or on a terminal', () => {
    const piped = run(['analyze', '--format', 'jsonl', 'many']);
    assert.ok(!piped.stderr.includes('\r'), 'no bar when stderr is piped');
    const forced = run(['analyze', '--format', 'jsonl', '--progress', 'many']);
    assert.match(forced.stderr, /\r\x1b\[K.*files/);
    assert.strictEqual(forced.stdout.trimEnd().split('\n').length, 60);
  });
});
