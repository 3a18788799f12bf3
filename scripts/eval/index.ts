// `npm run eval [-- <corpus folder | file.jsonl>] [--article NAME] [--check]`
// Scores the core against gold annotations. With --check it exits 1 when a bar is missed.
import { loadCorpus, DEFAULT_CORPUS } from './corpus';
import type { Section } from './report';
import { evalArticleModel } from './article';
import { evalFindings } from './findings';
import { evalQuotes } from './quotes';

interface Options {
  corpus: string;
  article: string | null;
  check: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { corpus: DEFAULT_CORPUS, article: null, check: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--article') opts.article = argv[++i] ?? null;
    else if (a === '--check') opts.check = true;
    else opts.corpus = a;
  }
  return opts;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const docs = loadCorpus(opts.corpus);
  const sections: Section[] = [evalArticleModel(docs, opts)];
  sections.push(evalQuotes(docs, opts));
  sections.push(evalFindings(docs, opts));
  let missed = 0;
  for (const s of sections) {
    console.log(`\n== ${s.title}`);
    for (const line of s.lines) console.log(line);
    for (const bar of s.bars) {
      const ok = bar.value >= bar.min;
      if (!ok) missed++;
      console.log(`  bar ${ok ? 'ok  ' : 'MISS'} ${bar.name}: ${bar.value.toFixed(3)} (>= ${bar.min})`);
    }
  }
  console.log(`\n${missed ? missed + ' bar(s) missed' : 'all bars met'} on ${docs.length} article(s)`);
  if (opts.check && missed) process.exit(1);
}

main();
