// The workspace index's worker protocol, with a real Node worker thread running the bundled
// worker entry (built here into a temp folder, as esbuild.js builds dist/indexWorker.js).
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Worker, type ResourceLimits } from 'worker_threads';
import { build } from 'esbuild';
import { analyzeText, analyzeWith } from '../../src/core/analyze';
import type { Statement } from '../../src/core/findings';
import { IndexWorkerClient, IndexWorkerPool, type WorkerLike } from '../../src/extension/indexWorkerClient';
import { isOutOfMemory, restoreSummary, type IndexRequest, type IndexResponse, type IndexResult } from '../../src/extension/indexWorkerProtocol';
import { handleIndexRequest } from '../../src/extension/indexWorkerHandler';
import { crossArticleDigest, findCrossArticleFindings, summariseAnalysis } from '../../src/core/workspace';
import { makeArticle, makeRng } from '../../scripts/bench/templates';

const TEXTS = [
  'Ferry fares to rise\n\nDOCKSIDE, March 2 (Harbour News) - Fares will rise in April, the operator said on Tuesday.\n\n"We have no choice," said chief executive Mara Lind. She said fuel costs had doubled.\n',
  'Council delays vote\n\nThe council postponed the vote on the bypass. Officials said the survey was incomplete.\n\nThe bypass would cost $40 million.\n',
  '',
  'One line without any quotes at all',
];

/** As JSON has it: the fields of packed quotes, not their pack. */
function plain<T>(x: T): T {
  return JSON.parse(JSON.stringify(x));
}

/** What the host must get for a text: its analysis's summary and its cross-article share, as worked out in this thread. */
function expected(text: string) {
  return plain({ summary: summariseAnalysis(analyzeText(text)), digest: crossArticleDigest(analyzeText(text)) });
}

/** A worker's answer for a text, as the host keeps it (the text put back, the quotes unpacked). */
function received(r: IndexResult, text: string) {
  assert.ok('summary' in r, JSON.stringify(r));
  const digest = plain(r.digest);
  return { summary: plain(restoreSummary(r, text)), digest };
}

function nodeWorker(file: string, resourceLimits?: ResourceLimits): WorkerLike {
  const w = new Worker(file, { resourceLimits });
  return {
    postMessage: (m) => w.postMessage(m),
    onMessage: (cb) => w.on('message', cb),
    onError: (cb) => {
      w.on('error', cb);
      w.on('exit', (code) => cb(new Error(`exited ${code}`)));
    },
    terminate: () => void w.terminate(),
  };
}

describe('extension index worker', function () {
  this.timeout(60_000);
  let dir: string;
  let bundle: string;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-index-worker-'));
    bundle = path.join(dir, 'indexWorker.js');
    await build({ entryPoints: ['src/extension/indexWorkerNode.ts'], outfile: bundle, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'silent' });
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the handler answers a batch with the summaries of analyzeText and their cross-article shares, in order, by id', () => {
    const req: IndexRequest = { type: 'analyze', batch: 7, items: TEXTS.map((text, i) => ({ id: `f${i}`, text })) };
    const res = handleIndexRequest(req);
    assert.strictEqual(res.batch, 7);
    assert.deepStrictEqual(res.results.map((r) => r.id), ['f0', 'f1', 'f2', 'f3']);
    for (const [i, r] of res.results.entries()) {
      // The text does not travel back (the host has it), nor the layout; the rest is analyzeText's answer.
      assert.ok('summary' in r && !('text' in r.summary.article) && !('sentences' in r.summary.article));
      assert.deepStrictEqual(received(r, TEXTS[i]), expected(TEXTS[i]));
    }
  });

  it('the cross-article share made from the statements the findings made equals the one made from scratch (samples and generated articles)', () => {
    const rng = makeRng(7);
    const samples = fs.readdirSync('samples').filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join('samples', f), 'utf8'));
    const texts = [...samples, ...Array.from({ length: 30 }, () => makeArticle(rng, 200 + Math.floor(rng() * 800)))];
    let handed = 0;
    for (const text of texts) {
      let statements: Statement[] | undefined;
      const analysis = analyzeWith(text, { findings: { onStatements: (made) => { statements = made; } } });
      assert.ok(statements && statements.length > 0, 'findings hand over the statements of an English article');
      handed += statements.length;
      assert.deepStrictEqual(crossArticleDigest(analysis, statements), crossArticleDigest(analyzeText(text)));
    }
    const res = handleIndexRequest({ type: 'analyze', batch: 1, items: texts.map((text, i) => ({ id: String(i), text })) });
    for (const [i, r] of res.results.entries()) assert.deepStrictEqual(received(r, texts[i]), expected(texts[i]));
    assert.ok(handed > 500);
  });

  it('summaries restored from copied answers give the cross-article search the same findings as whole analyses, without working out any share again', () => {
    const rng = makeRng(42);
    const texts = Array.from({ length: 40 }, (_, i) => {
      const t = makeArticle(rng, 300 + Math.floor(rng() * 600));
      return i % 10 === 5 ? t.split('a shortage of steel').join('a lack of steel') : t;
    });
    const res = structuredClone(handleIndexRequest({ type: 'analyze', batch: 0, items: texts.map((text, i) => ({ id: String(i), text })) }));
    const docs = res.results.map((r) => ({ file: `f${r.id}.txt`, analysis: restoreSummary(r, texts[Number(r.id)])! }));
    const whole = texts.map((t, i) => ({ file: `f${i}.txt`, analysis: analyzeText(t) }));
    const expectedFindings = findCrossArticleFindings(whole);
    assert.deepStrictEqual(findCrossArticleFindings(docs), expectedFindings);
    assert.ok([...expectedFindings.values()].flat().some((f) => f.rule === 'misquote'), 'the workspace has a misquote to find');
    // The search took each article's share as the worker sent it (the host did not work it out again).
    for (const [i, r] of res.results.entries()) assert.ok('digest' in r && r.digest && crossArticleDigest(docs[i].analysis as never) === r.digest);
  });

  it('a Node worker returns analyses identical to the in-thread ones, for concurrent batches', async () => {
    const client = new IndexWorkerClient(() => nodeWorker(bundle));
    try {
      const [a, b] = await Promise.all([
        client.analyze(TEXTS.slice(0, 2).map((text, i) => ({ id: String(i), text }))),
        client.analyze(TEXTS.slice(2).map((text, i) => ({ id: String(i + 2), text }))),
      ]);
      const all = [...a, ...b];
      assert.deepStrictEqual(all.map((r) => r.id), ['0', '1', '2', '3']);
      assert.ok(all[0].id === '0' && 'summary' in all[0] && all[0].summary.quotes.count > 0, 'the first text has quotes, packed');
      for (const r of all) {
        assert.deepStrictEqual(received(r, TEXTS[Number(r.id)]), expected(TEXTS[Number(r.id)]));
      }
      assert.ok(client.usable);
    } finally {
      client.dispose();
    }
  });

  it('a worker that cannot start or crashes rejects what is pending and stays down (the index falls back)', async () => {
    const missing = new IndexWorkerClient(() => nodeWorker(path.join(dir, 'no-such-worker.js')));
    await assert.rejects(missing.analyze([{ id: '0', text: TEXTS[0] }]));
    assert.strictEqual(missing.usable, false);
    await assert.rejects(missing.analyze([{ id: '0', text: TEXTS[0] }]), 'no second start');

    const crashing = path.join(dir, 'crash.js');
    fs.writeFileSync(crashing, "require('worker_threads').parentPort.on('message', () => { throw new Error('boom'); });");
    const client = new IndexWorkerClient(() => nodeWorker(crashing));
    await assert.rejects(client.analyze([{ id: '0', text: TEXTS[1] }]), /boom/);
    assert.strictEqual(client.usable, false);
  });

  it('a worker that reaches its heap cap fails that batch only: the client stays usable and starts a new worker', async () => {
    // Grows its heap on a text that says so (a batch too large for the cap), else answers as the real worker.
    const greedy = path.join(dir, 'greedy.js');
    fs.writeFileSync(greedy, `const { parentPort } = require('worker_threads');
      parentPort.on('message', (m) => {
        if (m.items[0].text === 'grow') { const keep = []; for (;;) keep.push(new Array(1e5).fill(keep.length)); }
        parentPort.postMessage({ type: 'analyzed', batch: m.batch, results: m.items.map((i) => ({ id: i.id, error: 'fine' })) });
      });`);
    let spawned = 0;
    const client = new IndexWorkerClient(() => {
      spawned++;
      return nodeWorker(greedy, { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 });
    });
    try {
      await assert.rejects(client.analyze([{ id: '0', text: 'grow' }]), (err: unknown) => isOutOfMemory(err));
      assert.ok(client.usable, 'out of memory on one batch is not a crash');
      assert.deepStrictEqual(await client.analyze([{ id: '1', text: 'small' }]), [{ id: '1', error: 'fine' }]);
      assert.strictEqual(spawned, 2);
    } finally {
      client.dispose();
    }
  });

  it('answers for unknown batches are ignored; a thrown spawn marks the client down', async () => {
    let onMessage: ((m: IndexResponse) => void) | undefined;
    const fake: WorkerLike = {
      postMessage: (m) => queueMicrotask(() => {
        onMessage?.({ type: 'analyzed', batch: m.batch + 100, results: [] }); // stray answer
        onMessage?.(handleIndexRequest(m));
      }),
      onMessage: (cb) => (onMessage = cb),
      onError: () => undefined,
      terminate: () => undefined,
    };
    const client = new IndexWorkerClient(() => fake);
    const res = await client.analyze([{ id: 'x', text: TEXTS[3] }]);
    assert.deepStrictEqual(res.map((r) => r.id), ['x']);

    const broken = new IndexWorkerClient(() => {
      throw new Error('Worker is not defined');
    });
    await assert.rejects(broken.analyze([{ id: '0', text: '' }]), /not defined/);
    assert.strictEqual(broken.usable, false);
  });

  it('an idle worker is stopped (its exit is not a failure) and a new one starts for the next batch', async () => {
    let spawned = 0;
    const client = new IndexWorkerClient(() => {
      spawned++;
      return nodeWorker(bundle);
    }, 50);
    try {
      await client.analyze([{ id: '0', text: TEXTS[0] }]);
      assert.ok(client.running);
      const deadline = Date.now() + 10_000;
      while (client.running && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      assert.strictEqual(client.running, false, 'stopped when idle');
      await new Promise((r) => setTimeout(r, 200)); // let the exit event arrive
      assert.ok(client.usable, 'an idle stop is not a crash');
      const again = await client.analyze([{ id: '1', text: TEXTS[1] }]);
      assert.deepStrictEqual(received(again[0], TEXTS[1]), expected(TEXTS[1]));
      assert.strictEqual(spawned, 2);
    } finally {
      client.dispose();
    }
  });

  it('release stops an idle worker at once (not one with work pending) and the next batch starts another', async () => {
    let spawned = 0;
    const pool = new IndexWorkerPool(() => {
      spawned++;
      return nodeWorker(bundle);
    }, 1);
    try {
      const pending = pool.analyze([{ id: '0', text: TEXTS[0] }]);
      pool.release(); // busy: keeps its worker
      assert.deepStrictEqual(received((await pending)[0], TEXTS[0]), expected(TEXTS[0]));
      assert.strictEqual(spawned, 1);
      pool.release();
      await new Promise((r) => setTimeout(r, 200)); // its exit event is not a failure
      assert.ok(pool.usable);
      const again = await pool.analyze([{ id: '1', text: TEXTS[1] }]);
      assert.deepStrictEqual(received(again[0], TEXTS[1]), expected(TEXTS[1]));
      assert.strictEqual(spawned, 2, 'a new worker after the release');
    } finally {
      pool.dispose();
    }
  });

  it('a pool spreads batches over its workers and retries a batch whose worker crashed on another', async () => {
    const crashing = path.join(dir, 'crash-pool.js');
    fs.writeFileSync(crashing, "require('worker_threads').parentPort.on('message', () => process.exit(9));");
    let n = 0;
    const pool = new IndexWorkerPool(() => nodeWorker(n++ === 0 ? crashing : bundle), 2);
    try {
      const results = await Promise.all(TEXTS.map((text, i) => pool.analyze([{ id: String(i), text }])));
      for (const [i, r] of results.entries()) assert.deepStrictEqual(received(r[0], TEXTS[i]), expected(TEXTS[i]));
      assert.ok(pool.usable, 'one worker still works');
    } finally {
      pool.dispose();
    }
    const dead = new IndexWorkerPool(() => nodeWorker(crashing), 2);
    await assert.rejects(dead.analyze([{ id: '0', text: TEXTS[0] }]), /no index worker/);
    assert.strictEqual(dead.usable, false);
  });
});
