// The human-readable summary `newsfact analyze` prints for one article.
import type { Analysis, Quote, Speaker } from '../core';
import type { LineIndex } from './lineIndex';

const MAX_QUOTE_CHARS = 110;

export function renderTextReport(file: string, analysis: Analysis, lines: LineIndex): string {
  const { article, quotes, speakers, findings } = analysis;
  const out: string[] = [`== ${file}`];
  out.push(`Headline: ${article.headline ? oneLine(article.headline.text) : '(none found)'}`);
  const d = article.dateline;
  if (d) {
    const parts = [d.agency, d.place, d.date].filter((p): p is string => !!p);
    out.push(`Dateline: ${oneLine(d.text)}${parts.length ? `  [${parts.join(' | ')}]` : ''}`);
  } else {
    out.push('Dateline: (none found)');
  }
  out.push(
    `Body: ${plural(article.paragraphs.length, 'paragraph')}, ${plural(article.sentences.length, 'sentence')}, ` +
      `${plural(article.boilerplate.length, 'page-furniture span')} skipped`,
  );
  const byType = (t: Quote['type']) => quotes.filter((q) => q.type === t).length;
  out.push(
    `Quotes: ${quotes.length} (${byType('direct')} direct, ${byType('mixed')} mixed, ${byType('indirect')} indirect) ` +
      `from ${plural(speakers.length, 'speaker')}; ${plural(findings.length, 'finding')}`,
  );

  if (quotes.length) {
    out.push('', 'Quotes by speaker');
    for (const group of groupBySpeaker(quotes, speakers)) {
      out.push(`  ${group.title}`);
      for (const q of group.quotes) out.push(`    ${renderQuote(q, lines)}`);
    }
  }

  if (findings.length) {
    out.push('', 'Findings');
    for (const f of findings) {
      const p = lines.position(f.span[0]);
      out.push(`  L${p.line}:${p.column} ${f.severity} ${f.rule}: ${oneLine(f.message)}`);
      for (const r of f.related ?? []) {
        const where = r.file ? r.file : `L${lines.position(r.span[0]).line}`;
        out.push(`    see ${where}: ${oneLine(r.message)}`);
      }
    }
  }
  return out.join('\n') + '\n';
}

interface Group {
  title: string;
  quotes: Quote[];
}

/** Speakers in the order the core lists them, then quotes whose speaker was not resolved. */
function groupBySpeaker(quotes: Quote[], speakers: Speaker[]): Group[] {
  const groups = new Map<string, Group>();
  for (const s of speakers) groups.set(`id:${s.id}`, { title: speakerTitle(s), quotes: [] });
  for (const q of quotes) {
    const key = q.speaker.id && groups.has(`id:${q.speaker.id}`) ? `id:${q.speaker.id}` : `name:${q.speaker.entity ?? q.speaker.mention ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      const name = q.speaker.entity ?? q.speaker.mention;
      g = { title: name ? `${oneLine(name)} (unresolved)` : '(no speaker found)', quotes: [] };
      groups.set(key, g);
    }
    g.quotes.push(q);
  }
  return [...groups.values()].filter((g) => g.quotes.length > 0);
}

function speakerTitle(s: Speaker): string {
  const detail = [s.role, s.affiliation].filter((p): p is string => !!p).map(oneLine);
  const kind = s.kind === 'person' ? '' : ` [${s.kind}]`;
  return `${oneLine(s.entity)}${detail.length ? ` (${detail.join(', ')})` : ''}${kind}`;
}

function renderQuote(q: Quote, lines: LineIndex): string {
  let text = oneLine(q.text);
  if (text.length > MAX_QUOTE_CHARS) text = text.slice(0, MAX_QUOTE_CHARS - 1).trimEnd() + '\u2026';
  const how = [q.cue ? oneLine(q.cue.text) : null, q.via ? `via ${oneLine(q.via)}` : null].filter(Boolean);
  const line = q.spans.length ? `L${lines.position(q.spans[0][0]).line}` : '';
  return `[${q.type}] ${text}${how.length ? ` (${how.join(', ')})` : ''}  ${line}`.trimEnd();
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
