// The workspace index starts its first worker before it has files to send (IndexWorkerClient.warm),
// so the worker loads the core while the host searches the workspace: the batch that follows uses
// that worker, a worker that gets no batch is stopped when idle, one that cannot start marks the
// client down. Stand-in workers: no threads, no timing.
import * as assert from 'assert';
import { IndexWorkerClient, IndexWorkerPool, type WorkerLike } from '../../src/extension/indexWorkerClient';
import type { IndexRequest, IndexResponse } from '../../src/extension/indexWorkerProtocol';

/** Workers that answer each batch at once, with the spawns and terminations counted. */
function standIns() {
  const made: { terminated: boolean; batches: number }[] = [];
  const spawn = (): WorkerLike => {
    const me = { terminated: false, batches: 0 };
    made.push(me);
    let answer: ((m: IndexResponse) => void) | undefined;
    return {
      postMessage: (m: IndexRequest) => {
        me.batches++;
        queueMicrotask(() => answer?.({ type: 'analyzed', batch: m.batch, results: m.items.map((i) => ({ id: i.id, error: 'stand-in' })) }));
      },
      onMessage: (cb) => (answer = cb),
      onError: () => undefined,
      terminate: () => (me.terminated = true),
    };
  };
  return { made, spawn };
}

async function until(cond: () => boolean): Promise<void> {
  for (let i = 0; i < 400 && !cond(); i++) await new Promise((r) => setTimeout(r, 5));
}

describe('index worker: started ahead of its first batch', () => {
  it('a warmed worker takes the first batch (no second start), and warming again starts nothing', async () => {
    const { made, spawn } = standIns();
    const client = new IndexWorkerClient(spawn);
    try {
      client.warm();
      assert.strictEqual(made.length, 1);
      assert.ok(client.running);
      client.warm();
      const results = await client.analyze([{ id: '0', text: 'x' }]);
      assert.deepStrictEqual(results.map((r) => r.id), ['0']);
      assert.strictEqual(made.length, 1, 'the batch went to the warmed worker');
      assert.strictEqual(made[0].batches, 1);
    } finally {
      client.dispose();
    }
  });

  it('a warmed worker that gets no batch is stopped once idle; the next batch starts another', async () => {
    const { made, spawn } = standIns();
    const client = new IndexWorkerClient(spawn, 1);
    try {
      client.warm();
      await until(() => made[0].terminated);
      assert.ok(made[0].terminated, 'stopped when idle');
      assert.ok(!client.running);
      assert.ok(client.usable, 'an idle stop is not a failure');
      await client.analyze([{ id: '0', text: 'x' }]);
      assert.strictEqual(made.length, 2);
    } finally {
      client.dispose();
    }
  });

  it('a worker that cannot start marks the client down, without throwing', async () => {
    const client = new IndexWorkerClient(() => {
      throw new Error('no workers here');
    });
    client.warm();
    assert.strictEqual(client.usable, false);
    await assert.rejects(client.analyze([{ id: '0', text: 'x' }]), /no workers here/);
  });

  it('a pool warms only its first worker; batches then go to the least busy', async () => {
    const { made, spawn } = standIns();
    const pool = new IndexWorkerPool(spawn, 2);
    try {
      pool.warm();
      assert.strictEqual(made.length, 1);
      await Promise.all([pool.analyze([{ id: '0', text: 'x' }]), pool.analyze([{ id: '1', text: 'y' }])]);
      assert.strictEqual(made.length, 2, 'the second batch started the second worker');
      assert.deepStrictEqual(made.map((w) => w.batches), [1, 1]);
    } finally {
      pool.dispose();
    }
  });
});
