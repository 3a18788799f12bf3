// `npm run test:integration`: the integration suite in a real VS Code extension host.
//
// To add tests, drop a `*.test.ts` file into test/integration/suite/ (mocha TDD `suite`/`test` or
// BDD `describe`/`it`, with the real `vscode` API; helpers in test/integration/helpers.ts). It is
// compiled to out/ and picked up by suite/index.ts; the fixture workspace test/fixtures/workspace
// is open. NEWSFACT_TEST_GREP=<text> runs only matching tests.
//
// Which VS Code: NEWSFACT_VSCODE=code-server uses code-server 4.100.3 through scripts/test/vscode-shim.js
// (installed on first use into .test-cache/); NEWSFACT_VSCODE=download uses @vscode/test-electron's
// real download; the default (auto) tries the download where a display exists and falls back to
// code-server when it fails or when there is no display.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { CACHE_DIR, FIXTURE_WORKSPACE, OUTPUT_DIR, ROOT } from './lib/paths';
import { readCounts, reportCounts } from './lib/counts';
import { ensureCodeServer } from './lib/code-server';
import { ALL_NEEDS, ensureSystemPackages } from './lib/system-deps';

const SHIM = path.join(__dirname, 'vscode-shim.js');

async function chooseVSCode(): Promise<string> {
  const mode = process.env.NEWSFACT_VSCODE ?? 'auto';
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (mode === 'download' || (mode === 'auto' && !headless)) {
    try {
      return await downloadAndUnzipVSCode({
        version: process.env.NEWSFACT_VSCODE_VERSION ?? 'stable',
        cachePath: path.join(CACHE_DIR, 'vscode'), // inside the ignored cache, not .vscode-test/
        timeout: 15_000,
      });
    } catch (err) {
      if (mode === 'download') throw err;
      console.log(`[test] VS Code download failed (${(err as Error).message}); using code-server instead`);
    }
  }
  ensureSystemPackages(ALL_NEEDS);
  await ensureCodeServer();
  fs.chmodSync(SHIM, 0o755); // a checkout without file modes would leave it unspawnable
  return SHIM;
}

async function main(): Promise<number> {
  console.log('[test] building the extension and compiling the integration suite');
  execFileSync(process.execPath, ['esbuild.js'], { cwd: ROOT, stdio: 'inherit' });
  // Start from an empty out/ folder so a deleted test's old .js is not run again.
  fs.rmSync(path.join(ROOT, 'out', 'test', 'integration'), { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'test/integration/tsconfig.json'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const vscodeExecutablePath = await chooseVSCode();
  const countsFile = process.env.NEWSFACT_COUNTS_FILE ?? path.join(OUTPUT_DIR, 'counts', 'integration.json');
  fs.rmSync(countsFile, { force: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-it-'));
  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'test', 'integration', 'suite', 'index.js'),
      launchArgs: [
        FIXTURE_WORKSPACE,
        '--disable-extensions',
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
      extensionTestsEnv: { NEWSFACT_COUNTS_FILE: countsFile },
    });
  } catch (err) {
    // A failing test also lands here (non-zero exit); the counts file tells the two apart.
    console.error(`[test] integration run ended with: ${(err as Error).message}`);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return reportCounts('integration', readCounts(countsFile));
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[test] integration suite could not run: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
