// Bundle sizes and activation time. Builds the three bundles minified (as `npm run package` does)
// into a temp folder, so the bench never overwrites `dist/` under other people's feet, then
// times require + activate() of the Node extension bundle in fresh child processes.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { spawnSync } from 'child_process';

const ROOT = path.join(__dirname, '..', '..');

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface Activation {
  runs: number;
  requireMsMedian: number;
  activateMsMedian: number;
  totalMsMedian: number;
  error: string | null;
}

export async function buildProduction(): Promise<{ dir: string; sizes: BundleSize[] }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require('esbuild');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-bench-dist-'));
  const common = { bundle: true, minify: true, legalComments: 'none', logLevel: 'silent', absWorkingDir: ROOT };
  const builds = [
    { entryPoints: ['src/extension/extension.ts'], outfile: path.join(dir, 'extension.js'), platform: 'node', format: 'cjs', target: 'node20', external: ['vscode'] },
    { entryPoints: ['src/extension/extension.ts'], outfile: path.join(dir, 'web', 'extension.js'), platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], define: { 'process.env.NODE_ENV': '"production"' } },
    { entryPoints: ['src/cli/main.ts'], outfile: path.join(dir, 'cli.js'), platform: 'node', format: 'cjs', target: 'node20' },
  ];
  const sizes: BundleSize[] = [];
  for (const b of builds) {
    try {
      await esbuild.build({ ...common, ...b });
      const buf = fs.readFileSync(b.outfile);
      sizes.push({ file: path.relative(dir, b.outfile), bytes: buf.length, gzipBytes: zlib.gzipSync(buf).length });
    } catch (e) {
      sizes.push({ file: path.relative(dir, b.outfile) + ' (build failed: ' + String(e).split('\n')[0] + ')', bytes: NaN, gzipBytes: NaN });
    }
  }
  return { dir, sizes };
}

export function measureActivation(bundle: string, runs = 7): Activation {
  const req: number[] = [];
  const act: number[] = [];
  const tot: number[] = [];
  let error: string | null = null;
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [path.join(__dirname, 'activate-child.js'), bundle], { encoding: 'utf8', timeout: 30000 });
    const line = (r.stdout || '').trim().split('\n').pop() || '';
    try {
      const j = JSON.parse(line);
      req.push(j.requireMs);
      act.push(j.activateMs);
      tot.push(j.requireMs + j.activateMs);
      error = error || j.error;
    } catch {
      error = `child failed: ${(r.stderr || '').split('\n').slice(0, 3).join(' | ')}`;
    }
  }
  const med = (xs: number[]) => (xs.length ? xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
  return { runs: req.length, requireMsMedian: med(req), activateMsMedian: med(act), totalMsMedian: med(tot), error };
}
