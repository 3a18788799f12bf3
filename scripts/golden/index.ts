// `npx tsx scripts/golden [--save FILE | --check FILE]`: a fingerprint of the core's output on a
// fixed set of texts, so a refactor done for speed can prove it changed nothing.
// Texts: samples/, test fixtures, the held-out sources, generated template articles, and, when
// present, ../shared/corpus (read only; only hashes are written, never its text).
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeText } from '../../src/core';
import { templateCorpus, articleOfWords, listTxt } from '../bench/corpus';

const ROOT = path.join(__dirname, '..', '..');

function inputs(): [string, string][] {
  const out: [string, string][] = [];
  for (const d of ['samples', 'test/fixtures', 'test/eval', '../shared/corpus/articles']) {
    for (const f of listTxt(path.join(ROOT, d))) out.push([path.relative(ROOT, f), fs.readFileSync(f, 'utf8')]);
  }
  templateCorpus(2 << 20, 7).articles.forEach((t, i) => out.push([`template#${i}`, t]));
  out.push(['articleOfWords(20000)', articleOfWords(20000, 7)]);
  return out;
}

function main() {
  const args = process.argv.slice(2);
  const save = args[args.indexOf('--save') + 1];
  const check = args[args.indexOf('--check') + 1];
  const got: Record<string, string> = {};
  for (const [name, text] of inputs()) {
    got[name] = crypto.createHash('sha1').update(JSON.stringify(analyzeText(text))).digest('hex');
  }
  if (args.includes('--save')) {
    fs.writeFileSync(save, JSON.stringify(got, null, 1) + '\n');
    console.log(`saved ${Object.keys(got).length} fingerprints to ${save}`);
    return;
  }
  if (args.includes('--check')) {
    const want = JSON.parse(fs.readFileSync(check, 'utf8')) as Record<string, string>;
    const differ = Object.keys(want).filter((k) => got[k] !== want[k]);
    for (const k of differ) console.log(`differs: ${k}`);
    console.log(`${Object.keys(want).length - differ.length} same, ${differ.length} differ`);
    process.exit(differ.length ? 1 : 0);
  }
  console.log(JSON.stringify(got, null, 1));
}

main();
