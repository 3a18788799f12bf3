// Rule `anonymous-source`: a quote whose speaker the engine resolved to an unnamed source
// ("officials said", "a source close to the talks"). Readers weigh such claims differently, so
// each attribution site is pointed out once; the quote itself is the related location.
import type { Finding, Quote, Speaker, Span } from '../types';

export function findAnonymousSources(quotes: readonly Quote[], speakers: readonly Speaker[]): Finding[] {
  const anonymous = new Map<string, Speaker>();
  for (const s of speakers) if (s.kind === 'anonymous') anonymous.set(s.id, s);
  if (anonymous.size === 0) return [];

  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const q of quotes) {
    const speaker = q.speaker.id ? anonymous.get(q.speaker.id) : undefined;
    if (!speaker || q.spans.length === 0) continue;
    // Point at the mention where there is one ("officials"), else at the start of the quote.
    const span: Span = q.speaker.mentionSpan ?? q.spans[0];
    const key = `${span[0]}:${span[1]}`;
    if (seen.has(key)) continue; // one site can introduce several quotes; flag it once
    seen.add(key);
    const who = q.speaker.mention ?? speaker.entity;
    findings.push({
      rule: 'anonymous-source',
      severity: 'information',
      span,
      message: `Anonymous source: "${who}" is not named.`,
      related: q.spans.map((s) => ({ span: s, message: 'The statement attributed to the unnamed source' })),
      data: { speaker: speaker.entity, quote: q.id },
    });
  }
  return findings.sort((a, b) => a.span[0] - b.span[0]);
}
