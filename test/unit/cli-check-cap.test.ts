// `check` compares articles with each other only up to a cap of files. Over the cap it says so once,
// plainly, before any result, and checks each article alone, as --no-cross-article does.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Writable } from 'stream';
import { parseArgs } from '../../src/cli/args';
import { checkCommand } from '../../src/cli/checkCommand';
import { tooManyFilesNote } from '../../src/cli/crossArticle';
import { Output } from '../../src/cli/output';
import { readAhead, walkInputs } from '../../src/cli/walk';

const DIR = path.join(__dirname, '..', 'fixtures', 'workspace', 'articles');
const FILES = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).length;

interface Run {
  code: number;
  stdout: string;
  /** stderr lines, and stdout's length when each was written (0: before any result). */
  notes: { line: string; stdoutAt: number }[];
}

async function check(args: string[], cap?: number): Promise<Run> {
  let stdout = '';
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      stdout += chunk.toString();
      done();
    },
  });
  const notes: Run['notes'] = [];
  const stderr = {
    isTTY: false,
    write(s: string) {
      for (const line of s.split('\n').filter(Boolean)) notes.push({ line, stdoutAt: stdout.length });
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  const out = new Output(sink);
  const code = await checkCommand(parseArgs(['check', '--fail-on', 'none', '--jobs', '1', ...args, DIR]), { stdout: out, stderr }, DIR, cap);
  await out.flush();
  return { code, stdout, notes };
}

/** Findings whose related location is another file: only the cross-article pass makes those. */
const crossFindings = (json: string) =>
  (JSON.parse(json) as { file: string; related: { file: string }[] }[]).filter((f) => f.related.some((r) => r.file !== f.file));

describe('cli check: the cross-article cap', function () {
  this.timeout(60000);

  it('compares the articles when the folder holds no more files than the cap', async () => {
    assert.ok(FILES >= 3, 'the fixture folder holds several articles');
    const r = await check(['--format', 'json'], FILES);
    assert.strictEqual(r.code, 0);
    assert.ok(crossFindings(r.stdout).length > 0, 'the fixtures hold cross-article findings');
    assert.deepStrictEqual(r.notes.filter((n) => n.line.includes('note:')), []);
  });

  it('over the cap: one plain note before any result, then each article checked alone', async () => {
    const r = await check(['--format', 'json'], FILES - 1);
    const alone = await check(['--format', 'json', '--no-cross-article']);
    assert.strictEqual(r.code, 0);
    assert.deepStrictEqual(crossFindings(r.stdout), []);
    assert.deepStrictEqual(JSON.parse(r.stdout), JSON.parse(alone.stdout));
    const note = r.notes.filter((n) => n.line.includes('note:'));
    assert.deepStrictEqual(note, [{ line: tooManyFilesNote(FILES - 1), stdoutAt: 0 }]);
    assert.ok(note[0].line.startsWith(`newsfact: note: more than ${FILES - 1} files`), note[0].line);
  });

  it('writes the cap as people read numbers', () => {
    assert.match(tooManyFilesNote(10_000), /^newsfact: note: more than 10,000 files, so articles are not compared with each other/);
    assert.ok(!tooManyFilesNote(10_000).includes('10000'));
  });

  it('counts only readable files toward the cap: a missing input still leaves the articles compared', async () => {
    const r = await check(['--format', 'json', path.join(DIR, 'missing.txt')], FILES);
    assert.strictEqual(r.code, 2, 'the missing file fails the run');
    assert.ok(crossFindings(r.stdout).length > 0);
    assert.deepStrictEqual(r.notes.filter((n) => n.line.includes('more than')), []);
  });

  it('reads a walk ahead as far as asked and then gives the whole walk, errors included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-ahead-'));
    try {
      for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(dir, `${i}.txt`), 'x');
      fs.writeFileSync(path.join(dir, 'notes.md'), 'x');
      const inputs = [path.join(dir, 'missing.txt'), dir];
      const all: unknown[] = [];
      for await (const item of walkInputs(inputs)) all.push(item);
      assert.strictEqual(all.length, 6);
      for (const [limit, files] of [[0, 0], [3, 3], [5, 5], [10, 5]]) {
        let pulled = 0;
        const walk = walkInputs(inputs);
        const counting = (async function* () {
          for await (const item of walk) {
            pulled++;
            yield item;
          }
        })();
        const ahead = await readAhead(counting, limit);
        assert.strictEqual(ahead.files, files, `limit ${limit}`);
        // Read no further than the limit's file (the missing input comes first, uncounted).
        assert.strictEqual(pulled, limit === 0 ? 0 : Math.min(limit + 1, 6), `limit ${limit}`);
        const again: unknown[] = [];
        for await (const item of ahead.items) again.push(item);
        assert.deepStrictEqual(again, all, `limit ${limit}`);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
