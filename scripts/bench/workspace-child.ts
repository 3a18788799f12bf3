// Single-thread workspace indexer used by the bench when the CLI offers no worker threads:
// reads every .txt under a folder, analyses it, prints one JSON line per file as it finishes.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core';

const dir = process.argv[2];
for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith('.txt')) continue;
  const file = path.join(dir, name);
  const a = analyzeText(fs.readFileSync(file, 'utf8'));
  // The CLI's jsonl shape: the article fields (without its text) flattened beside the rest.
  const { text: _text, ...article } = a.article;
  process.stdout.write(JSON.stringify({ file, ...article, quotes: a.quotes, speakers: a.speakers, findings: a.findings }) + '\n');
}
