// `npx tsx scripts/bench/profile.ts [words=20000] [repeats=3] [--corpus samples|templates|varied|all] [--fresh]`:
// where analysis time goes. Bundles the core with esbuild (this keeps tsx's loader out of the
// profile; not minified, so function names stay, and without keepNames, whose __name() call on
// every closure is a cost the shipped bundle does not have), runs it under `node --cpu-prof` on one template article of
// `words` words or, with --corpus, on the throughput bench's 1 MB corpus (many short articles,
// where per-article costs show), then prints self time by function and by source file (mapped
// through esbuild's `// src/...` markers). The profile file is kept for Chrome DevTools.
// `--corpus all` profiles the three corpora, each in its own process, and prints each file's and
// function's self time per 1,000 words side by side: what costs more per word on varied text
// (large vocabulary, real typography) than on the other two shows there. With --fresh (`all`
// only) every pass reads new text of the same kind, as a workspace of distinct articles does.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { bundleCoreWithLines, type CpuProfile as Profile, type ProfileNode as Node } from './coreBundle';

interface SelfTimes {
  what: string;
  words: number;
  /** Microseconds sampled, in all and by key. */
  total: number;
  /** The profiled process's CPU time (µs): the samples' wall-clock deltas also count time the
   * process waited for a core, so per-word comparisons scale each key's share to this. */
  cpu: number;
  byFn: Map<string, number>;
  byFile: Map<string, number>;
  file: string;
}

const corpusAt = process.argv.indexOf('--corpus');
const corpusName = corpusAt >= 0 ? process.argv[corpusAt + 1] : null;
const positional = process.argv.slice(2).filter((_, i, all) => all[i] !== '--corpus' && all[i - 1] !== '--corpus' && all[i] !== '--fresh');
const words = Number(positional[0] ?? 20000);
const fresh = process.argv.includes('--fresh');
const repeats = Number(positional[1] ?? 3);

interface Texts {
  what: string;
  /** The articles of each pass, in turn (one list: the same text every pass). */
  passes: string[][];
  /** Words of each list in `passes`. */
  words: number[];
}

/** The texts to profile; with `fresh`, a corpus of the same kind with another seed for every pass. */
function textsOf(name: string | null, fresh = false): Texts {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { articleOfWords, corpusOf, isCorpusKind } = require('./corpus') as typeof import('./corpus');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { countWords } = require('./templates');
  if (!name) {
    const t = articleOfWords(words, 7);
    return { what: `a ${words}-word template article`, passes: [[t]], words: [countWords(t)] };
  }
  if (!isCorpusKind(name)) throw new Error(`--corpus ${name}: expected samples, templates, varied or all`);
  const cs = Array.from({ length: fresh ? repeats + 2 : 1 }, (_, p) => corpusOf(name, 1 << 20, p));
  const c = cs[0];
  if (!c) throw new Error('no samples/ to build the samples corpus from');
  const what = fresh ? `${c.name}, new text each pass` : `${c.name} (${c.articles.length} articles)`;
  return { what, passes: cs.map((x) => x!.articles), words: cs.map((x) => x!.words) };
}

/**
 * Runs `repeats` passes over `texts` in a fresh node, profiled; self time by function and file.
 * `warm`: two passes run first, unprofiled, and samples are taken every 250 µs (the per-corpus
 * comparison measures the optimised code, as speed.ts does, and needs more samples than the
 * default 1 ms gives); otherwise the whole run is profiled by --cpu-prof, as before.
 */
function profileTexts(dir: string, bundle: string, fileOfLine: string[], corpus: Texts, tag: string, warm: boolean): SelfTimes {
  const input = path.join(dir, `articles-${tag}.json`);
  const profDir = path.join(dir, tag);
  fs.mkdirSync(profDir, { recursive: true });
  fs.writeFileSync(input, JSON.stringify(corpus.passes));
  const n = corpus.passes.length;
  // Warm-up passes take the first lists, timed passes the next (all the same list when there is one).
  const first = warm ? 2 : 0;
  const load = `const {analyzeText}=require(${JSON.stringify(bundle)});const cs=JSON.parse(require('fs').readFileSync(${JSON.stringify(input)},'utf8'));`;
  const timed = `const c0=process.cpuUsage();for(let i=${first};i<${first + repeats};i++)for(const t of cs[i%${n}])analyzeText(t);const c=process.cpuUsage(c0);`;
  const run = warm
    ? load + `for(let i=0;i<2;i++)for(const t of cs[i%${n}])analyzeText(t);const s=new (require('inspector').Session)();s.connect();` +
      `s.post('Profiler.enable');s.post('Profiler.setSamplingInterval',{interval:250});s.post('Profiler.start');${timed}` +
      `s.post('Profiler.stop',(e,r)=>{require('fs').writeFileSync(${JSON.stringify(path.join(profDir, 'warm.cpuprofile'))},JSON.stringify(r.profile));console.log(c.user+c.system);});`
    : load + timed + 'console.log(c.user+c.system);';
  const flags = warm ? [] : ['--cpu-prof', `--cpu-prof-dir=${profDir}`];
  const r = spawnSync(process.execPath, [...flags, '-e', run], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) process.exit(r.status ?? 1);
  const cpu = Number(r.stdout.trim());
  const file = path.join(profDir, fs.readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!);
  const prof: Profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  // The inspector session's own frame (the sample taken as Profiler.stop runs) carries the time
  // since the last sample of the work; it is not the analysis's.
  const control = new Set(prof.nodes.filter((n) => warm && n.callFrame.functionName === 'dispatch' && !n.callFrame.url).map((n) => n.id));
  prof.samples.forEach((id, i) => control.has(id) || self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, us] of self) {
    const cf = byId.get(id)!.callFrame;
    const fromBundle = cf.url.endsWith('core.js');
    const where = fromBundle ? fileOfLine[cf.lineNumber] ?? '(bundle)' : cf.url ? cf.url.replace(/^file:\/\//, '') : '(native)';
    const key = `${cf.functionName || '(anonymous)'}  ${where}:${cf.lineNumber + 1}`;
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    byFile.set(where, (byFile.get(where) ?? 0) + us);
  }
  let timedWords = 0;
  for (let i = first; i < first + repeats; i++) timedWords += corpus.words[i % n];
  return { what: corpus.what, words: timedWords, total, cpu, byFn, byFile, file };
}

function printOne(p: SelfTimes): void {
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${((100 * us) / p.total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(6)} ms  ${k}`);
  console.log(`profile of ${repeats} x analyzeText on ${p.what}: ${(p.total / 1000).toFixed(0)} ms sampled`);
  console.log('\nself time by file:\n' + top(p.byFile, 12).join('\n'));
  console.log('\nself time by function:\n' + top(p.byFn, 20).join('\n'));
  console.log(`\nprofile: ${p.file}`);
}

/**
 * Self time per 1,000 words (µs of CPU: each key's share of the samples times the process's CPU
 * time) of each corpus, side by side, for the keys that cost most on the
 * last corpus, with the last corpus's ratio to the mean of the others.
 */
function printCompared(ps: SelfTimes[], pick: (p: SelfTimes) => Map<string, number>, n: number): void {
  const per = (p: SelfTimes, k: string) => ((((pick(p).get(k) ?? 0) / p.total) * p.cpu) / p.words) * 1000;
  const keys = new Set<string>();
  for (const p of ps) for (const [k] of [...pick(p).entries()].sort((a, b) => b[1] - a[1]).slice(0, n)) keys.add(k);
  const rows = [...keys].map((k) => {
    const vals = ps.map((p) => per(p, k));
    const others = vals.slice(0, -1);
    const base = others.reduce((a, b) => a + b, 0) / others.length;
    return { k, vals, ratio: base > 0 ? vals[vals.length - 1] / base : Infinity };
  });
  rows.sort((a, b) => b.vals[b.vals.length - 1] - a.vals[a.vals.length - 1]);
  const names = ps.map((p) => p.what.split(' ')[0]);
  console.log(names.map((s) => s.padStart(10)).join('') + `  ${names[names.length - 1]}/others  (µs of CPU self time per 1,000 words)`);
  for (const r of rows) console.log(r.vals.map((v) => v.toFixed(0).padStart(10)).join('') + `  ${(r.ratio === Infinity ? 'new' : r.ratio.toFixed(2) + 'x').padStart(8)}       ${r.k}`);
}

function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-prof-'));
  const { bundle, fileOfLine } = bundleCoreWithLines(dir);
  if (corpusName !== 'all') {
    printOne(profileTexts(dir, bundle, fileOfLine, textsOf(corpusName), 'one', false));
    return;
  }
  const ps = ['samples', 'templates', 'varied'].map((name) => profileTexts(dir, bundle, fileOfLine, textsOf(name, fresh), name, true));
  for (const p of ps) console.log(`${p.what}: ${p.words} words in ${repeats} passes after 2 unprofiled, ${(p.cpu / 1000).toFixed(0)} ms CPU (${(p.total / 1000).toFixed(0)} ms sampled), ${((p.cpu / p.words) * 1000).toFixed(0)} µs CPU per 1,000 words`);
  console.log('\nself time by file:');
  printCompared(ps, (p) => p.byFile, 14);
  console.log('\nself time by function:');
  printCompared(ps, (p) => p.byFn, 30);
  console.log(`\nprofiles: ${ps.map((p) => p.file).join(' ')}`);
}

main();
