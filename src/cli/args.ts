// Command-line parsing: small and strict, so a typo is a plain usage error, not a surprise.
import { availableParallelism } from 'os';
import type { Severity } from '../core';
import { DEFAULT_MAX_SIZE_MB } from './readArticleFile';

export type Command = 'analyze' | 'check';
export type FailOn = Severity | 'none';

export interface CliOptions {
  command: Command | 'help' | 'version';
  format: string;
  failOn: FailOn;
  jobs: number;
  maxSizeMb: number;
  /** true/false when asked for; undefined: a bar only when stderr is a terminal. */
  progress: boolean | undefined;
  /** check: also compare articles with each other. */
  crossArticle: boolean;
  inputs: string[];
}

export class UsageError extends Error {}

const FORMATS: Record<Command, string[]> = {
  analyze: ['text', 'json', 'jsonl'],
  check: ['text', 'json', 'sarif'],
};
const FAIL_ON: FailOn[] = ['error', 'warning', 'information', 'hint', 'none'];

export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = {
    command: 'help',
    format: 'text',
    failOn: 'warning',
    jobs: defaultJobs(),
    maxSizeMb: DEFAULT_MAX_SIZE_MB,
    progress: undefined,
    crossArticle: true,
    inputs: [],
  };
  let command: string | undefined;
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      if (command === undefined) command = arg;
      else opts.inputs.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    let inlineValue: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inlineValue = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const value = (): string => {
      const v = inlineValue ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '-h':
      case '--help':
        opts.command = 'help';
        return opts;
      case '-V':
      case '--version':
        opts.command = 'version';
        return opts;
      case '-f':
      case '--format':
        opts.format = value();
        break;
      case '--fail-on': {
        const v = value();
        if (!FAIL_ON.includes(v as FailOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, not "${v}"`);
        opts.failOn = v as FailOn;
        break;
      }
      case '-j':
      case '--jobs':
        opts.jobs = positiveNumber(arg, value(), true);
        break;
      case '--max-size-mb':
        opts.maxSizeMb = positiveNumber(arg, value(), false);
        break;
      case '--progress':
        opts.progress = true;
        break;
      case '--no-progress':
        opts.progress = false;
        break;
      case '--no-cross-article':
        opts.crossArticle = false;
        break;
      default:
        throw new UsageError(`unknown option ${arg}`);
    }
  }
  if (command === undefined) return opts;
  if (command === 'help') return opts;
  if (command !== 'analyze' && command !== 'check') throw new UsageError(`unknown command "${command}"`);
  opts.command = command;
  if (!FORMATS[command].includes(opts.format)) {
    throw new UsageError(`${command} --format must be one of ${FORMATS[command].join(', ')}, not "${opts.format}"`);
  }
  if (opts.inputs.length === 0) throw new UsageError(`${command} needs at least one file or folder`);
  return opts;
}

function positiveNumber(name: string, raw: string, integer: boolean): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${name} must be a positive ${integer ? 'whole number' : 'number'}, not "${raw}"`);
  }
  return n;
}

function defaultJobs(): number {
  try {
    return Math.max(1, availableParallelism());
  } catch {
    return 1;
  }
}

export const USAGE = `Usage:
  newsfact analyze [options] <file|folder>...   quotes, speakers and findings for each article
  newsfact check [options] <file|folder>...     findings only, like a linter

Folders are searched for .txt files (node_modules and dot folders are skipped).

Options:
  -f, --format <fmt>     analyze: text (default), json, jsonl; check: text (default), json, sarif
      --fail-on <sev>    check: exit 1 when a finding is at or above error, warning (default),
                         information or hint; "none" never fails on findings
  -j, --jobs <n>         worker threads (default: the number of cores)
      --max-size-mb <n>  skip files larger than this (default ${DEFAULT_MAX_SIZE_MB})
      --no-cross-article check: compare each article only with itself (by default articles
                         on the same event are compared with each other, up to 10,000 files)
      --progress         show a progress bar even when stderr is not a terminal
      --no-progress      never show the progress bar
  -h, --help             show this help
  -V, --version          show the version

Exit codes:
  analyze: 0 all files analysed, 1 some files skipped (unreadable, binary, too big), 2 usage error
  check:   0 no finding at or above --fail-on, 1 such findings, 2 usage error or unreadable files
`;
