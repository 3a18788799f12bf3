// The extension bundle, built with esbuild.js's own options, loads and activates without running
// the analysis core's module code (its tables are built on the first analysis, not at activation),
// and the core then works as before. Each core module is built with a counter appended, and the
// bundle runs in a child process under the bench's stub `vscode`.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { build, type Plugin } from 'esbuild';
import { analyzeText, findCrossArticleFindings } from '../../src/core';
import { looksLikeArticle } from '../../src/core/article/looksLikeArticle';
import * as lazy from '../../src/extension/lazyCore';

const ROOT = path.join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { extensionBuild } = require(path.join(ROOT, 'esbuild.js'));

const COUNTER = '__newsfactCoreModulesRun';
const CORE = path.join(ROOT, 'src', 'core') + path.sep;

// Offsets <-> positions and string copies: table-free and loaded eagerly on purpose (lazyCore.ts).
const EAGER = new Set([path.join(CORE, 'positions.ts'), path.join(CORE, 'detached.ts')]);

/** Appends "count me" to every core module, so the child can tell whether any of them ran. */
const countCoreModules: Plugin = {
  name: 'count-core-modules',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(CORE) || EAGER.has(args.path)) return undefined;
      const src = fs.readFileSync(args.path, 'utf8');
      return { contents: `${src}\n;(globalThis as any).${COUNTER} = ((globalThis as any).${COUNTER} ?? 0) + 1;\n`, loader: 'ts' };
    });
  },
};

const CHILD = `
const { installVscodeStub, fakeContext } = require(${JSON.stringify(path.join(ROOT, 'scripts', 'bench', 'vscode-stub.js'))});
installVscodeStub();
const ext = require(process.argv[1]);
const api = ext.activate(fakeContext(${JSON.stringify(ROOT)}));
const afterActivate = globalThis.${COUNTER} ?? 0;
// What the analysis service runs when an article opens.
const a = api.service.analyze(process.argv[2]);
const afterAnalysis = globalThis.${COUNTER} ?? 0;
process.stdout.write(JSON.stringify({ afterActivate, afterAnalysis, quotes: a.quotes.map((q) => [q.text, q.speaker.entity]) }));
process.exit(0);
`;

const TEXT = 'Ferry fares to rise\n\nDOCKSIDE, March 2 (Harbour News) - Fares will rise in April, the operator said.\n\n"We have no choice," said chief executive Mara Lind.\n';

describe('extension activation', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-activation-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function bundle(host: 'node' | 'web'): Promise<string> {
    const outfile = path.join(dir, host, 'extension.js');
    const options = extensionBuild(host, { outfile });
    const result = await build({ ...options, plugins: [...options.plugins, countCoreModules], bundle: true, logLevel: 'silent', absWorkingDir: ROOT });
    // An import the lazy core facade lacks would be undefined in the bundle (a feature silently off).
    const missing = result.warnings.filter((w) => w.id === 'import-is-undefined').map((w) => `${w.location?.file}:${w.location?.line} ${w.text}`);
    assert.deepStrictEqual(missing, []);
    return outfile;
  }

  for (const host of ['node', 'web'] as const) {
    it(`${host} bundle: activate() runs no core module; the first analysis loads the core and finds the quotes`, async () => {
      const file = await bundle(host);
      const r = spawnSync(process.execPath, ['-e', CHILD, file, TEXT], { encoding: 'utf8', timeout: 30_000 });
      assert.strictEqual(r.status, 0, r.stderr);
      const out = JSON.parse(r.stdout);
      assert.strictEqual(out.afterActivate, 0, 'core modules ran while the extension loaded');
      assert.ok(out.afterAnalysis > 5, `only ${out.afterAnalysis} core modules ran for an analysis`);
      assert.deepStrictEqual(out.quotes, analyzeText(TEXT).quotes.map((q) => [q.text, q.speaker.entity]));
      assert.ok(out.quotes.length > 0);
    });
  }

  it('the lazy facade gives the same answers as the core', () => {
    assert.deepStrictEqual(lazy.analyzeText(TEXT), analyzeText(TEXT));
    assert.ok(lazy.coreLoaded());
    assert.deepStrictEqual(lazy.parseArticle(TEXT).headline, analyzeText(TEXT).article.headline);
    assert.deepStrictEqual(lazy.looksLikeArticle(TEXT), looksLikeArticle(TEXT));
    const edited = TEXT.replace('April', 'May');
    assert.deepStrictEqual(lazy.reanalyze(lazy.analyzeText(TEXT), edited), analyzeText(edited));
    const docs = [TEXT, edited].map((t, i) => ({ file: `file:///ws/${i}.txt`, analysis: analyzeText(t) }));
    for (const d of docs) lazy.prepareForCrossArticle(d.analysis);
    assert.deepStrictEqual(lazy.findCrossArticleFindings(docs), findCrossArticleFindings(docs));
  });
});
