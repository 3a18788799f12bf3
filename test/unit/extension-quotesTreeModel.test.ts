// Grouping behind the Quotes by Speaker view: one node per entity within and across articles,
// unnamed sources kept apart, filters and sort orders.
import * as assert from 'assert';
import fc from 'fast-check';
import type { Finding, Quote, Span } from '../../src/core/types';
import { countFindings, FindingSweep, firstWords, normaliseName, SpeakerDirectory, UNRESOLVED_KEY, type ArticleEntry, type ViewOptions } from '../../src/extension/quotesTreeModel';
import { quote, spanOf, speaker } from './extension-helpers';

const A = 'Mayor Ana Ruiz said "the pier opens in May." Ruiz said the budget was balanced. The mayor said "no more delays." Officials said the contract was rushed. "It was a mistake," one voter said.';
const B = 'Ruiz told reporters that the pier was late. Port chief Eli Moss said "we need two more months."';

function articleA(): ArticleEntry {
  const ruiz = speaker(A, 's1', 'Ana Ruiz', 'person', ['Mayor Ana Ruiz', 'Ruiz', 'The mayor'], 'Mayor', 'Harbourtown');
  const off = speaker(A, 's2', 'officials', 'anonymous', ['Officials']);
  return {
    uri: 'file:///ws/a.txt',
    title: 'Pier opening',
    speakers: [ruiz, off],
    quotes: [
      quote(A, 'q1', 'direct', '"the pier opens in May."', 'said', ruiz, 'Mayor Ana Ruiz'),
      quote(A, 'q2', 'indirect', 'the budget was balanced', 'said', ruiz, 'Ruiz'),
      quote(A, 'q3', 'direct', '"no more delays."', 'said', ruiz, 'The mayor'),
      quote(A, 'q4', 'indirect', 'the contract was rushed', 'said', off, 'Officials'),
      quote(A, 'q5', 'direct', '"It was a mistake,"', 'said', null, null),
    ],
    findings: [{ rule: 'contradiction', severity: 'warning', span: spanOf(A, '"no more delays."'), message: 'x', related: [{ span: spanOf(A, '"the pier opens in May."'), message: 'y' }] }],
  };
}

function articleB(): ArticleEntry {
  const ruiz = speaker(B, 's1', 'Ruiz', 'person', ['Ruiz']);
  const moss = speaker(B, 's2', 'Eli Moss', 'person', ['Port chief Eli Moss'], 'port chief');
  return {
    uri: 'file:///ws/b.txt',
    title: 'Pier late',
    speakers: [ruiz, moss],
    quotes: [quote(B, 'q1', 'indirect', 'that the pier was late', 'told', ruiz, 'Ruiz'), quote(B, 'q2', 'direct', '"we need two more months."', 'said', moss, 'Port chief Eli Moss')],
    findings: [],
  };
}

const all: ViewOptions = { scope: 'workspace', types: [], hasFindingsOnly: false, sort: 'count' };

describe('extension quotes tree model', () => {
  it('one node per entity in an article, whatever the mention', () => {
    const d = new SpeakerDirectory([articleA()]);
    const ruiz = d.view(all).find((g) => g.name === 'Ana Ruiz');
    assert.strictEqual(ruiz?.quotes.length, 3);
    assert.strictEqual(ruiz?.role, 'Mayor');
  });

  it('merges a bare surname in another article with the one full name ending in it', () => {
    const d = new SpeakerDirectory([articleA(), articleB()]);
    const groups = d.view(all);
    const ruiz = groups.filter((g) => /Ruiz/.test(g.name));
    assert.strictEqual(ruiz.length, 1);
    assert.strictEqual(ruiz[0].name, 'Ana Ruiz');
    assert.deepStrictEqual(new Set(ruiz[0].quotes.map((q) => q.uri)), new Set(['file:///ws/a.txt', 'file:///ws/b.txt']));
    assert.strictEqual(d.keyOf('file:///ws/b.txt', 's1'), d.keyOf('file:///ws/a.txt', 's1'));
  });

  it('a bare surname tagged as an organization still joins the one person it names', () => {
    const base = articleB();
    const b = { ...base, speakers: [{ ...base.speakers[0], kind: 'organization' as const }, ...base.speakers.slice(1)] };
    const d = new SpeakerDirectory([b, articleA()]);
    assert.strictEqual(d.keyOf(b.uri, 's1'), d.keyOf('file:///ws/a.txt', 's1'));
    const g = d.groups.get(d.keyOf(b.uri, 's1'))!;
    assert.strictEqual(g.kind, 'person');
    assert.strictEqual(g.name, 'Ana Ruiz');
  });

  it('does not merge a surname shared by two different full names', () => {
    const extra: ArticleEntry = { uri: 'file:///ws/c.txt', title: 'C', speakers: [speaker('Luis Ruiz spoke.', 's1', 'Luis Ruiz', 'person', ['Luis Ruiz'])], quotes: [], findings: [] };
    const d = new SpeakerDirectory([articleA(), articleB(), extra]);
    assert.notStrictEqual(d.keyOf('file:///ws/b.txt', 's1'), d.keyOf('file:///ws/a.txt', 's1'));
  });

  it('keeps unnamed sources of different articles apart and puts unresolved quotes last', () => {
    const other: ArticleEntry = { ...articleA(), uri: 'file:///ws/a2.txt' };
    const groups = new SpeakerDirectory([articleA(), other]).view(all);
    assert.strictEqual(groups.filter((g) => g.kind === 'anonymous').length, 2);
    assert.strictEqual(groups[groups.length - 1].key, UNRESOLVED_KEY);
  });

  it('filters by article, type, findings and speaker', () => {
    const d = new SpeakerDirectory([articleA(), articleB()]);
    const active = d.view({ ...all, scope: 'active', activeUri: 'file:///ws/b.txt' });
    assert.deepStrictEqual(active.flatMap((g) => g.quotes.map((q) => q.uri)).every((u) => u === 'file:///ws/b.txt'), true);
    const direct = d.view({ ...all, types: ['direct'] });
    assert.ok(direct.every((g) => g.quotes.every((q) => q.quote.type === 'direct')));
    const withFindings = d.view({ ...all, hasFindingsOnly: true });
    assert.deepStrictEqual(withFindings.flatMap((g) => g.quotes.map((q) => q.quote.id)).sort(), ['q1', 'q3']);
    const key = d.keyOf('file:///ws/b.txt', 's2');
    assert.deepStrictEqual(d.view({ ...all, speakerKey: key }).map((g) => g.name), ['Eli Moss']);
  });

  it('sorts by count or by name', () => {
    const d = new SpeakerDirectory([articleA(), articleB()]);
    assert.strictEqual(d.view(all)[0].name, 'Ana Ruiz');
    const byName = d.view({ ...all, sort: 'name' }).map((g) => g.name);
    assert.deepStrictEqual(byName.slice(0, -1), [...byName.slice(0, -1)].sort((a, b) => a.localeCompare(b)));
  });

  it('counts findings on either side of a quote', () => {
    const a = articleA();
    assert.strictEqual(countFindings(a.quotes[0], a.findings), 1);
    assert.strictEqual(countFindings(a.quotes[1], a.findings), 0);
  });

  it('the interval finding counter agrees with the plain count on random spans', () => {
    const span = fc.tuple(fc.nat(500), fc.integer({ min: 1, max: 80 })).map(([s, n]): Span => [s, s + n]);
    fc.assert(
      fc.property(fc.array(fc.tuple(span, fc.array(span, { maxLength: 2 })), { maxLength: 15 }), fc.array(fc.array(span, { minLength: 1, maxLength: 3 }), { maxLength: 20 }), (fs, qs) => {
        const findings: Finding[] = fs.map(([s, rel]) => ({ rule: 'contradiction', severity: 'warning', span: s, message: '', related: rel.map((r) => ({ span: r, message: '' })) }));
        if (!findings.length) return;
        // In place order (as a directory part counts its lists) and in any order, one sweep each.
        const quotes = qs.map((spans) => ({ spans }) as Quote);
        const sorted = [...quotes].sort((a, b) => a.spans[0][0] - b.spans[0][0]);
        for (const list of [sorted, quotes]) {
          const sweep = new FindingSweep(findings);
          assert.deepStrictEqual(list.map((q) => sweep.count(q.spans)), list.map((q) => countFindings(q, findings)));
        }
      }),
    );
  });

  it('normalises names and shortens labels', () => {
    assert.strictEqual(normaliseName('  The  Ministry of Défense '), 'ministry of defense');
    assert.strictEqual(firstWords('one two three four five six seven eight nine', 8), 'one two three four five six seven eight…');
    assert.strictEqual(firstWords('short one'), 'short one');
  });
});

/**
 * The directory as it was first written: every quote item made and sorted up front, filters and
 * sort applied on every call. The lazy, per-article directory must give the same answers.
 */
function referenceView(entries: readonly ArticleEntry[], options: ViewOptions): Array<{ key: string; name: string; kind: string; role: string | null; affiliation: string | null; quotes: string[] }> {
  const fullNames = new Map<string, Set<string>>();
  for (const e of entries)
    for (const s of e.speakers) {
      if (s.kind !== 'person') continue;
      const n = normaliseName(s.entity);
      const parts = n.split(' ');
      if (parts.length < 2) continue;
      const set = fullNames.get(parts[parts.length - 1]) ?? new Set();
      set.add(n);
      fullNames.set(parts[parts.length - 1], set);
    }
  type G = { key: string; name: string; kind: string; role: string | null; affiliation: string | null; quotes: { uri: string; title: string; q: Quote; findings: number }[] };
  const keys = new Map<string, string>();
  const groups = new Map<string, G>();
  for (const e of entries)
    for (const s of e.speakers) {
      let key: string;
      if (s.kind === 'anonymous') key = `anonymous:${e.uri}#${s.id}`;
      else {
        const n = normaliseName(s.entity) || s.id;
        const fuller = !n.includes(' ') ? fullNames.get(n) : undefined;
        const joined = fuller && fuller.size === 1 ? [...fuller][0] : undefined;
        key = joined ? `person:${joined}` : `${s.kind === 'organization' ? 'org' : 'person'}:${n}`;
      }
      keys.set(`${e.uri}#${s.id}`, key);
      const g = groups.get(key);
      if (!g) groups.set(key, { key, name: s.entity, kind: key.startsWith('person:') ? 'person' : s.kind, role: s.role, affiliation: s.affiliation, quotes: [] });
      else {
        if (s.entity.length > g.name.length && s.kind !== 'anonymous') g.name = s.entity;
        if (s.kind === 'person') g.kind = 'person';
        g.role ??= s.role;
        g.affiliation ??= s.affiliation;
      }
    }
  for (const e of entries)
    for (const q of e.quotes) {
      const key = (q.speaker.id && keys.get(`${e.uri}#${q.speaker.id}`)) || UNRESOLVED_KEY;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { key, name: 'Unresolved speaker', kind: 'unresolved', role: null, affiliation: null, quotes: [] }));
      g.quotes.push({ uri: e.uri, title: e.title, q, findings: countFindings(q, e.findings) });
    }
  for (const g of groups.values())
    g.quotes.sort((a, b) => (a.uri !== b.uri ? a.title.localeCompare(b.title) || (a.uri < b.uri ? -1 : 1) : (a.q.spans[0]?.[0] ?? 0) - (b.q.spans[0]?.[0] ?? 0)));
  const out: G[] = [];
  for (const g of groups.values()) {
    if (options.speakerKey && g.key !== options.speakerKey) continue;
    const quotes = g.quotes.filter(
      (i) => (options.scope === 'workspace' || i.uri === options.activeUri) && (options.types.length === 0 || options.types.includes(i.q.type)) && (!options.hasFindingsOnly || i.findings > 0),
    );
    if (quotes.length) out.push({ ...g, quotes });
  }
  // Ties (same name and count: two articles' "officials") in key order, so a directory that puts a changed group back into a kept view gets the order of a full sort.
  const byName = (a: G, b: G) => a.name.localeCompare(b.name) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  out.sort((a, b) => {
    if ((a.key === UNRESOLVED_KEY) !== (b.key === UNRESOLVED_KEY)) return a.key === UNRESOLVED_KEY ? 1 : -1;
    return options.sort === 'count' ? b.quotes.length - a.quotes.length || byName(a, b) : byName(a, b);
  });
  return out.map((g) => ({ key: g.key, name: g.name, kind: g.kind, role: g.role, affiliation: g.affiliation, quotes: g.quotes.map((i) => `${i.uri}#${i.q.id}:${i.findings}`) }));
}

/** A small deterministic generator (the same workspaces on every run). */
function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

const NAMES: Array<[string, 'person' | 'organization' | 'anonymous']> = [
  ['Ana Ruiz', 'person'], ['Ruiz', 'person'], ['Ruiz', 'organization'], ['Luis Ruiz', 'person'], ['Tom Park', 'person'], ['Park', 'person'],
  ['the city council', 'organization'], ['City Council', 'organization'], ['officials', 'anonymous'], ['a source', 'anonymous'], ['Élodie Marchand', 'person'], ['Elodie Marchand', 'person'],
];

function randomWorkspace(seed: number): ArticleEntry[] {
  const r = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const titles = ['Pier opening', 'Budget', 'budget', 'Élection', 'Zoning', ''];
  return Array.from({ length: 1 + Math.floor(r() * 5) }, (_, a) => {
    const speakers = Array.from({ length: Math.floor(r() * 5) }, (_, i) => {
      const [entity, kind] = pick(NAMES);
      return { id: `s${i + 1}`, entity, kind, role: r() < 0.3 ? pick(['Mayor', 'spokesman', null]) : null, affiliation: r() < 0.3 ? pick(['Harbourtown', 'Port']) : null, mentions: [] };
    });
    const quotes: Quote[] = Array.from({ length: Math.floor(r() * 12) }, (_, i) => {
      const start = Math.floor(r() * 40) * 10; // ties on purpose
      const ids = [...speakers.map((s) => s.id), null, 's9'];
      return {
        id: `q${i + 1}`,
        type: pick(['direct', 'mixed', 'indirect'] as const),
        spans: r() < 0.2 ? [[start, start + 5], [start + 20, start + 30]] : [[start, start + 8]],
        text: `quote ${i + 1} words here and more`,
        cue: null,
        speaker: { id: pick(ids), entity: null, mention: null, mentionSpan: null },
        via: null,
      } as Quote;
    });
    const findings: Finding[] = Array.from({ length: Math.floor(r() * 5) }, () => {
      const s = Math.floor(r() * 400);
      return { rule: 'contradiction', severity: 'warning', span: [s, s + 15], message: '', related: r() < 0.5 ? [{ span: [s + 50, s + 60], message: '' }] : [] } as Finding;
    });
    return { uri: `file:///ws/${String.fromCharCode(122 - a)}.txt`, title: pick(titles), speakers, quotes, findings };
  });
}

describe('extension quotes tree model: the lazy directory', () => {
  const options: ViewOptions[] = [
    all,
    { ...all, sort: 'name' },
    { ...all, scope: 'active', activeUri: 'file:///ws/z.txt' },
    { ...all, scope: 'active', activeUri: 'file:///ws/y.txt', sort: 'name' },
    { ...all, types: ['direct'] },
    { ...all, types: ['mixed', 'indirect'], hasFindingsOnly: true },
    { ...all, hasFindingsOnly: true, sort: 'name' },
  ];
  const shown = (groups: ReturnType<SpeakerDirectory['view']>) =>
    groups.map((g) => ({ key: g.key, name: g.name, kind: g.kind, role: g.role, affiliation: g.affiliation, quotes: g.quotes.map((i) => `${i.key}:${i.findings}`) }));

  it('shows the same speakers, quotes, order and counts as building everything up front (300 random workspaces)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const ws = randomWorkspace(seed);
      const d = new SpeakerDirectory(ws);
      for (const o of options) {
        const got = d.view(o);
        assert.deepStrictEqual(shown(got), referenceView(ws, o), `seed ${seed}, ${JSON.stringify(o)}`);
        for (const g of got) assert.strictEqual(g.count, g.quotes.length);
      }
      const some = d.view(all)[0];
      if (some) assert.deepStrictEqual(shown(d.view({ ...all, speakerKey: some.key })), referenceView(ws, { ...all, speakerKey: some.key }));
      for (const g of d.groups.values()) assert.strictEqual(g.count, g.quotes.length);
    }
  });

  it('an article left unchanged keeps its quote items when the directory is rebuilt; a new analysis gets new ones', () => {
    const [a, b] = [articleA(), articleB()];
    const before = new SpeakerDirectory([a, b]).view(all);
    const after = new SpeakerDirectory([a, { ...b, quotes: b.quotes.map((q) => ({ ...q })) }]).view(all);
    const item = (groups: typeof before, id: string, uri: string) => groups.flatMap((g) => g.quotes).find((i) => i.quote.id === id && i.uri === uri);
    assert.ok(item(before, 'q1', a.uri));
    assert.strictEqual(item(after, 'q1', a.uri), item(before, 'q1', a.uri));
    assert.notStrictEqual(item(after, 'q1', b.uri), item(before, 'q1', b.uri));
    assert.deepStrictEqual(item(after, 'q1', b.uri)?.key, item(before, 'q1', b.uri)?.key);
  });

  it('answers the same view twice without filtering or sorting again', () => {
    const d = new SpeakerDirectory([articleA(), articleB()]);
    assert.strictEqual(d.view(all), d.view({ ...all }));
    assert.notStrictEqual(d.view(all), d.view({ ...all, sort: 'name' }));
  });

  it('labels: the first words of a quote, as splitting on any white space would give them', () => {
    const reference = (text: string, words: number) => {
      const parts = text.replace(/\s+/g, ' ').trim().split(' ');
      return parts.length <= words ? parts.join(' ') : `${parts.slice(0, words).join(' ')}…`;
    };
    const piece = fc.constantFrom('word', 'Ruiz', '“quoted”', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', '\u3000', '\ufeff', 'x\u200b', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.integer({ min: 1, max: 10 }), (pieces, words) => {
        const text = pieces.join('');
        assert.strictEqual(firstWords(text, words), reference(text, words));
      }),
    );
  });
});
