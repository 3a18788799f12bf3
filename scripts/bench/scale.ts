// The CLI over folders of 1,000, 10,000 and 100,000 files (`npm run bench -- --only scale`): does
// memory stay flat as a folder grows? Runs the built CLI (dist/cli.js: `npm run build` first) as
// `analyze --format jsonl` and `check --format text`, and samples the process's resident set while
// it runs, so the peak can be read at 10%, 50% and 100% of the files. One process holds the whole
// run (the workers are threads), so its RSS and CPU are the whole tree's.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { generateWorkspace, workspaceReady, spawnMeasured } from './workspace';
import { fmt, type Row } from './report';
import { CROSS_ARTICLE_MAX_FILES } from '../../src/cli/crossArticle';

const ROOT = path.join(__dirname, '..', '..');

export type ScaleCommand = 'analyze' | 'check';

export interface RssPoint {
  /** Share of the files done (0.1, 0.5, 1). */
  at: number;
  files: number;
  ms: number;
  rssMB: number;
  /** Peak RSS so far (the kernel's high-water mark). */
  peakMB: number;
}

export interface ScaleRun {
  command: ScaleCommand;
  files: number;
  wallMs: number;
  cpuMs: number | null;
  peakRssMB: number | null;
  points: RssPoint[];
  /** Every sample: ms from start, files done, RSS and peak so far (MB). */
  samples: [number, number, number, number][];
  exitCode: number | null;
  stderr: string;
}

const SAMPLE_MS = 100;

/** The node arguments of one run (after the measuring preload). */
function commandArgs(command: ScaleCommand, dir: string, jobs: number): string[] {
  const format = command === 'analyze' ? 'jsonl' : 'text';
  return [path.join(ROOT, 'dist', 'cli.js'), command, '--format', format, '--jobs', String(jobs), '--no-progress', dir];
}

/** VmRSS and VmHWM of a live process, in MB (Linux /proc); null elsewhere or once it has gone. */
function readRss(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+)/.exec(s);
    const hwm = /VmHWM:\s+(\d+)/.exec(s);
    return rss && hwm ? { rss: Number(rss[1]) / 1024, hwm: Number(hwm[1]) / 1024 } : null;
  } catch {
    return null;
  }
}

/**
 * Files done so far, read from the output: `analyze --format jsonl` writes a line per file;
 * `check --format text` writes its findings file by file in input order, so the highest generated
 * file number named at the start of a line is how far it has got (files without findings show up
 * with the next one that has some).
 */
function progressReader(command: ScaleCommand): (chunk: Buffer) => number {
  let files = 0;
  let tail = '';
  return (chunk) => {
    if (command === 'analyze') {
      for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) files++;
      return files;
    }
    const text = tail + chunk.toString('latin1');
    const cut = text.lastIndexOf('\n');
    tail = text.slice(cut + 1);
    const whole = text.slice(0, cut + 1);
    // Related locations are indented: only a finding's own line counts.
    const re = /^[^ \n][^\n]*article-(\d+)\.txt:/gm;
    for (let m = re.exec(whole); m; m = re.exec(whole)) files = Math.max(files, Number(m[1]) + 1);
    return files;
  };
}

async function runScale(command: ScaleCommand, n: number, dir: string, jobs = os.cpus().length): Promise<ScaleRun> {
  const progress = progressReader(command);
  let files = 0;
  let sample = () => {};
  let timer: NodeJS.Timeout | undefined;
  const samples: ScaleRun['samples'] = [];
  const points: RssPoint[] = [];
  const marks = [0.1, 0.5];
  const m = await spawnMeasured(
    commandArgs(command, dir, jobs),
    (chunk) => {
      const before = files;
      files = progress(chunk);
      // A mark crossed between two timer ticks is read at once, not up to a tick late.
      if (marks.length && before < marks[0] * n && files >= marks[0] * n) sample();
    },
    (child, t0) => {
      sample = () => {
        const r = child.pid ? readRss(child.pid) : null;
        if (!r) return;
        const ms = performance.now() - t0;
        samples.push([Math.round(ms), files, Math.round(r.rss), Math.round(r.hwm)]);
        while (marks.length && files >= marks[0] * n) points.push({ at: marks.shift()!, files, ms, rssMB: r.rss, peakMB: r.hwm });
      };
      timer = setInterval(sample, SAMPLE_MS);
    },
  );
  clearInterval(timer);
  const last = samples[samples.length - 1];
  points.push({ at: 1, files: n, ms: m.wallMs, rssMB: last ? last[2] : NaN, peakMB: m.peakRssMB ?? (last ? last[3] : NaN) });
  return { command, files: n, ...m, points, samples };
}

export interface ScaleSize {
  files: number;
}

/**
 * Runs both commands over each size, generating each folder under the temp folder and deleting it
 * afterwards unless an earlier run had left it there (the workspace section's cached folders).
 */
export async function scaleRuns(sizes: ScaleSize[], log: (s: string) => void = () => {}): Promise<ScaleRun[]> {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('scale: no dist/cli.js; run npm run build first');
  const runs: ScaleRun[] = [];
  for (const size of sizes) {
    const t = performance.now();
    const existed = workspaceReady(size.files);
    const dir = generateWorkspace(size.files);
    if (!existed) log(`  generated ${size.files} files in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    try {
      for (const command of ['analyze', 'check'] as const) {
        log(`  ${command} over ${size.files} files...`);
        runs.push(await runScale(command, size.files, dir));
      }
    } finally {
      if (!existed) fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return runs;
}

/** The table's rows for these runs: time and CPU, then the peak at 10%, 50% and 100% of the files. */
export function scaleRows(runs: ScaleRun[], jobs = os.cpus().length): Row[] {
  const rows: Row[] = [];
  const mb = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : 'n/a');
  for (const r of runs) {
    const format = r.command === 'analyze' ? 'jsonl' : 'text';
    const ok = r.exitCode === 0 || (r.command === 'check' && r.exitCode === 1);
    const cpu = r.cpuMs === null ? '' : `, ${(r.cpuMs / 1000).toFixed(1)} CPU-s`;
    rows.push({
      section: 'scale',
      metric: `${r.command} --format ${format} --jobs ${jobs}, ${fmt.num(r.files)} files`,
      value: ok ? `${(r.wallMs / 1000).toFixed(1)} s wall${cpu}` : `failed (exit ${r.exitCode}): ${r.stderr.split('\n')[0]}`,
      target: '',
      ok: ok ? null : false,
    });
    const peaks = r.points.map((p) => mb(p.peakMB)).join(' / ');
    rows.push({ section: 'scale', metric: '  peak RSS at 10% / 50% / 100% of the files', value: `${peaks} MB`, target: '', ok: null });
  }
  // Flat: within the largest run of each command, the peak once a tenth of the files is done
  // against the peak at the end. Runs of different sizes are not alike for check: up to the
  // cross-article cap it keeps every article to compare them, over it none, so check's target is
  // set only for a run over the cap (the 100,000-file one; --quick has none).
  for (const command of ['analyze', 'check'] as const) {
    const mine = runs.filter((r) => r.command === command);
    const large = mine[mine.length - 1];
    const tenth = large?.points.find((p) => p.at === 0.1);
    if (!large || !tenth || large.peakRssMB === null) continue;
    const growth = large.peakRssMB / tenth.peakMB;
    const judged = command === 'analyze' || large.files > CROSS_ARTICLE_MAX_FILES;
    rows.push({
      section: 'scale',
      metric: `${command}: peak RSS at 10% -> 100% of ${fmt.num(large.files)} files`,
      value: `${mb(tenth.peakMB)} -> ${mb(large.peakRssMB)} MB (${growth.toFixed(2)}x)`,
      target: judged ? 'flat (<= 1.25x)' : '',
      ok: judged ? growth <= 1.25 : null,
    });
  }
  // Across sizes, for analyze only (check's runs differ in kind across the cap): the one figure that
  // sees memory spent before the first tenth of the files is done (a folder's listing, say).
  const analyze = runs.filter((r) => r.command === 'analyze' && r.peakRssMB !== null);
  if (analyze.length >= 2) {
    const [small, large] = [analyze[0], analyze[analyze.length - 1]];
    rows.push({
      section: 'scale',
      metric: `analyze: peak RSS ${fmt.num(small.files)} -> ${fmt.num(large.files)} files`,
      value: `${mb(small.peakRssMB!)} -> ${mb(large.peakRssMB!)} MB (${(large.peakRssMB! / small.peakRssMB!).toFixed(2)}x)`,
      target: 'flat (<= 1.25x)',
      ok: large.peakRssMB! / small.peakRssMB! <= 1.25,
    });
  }
  return rows;
}
