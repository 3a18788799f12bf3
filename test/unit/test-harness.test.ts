// The test harness's own logic: reading VS Code's command line in the code-server shim, and the
// pass/fail counts that npm test sums.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readCounts, reportCounts } from '../../scripts/test/lib/counts';
import { parseVSCodeArgs, workbenchUrl } from '../../scripts/test/lib/vscode-args';

describe('test harness: VS Code command line for the code-server shim', () => {
  it('reads the flags runTests passes, in both --flag=value and --flag value forms', () => {
    const args = parseVSCodeArgs([
      '/work/fixtures',
      '--no-sandbox',
      '--disable-extensions',
      '--extensionTestsPath=/work/out/suite/index.js',
      '--extensionDevelopmentPath',
      '/work/ext',
      '--user-data-dir=/tmp/ud',
      '--extensions-dir',
      '/tmp/ext-dir',
    ]);
    assert.deepStrictEqual(args, {
      folder: '/work/fixtures',
      extensionTestsPath: '/work/out/suite/index.js',
      extensionDevelopmentPaths: ['/work/ext'],
      userDataDir: '/tmp/ud',
      extensionsDir: '/tmp/ext-dir',
    });
  });

  it('puts both paths into the URL payload as remote URIs, the test module without .js', () => {
    const url = new URL(
      workbenchUrl('http://127.0.0.1:4000', 4000, {
        folder: '/work/my fixtures',
        extensionTestsPath: '/work/out/suite/index.js',
        extensionDevelopmentPaths: ['/work/ext'],
      }),
    );
    assert.strictEqual(url.searchParams.get('folder'), '/work/my fixtures');
    assert.deepStrictEqual(JSON.parse(url.searchParams.get('payload') ?? 'null'), [
      ['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:4000/work/ext'],
      ['extensionTestsPath', 'vscode-remote://127.0.0.1:4000/work/out/suite/index'],
    ]);
  });
});

describe('test harness: suite counts', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-counts-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('treats a missing or malformed counts file as a suite that did not run', () => {
    assert.strictEqual(readCounts(path.join(dir, 'absent.json')), null);
    fs.writeFileSync(path.join(dir, 'bad.json'), '{"passed": "3"}');
    assert.strictEqual(readCounts(path.join(dir, 'bad.json')), null);
    const log = console.log;
    console.log = () => {};
    try {
      assert.strictEqual(reportCounts('x', null), 1);
      assert.strictEqual(reportCounts('x', { passed: 4, failed: 0 }), 0);
      assert.strictEqual(reportCounts('x', { passed: 4, failed: 1 }), 1);
    } finally {
      console.log = log;
    }
  });

  it('the mocha reporter writes the real pass and fail counts of a run', () => {
    const spec = path.join(dir, 'sample.test.js');
    fs.writeFileSync(
      spec,
      "const assert = require('node:assert');\n" +
        "it('adds', () => assert.strictEqual(1 + 1, 2));\n" +
        "it('is wrong on purpose', () => assert.strictEqual(1 + 1, 3));\n" +
        "it.skip('skipped', () => {});\n",
    );
    const countsFile = path.join(dir, 'counts.json');
    const root = path.resolve(__dirname, '..', '..');
    const r = spawnSync(
      process.execPath,
      [require.resolve('mocha/bin/mocha.js'), '--no-config', '--reporter', path.join(root, 'scripts/test/counts-reporter.js'), spec],
      { cwd: root, env: { ...process.env, NEWSFACT_COUNTS_FILE: countsFile }, encoding: 'utf8' },
    );
    assert.strictEqual(r.status, 1, r.stderr);
    assert.deepStrictEqual(readCounts(countsFile), { passed: 1, failed: 1, pending: 1 });
  });
});
