// The shim's work: read the flags runTests passes to VS Code, start code-server with the same
// profile folders, open the workbench in headless Chromium with the extension-development and
// test paths in the page URL (code-server rejects them on its command line), relay the test
// output, and exit with the code the workbench reports through window.codeAutomationExit.
import * as fs from 'node:fs';
import { format } from 'node:util';
import { launchBrowser } from './browser';
import { ensureCodeServer, makeProfile, startCodeServer, tail } from './code-server';
import { parseVSCodeArgs, workbenchUrl } from './vscode-args';

async function main(): Promise<number> {
  const args = parseVSCodeArgs(process.argv.slice(2));
  if (!args.extensionTestsPath) {
    console.error('vscode-shim: no --extensionTestsPath given; this shim only runs extension tests.');
    return 2;
  }
  const timeoutMs = Number(process.env.NEWSFACT_TEST_TIMEOUT_MS ?? 10 * 60_000);
  await ensureCodeServer();
  const profile = makeProfile({ userDataDir: args.userDataDir, extensionsDir: args.extensionsDir });
  const server = await startCodeServer(profile);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let resolveExit: (code: number) => void = () => {};
    const exited = new Promise<number>((r) => (resolveExit = r));
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => {
      // The workbench forwards console calls printf-style: a format string, then its arguments.
      const text = format(...(Array.isArray(args) ? args : [args]));
      (type === 'error' ? process.stderr : process.stdout).write(text + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(Number(code) || 0));
    page.on('pageerror', (err) => console.error(`[workbench] ${err.message}`));
    await page.goto(workbenchUrl(server.url, server.port, args));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((r) => {
      timer = setTimeout(() => {
        console.error(`vscode-shim: tests did not finish within ${timeoutMs / 1000}s`);
        r(1);
      }, timeoutMs);
    });
    const code = await Promise.race([exited, timedOut]);
    clearTimeout(timer);
    if (code !== 0 && process.env.NEWSFACT_SHIM_VERBOSE) console.error(tail(server.logFile));
    return code;
  } finally {
    await browser.close().catch(() => {});
    await server.stop();
    fs.rmSync(profile.stateDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`vscode-shim: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
    process.exit(1);
  },
);
