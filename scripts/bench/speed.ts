// `npx tsx scripts/bench/speed.ts [--corpus samples|templates|varied|both|all] [--passes 5] [--mb 1] [--rounds 1] [--fresh]`:
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
import { corpusOf, type Corpus } from './corpus';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const which = arg('--corpus', 'both');
const passes = Number(arg('--passes', '5'));
const mb = Number(arg('--mb', '1'));
const rounds = Number(arg('--rounds', which === 'all' ? '3' : '1'));
const fresh = process.argv.includes('--fresh');
if (!['samples', 'templates', 'varied', 'both', 'all'].includes(which)) {
  console.error(`--corpus ${which}: expected samples, templates, varied, both or all`);
  process.exit(2);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-speed-'));
const bundle = path.join(dir, 'core.js');
// eslint-disable-next-line @typescript-eslint/no-require-imports
require('esbuild').buildSync({ entryPoints: [path.join(__dirname, '../../src/core/index.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'silent' });

// Each corpus kind, built with its own default seed (pass 0) or another one (later passes, --fresh).
const MB = mb * (1 << 20);
const kinds: ((pass: number) => Corpus | null)[] = [];
if (which === 'samples' || which === 'both' || which === 'all') kinds.push((p) => corpusOf('samples', MB, p));
if (which === 'templates' || which === 'both' || which === 'all') kinds.push((p) => corpusOf('templates', MB, p));
if (which === 'varied' || which === 'all') kinds.push((p) => corpusOf('varied', MB, p));
// With --fresh every pass reads new text of the same kind (warm-up included), as a workspace of
// distinct articles does: per-word tables and caches meet new words instead of the same megabyte.
const present = kinds.map((make) => ({ make, first: make(0) })).filter((k): k is { make: (p: number) => Corpus | null; first: Corpus } => k.first !== null);

/** Words per CPU-second of each pass after two warm-up passes, in a fresh node. */
function passesOf(i: number): number[] {
  const input = path.join(dir, `articles-${i}.json`);
  if (!fs.existsSync(input)) {
    const texts = fresh ? Array.from({ length: passes + 2 }, (_, p) => (p ? present[i].make(p)! : present[i].first)) : [present[i].first];
    fs.writeFileSync(input, JSON.stringify(texts.map((c) => ({ words: c.words, articles: c.articles }))));
  }
  const child = `const {analyzeText}=require(${JSON.stringify(bundle)});
const cs=JSON.parse(require('fs').readFileSync(${JSON.stringify(input)},'utf8'));
const rate=[];
for(let p=0;p<${passes + 2};p++){const c=cs[p%cs.length];const c0=process.cpuUsage();for(const t of c.articles)analyzeText(t);const u=process.cpuUsage(c0);if(p>=2)rate.push(c.words/((u.user+u.system)/1e6));}
console.log(JSON.stringify(rate));`;
  const r = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) {
    process.stderr.write(r.stderr);
    process.exit(1);
  }
  return JSON.parse(r.stdout);
}

const all: number[][] = present.map(() => []);
for (let round = 0; round < rounds; round++) present.forEach((_, i) => all[i].push(...passesOf(i)));
present.forEach(({ first: c }, i) => {
  const rate = all[i].sort((a, b) => a - b);
  const median = rate[Math.floor(rate.length / 2)];
  const over = rounds > 1 ? ` of ${rate.length} passes in ${rounds} rounds` : '';
  const k = (x: number) => `${Math.round(x / 1000)}k`;
  const ms = (x: number) => ((c.words / x) * 1000).toFixed(0);
  if (fresh) console.log(`${c.name}, new text each pass (the first: ${c.articles.length} articles, ${c.words} words): median${over} ${k(median)} words/CPU-s (min ${k(rate[0])}, max ${k(rate[rate.length - 1])})`);
  else console.log(`${c.name}: ${c.articles.length} articles, ${c.words} words, median${over} ${ms(median)} ms CPU per pass (min ${ms(rate[rate.length - 1])}, max ${ms(rate[0])}): ${k(median)} words/CPU-s`);
});
fs.rmSync(dir, { recursive: true, force: true });
