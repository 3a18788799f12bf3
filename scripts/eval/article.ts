// Article model: headline and dateline accuracy, boilerplate character precision/recall.
// `--article NAME` lists the differences for one article.
import type { GoldDoc } from './corpus';
import { type Section, prf, fmt } from './report';
import { parseArticle } from '../../src/core';
import type { Span } from '../../src/core';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Non-whitespace character positions covered by the spans. */
function charSet(text: string, spans: Span[]): Set<number> {
  const out = new Set<number>();
  for (const [s, e] of spans) for (let i = s; i < e; i++) if (!/\s/.test(text[i])) out.add(i);
  return out;
}

/** Maximal runs of the positions, as spans, for listing differences. */
function runs(positions: number[]): Span[] {
  const out: Span[] = [];
  for (const p of positions.sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && p <= last[1] + 1) last[1] = p + 1;
    else out.push([p, p + 1]);
  }
  return out;
}

const hasDate = (s: string) => /\d{4}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i.test(s);

export function evalArticleModel(docs: GoldDoc[], opts: { article: string | null }): Section {
  const lines: string[] = [];
  let headlines = 0, withHeadline = 0;
  let datelines = 0, withDateline = 0;
  let agencyOk = 0, agencyStated = 0, agencyAny = 0;
  let dateOk = 0, dateStated = 0;
  let tp = 0, fp = 0, fn = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const a = parseArticle(doc.text);
    const detail = opts.article === doc.name;
    const out = (s: string) => detail && lines.push('    ' + s);
    if (detail) {
      lines.push(`  -- ${doc.name}`);
      out(`model: headline ${JSON.stringify(a.headline?.text ?? null)}; dateline ${JSON.stringify(a.dateline)}; byline ${JSON.stringify(a.byline?.text ?? null)}`);
      for (const f of a.furniture ?? []) out(`furniture ${f.kind} [${f.span}]: ${JSON.stringify(doc.text.slice(f.span[0], f.span[1]))}`);
    }

    if (doc.headline !== undefined) {
      withHeadline++;
      if (norm(a.headline?.text) === norm(doc.headline)) headlines++;
      else {
        misses.push(`${doc.name}: headline`);
        out(`headline: got ${JSON.stringify(a.headline?.text ?? null)}, gold ${JSON.stringify(doc.headline)}`);
      }
    }

    // Gold with an empty text means the article states no dateline (agency/date come from the
    // source): the parser must then return none.
    if (doc.dateline !== undefined && doc.dateline !== null) {
      withDateline++;
      const gold = doc.dateline;
      if (norm(a.dateline?.text) === norm(gold.text)) datelines++;
      else {
        misses.push(`${doc.name}: dateline`);
        out(`dateline: got ${JSON.stringify(a.dateline?.text ?? null)}, gold ${JSON.stringify(gold.text)}`);
      }
      if (norm(a.dateline?.agency) === norm(gold.agency)) agencyAny++;
      if (gold.agency && gold.text.includes(gold.agency)) {
        agencyStated++;
        if (a.dateline?.agency === gold.agency) agencyOk++;
        else out(`agency: got ${JSON.stringify(a.dateline?.agency ?? null)}, gold ${JSON.stringify(gold.agency)}`);
      }
      if (gold.date && hasDate(gold.text)) {
        dateStated++;
        if (a.dateline?.date === gold.date) dateOk++;
        else out(`date: got ${JSON.stringify(a.dateline?.date ?? null)}, gold ${JSON.stringify(gold.date)}`);
      }
    } else if (a.dateline) {
      out(`dateline: got ${JSON.stringify(a.dateline.text)}, gold none`);
    }

    const pred = charSet(doc.text, a.boilerplate);
    const gold = charSet(doc.text, doc.boilerplate ?? []);
    const extra: number[] = [];
    const missed: number[] = [];
    for (const p of pred) if (gold.has(p)) tp++; else { fp++; extra.push(p); }
    for (const p of gold) if (!pred.has(p)) { fn++; missed.push(p); }
    if (extra.length || missed.length) misses.push(`${doc.name}: boilerplate +${extra.length} -${missed.length} chars`);
    for (const [s, e] of runs(extra)) out(`boilerplate, not in gold [${s}, ${e}]: ${JSON.stringify(doc.text.slice(s, e))}`);
    for (const [s, e] of runs(missed)) out(`boilerplate missed [${s}, ${e}]: ${JSON.stringify(doc.text.slice(s, e))}`);
    if (detail) {
      out(`paragraphs ${a.paragraphs.length}, sentences ${a.sentences.length}`);
      for (const s of a.sentences) out(`  | ${doc.text.slice(s[0], s[1])}`);
    }
  }
  const hAcc = withHeadline ? headlines / withHeadline : 1;
  const dAcc = withDateline ? datelines / withDateline : 1;
  const bp = prf(tp, fp, fn);
  lines.unshift(
    `  headline accuracy ${headlines}/${withHeadline}`,
    `  dateline accuracy (text) ${datelines}/${withDateline}`,
    `  dateline agency, where the dateline text names it: ${agencyOk}/${agencyStated}; as gold (incl. agency known only from the source): ${agencyAny}/${withDateline}`,
    `  dateline date, where the dateline text gives one: ${dateOk}/${dateStated}`,
    `  boilerplate chars (non-space): P ${fmt(bp.p)} R ${fmt(bp.r)} F ${fmt(bp.f)} (tp ${tp}, fp ${fp}, fn ${fn})`,
    ...(opts.article ? [] : misses.map((m) => '  miss: ' + m)),
  );
  return {
    title: 'Article model',
    lines,
    bars: [
      { name: 'headline accuracy', value: hAcc, min: 1 },
      { name: 'dateline accuracy', value: dAcc, min: 1 },
      { name: 'dateline date accuracy', value: dateStated ? dateOk / dateStated : 1, min: 1 },
      { name: 'boilerplate precision', value: bp.p, min: 0.9 },
      { name: 'boilerplate recall', value: bp.r, min: 0.9 },
    ],
  };
}
