// Translating a VS Code command line (as @vscode/test-electron builds it) into a code-server
// workbench URL, which is where code-server accepts the extension-development and test paths.
import * as path from 'node:path';

export interface ShimArgs {
  extensionTestsPath?: string;
  extensionDevelopmentPaths: string[];
  userDataDir?: string;
  extensionsDir?: string;
  folder?: string;
}

const VALUE_FLAGS = new Set(['extensionTestsPath', 'extensionDevelopmentPath', 'user-data-dir', 'extensions-dir']);

export function parseVSCodeArgs(argv: string[]): ShimArgs {
  const out: ShimArgs = { extensionDevelopmentPaths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) {
      if (!out.folder) out.folder = path.resolve(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (!VALUE_FLAGS.has(name)) continue; // Desktop-only switches (--no-sandbox, ...) mean nothing here.
    const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
    if (value === undefined) continue;
    if (name === 'extensionTestsPath') out.extensionTestsPath = path.resolve(value);
    else if (name === 'extensionDevelopmentPath') out.extensionDevelopmentPaths.push(path.resolve(value));
    else if (name === 'user-data-dir') out.userDataDir = path.resolve(value);
    else if (name === 'extensions-dir') out.extensionsDir = path.resolve(value);
  }
  return out;
}

export function workbenchUrl(base: string, port: number, args: ShimArgs): string {
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload: [string, string][] = args.extensionDevelopmentPaths.map((p) => ['extensionDevelopmentPath', remote(p)]);
  if (args.extensionTestsPath) {
    // The workbench wants the module path without its extension.
    payload.push(['extensionTestsPath', remote(args.extensionTestsPath.replace(/\.(c?js)$/, ''))]);
  }
  const query = new URLSearchParams();
  if (args.folder) query.set('folder', args.folder);
  query.set('payload', JSON.stringify(payload));
  return `${base}/?${query.toString()}`;
}
