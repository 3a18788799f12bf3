// `newsfact analyze [--format text|json|jsonl] <file|folder>...`
import * as fs from 'fs';
import { analyzeText } from '../core';

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  if (command !== 'analyze') {
    process.stderr.write('usage: newsfact analyze [--format text|json|jsonl] <file|folder>...\n');
    return 2;
  }
  for (const file of rest) {
    const analysis = analyzeText(fs.readFileSync(file, 'utf8'));
    process.stdout.write(JSON.stringify({ file, headline: analysis.article.headline }) + '\n');
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
