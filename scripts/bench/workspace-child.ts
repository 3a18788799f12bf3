// Single-thread workspace indexer used by the bench when the CLI offers no worker threads:
// reads every .txt under a folder, analyses it, prints one JSON line per file as it finishes.
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core';

const dir = process.argv[2];
for (const name of fs.readdirSync(dir).sort()) {
  if (!name.endsWith('.txt')) continue;
  const a = analyzeText(fs.readFileSync(path.join(dir, name), 'utf8'));
  process.stdout.write(JSON.stringify({ file: name, quotes: a.quotes.length, findings: a.findings.length }) + '\n');
}
