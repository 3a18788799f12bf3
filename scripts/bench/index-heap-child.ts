// Child process (run with --expose-gc): the extension host's heap for a workspace index of the
// generated articles in a folder, without a real VS Code (the bench's stub `vscode`). Each file is
// analysed, passed through a structured clone (as the index worker's answer is) and stored the way
// WorkspaceIndex stores it (`compact`, `summarise`; `--full` keeps whole analyses, as before the
// summaries); the Quotes by Speaker directory is built over the index, then the cross-article
// search runs, as the editor's CrossArticleFindings does, and its results are kept. Prints one
// JSON line: heap used after GC above the heap before the first article, with the entries (and
// the directory) and after the search.
import * as fs from 'fs';
import * as path from 'path';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { installVscodeStub } = require('./vscode-stub');
installVscodeStub();

async function main(): Promise<void> {
  const dir = process.argv[2];
  const { analyzeText } = await import('../../src/core');
  const { summarise, compact, crossArticleInput } = await import('../../src/extension/workspaceIndex');
  const { SpeakerDirectory } = await import('../../src/extension/quotesTreeModel');
  const keepFull = process.argv.includes('--full');
  const { findCrossArticleFindings } = await import('../../src/core/workspace');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const names = fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
  // Warm the analyser on one article, so its lazily built tables count in the baseline, not per article.
  analyzeText(fs.readFileSync(path.join(dir, names[0]), 'utf8'));
  const base = heap();
  const entries = new Map<string, ReturnType<typeof summarise>>();
  for (const name of names) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const uri = { path: file, toString: () => 'file://' + file } as unknown as Parameters<typeof summarise>[0];
    const analysis = structuredClone(analyzeText(text));
    entries.set(uri.toString(), summarise(uri, keepFull ? analysis : compact(analysis), text));
  }
  const directory = new SpeakerDirectory([...entries.values()]);
  const indexed = heap();
  const c0 = process.cpuUsage();
  const found = findCrossArticleFindings([...entries.values()].map(crossArticleInput));
  const c = process.cpuUsage(c0);
  const searched = heap();
  let findings = 0;
  if (!directory.groups.size) throw new Error('no speakers indexed');
  for (const l of found.values()) findings += l.length;
  const mb = (b: number) => b / 1024 / 1024;
  process.stdout.write(
    JSON.stringify({ articles: entries.size, indexMB: mb(indexed - base), afterSearchMB: mb(searched - base), perArticleKB: (indexed - base) / 1024 / entries.size, full: keepFull, searchCpuMs: (c.user + c.system) / 1000, findings }) + '\n',
  );
}

main().catch((e) => {
  process.stderr.write(String((e as Error)?.stack ?? e) + '\n');
  process.exit(1);
});
