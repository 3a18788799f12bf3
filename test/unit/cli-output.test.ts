// The CLI's stdout writer under a slow reader: writes keep their order, the caller can wait for the
// reader, and lagging never piles up listeners on the stream (one per blocked spell).
import * as assert from 'assert';
import { Writable } from 'stream';
import { Output } from '../../src/cli/output';

/** A stream that takes each chunk only when `release` is called, with a tiny buffer. */
function slowStream() {
  const got: string[] = [];
  const pending: (() => void)[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, done) {
      got.push(chunk.toString());
      pending.push(done);
    },
  });
  const release = () => {
    while (pending.length) pending.shift()!();
  };
  return { stream, got, release };
}

describe('cli: stdout writer', () => {
  it('adds one drain listener however many writes a lagging reader leaves waiting', async () => {
    const { stream, got, release } = slowStream();
    const out = new Output(stream);
    const warnings: Error[] = [];
    const onWarning = (w: Error) => warnings.push(w);
    process.on('warning', onWarning);
    try {
      const base = stream.listenerCount('drain');
      for (let i = 0; i < 50; i++) out.write(`line ${i}\n`);
      assert.strictEqual(stream.listenerCount('drain') - base, 1);
      // Drain it all: the writer is unblocked and a new spell adds one listener again, not two.
      for (let spins = 0; spins < 100 && got.length < 50; spins++) {
        release();
        await new Promise((r) => setImmediate(r));
      }
      await out.drained();
      assert.strictEqual(stream.listenerCount('drain'), base);
      for (let i = 50; i < 80; i++) out.write(`line ${i}\n`);
      assert.strictEqual(stream.listenerCount('drain') - base, 1);
      for (let spins = 0; spins < 100 && got.length < 80; spins++) {
        release();
        await new Promise((r) => setImmediate(r));
      }
      assert.deepStrictEqual(got, Array.from({ length: 80 }, (_, i) => `line ${i}\n`));
      await new Promise((r) => setImmediate(r));
      assert.deepStrictEqual(warnings.filter((w) => w.name === 'MaxListenersExceededWarning'), []);
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('drained() waits for a lagging reader and returns at once for a quick one', async () => {
    const { stream, release } = slowStream();
    const out = new Output(stream);
    await out.drained();
    out.write('x'.repeat(64));
    let waited = false;
    const wait = out.drained().then(() => (waited = true));
    await new Promise((r) => setImmediate(r));
    assert.strictEqual(waited, false);
    release();
    await wait;
    assert.strictEqual(waited, true);
  });
});
