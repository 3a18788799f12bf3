// News ledes often give a speaker's role first and the name in the next paragraph:
// "..., the chairman of the port board said." / "We will dredge," said board chairman Ann Roe.
// The description is then that person, and so is a later "the chairman".
import type { Entity } from './coreference';
import type { MentionInfo } from './speakers';

interface Said {
  entity: Entity | null;
  mention: MentionInfo | null;
  pos: number;
}

/** `drafts` in reading order; `lede`: the first body paragraph; `nextEnd`: end of the second. */
export function nameLedeDescription(drafts: Said[], lede: { text: string; end: number }, nextEnd: number): void {
  const ledeEnd = lede.end;
  const first = drafts[0];
  const desc = first?.entity;
  if (!desc || !desc.descriptive || desc.kind !== 'person' || desc.plural || first.pos >= ledeEnd) return;
  if (!/^the\s/i.test(first.mention?.text ?? '')) return;
  const next = drafts.find((d) => d.entity && d.entity !== desc);
  const person = next?.entity;
  if (!next || !person || person.descriptive || person.kind !== 'person' || !next.mention?.name || next.pos >= nextEnd) return;
  // The name must be new in the second paragraph, not someone the lede already introduced.
  const surname = person.name.split(/\s+/).pop()!;
  if (person.mentions.some((m) => m.span[0] < ledeEnd) || lede.text.includes(surname)) return;
  // "chairman of the Joint Board" -> "chairman": a later bare "the chairman" is the same person.
  // Word by word: a regex with \s+ on both sides of the preposition rescans long runs of spaces.
  const words = desc.name.split(/\s+/);
  const cut = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|in)$/i.test(w));
  const head = (cut > 0 ? words.slice(0, cut) : words).pop()!.toLowerCase();
  for (const d of drafts) {
    const e = d.entity;
    if (!e || e === person) continue;
    const sameRole = e.descriptive && e.kind === 'person' && !e.plural && e.name.toLowerCase() === head && /^the\s/i.test(d.mention?.text ?? '');
    if (e !== desc && !sameRole) continue;
    for (const m of e.mentions) if (!person.mentions.includes(m)) person.mentions.push(m);
    d.entity = person;
  }
}
