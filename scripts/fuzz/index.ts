// `npm run fuzz [-- --runs N] [--seed S]`: property-based fuzzing of `analyzeText`.
// Without --runs each property gets a few seconds; with --runs N the N cases are split across the
// properties and run to the end (the long run). A failure is shrunk and printed; its kind is then
// set aside and the property goes on, so one common bug does not hide the rest (up to 8 kinds per
// property). Exits 1 if any invariant failed. Time per KB is reported, never failed on: the
// machine may be shared. The slowest input is written to a temp file for profiling.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import fc from 'fast-check';
import { anyUnicode, anyUtf16, newsLike, mutatedSample } from './generators';
import { checkText, newTiming, violationKind, type Timing } from './property';
import { loadSamples, articleOfWords } from '../bench/corpus';

function parseArgs(argv: string[]) {
  const get = (k: string) => {
    const i = argv.indexOf(k);
    return i >= 0 ? Number(argv[i + 1]) : null;
  };
  return { runs: get('--runs'), seed: get('--seed') ?? Date.now() % 2 ** 31 };
}

const MAX_KINDS = 8;
const SHOW = 1500;

function main(): number {
  const { runs, seed } = parseArgs(process.argv.slice(2));
  const samples = [...loadSamples(), articleOfWords(600, 11), articleOfWords(1500, 12)];
  const props: { name: string; weight: number; arb: fc.Arbitrary<string> }[] = [
    { name: 'mutated sample articles', weight: 4, arb: mutatedSample(samples).map((m) => m.text) },
    { name: 'news-like token soup', weight: 3, arb: newsLike },
    { name: 'any Unicode', weight: 1, arb: anyUnicode },
    { name: 'any UTF-16 (lone surrogates)', weight: 1, arb: anyUtf16 },
  ];
  const totalWeight = props.reduce((s, p) => s + p.weight, 0);
  const timing: Timing = newTiming();
  const failures: string[] = [];
  console.log(`fuzz seed ${seed}${runs ? `, ${runs} cases` : ', time-bounded (about 2 s per property)'}`);
  for (const p of props) {
    let left = runs ? Math.max(1, Math.round((runs * p.weight) / totalWeight)) : 100000;
    const known = new Set<string>();
    const before = timing.cases;
    const t0 = Date.now();
    for (let round = 0; left > 0 && known.size < MAX_KINDS; round++) {
      const startCases = timing.cases;
      const result = fc.check(fc.property(p.arb, (text) => {
        checkText(text, timing, known);
        // The long run says where it is now and then (stderr, so stdout stays the report).
        if (runs && timing.cases % 5000 === 0) process.stderr.write(`  ${timing.cases} cases, ${((Date.now() - t0) / 1000).toFixed(0)} s into ${p.name}\n`);
      }), {
        seed: seed + round,
        numRuns: left,
        ...(runs ? {} : { interruptAfterTimeLimit: Math.max(200, 2000 - (Date.now() - t0)), markInterruptAsFailure: false }),
      });
      left -= timing.cases - startCases + (result.failed ? 1 : 0);
      if (!result.failed) break;
      const err = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
      const lines = err.split('\n').filter((l) => l.startsWith('  '));
      const kinds = lines.length ? lines.map((l) => violationKind(l.trim())) : ['not deterministic'];
      kinds.forEach((k) => known.add(k));
      if (!lines.length && !err.startsWith('not deterministic')) known.add(err); // a crash
      const input = String(result.counterexample?.[0] ?? '');
      failures.push(
        `FAIL ${p.name} (seed ${seed + round}, path ${result.counterexamplePath}):\n  ${err.split('\n').join('\n  ')}\n` +
          `  input (shrunk, ${input.length} chars): ${JSON.stringify(input.length > SHOW ? input.slice(0, SHOW) + '…' : input)}`,
      );
      if (!runs && Date.now() - t0 > 2000) break;
    }
    const cases = timing.cases - before;
    console.log(`${known.size ? 'FAIL' : 'ok  '} ${p.name}: ${cases} cases in ${((Date.now() - t0) / 1000).toFixed(1)} s${known.size ? `, ${known.size} kind(s) of violation` : ''}`);
  }
  for (const f of failures) console.log('\n' + f);
  const worst = path.join(os.tmpdir(), 'newsfact-fuzz-slowest.txt');
  fs.writeFileSync(worst, timing.worstInput);
  console.log(`\n${timing.cases} cases passed the checks, ${failures.length} failure(s)`);
  console.log(`slowest: ${timing.worstMsPerKB.toFixed(1)} ms/KB (${timing.worstMs.toFixed(1)} ms on ${timing.worstInput.length} chars, saved to ${worst})`);
  return failures.length ? 1 : 0;
}

process.exitCode = main();
