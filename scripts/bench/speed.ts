// `npx tsx scripts/bench/speed.ts [--corpus samples|templates|varied|both|all] [--passes 5] [--mb 1] [--rounds 1]`:
// a quick analyzeText throughput figure for A/B work on the hot path (the full bench takes
// minutes). Bundles the core with esbuild and runs it in plain node, so tsx's loader is not
// measured; prints words per CPU-second, the median of the passes after two warm-up passes.
// `both` is samples and templates (the figures compared across sessions); `all` adds varied.
// With --rounds N (default 1; 3 with `all`) the corpora take turns, a fresh process each, N times,
// and the median is over all their passes: corpora compared in the same minutes, as the machine's
// speed swings.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { samplesCorpus, templateCorpus, variedCorpus, type Corpus } from './corpus';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const which = arg('--corpus', 'both');
const passes = Number(arg('--passes', '5'));
const mb = Number(arg('--mb', '1'));
const rounds = Number(arg('--rounds', which === 'all' ? '3' : '1'));
if (!['samples', 'templates', 'varied', 'both', 'all'].includes(which)) {
  console.error(`--corpus ${which}: expected samples, templates, varied, both or all`);
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-speed-'));
const bundle = path.join(dir, 'core.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('esbuild').buildSync({ entryPoints: [path.join(__dirname, '../../src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });

const corpora = [];
if (which === 'samples' || which === 'both' || which === 'all') corpora.push(samplesCorpus(mb * (1 << 20)));
if (which === 'templates' || which === 'both' || which === 'all') corpora.push(templateCorpus(mb * (1 << 20)));
if (which === 'varied' || which === 'all') corpora.push(variedCorpus(mb * (1 << 20)));
const present = corpora.filter((c): c is Corpus => c !== null);

/** CPU ms of each pass after two warm-up passes, in a fresh node. */
function passesOf(i: number): number[] {
  const input = path.join(dir, `articles-${i}.json`);
  if (!fs.existsSync(input)) fs.writeFileSync(input, JSON.stringify(present[i].articles));
  const child = `const {analyzeText}=require(${JSON.stringify(bundle)});
const ts=JSON.parse(require('fs').readFileSync(${JSON.stringify(input)},'utf8'));
const cpu=[];
for(let p=0;p<${passes + 2};p++){const c0=process.cpuUsage();for(const t of ts)analyzeText(t);const c=process.cpuUsage(c0);if(p>=2)cpu.push((c.user+c.system)/1000);}
console.log(JSON.stringify(cpu));`;
  const r = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  return JSON.parse(r.stdout);
}

const all: number[][] = present.map(() => []);
for (let round = 0; round < rounds; round++) present.forEach((_, i) => all[i].push(...passesOf(i)));
present.forEach((c, i) => {
  const cpu = all[i].sort((a, b) => a - b);
  const median = cpu[Math.floor(cpu.length / 2)];
  const kwords = Math.round((c.words / (median / 1000)) / 1000);
  const over = rounds > 1 ? ` of ${cpu.length} passes in ${rounds} rounds` : '';
  console.log(`${c.name}: ${c.articles.length} articles, ${c.words} words, median${over} ${median.toFixed(0)} ms CPU per pass (min ${cpu[0].toFixed(0)}, max ${cpu[cpu.length - 1].toFixed(0)}): ${kwords}k words/CPU-s`);
});
fs.rmSync(dir, { recursive: true, force: true });
