// What must hold for any analysis of any text, whatever the rules find. Returns the violations
// (empty when all hold) so the fuzzer and unit tests can print exactly what broke.
import type { Analysis, Span } from '../../src/core';

function isHigh(c: number) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number) {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function checkInvariants(text: string, a: Analysis): string[] {
  const bad: string[] = [];
  const len = text.length;
  const span = (where: string, s: Span | null | undefined, allowEmpty = true): boolean => {
    if (!Array.isArray(s) || s.length !== 2 || !Number.isInteger(s[0]) || !Number.isInteger(s[1])) {
      bad.push(`${where}: not a [start, end] pair of integers: ${JSON.stringify(s)}`);
      return false;
    }
    const [st, en] = s;
    if (st < 0 || en > len || st > en || (!allowEmpty && st === en)) {
      bad.push(`${where}: span [${st}, ${en}] outside text of length ${len} or reversed/empty`);
      return false;
    }
    // A span must not cut an emoji (or any surrogate pair) in half.
    for (const i of [st, en]) {
      if (i > 0 && i < len && isLow(text.charCodeAt(i)) && isHigh(text.charCodeAt(i - 1))) {
        bad.push(`${where}: span [${st}, ${en}] splits a surrogate pair at ${i}`);
        return false;
      }
    }
    return true;
  };
  const textSpan = (where: string, t: { text: string; span: Span } | null | undefined) => {
    if (!t) return;
    if (span(where, t.span) && text.slice(t.span[0], t.span[1]) !== t.text) {
      bad.push(`${where}: text ${JSON.stringify(t.text)} != slice ${JSON.stringify(text.slice(t.span[0], t.span[1]))}`);
    }
  };

  const art = a.article;
  if (art.text !== text) bad.push('article.text is not the input text');
  textSpan('headline', art.headline);
  textSpan('dateline', art.dateline);
  art.boilerplate.forEach((s, i) => span(`boilerplate[${i}]`, s));
  sortedDisjoint('paragraphs', art.paragraphs, bad, span);
  sortedDisjoint('sentences', art.sentences, bad, span);
  for (const [i, s] of art.sentences.entries()) {
    if (!art.paragraphs.some((p) => p[0] <= s[0] && s[1] <= p[1])) bad.push(`sentences[${i}] [${s}] lies in no paragraph`);
  }
  for (const [i, b] of art.boilerplate.entries()) {
    for (const p of art.paragraphs) if (b[0] < p[1] && p[0] < b[1]) bad.push(`boilerplate[${i}] [${b}] overlaps paragraph [${p}]`);
  }

  const speakerIds = new Set<string>();
  for (const [i, s] of a.speakers.entries()) {
    if (speakerIds.has(s.id)) bad.push(`speakers[${i}]: duplicate id ${s.id}`);
    speakerIds.add(s.id);
    s.mentions.forEach((m, j) => textSpan(`speakers[${i}].mentions[${j}]`, m));
  }

  const quoteIds = new Set<string>();
  const allSpans: { q: number; s: Span }[] = [];
  for (const [i, q] of a.quotes.entries()) {
    const w = `quotes[${i}] (${q.id})`;
    if (quoteIds.has(q.id)) bad.push(`${w}: duplicate id`);
    quoteIds.add(q.id);
    if (!q.spans.length) bad.push(`${w}: no spans`);
    let ok = true;
    q.spans.forEach((s, j) => (ok = span(`${w}.spans[${j}]`, s, false) && ok));
    if (ok) {
      for (let j = 1; j < q.spans.length; j++) {
        if (q.spans[j][0] < q.spans[j - 1][1]) bad.push(`${w}: spans out of order or overlapping: ${JSON.stringify(q.spans)}`);
      }
      const joined = q.spans.map((s) => text.slice(s[0], s[1])).join(' ');
      if (joined !== q.text) bad.push(`${w}: text ${JSON.stringify(q.text.slice(0, 80))} != spans joined ${JSON.stringify(joined.slice(0, 80))}`);
      for (const s of q.spans) allSpans.push({ q: i, s });
    }
    textSpan(`${w}.cue`, q.cue);
    if (q.speaker.mentionSpan) {
      if (span(`${w}.speaker.mentionSpan`, q.speaker.mentionSpan) && q.speaker.mention !== null) {
        const got = text.slice(q.speaker.mentionSpan[0], q.speaker.mentionSpan[1]);
        if (got !== q.speaker.mention) bad.push(`${w}.speaker.mention ${JSON.stringify(q.speaker.mention)} != slice ${JSON.stringify(got)}`);
      }
    }
    if (q.speaker.id !== null && !speakerIds.has(q.speaker.id)) bad.push(`${w}: speaker id ${q.speaker.id} not in speakers`);
  }
  // Quotes may nest (a direct quote inside a mixed clause) but must not cross or repeat.
  allSpans.sort((x, y) => x.s[0] - y.s[0] || y.s[1] - x.s[1]);
  for (let i = 0; i < allSpans.length; i++) {
    for (let j = i + 1; j < allSpans.length && allSpans[j].s[0] < allSpans[i].s[1]; j++) {
      const x = allSpans[i];
      const y = allSpans[j];
      if (x.q === y.q) continue;
      const same = x.s[0] === y.s[0] && x.s[1] === y.s[1];
      const crosses = y.s[1] > x.s[1];
      if (same) bad.push(`quotes[${x.q}] and quotes[${y.q}] share the span [${x.s}]`);
      else if (crosses) bad.push(`quotes[${x.q}] [${x.s}] and quotes[${y.q}] [${y.s}] cross`);
    }
  }

  for (const [i, f] of a.findings.entries()) {
    span(`findings[${i}] (${f.rule})`, f.span);
    if (typeof f.message !== 'string' || !f.message) bad.push(`findings[${i}]: empty message`);
    f.related.forEach((r, j) => {
      if (r.file === undefined) span(`findings[${i}].related[${j}]`, r.span);
    });
  }
  return bad;
}

function sortedDisjoint(name: string, spans: Span[], bad: string[], span: (w: string, s: Span) => boolean) {
  for (let i = 0; i < spans.length; i++) {
    if (!span(`${name}[${i}]`, spans[i])) continue;
    if (i > 0 && spans[i][0] < spans[i - 1][1]) bad.push(`${name}[${i}] [${spans[i]}] overlaps or precedes [${spans[i - 1]}]`);
  }
}
