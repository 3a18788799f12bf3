// `newsfact analyze|check [options] <file|folder>...`: the command-line front end over the core.
import { parseArgs, UsageError, USAGE } from './args';
import { Output } from './output';
import { version } from '../../package.json';

export async function main(argv: string[]): Promise<number> {
  const stdout = new Output(process.stdout);
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`newsfact: ${err.message}\nTry "newsfact --help".\n`);
    return 2;
  }
  if (opts.command === 'help') {
    // Bare `newsfact` is a usage mistake (stderr, exit 2); `newsfact --help` is not.
    if (argv.length === 0) {
      process.stderr.write(USAGE);
      return 2;
    }
    stdout.write(USAGE);
    await stdout.flush();
    return 0;
  }
  if (opts.command === 'version') {
    stdout.write(`newsfact ${version}\n`);
    await stdout.flush();
    return 0;
  }
  const io = { stdout, stderr: process.stderr };
  // Loaded on demand: the bundle then runs the analysis core's module code (its lexicons and
  // tables, ~0.1 s) only where it is used: in the worker threads for `analyze`, not first on this
  // thread, which the workers wait for before they can start.
  const code =
    opts.command === 'analyze'
      ? await (await import('./analyzeCommand')).analyzeCommand(opts, io)
      : await (await import('./checkCommand')).checkCommand(opts, io);
  await stdout.flush();
  return code;
}

// A closed pipe (`newsfact analyze . | head`) is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`newsfact: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
