// Loads gold-annotated articles: a corpus folder (NAME.txt + NAME.gold.json, as in
// ../shared/corpus/articles) or a JSONL file whose lines are { text, quotes: [...] }.
import * as fs from 'fs';
import * as path from 'path';

export type GoldSpan = [number, number];

export interface GoldQuote {
  id?: string;
  type?: 'direct' | 'mixed' | 'indirect';
  content_spans: GoldSpan[];
  content?: string;
  speaker_spans?: GoldSpan[];
  speaker?: string;
  speaker_entity?: string | null;
  cue_spans?: GoldSpan[];
  cue?: string | null;
  via?: string | null;
}

export interface GoldDoc {
  name: string;
  text: string;
  headline?: string;
  dateline?: { text: string; agency?: string | null; date?: string | null } | null;
  boilerplate?: GoldSpan[];
  quotes: GoldQuote[];
  speakers?: { entity: string; kind: string; role?: string | null; affiliation?: string | null; mentions?: string[] }[];
  contradictions?: { a: string; b: string; kind: string; why?: string }[];
  unattributed?: { id?: string; spans: GoldSpan[]; text?: string; why?: string }[];
}

export const DEFAULT_CORPUS = path.resolve(__dirname, '../../../shared/corpus');

/** Reads a file as the editor would: UTF-8, BOM dropped. */
export function readText(file: string): string {
  const text = fs.readFileSync(file, 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export function loadCorpus(where: string = DEFAULT_CORPUS): GoldDoc[] {
  const stat = fs.statSync(where);
  if (stat.isFile()) {
    return fs
      .readFileSync(where, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line, i) => {
        const doc = JSON.parse(line);
        return { name: doc.name ?? doc.id ?? `line-${i + 1}`, ...doc } as GoldDoc;
      });
  }
  const dir = fs.existsSync(path.join(where, 'articles')) ? path.join(where, 'articles') : where;
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const gold = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
      return { ...gold, name, text: readText(path.join(dir, name + '.txt')) } as GoldDoc;
    });
}

/** Where pairs.json sits next to a corpus folder, if it does. */
export function pairsFile(where: string = DEFAULT_CORPUS): string | null {
  const p = path.join(where, 'pairs.json');
  return fs.existsSync(p) ? p : null;
}
