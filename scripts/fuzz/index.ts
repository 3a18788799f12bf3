// `npm run fuzz [-- --runs N] [--seed S]`: property-based fuzzing of `analyzeText`.
// Without --runs each property gets a few seconds; with --runs N the N cases are split across the
// properties and run to the end (the long run). Exits 1 on a violation, printing the shrunk input.
// Time per KB is reported, never failed on: the machine may be shared.
import fc from 'fast-check';
import { anyUnicode, anyUtf16, newsLike, mutatedSample } from './generators';
import { checkText, newTiming, type Timing } from './property';
import { loadSamples, articleOfWords } from '../bench/corpus';

function parseArgs(argv: string[]) {
  const get = (k: string) => {
    const i = argv.indexOf(k);
    return i >= 0 ? Number(argv[i + 1]) : null;
  };
  return { runs: get('--runs'), seed: get('--seed') ?? Date.now() % 2 ** 31 };
}

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
  let failed = 0;
  console.log(`fuzz seed ${seed}${runs ? `, ${runs} cases` : ', time-bounded (about 2 s per property)'}`);
  for (const p of props) {
    const numRuns = runs ? Math.max(1, Math.round((runs * p.weight) / totalWeight)) : 100000;
    const before = timing.cases;
    const t0 = Date.now();
    const result = fc.check(fc.property(p.arb, (text) => checkText(text, timing)), {
      seed,
      numRuns,
      ...(runs ? {} : { interruptAfterTimeLimit: 2000, markInterruptAsFailure: false }),
    });
    const cases = timing.cases - before;
    const secs = ((Date.now() - t0) / 1000).toFixed(1);
    if (result.failed) {
      failed++;
      console.log(`FAIL ${p.name} after ${result.numRuns} case(s), ${secs} s`);
      console.log(`  input (shrunk): ${JSON.stringify(result.counterexample?.[0])}`);
      console.log(`  ${String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance).split('\n').join('\n  ')}`);
      console.log(`  replay: npm run fuzz -- --seed ${seed}  (path ${result.counterexamplePath})`);
    } else {
      console.log(`ok   ${p.name}: ${cases} cases in ${secs} s`);
    }
  }
  console.log(`${timing.cases} cases checked, ${failed} propert${failed === 1 ? 'y' : 'ies'} failed`);
  console.log(`worst time: ${timing.worstMsPerKB.toFixed(2)} ms/KB (${timing.worstMs.toFixed(1)} ms on ${timing.worstInput.length} chars)`);
  return failed ? 1 : 0;
}

process.exitCode = main();
