// Cold workspace index: N generated articles on disk, indexed by a separate process (the CLI with
// worker threads when it has `--jobs`, else a single-thread child). Wall time, CPU time of the
// whole process, time to the first result line, peak RSS.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn, type ChildProcess } from 'child_process';
import { performance } from 'perf_hooks';
import { makeArticle, makeRng } from './templates';

const ROOT = path.join(__dirname, '..', '..');

export interface IndexResult {
  articles: number;
  mode: string;
  wallMs: number;
  firstResultMs: number | null;
  peakRssMB: number | null;
  /** CPU time of the whole process (all threads): the figure to compare on a shared machine. */
  cpuMs: number | null;
  lines: number;
  exitCode: number | null;
  stderr: string;
  /** The result lines, parsed, when asked for (to reuse the analyses without redoing them). */
  results?: Record<string, unknown>[];
}

/**
 * Writes (once, cached in the temp folder) `n` articles of 300-1,200 words. One article in a
 * hundred rewords a remark the others quote word for word ("a lack of steel" for "a shortage of
 * steel"), so the cross-article search has misquotes to find at every size. Another one in a
 * hundred drops a quoted denial's "not" ("the budget has been cut"): the search reports it as a
 * misquote too, since the speaker's words are quoted elsewhere word for word.
 */
export function generateWorkspace(n: number): string {
  const dir = workspaceDir(n);
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return dir;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rng = makeRng(1000 + n);
  for (let i = 0; i < n; i++) {
    // Five digits up to 100,000 files, so name order is number order.
    const name = `article-${String(i).padStart(5, '0')}.txt`;
    let text = makeArticle(rng, 300 + Math.floor(rng() * 900));
    if (i % 100 === 50) text = text.split('a shortage of steel').join('a lack of steel');
    if (i % 100 === 25) text = text.split('the budget has not been cut').join('the budget has been cut');
    fs.writeFileSync(path.join(dir, name), text);
  }
  fs.writeFileSync(done, '');
  return dir;
}

/** Where `generateWorkspace` writes (and caches) this folder. */
function workspaceDir(n: number): string {
  return path.join(os.tmpdir(), `newsfact-bench-ws-v3-${n}`);
}

/** Whether that folder is already written whole. */
export function workspaceReady(n: number): boolean {
  return fs.existsSync(path.join(workspaceDir(n), '.complete'));
}

function cliHasJobs(): boolean {
  const cli = path.join(ROOT, 'dist', 'cli.js');
  return fs.existsSync(cli) && fs.readFileSync(cli, 'utf8').includes('--jobs');
}

/** The node arguments that index `dir` (after the measuring preload), and how they run. */
export function indexCommand(dir: string): { mode: string; args: string[] } {
  if (cliHasJobs()) {
    const jobs = String(os.cpus().length);
    return { mode: `CLI, --jobs ${jobs}`, args: [path.join(ROOT, 'dist', 'cli.js'), 'analyze', '--format', 'jsonl', '--jobs', jobs, dir] };
  }
  return { mode: 'single thread (CLI has no --jobs)', args: ['--import', 'tsx', path.join(__dirname, 'workspace-child.ts'), dir] };
}

export interface Measured {
  wallMs: number;
  /** CPU time of the whole process (all threads, user + system); null if it died before its exit hook. */
  cpuMs: number | null;
  /** Peak resident set of the whole process (the kernel's high-water mark); null as cpuMs. */
  peakRssMB: number | null;
  exitCode: number | null;
  /** The first 4,000 characters or so, for the table's error row. */
  stderr: string;
}

let measuredRuns = 0;

/**
 * Runs `node <args>` from the repository root with max-rss-preload.js, which writes the process's
 * peak RSS and CPU time (all threads) to a temp file on exit. `onStdout` sees each chunk and the ms
 * since the start; `started` gets the child and the start time, for callers that also sample it
 * while it runs (scale.ts reads its RSS through the run).
 */
export function spawnMeasured(args: string[], onStdout: (chunk: Buffer, ms: number) => void, started?: (child: ChildProcess, t0: number) => void): Promise<Measured> {
  const rssFile = path.join(os.tmpdir(), `newsfact-bench-rss-${process.pid}-${measuredRuns++}`);
  fs.rmSync(rssFile, { force: true });
  return new Promise((resolve) => {
    const t0 = performance.now();
    let stderr = '';
    const child = spawn(process.execPath, ['--require', path.join(__dirname, 'max-rss-preload.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, NEWSFACT_BENCH_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started?.(child, t0);
    child.stdout.on('data', (chunk: Buffer) => onStdout(chunk, performance.now() - t0));
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 4000) stderr += c.toString();
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - t0;
      let peakRssMB: number | null = null;
      let cpuMs: number | null = null;
      try {
        const m = JSON.parse(fs.readFileSync(rssFile, 'utf8')) as { maxRssKB: number; cpuMs: number };
        peakRssMB = m.maxRssKB / 1024;
        cpuMs = m.cpuMs;
        fs.rmSync(rssFile, { force: true });
      } catch {
        // the child died before its exit hook
      }
      resolve({ wallMs, cpuMs, peakRssMB, exitCode: code, stderr });
    });
  });
}

export async function runIndex(n: number, dir: string, collect = false): Promise<IndexResult> {
  const { mode, args } = indexCommand(dir);
  let first: number | null = null;
  let lines = 0;
  // Raw output, parsed only once the child has exited: parsing ~175 MB of JSON lines meanwhile
  // took 1-2 CPU-s from the two cores the index itself runs on.
  const chunks: Buffer[] = [];
  const m = await spawnMeasured(args, (chunk, ms) => {
    if (first === null) first = ms;
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    if (collect) chunks.push(chunk);
  });
  return { articles: n, mode, ...m, firstResultMs: first, lines, ...(collect ? { results: parseLines(chunks) } : {}) };
}

/** JSON lines from raw chunks (a line may span chunks; each is decoded whole, so UTF-8 stays intact). */
function parseLines(chunks: Buffer[]): Record<string, unknown>[] {
  const results: Record<string, unknown>[] = [];
  let partial: Buffer[] = [];
  for (let c = chunks.shift(); c; c = chunks.shift()) {
    let from = 0;
    for (let nl = c.indexOf(10); nl >= 0; nl = c.indexOf(10, from)) {
      partial.push(c.subarray(from, nl));
      const line = Buffer.concat(partial).toString();
      partial = [];
      if (line.trim()) results.push(JSON.parse(line));
      from = nl + 1;
    }
    if (from < c.length) partial.push(c.subarray(from));
  }
  const last = Buffer.concat(partial).toString();
  if (last.trim()) results.push(JSON.parse(last));
  return results;
}

export interface IndexHeap {
  articles: number;
  /** Heap used after GC by the index's entries (and the Quotes by Speaker directory), MB. */
  indexMB: number;
  /** The same once the cross-article search has run and its results are kept, MB. */
  afterSearchMB: number;
  perArticleKB: number;
  /** Whole analyses kept per article (the index before summaries), for comparison. */
  full: boolean;
  searchCpuMs: number;
  findings: number;
}

/**
 * The extension host's heap for an index of the articles in `dir`, measured in a child with
 * --expose-gc under the stub `vscode` (index-heap-child.ts); null if the child failed.
 */
export function runIndexHeap(dir: string, full = false): Promise<IndexHeap | null> {
  const args = ['--expose-gc', '--max-old-space-size=4096', '--import', 'tsx', path.join(__dirname, 'index-heap-child.ts'), dir, ...(full ? ['--full'] : [])];
  return new Promise((resolve) => {
    let out = '';
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => {
      try {
        resolve(code === 0 ? (JSON.parse(out.trim().split('\n').pop()!) as IndexHeap) : null);
      } catch {
        resolve(null);
      }
    });
  });
}
