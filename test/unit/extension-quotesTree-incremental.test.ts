// The speaker directory after a change takes over the last one's state and works out only the
// articles that changed: it must show exactly what a directory built from nothing shows.
import * as assert from 'assert';
import type { Finding, Quote, Speaker } from '../../src/core/types';
import { SpeakerDirectory, type ArticleEntry, type SpeakerGroup, type ViewOptions } from '../../src/extension/quotesTreeModel';

function random(seed: number): () => number {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
}

// Bare surnames beside one or two full names ending with them: adding or dropping an article
// changes which full name "Ruiz" or "Park" joins in every other article.
const NAMES: Array<[string, Speaker['kind']]> = [
  ['Ana Ruiz', 'person'], ['Ruiz', 'person'], ['Ruiz', 'organization'], ['Luis Ruiz', 'person'], ['Tom Park', 'person'], ['Park', 'person'],
  ['the city council', 'organization'], ['City Council', 'organization'], ['officials', 'anonymous'], ['a source', 'anonymous'], ['Élodie Marchand', 'person'], ['Marchand', 'organization'],
];
const OPTIONS: ViewOptions[] = [
  { scope: 'workspace', types: [], hasFindingsOnly: false, sort: 'count' },
  { scope: 'workspace', types: [], hasFindingsOnly: false, sort: 'name' },
  { scope: 'active', activeUri: 'file:///ws/a2.txt', types: [], hasFindingsOnly: false, sort: 'count' },
  { scope: 'workspace', types: ['direct'], hasFindingsOnly: true, sort: 'name' },
];

function randomArticle(r: () => number, uri: string): ArticleEntry {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const speakers: Speaker[] = Array.from({ length: Math.floor(r() * 4) }, (_, i) => {
    const [entity, kind] = pick(NAMES);
    return { id: `s${i + 1}`, entity, kind, role: r() < 0.3 ? pick(['Mayor', 'spokesman']) : null, affiliation: r() < 0.3 ? pick(['Harbourtown', 'Port']) : null, mentions: [] } as unknown as Speaker;
  });
  const quotes = Array.from({ length: Math.floor(r() * 8) }, (_, i) => {
    const start = Math.floor(r() * 30) * 10;
    return {
      id: `q${i + 1}`,
      type: pick(['direct', 'mixed', 'indirect'] as const),
      spans: [[start, start + 8]],
      text: `quote ${i + 1}`,
      cue: null,
      speaker: { id: pick([...speakers.map((s) => s.id), null]), entity: null, mention: null, mentionSpan: null },
      via: null,
    } as unknown as Quote;
  });
  const findings = Array.from({ length: Math.floor(r() * 3) }, () => {
    const s = Math.floor(r() * 300);
    return { rule: 'contradiction', severity: 'warning', span: [s, s + 15], message: '', related: [] } as unknown as Finding;
  });
  return { uri, title: pick(['Pier', 'Budget', 'budget', 'Élection']), speakers, quotes, findings };
}

/** Everything a directory answers, in a comparable form. */
function answers(d: SpeakerDirectory, ws: readonly ArticleEntry[]): unknown {
  const group = (g: SpeakerGroup) => ({ key: g.key, name: g.name, kind: g.kind, role: g.role, affiliation: g.affiliation, count: g.count, quotes: g.quotes.map((i) => `${i.key}:${i.findings}`) });
  return {
    views: OPTIONS.map((o) => d.view(o).map(group)),
    groups: [...d.groups.values()].map(group).sort((a, b) => (a.key < b.key ? -1 : 1)),
    keys: ws.flatMap((e) => e.speakers.map((s) => `${e.uri}#${s.id} ${d.keyOf(e.uri, s.id)}`)),
  };
}

describe('extension quotes tree: the directory after a change', () => {
  it('answers as a directory built from nothing, after random replacements, additions and removals (40 runs of 40 changes)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = random(seed);
      let next = 0;
      let ws = Array.from({ length: 3 + Math.floor(r() * 6) }, () => randomArticle(r, `file:///ws/a${next++}.txt`));
      let d = new SpeakerDirectory(ws, null);
      for (let step = 0; step < 40; step++) {
        // Views the editor asked for carry over to the next directory.
        for (const o of OPTIONS.slice(0, 1 + Math.floor(r() * OPTIONS.length))) d.view(o);
        const k = Math.floor(r() * ws.length);
        const what = r();
        const was = ws;
        ws = [...ws];
        if (what < 0.5 && ws.length) ws[k] = randomArticle(r, ws[k].uri); // a new analysis of one article
        else if (what < 0.65 && ws.length) ws[k] = { ...ws[k], quotes: ws[k].quotes.map((q) => ({ ...q })) }; // the same text analysed again
        else if (what < 0.8 && ws.length > 1) ws.splice(k, 1);
        else ws.push(randomArticle(r, `file:///ws/a${next++}.txt`));
        const before = d;
        d = new SpeakerDirectory(ws, before);
        assert.deepStrictEqual(answers(d, ws), answers(new SpeakerDirectory(ws, null), ws), `seed ${seed}, step ${step}`);
        // A directory whose state was taken over still answers for its own articles.
        if (step % 8 === 0) assert.deepStrictEqual(answers(before, was), answers(new SpeakerDirectory(was, null), was), `seed ${seed}, step ${step}, taken over`);
      }
    }
  });

  it('an article analysed again that keeps some quote objects answers as built from nothing, whatever became of its speakers (60 runs of 20 edits)', () => {
    // After an edit the quotes before it are the same objects, and the part takes their places
    // from the last one: only while the speakers keep their ids (slots) and names (keys).
    for (let seed = 1; seed <= 60; seed++) {
      const r = random(1000 + seed);
      const ws = Array.from({ length: 3 }, (_, i) => randomArticle(r, `file:///ws/a${i}.txt`));
      let d = new SpeakerDirectory(ws, null);
      for (let step = 0; step < 20; step++) {
        d.view(OPTIONS[0]);
        const k = Math.floor(r() * ws.length);
        const was = ws[k];
        const fresh = randomArticle(r, was.uri);
        let speakers = was.speakers.map((s) => ({ ...s }));
        const what = r();
        if (what < 0.25 && speakers.length > 1) speakers = [...speakers].reverse(); // the same speakers, their ids in another order
        else if (what < 0.5 && speakers.length) speakers[Math.floor(r() * speakers.length)].entity = fresh.speakers[0]?.entity ?? 'Luis Ruiz'; // renamed
        else if (what < 0.6) speakers = [...fresh.speakers]; // others altogether
        const keep = Math.floor(r() * (was.quotes.length + 1));
        const quotes = [...was.quotes.slice(0, keep), ...fresh.quotes.slice(keep)];
        ws[k] = { ...was, speakers, quotes, findings: fresh.findings };
        d = new SpeakerDirectory([...ws], d);
        // Against copies of the entries: an entry keeps the part made for it (copies make their own).
        const copies = ws.map((e) => ({ ...e }));
        assert.deepStrictEqual(answers(d, ws), answers(new SpeakerDirectory(copies, null), copies), `seed ${seed}, step ${step}`);
      }
    }
  });

  it('a directory read after a newer one took its state answers for its own articles', () => {
    const r = random(7);
    const ws1 = Array.from({ length: 6 }, (_, i) => randomArticle(r, `file:///ws/a${i}.txt`));
    const ws2 = [...ws1];
    ws2[2] = randomArticle(r, ws1[2].uri);
    ws2.push(randomArticle(r, 'file:///ws/new.txt'));
    const first = new SpeakerDirectory(ws1, null);
    first.view(OPTIONS[0]);
    const second = new SpeakerDirectory(ws2, first);
    assert.deepStrictEqual(answers(first, ws1), answers(new SpeakerDirectory(ws1, null), ws1));
    assert.deepStrictEqual(answers(second, ws2), answers(new SpeakerDirectory(ws2, null), ws2));
  });

  it('carries over only the views read since the last change, and still answers any other afresh', () => {
    const r = random(11);
    let ws = Array.from({ length: 8 }, (_, i) => randomArticle(r, `file:///ws/a${i}.txt`));
    let d = new SpeakerDirectory(ws, null);
    for (const o of OPTIONS) d.view(o);
    const viewsKept = (x: SpeakerDirectory) => (x as unknown as { views: Map<string, unknown> }).views.size;
    for (let step = 0; step < 6; step++) {
      ws = [...ws];
      ws[step % ws.length] = randomArticle(r, ws[step % ws.length].uri);
      d = new SpeakerDirectory(ws, d);
      // Followed from the last directory: all four after the first change, then only the one shown.
      assert.strictEqual(viewsKept(d), step === 0 ? OPTIONS.length : 1, `step ${step}`);
      d.view(OPTIONS[0]);
    }
    assert.deepStrictEqual(answers(d, ws), answers(new SpeakerDirectory(ws, null), ws));
  });

  it('a directory made without a previous one starts afresh, whatever was made before it', () => {
    const r = random(5);
    const ws = Array.from({ length: 4 }, (_, i) => randomArticle(r, `file:///ws/a${i}.txt`));
    const first = new SpeakerDirectory(ws);
    first.view(OPTIONS[0]);
    const other = new SpeakerDirectory(ws.slice(1));
    assert.deepStrictEqual(answers(first, ws), answers(new SpeakerDirectory(ws, null), ws));
    assert.deepStrictEqual(answers(other, ws.slice(1)), answers(new SpeakerDirectory(ws.slice(1), null), ws.slice(1)));
    assert.strictEqual((first as unknown as { state: unknown }).state !== undefined, true, 'its state was not taken');
  });

  it('an article analysed again in place is found without reading the other articles', () => {
    const r = random(3);
    const reads = { n: 0 };
    // Speakers of their own (no shared key), read through a proxy that counts every property read.
    const watched = (k: number): ArticleEntry => {
      const s = { id: 's1', entity: `Reporter Number${k} Solo`, kind: 'person', role: null, affiliation: null, mentions: [] } as unknown as Speaker;
      const quotes = [{ id: 'q1', type: 'direct', spans: [[0, 5]], text: 'words', cue: null, speaker: { id: 's1', entity: null, mention: null, mentionSpan: null }, via: null } as unknown as Quote];
      return new Proxy({ uri: `file:///ws/w${k}.txt`, title: `W${k}`, speakers: [s], quotes, findings: [] } as ArticleEntry, {
        get: (t, p, recv) => {
          reads.n++;
          return Reflect.get(t, p, recv);
        },
      });
    };
    const ws = [...Array.from({ length: 20 }, (_, k) => watched(k)), randomArticle(r, 'file:///ws/edited.txt')];
    let d = new SpeakerDirectory(ws, null);
    d.view(OPTIONS[0]);
    for (let step = 0; step < 5; step++) {
      ws[20] = randomArticle(r, 'file:///ws/edited.txt');
      reads.n = 0;
      d = new SpeakerDirectory([...ws], d);
      d.view(OPTIONS[0]);
      assert.strictEqual(reads.n, 0, `step ${step}`);
      assert.deepStrictEqual(answers(d, ws), answers(new SpeakerDirectory(ws, null), ws));
    }
  });

  it('an article given twice stays in while one of its places is given another article', () => {
    const r = random(9);
    const [a, b, c] = ['a', 'b', 'c'].map((n) => randomArticle(r, `file:///ws/${n}.txt`));
    const steps = [
      [a, b, a],
      [randomArticle(r, a.uri), b, a],
      [a, randomArticle(r, b.uri), c],
      [a, b, c],
    ];
    let d = new SpeakerDirectory(steps[0], null);
    for (const ws of steps.slice(1)) {
      d.view(OPTIONS[0]);
      d = new SpeakerDirectory(ws, d);
      assert.deepStrictEqual(answers(d, ws), answers(new SpeakerDirectory(ws, null), ws));
    }
  });

  it('after one article changes, speakers it never had keep their groups (the same objects), in the view too', () => {
    const ruiz = { id: 's1', entity: 'Ana Ruiz', kind: 'person', role: null, affiliation: null, mentions: [] } as unknown as Speaker;
    const moss = { id: 's1', entity: 'Eli Moss', kind: 'person', role: null, affiliation: null, mentions: [] } as unknown as Speaker;
    const q = (id: string, s: Speaker, at: number) => ({ id, type: 'direct', spans: [[at, at + 5]], text: id, cue: null, speaker: { id: s.id, entity: null, mention: null, mentionSpan: null }, via: null }) as unknown as Quote;
    const a: ArticleEntry = { uri: 'file:///ws/a.txt', title: 'A', speakers: [ruiz], quotes: [q('q1', ruiz, 0)], findings: [] };
    const b: ArticleEntry = { uri: 'file:///ws/b.txt', title: 'B', speakers: [moss], quotes: [q('q1', moss, 0), q('q2', moss, 9)], findings: [] };
    const all = OPTIONS[0];
    const first = new SpeakerDirectory([a, b], null);
    const mossBefore = first.groups.get('person:eli moss');
    const ruizBefore = first.groups.get('person:ana ruiz');
    first.view(all);
    const second = new SpeakerDirectory([{ ...a, quotes: [q('q1', ruiz, 3), q('q2', ruiz, 12)] }, b], first);
    assert.ok(mossBefore);
    assert.strictEqual(second.groups.get('person:eli moss'), mossBefore);
    assert.notStrictEqual(second.groups.get('person:ana ruiz'), ruizBefore);
    assert.deepStrictEqual(
      second.view(all).map((g) => [g.key, g.count]),
      [
        ['person:ana ruiz', 2],
        ['person:eli moss', 2],
      ],
    );
    assert.strictEqual(second.view(all)[1], mossBefore);
  });
});
