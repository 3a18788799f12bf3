// Placeholder article parser: paragraphs are blank-line separated blocks, the first line is the
// headline. The article-model work replaces this with headline/dateline/boilerplate detection
// and a real sentence splitter, keeping the `parseArticle` signature.
import type { Article, Span } from '../types';

export function parseArticle(text: string): Article {
  const paragraphs: Span[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  let first = true;
  let headline: Article['headline'] = null;
  while ((m = re.exec(text))) {
    const span: Span = [m.index, m.index + m[0].length];
    if (!m[0].trim()) continue;
    if (first) {
      headline = { text: m[0], span };
      first = false;
      continue;
    }
    paragraphs.push(span);
  }
  return { text, headline, dateline: null, boilerplate: [], paragraphs, sentences: paragraphs.slice() };
}
