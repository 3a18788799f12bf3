// Shared helpers for the article-model tests: texts of spans, so assertions read as prose.
import * as fs from 'fs';
import * as path from 'path';
import type { Article, Span } from '../../src/core';

/** The texts of every .txt file under samples/ and test/fixtures/, in directory order. */
export function sampleAndFixtureTexts(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(fs.readFileSync(p, 'utf8'));
    }
  };
  const root = path.join(__dirname, '..', '..');
  walk(path.join(root, 'samples'));
  walk(path.join(root, 'test', 'fixtures'));
  return out;
}

export const slice = (text: string, s: Span) => text.slice(s[0], s[1]);
export const sentences = (a: Article) => a.sentences.map((s) => slice(a.text, s));
export const paragraphs = (a: Article) => a.paragraphs.map((s) => slice(a.text, s));
export const boilerplate = (a: Article) => a.boilerplate.map((s) => slice(a.text, s));
