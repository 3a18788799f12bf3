// `newsfact analyze`: per-file summaries (text), one JSON array (json) or JSON lines (jsonl).
import type { CliOptions } from './args';
import { runFiles, type Io } from './runFiles';

export async function analyzeCommand(opts: CliOptions, io: Io): Promise<number> {
  const { stdout } = io;
  let written = 0;
  if (opts.format === 'json') stdout.write('[');
  const stats = await runFiles(opts, { mode: 'analyze', ordered: opts.format !== 'jsonl', keepAnalysis: false }, io, (r) => {
    if (r.output === undefined) return;
    if (opts.format === 'json') stdout.write((written ? ',\n' : '\n') + r.output);
    else if (opts.format === 'jsonl') stdout.write(r.output + '\n');
    else stdout.write((written ? '\n' : '') + r.output);
    written++;
  });
  if (opts.format === 'json') stdout.write(written ? '\n]\n' : ']\n');
  if (stats.files === 0) {
    io.stderr.write(`newsfact: no .txt files found in ${opts.inputs.join(', ')}\n`);
    return 2;
  }
  return stats.failed ? 1 : 0;
}
