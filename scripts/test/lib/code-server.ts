// code-server 4.100.3 (VS Code 1.100.3, the newest that runs on Node 20) as the VS Code under
// test: installed on first use into the test cache, started isolated, stopped by process group.
// The install steps follow ../shared/vscode-harness.md; each works around a failure seen without it.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { CACHE_DIR } from './paths';
import { ensureSystemPackages, KRB5_DEV, RIPGREP } from './system-deps';

export const CODE_SERVER_VERSION = '4.100.3';
const INSTALL_DIR = path.join(CACHE_DIR, 'code-server');
const ENTRY = path.join(INSTALL_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const MARKER = path.join(INSTALL_DIR, `.installed-${CODE_SERVER_VERSION}`);
const LOCK = `${INSTALL_DIR}.lock`;

export function codeServerInstalled(): boolean {
  return fs.existsSync(MARKER) && fs.existsSync(ENTRY);
}

/** Installs code-server into the cache unless it is there. Safe to call from parallel runs. */
export async function ensureCodeServer(): Promise<string> {
  if (codeServerInstalled()) return ENTRY;
  ensureSystemPackages([KRB5_DEV, RIPGREP]);
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  await withLock(() => {
    if (codeServerInstalled()) return;
    installCodeServer();
  });
  return ENTRY;
}

function installCodeServer(): void {
  console.log(`[test] installing code-server ${CODE_SERVER_VERSION} into ${INSTALL_DIR} (about 1.5 min, once)`);
  fs.mkdirSync(INSTALL_DIR, { recursive: true });
  fs.writeFileSync(
    path.join(INSTALL_DIR, 'package.json'),
    JSON.stringify({ name: 'newsfact-test-code-server', private: true }, null, 2),
  );
  // Fix 1: npm as root refuses to run install scripts as root without this.
  fs.writeFileSync(path.join(INSTALL_DIR, '.npmrc'), 'unsafe-perm=true\n');
  const tmp = os.tmpdir();
  seedRipgrepCache(tmp);
  const env = {
    ...process.env,
    TMPDIR: tmp,
    npm_config_yes: 'true', // Fix 4: node-pty's postinstall runs `npx node-gyp`, which would prompt.
  };
  const npmInstall = () =>
    spawnSync(
      'npm',
      ['install', '--unsafe-perm', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`],
      { cwd: INSTALL_DIR, env, stdio: 'inherit' },
    );
  let r = npmInstall();
  if (r.status !== 0 || !fs.existsSync(ENTRY)) {
    // One retry from clean: a registry hiccup should not fail a 90-minute CI run.
    console.log('[test] code-server install failed; retrying once from a clean folder');
    fs.rmSync(path.join(INSTALL_DIR, 'node_modules'), { recursive: true, force: true });
    r = npmInstall();
  }
  if (r.status !== 0 || !fs.existsSync(ENTRY)) {
    throw new Error(`code-server install failed (npm exit ${r.status}); see the npm output above`);
  }
  fs.writeFileSync(MARKER, new Date().toISOString() + '\n');
}

// Fix 3: @vscode/ripgrep's postinstall downloads from GitHub unless its cache already holds the
// archive; Debian's ripgrep 13.0.0 is the same version, so we put it there.
function seedRipgrepCache(tmp: string): void {
  const dir = path.join(tmp, 'vscode-ripgrep-cache-1.15.11');
  const archive = path.join(dir, 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz');
  if (fs.existsSync(archive)) return;
  const rg = ['/usr/bin/rg', '/bin/rg'].find((p) => fs.existsSync(p));
  if (!rg) throw new Error('ripgrep (rg) not found; install the Debian package "ripgrep"');
  fs.mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-czf', archive, '-C', path.dirname(rg), path.basename(rg)]);
}

async function withLock(fn: () => void): Promise<void> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(path.join(LOCK, 'pid'), String(process.pid));
      break;
    } catch {
      if (lockIsStale()) {
        fs.rmSync(LOCK, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK}`);
      await sleep(2000);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

function lockIsStale(): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return false;
  } catch (e) {
    // No pid file yet (another process is between mkdir and write) is not stale.
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export interface Profile {
  userDataDir: string;
  extensionsDir: string;
  /** Holds the config file and XDG folders, so nothing leaks into the real home. */
  stateDir: string;
}

/** A throwaway profile; pass dirs to reuse ones given on a VS Code command line. */
export function makeProfile(given: Partial<Profile> = {}): Profile {
  const stateDir = given.stateDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-cs-'));
  const profile = {
    stateDir,
    userDataDir: given.userDataDir ?? path.join(stateDir, 'user-data'),
    extensionsDir: given.extensionsDir ?? path.join(stateDir, 'extensions'),
  };
  // code-server scans no extensions at all when the extensions dir's parent is missing.
  fs.mkdirSync(profile.extensionsDir, { recursive: true });
  fs.mkdirSync(profile.userDataDir, { recursive: true });
  writeQuietSettings(profile.userDataDir);
  return profile;
}

// Editor-wide prompts (the fixture sits inside this repository's git checkout, so the git
// extension asks about it) would cover the status bar in screenshots and steal focus in tests.
// Word wrap keeps a whole article paragraph on screen, so tests can point at any phrase and
// screenshots show the text. Newsfact's own settings stay at their defaults.
function writeQuietSettings(userDataDir: string): void {
  const file = path.join(userDataDir, 'User', 'settings.json');
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const settings = {
    'git.openRepositoryInParentFolders': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'editor.wordWrap': 'on',
  };
  fs.writeFileSync(file, JSON.stringify(settings, null, 2) + '\n');
}

function isolatedEnv(profile: Profile): NodeJS.ProcessEnv {
  const xdgConfig = path.join(profile.stateDir, 'xdg-config');
  const xdgData = path.join(profile.stateDir, 'xdg-data');
  fs.mkdirSync(xdgConfig, { recursive: true });
  fs.mkdirSync(xdgData, { recursive: true });
  return { ...process.env, XDG_CONFIG_HOME: xdgConfig, XDG_DATA_HOME: xdgData };
}

function profileArgs(profile: Profile): string[] {
  const config = path.join(profile.stateDir, 'config.yaml');
  fs.writeFileSync(config, 'auth: none\ncert: false\n');
  return ['--config', config, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

export function installExtension(profile: Profile, vsix: string): void {
  const r = spawnSync(process.execPath, [ENTRY, ...profileArgs(profile), '--install-extension', vsix, '--force'], {
    env: isolatedEnv(profile),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`installing ${vsix} failed:\n${r.stdout}\n${r.stderr}`);
}

export interface RunningServer {
  port: number;
  /** Base URL without a trailing slash. */
  url: string;
  logFile: string;
  stop(): Promise<void>;
}

export async function startCodeServer(profile: Profile): Promise<RunningServer> {
  const port = await freePort();
  const logFile = path.join(profile.stateDir, 'code-server.log');
  const log = fs.openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      ENTRY,
      ...profileArgs(profile),
      '--auth', 'none',
      '--bind-addr', `127.0.0.1:${port}`,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--disable-proxy',
    ],
    { env: isolatedEnv(profile), detached: true, stdio: ['ignore', log, log] },
  );
  fs.closeSync(log);
  const killGroup = () => killProcessGroup(child);
  process.on('exit', killGroup);
  killOnSignals();
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url, child, 60_000);
  } catch (e) {
    killGroup();
    throw new Error(`${(e as Error).message}\n--- ${logFile} ---\n${tail(logFile)}`);
  }
  return {
    port,
    url,
    logFile,
    async stop() {
      process.off('exit', killGroup);
      killProcessGroup(child, 'SIGTERM');
      const gone = await waitForExit(child, 5000);
      if (!gone) killProcessGroup(child, 'SIGKILL');
    },
  };
}

// Node skips 'exit' handlers when a signal ends it, and code-server runs in its own process group,
// so Ctrl+C (or CI cancelling the job) would leave it running: exit properly instead.
let signalsHandled = false;
function killOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  const codes: Record<string, number> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  for (const sig of Object.keys(codes)) {
    process.once(sig as NodeJS.Signals, () => process.exit(codes[sig]));
  }
}

function killProcessGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await sleep(250);
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${ms / 1000}s`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

export function tail(file: string, lines = 40): string {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
