// `npx tsx scripts/bench/editProfile.ts [words=20000] [edits=400] [--kind typed|replaced|chained|quote] [--alloc]`:
// where an edit's time goes. The bench's edit (scripts/bench/incremental.ts: the article
// articleOfWords(words, 40 + words), a letter in the paragraph nearest the middle) made `edits`
// times by `reanalyze` in a fresh node after 50 unprofiled edits, profiled with the inspector's
// sampler (what `node --cpu-prof` writes, started after the warm-up, every 250 µs) on the core
// bundled by esbuild (tsx's loader stays out of the profile). Prints self and inclusive time by
// function and self time by source file, and keeps the .cpuprofile for Chrome DevTools.
// Kinds: typed = a letter typed, from the same first analysis each time (the bench's "typed" row);
// replaced = a letter replaced; chained = typed then deleted, each edit from the last analysis
// (as the editor makes them); quote = a letter replaced inside the quote nearest the middle.
// --alloc: bytes allocated per edit by function instead (V8's sampling heap profiler, objects
// collected since counted too): what the garbage collector, often most of an edit's time, clears.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { bundleCoreWithLines, type CpuProfile as Profile, type ProfileNode as Node } from './coreBundle';


const kindAt = process.argv.indexOf('--kind');
const kind = kindAt >= 0 ? process.argv[kindAt + 1] : 'typed';
const positional = process.argv.slice(2).filter((_, i, all) => !all[i].startsWith('--') && !all[i - 1]?.startsWith('--'));
const words = Number(positional[0] ?? 20000);
const edits = Number(positional[1] ?? 400);
const alloc = process.argv.includes('--alloc');

/** The child: warm-up edits, then `edits` profiled ones; prints its CPU ms and GC count. */
function childScript(bundle: string, textFile: string, out: string): string {
  return `
const { reanalyze } = require(${JSON.stringify(bundle)});
const text = require('fs').readFileSync(${JSON.stringify(textFile)}, 'utf8');
const mid = text.indexOf('\\n\\n', Math.floor(text.length / 2)) + 5;
const at = /[a-z]/.test(text[mid]) ? mid : text.slice(mid).search(/[a-z]/) + mid;
const letters = ['x', 'y'];
const base = reanalyze(null, text);
let q = -1;
{ // a letter inside the direct quote nearest the middle (as the bench's inQuote row)
  for (const quote of base.quotes) {
    if (quote.type !== 'direct') continue;
    const [s, e] = quote.spans[0];
    for (let i = Math.floor((s + e) / 2); i < e - 1; i++)
      if (/[a-z]/.test(text[i]) && /[a-z]/.test(text[i - 1]) && /[a-z]/.test(text[i + 1])) {
        if (q < 0 || Math.abs(i - text.length / 2) < Math.abs(q - text.length / 2)) q = i;
        break;
      }
  }
}
// The edited texts made once, as the bench makes them (a text made by concatenation is flattened
// by its first reader: made per edit, that copy of the whole text would be charged to the edit,
// which the editor's document text, read flat, never is).
const made = (p, del, c) => { const t = text.slice(0, p) + c + text.slice(p + del); t.charCodeAt(0); return t; };
const typedT = letters.map((c) => made(at, 0, c));
const replacedT = letters.map((c) => made(at, 1, c));
const quoteT = q < 0 ? [] : letters.map((c) => made(q, 1, c));
let last = base;
const kinds = {
  typed: (i) => reanalyze(base, typedT[i % 2], { start: at, end: at, text: letters[i % 2] }),
  replaced: (i) => reanalyze(base, replacedT[i % 2], { start: at, end: at + 1, text: letters[i % 2] }),
  quote: (i) => reanalyze(base, quoteT[i % 2], { start: q, end: q + 1, text: letters[i % 2] }),
  chained: (i) => {
    last = i % 2 === 0 ? reanalyze(last, typedT[0], { start: at, end: at, text: 'x' }) : reanalyze(last, text, { start: at, end: at + 1, text: '' });
  },
};
const edit = kinds[${JSON.stringify(kind)}];
if (!edit) throw new Error('unknown --kind ${kind}');
for (let i = 0; i < 50; i++) edit(i);
const s = new (require('inspector').Session)();
if (${alloc}) {
  s.connect();
  s.post('HeapProfiler.enable');
  s.post('HeapProfiler.startSampling', { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < ${edits}; i++) edit(i);
  s.post('HeapProfiler.stopSampling', (e, r) => {
    require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(r.profile));
    console.log(JSON.stringify({ cpuMs: 0, gcs: 0, gcMs: 0 }));
  });
  return;
}
s.connect();
s.post('Profiler.enable');
s.post('Profiler.setSamplingInterval', { interval: 250 });
const gc = new (require('v8').GCProfiler)();
gc.start();
s.post('Profiler.start');
// The sampler sees this thread only: its shares are scaled by this thread's CPU (schedstat's
// nanoseconds run; a read may lag by a scheduler tick, nothing over a loop of seconds), process
// CPU (V8's background threads too) beside it.
const ownMs = () => { try { return Number.parseInt(require('fs').readFileSync('/proc/thread-self/schedstat', 'latin1'), 10) / 1e6; } catch { return NaN; } };
const o0 = ownMs();
const c0 = process.cpuUsage();
for (let i = 0; i < ${edits}; i++) edit(i);
const c = process.cpuUsage(c0);
const own = ownMs() - o0;
s.post('Profiler.stop', (e, r) => {
  const g = gc.stop().statistics;
  require('fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(r.profile));
  console.log(JSON.stringify({ cpuMs: (c.user + c.system) / 1000, threadMs: own, gcs: g.length, gcMs: g.reduce((a, x) => a + x.cost, 0) / 1000 }));
});`;
}

function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-editprof-'));
  const { bundle, fileOfLine } = bundleCoreWithLines(dir);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { articleOfWords } = require('./corpus') as typeof import('./corpus');
  const textFile = path.join(dir, 'article.txt');
  fs.writeFileSync(textFile, articleOfWords(words, 40 + words));
  const out = path.join(dir, `edit-${kind}-${words}.${alloc ? 'heapprofile' : 'cpuprofile'}`);
  const r = spawnSync(process.execPath, ['-e', `(() => {${childScript(bundle, textFile, out)}})()`], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const run = JSON.parse(r.stdout.trim()) as { cpuMs: number; threadMs?: number; gcs: number; gcMs: number };
  if (alloc) return printAllocations(JSON.parse(fs.readFileSync(out, 'utf8')), fileOfLine, out);
  const prof: Profile = JSON.parse(fs.readFileSync(out, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n: Node) => {
    const cf = n.callFrame;
    const where = cf.url.endsWith('core.js') ? fileOfLine[cf.lineNumber] ?? '(bundle)' : cf.url ? path.basename(cf.url) : '(native)';
    return { fn: `${cf.functionName || '(anonymous)'}  ${where}:${cf.lineNumber + 1}`, file: where };
  };
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i] ?? 0;
    const n = byId.get(id)!;
    // The inspector's own frame (the sample taken as Profiler.stop runs) is not the edit's.
    if (n.callFrame.functionName === 'dispatch' && !n.callFrame.url) return;
    total += us;
    const k = keyOf(n);
    self.set(k.fn, (self.get(k.fn) ?? 0) + us);
    byFile.set(k.file, (byFile.get(k.file) ?? 0) + us);
    const seen = new Set<string>();
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const f = keyOf(byId.get(p)!).fn;
      if (!seen.has(f)) {
        seen.add(f);
        incl.set(f, (incl.get(f) ?? 0) + us);
      }
    }
  });
  // Shares of the samples, in ms of this thread's CPU per edit (of the process's where unknown).
  const ownMs = run.threadMs !== undefined && Number.isFinite(run.threadMs) ? run.threadMs : run.cpuMs;
  const perEdit = (us: number) => ((us / total) * ownMs) / edits;
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((100 * us) / total).toFixed(1).padStart(5)}%  ${perEdit(us).toFixed(3).padStart(7)} ms/edit  ${k}`);
  console.log(`${edits} edits (${kind}) on a ${words}-word article after 50 unprofiled: ${(ownMs / edits).toFixed(2)} ms CPU per edit on this thread (${(run.cpuMs / edits).toFixed(2)} ms process), ${run.gcs} collections on this thread taking ${(run.gcMs / edits).toFixed(2)} ms per edit`);
  console.log('\nself time by file:\n' + top(byFile, 14).join('\n'));
  console.log('\nself time by function:\n' + top(self, 25).join('\n'));
  const inclusive = [...incl.entries()].filter(([k]) => k.includes('src/core/'));
  console.log('\ninclusive time by function (core only):\n' + top(new Map(inclusive), 40).join('\n'));
  console.log(`\nprofile: ${out}`);
}

interface HeapNode {
  callFrame: Node['callFrame'];
  selfSize: number;
  children: HeapNode[];
}

/** Bytes allocated per edit by function (self) and by core function on the stack (inclusive). */
function printAllocations(root: { head: HeapNode }, fileOfLine: string[], out: string): void {
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let total = 0;
  const walk = (n: HeapNode, stack: string[]) => {
    const cf = n.callFrame;
    const where = cf.url.endsWith('core.js') ? fileOfLine[cf.lineNumber] ?? '(bundle)' : cf.url ? path.basename(cf.url) : '(native)';
    const key = `${cf.functionName || '(anonymous)'}  ${where}`;
    const inner = stack.includes(key) || !where.startsWith('src/core/') ? stack : [...stack, key];
    if (n.selfSize) {
      total += n.selfSize;
      self.set(key, (self.get(key) ?? 0) + n.selfSize);
      for (const k of inner) incl.set(k, (incl.get(k) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c, inner);
  };
  walk(root.head, []);
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, b]) => `${((100 * b) / total).toFixed(1).padStart(5)}%  ${(b / edits / 1e3).toFixed(1).padStart(8)} KB/edit  ${k}`);
  console.log(`${edits} edits (${kind}) on a ${words}-word article after 50 unprofiled: ${(total / edits / 1e6).toFixed(2)} MB allocated per edit`);
  console.log('\nallocated by function (self):\n' + top(self, 25).join('\n'));
  console.log('\nallocated under function (inclusive, core only):\n' + top(incl, 30).join('\n'));
  console.log(`\nprofile: ${out}`);
}

main();
