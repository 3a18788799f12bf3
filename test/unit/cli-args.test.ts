// Command-line parsing: formats per command, --fail-on, --jobs, usage errors.
import * as assert from 'assert';
import { parseArgs, UsageError } from '../../src/cli/args';

describe('cli parseArgs', () => {
  it('reads a command, options in both spellings, and inputs', () => {
    const o = parseArgs(['check', '--format=sarif', '--fail-on', 'error', '-j', '3', 'a.txt', 'dir']);
    assert.strictEqual(o.command, 'check');
    assert.strictEqual(o.format, 'sarif');
    assert.strictEqual(o.failOn, 'error');
    assert.strictEqual(o.jobs, 3);
    assert.deepStrictEqual(o.inputs, ['a.txt', 'dir']);
  });

  it('defaults: text format, fail on warning, at least one job, 10 MB', () => {
    const o = parseArgs(['analyze', 'x']);
    assert.strictEqual(o.format, 'text');
    assert.strictEqual(o.failOn, 'warning');
    assert.ok(o.jobs >= 1);
    assert.strictEqual(o.maxSizeMb, 10);
    assert.strictEqual(o.progress, undefined);
  });

  it('treats everything after -- as a file name', () => {
    assert.deepStrictEqual(parseArgs(['analyze', '--', '--odd-name.txt']).inputs, ['--odd-name.txt']);
  });

  it('answers --help and --version wherever they appear', () => {
    assert.strictEqual(parseArgs(['analyze', '--help']).command, 'help');
    assert.strictEqual(parseArgs(['-V']).command, 'version');
  });

  it('rejects formats of the other command, unknown options and bad numbers', () => {
    const bad: string[][] = [
      ['analyze', '--format', 'sarif', 'x'],
      ['check', '--format', 'jsonl', 'x'],
      ['check', '--fail-on', 'loud', 'x'],
      ['analyze', '--jobs', '0', 'x'],
      ['analyze', '--jobs', '1.5', 'x'],
      ['analyze', '--max-size-mb', 'ten', 'x'],
      ['analyze', '--colour', 'x'],
      ['analyze'],
      ['lint', 'x'],
      ['analyze', '--format'],
    ];
    for (const argv of bad) assert.throws(() => parseArgs(argv), UsageError, argv.join(' '));
  });
});
