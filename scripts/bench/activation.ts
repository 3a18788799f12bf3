// Bundle sizes and activation time. Builds the bundles minified, with esbuild.js's own options (as
// `npm run package` does), into a temp folder, so the bench never overwrites `dist/` under other
// people's feet, then times require + activate() of the Node extension bundle in fresh child
// processes: wall and CPU time, with the machine as it is and with every core kept busy.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { spawn, spawnSync, type ChildProcess } from 'child_process';

const ROOT = path.join(__dirname, '..', '..');

export interface BundleSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export interface Activation {
  runs: number;
  /** Busy-loop processes running alongside (0: the machine as it is). */
  busyProcesses: number;
  requireMsMedian: number;
  activateMsMedian: number;
  totalMsMedian: number;
  requireCpuMsMedian: number;
  activateCpuMsMedian: number;
  totalCpuMsMedian: number;
  totalMsMax: number;
  error: string | null;
}

export async function buildProduction(): Promise<{ dir: string; sizes: BundleSize[] }> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const esbuild = require('esbuild');
  const { extensionBuild } = require(path.join(ROOT, 'esbuild.js'));
  /* eslint-enable @typescript-eslint/no-require-imports */
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-bench-dist-'));
  const common = { bundle: true, minify: true, legalComments: 'none', logLevel: 'silent', absWorkingDir: ROOT };
  const builds = [
    extensionBuild('node', { production: true, outfile: path.join(dir, 'extension.js') }),
    extensionBuild('web', { production: true, outfile: path.join(dir, 'web', 'extension.js') }),
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

/** Processes that spin until killed: a machine busy with other work (an index pass, a build). */
function startBusy(n: number): ChildProcess[] {
  return Array.from({ length: n }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

/** Median over `runs` fresh child processes, each timing require(bundle) and activate(). */
export function measureActivation(bundle: string, runs = 21, busyProcesses = 0): Activation {
  const req: number[] = [];
  const act: number[] = [];
  const tot: number[] = [];
  const reqCpu: number[] = [];
  const actCpu: number[] = [];
  const totCpu: number[] = [];
  let error: string | null = null;
  const busy = startBusy(busyProcesses);
  try {
    for (let i = 0; i < runs; i++) {
      const r = spawnSync(process.execPath, [path.join(__dirname, 'activate-child.js'), bundle], { encoding: 'utf8', timeout: 30000 });
      const line = (r.stdout || '').trim().split('\n').pop() || '';
      try {
        const j = JSON.parse(line);
        req.push(j.requireMs);
        act.push(j.activateMs);
        tot.push(j.requireMs + j.activateMs);
        reqCpu.push(j.requireCpuMs);
        actCpu.push(j.activateCpuMs);
        totCpu.push(j.requireCpuMs + j.activateCpuMs);
        error = error || j.error;
      } catch {
        error = `child failed: ${(r.stderr || '').split('\n').slice(0, 3).join(' | ')}`;
      }
    }
  } finally {
    for (const p of busy) p.kill();
  }
  const med = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : NaN);
  return {
    runs: req.length,
    busyProcesses,
    requireMsMedian: med(req),
    activateMsMedian: med(act),
    totalMsMedian: med(tot),
    requireCpuMsMedian: med(reqCpu),
    activateCpuMsMedian: med(actCpu),
    totalCpuMsMedian: med(totCpu),
    totalMsMax: tot.length ? Math.max(...tot) : NaN,
    error,
  };
}
