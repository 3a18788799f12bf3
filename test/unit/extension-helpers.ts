// Hand-made analyses for the editor features' pure logic: spans are found by searching our own
// sentences, so the tests read as text rather than offsets.
import type { Analysis, Finding, Quote, QuoteType, Span, Speaker, SpeakerKind } from '../../src/core/types';

export function spanOf(text: string, needle: string, from = 0): Span {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`"${needle}" not in test text`);
  return [i, i + needle.length];
}

export function speaker(text: string, id: string, entity: string, kind: SpeakerKind, mentions: string[], role: string | null = null, affiliation: string | null = null): Speaker {
  let from = 0;
  return {
    id,
    entity,
    kind,
    role,
    affiliation,
    mentions: mentions.map((m) => {
      const span = spanOf(text, m, from);
      from = span[1];
      return { text: m, span };
    }),
  };
}

export function quote(text: string, id: string, type: QuoteType, content: string, cue: string | null, sp: Speaker | null, mention: string | null, via: string | null = null): Quote {
  const span = spanOf(text, content);
  const mentionSpan = mention ? spanOf(text, mention, Math.max(0, span[0] - 60)) : null;
  return {
    id,
    type,
    spans: [span],
    text: content,
    cue: cue ? { text: cue, span: spanOf(text, cue, Math.max(0, span[0] - 40)) } : null,
    speaker: { id: sp?.id ?? null, entity: sp?.entity ?? null, mention, mentionSpan },
    via,
  };
}

/** Sentences split on ". " for tests; the real splitter lives in the core. */
export function analysis(text: string, quotes: Quote[], speakers: Speaker[], findings: Finding[] = []): Analysis {
  const sentences: Span[] = [];
  const re = /[^.!?\n]+[.!?]+["”]?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const lead = m[0].length - m[0].trimStart().length;
    sentences.push([m.index + lead, m.index + m[0].length]);
  }
  return {
    article: { text, headline: null, dateline: null, boilerplate: [], paragraphs: [[0, text.length]], sentences },
    quotes,
    speakers,
    findings,
  };
}
