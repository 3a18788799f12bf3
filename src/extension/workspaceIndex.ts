// Every article file in the workspace, not only open ones: found with the article globs, read
// through `vscode.workspace.fs` (so it also works in a web worker), analysed in batches by a worker
// (indexWorker*.ts; in small slices that yield to the editor if no worker can start), and kept
// fresh by a file watcher. Open documents win over the disk copy.
// Each entry keeps what the views and the cross-article search read, and line starts, so spans of
// files that are not open can be placed without reading them again: an open document's analysis
// as the analysis service has it, a file's as a summary without its article's layout (rebuilt from
// the text if the cross-article search needs it), its quotes packed (core/workspace/packedQuotes.ts)
// and its line starts worked out only if read: about 32 KB of heap per article with its text and
// its part of the speaker directory (52 KB before the packing; index-heap-child.ts).
import * as vscode from 'vscode';
import type { Analysis, Dateline, Finding, Quote, Speaker } from '../core/types';
import type { AnalysisEntry, AnalysisService, Analyzer } from './analysisService';
import { articleFilePatterns } from './articlePatterns';
import { lineStarts } from './offsets';
import { looksBinary } from './textCheck';
import { analyzeText } from '../core/analyze';
import { IndexWorkerPool } from './indexWorkerClient';
import { restoreSummary, type IndexResult } from './indexWorkerProtocol';
import { indexWorkerCount, spawnIndexWorker } from './indexWorkerSpawn';
import { NewFolderWatchers, type FolderFileEvent } from './newFolderWatchers';
import { SpeakerDirectory, type ArticleEntry } from './quotesTreeModel';
import { prepareForCrossArticle, type AnalysisSummary } from '../core/workspace';

export interface IndexedArticle extends ArticleEntry {
  uri: string;
  title: string;
  quotes: Quote[];
  speakers: Speaker[];
  findings: Finding[];
  dateline: Dateline | null;
  /** Where each line starts (a finding in this article placed while it is not open). */
  readonly lineStarts: number[];
  /** For cross-article comparison: an open document's analysis, or a file's summary (the same but the article's layout). */
  analysis: Analysis | AnalysisSummary;
  /** Modification time and size of the file when it was read; absent for an open document's analysis. */
  diskStamp?: string;
}

/** A pass over the workspace's article files: what its progress notification shows. */
export interface IndexPass {
  total: number;
  done: number;
  /** The notification's text, as last reported. */
  message: string;
  cancelled: boolean;
  finished: boolean;
}

/** Above this many files the first pass shows a progress notification (with Cancel). */
const PROGRESS_THRESHOLD = 50;
const SLICE_MS = 15;
/** Files per worker message, and a cap on their text, so progress and cancel stay prompt. */
const BATCH_FILES = 32;
/** The first batch is small: the views and cross-article findings get their first files while a cold worker warms up. */
const FIRST_BATCH_FILES = 4;
const BATCH_CHARS = 1 << 20;
/** Files read at once while a batch is gathered. */
const READS_AT_ONCE = 8;
/** One decoder for every file read (not fatal: a bad byte becomes U+FFFD, as before). */
const UTF8 = new TextDecoder('utf-8');

export class WorkspaceIndex implements vscode.Disposable {
  private readonly entries = new Map<string, IndexedArticle>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private watchers: vscode.Disposable[] = [];
  private directoryCache: { generation: number; directory: SpeakerDirectory } | undefined;
  private building: Promise<void> | undefined;
  private buildCancel: vscode.CancellationTokenSource | undefined;
  private readonly queue = new Set<string>();
  /** Files the article globs match on disk (the rest of the index are documents open as articles). */
  private diskFiles = new Set<string>();
  /** Files deleted since they were last seen: a batch that read one before it went must not store it again. */
  private readonly deleted = new Set<string>();
  private queueTimer: ReturnType<typeof setTimeout> | undefined;
  private warmTimer: ReturnType<typeof setTimeout> | undefined;
  private rescanTimer: ReturnType<typeof setTimeout> | undefined;
  /** Files a watcher reported while a rescan searched: the search may have missed them. */
  private touchedDuringRescan: Set<string> | undefined;
  private readonly newFolders = new NewFolderWatchers((event, uri) => this.onNewFolderEvent(event, uri));
  private disposed = false;
  private worker: IndexWorkerPool | undefined;
  /** Files analysed in the worker and in the extension host (the fallback), and files a pass left alone because they had not changed since they were read; for tests and bench. */
  readonly analysedBy = { worker: 0, host: 0, unchanged: 0 };
  /** The pass over the workspace in progress, or the last one (for tests and the status of a large first pass). */
  pass: IndexPass | undefined;
  /** False until the first full pass over the workspace has finished. */
  indexed = false;
  /** Bumped on every change; caches keyed by it stay valid until the next change. */
  generation = 0;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly service: AnalysisService,
    private readonly extension: vscode.Extension<unknown>,
    private readonly analyze: Analyzer,
  ) {
    this.disposables.push(
      service.onDidAnalyze((e) => {
        this.fromOpenDocument(e);
        // The first article opened starts the workspace pass (not activation: a plain .txt activates us too).
        void this.ready();
      }),
      service.onDidForget((uri) => this.enqueue(uri)), // back to the saved copy on disk
      // Before the first pass has started there is nothing to redo (and activation must stay cheap).
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (this.building && e.affectsConfiguration('newsfact.articleGlobs')) void this.rebuild();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.building && void this.rebuild()),
      vscode.commands.registerCommand('newsfact.cancelIndexing', () => {
        const stopped = this.cancelIndexing();
        if (!stopped) void vscode.window.showInformationMessage('Newsfact is not analysing the workspace.');
        return stopped;
      }),
    );
    for (const e of service.all()) this.fromOpenDocument(e);
  }

  get(uri: vscode.Uri | string): IndexedArticle | undefined {
    return this.entries.get(uri.toString());
  }

  all(): IndexedArticle[] {
    return [...this.entries.values()];
  }

  /** Speakers merged across the workspace; computed once per change. */
  directory(): SpeakerDirectory {
    if (this.directoryCache?.generation !== this.generation) {
      // The last directory's state is taken over: only the articles that changed are worked out again.
      this.directoryCache = { generation: this.generation, directory: new SpeakerDirectory(this.all(), this.directoryCache?.directory ?? null) };
    }
    return this.directoryCache.directory;
  }

  /** The first full pass (idempotent while it runs). */
  ready(): Promise<void> {
    return (this.building ??= this.build(false));
  }

  /** Drops everything and indexes the workspace again, with a progress notification. */
  rebuild(showProgress = true): Promise<void> {
    this.buildCancel?.cancel();
    this.building = this.build(showProgress);
    return this.building;
  }

  /**
   * Stops the pass over the workspace in progress, as its notification's Cancel does: no file is
   * read or stored after it (batches already in a worker finish there, unused). Files already
   * stored stay; the watcher still indexes files as they change. True if a pass was running.
   */
  cancelIndexing(): boolean {
    const pass = this.pass;
    if (!pass || pass.finished || pass.cancelled || !this.buildCancel) return false;
    pass.cancelled = true;
    this.buildCancel.cancel();
    return true;
  }

  private async build(forceProgress: boolean): Promise<void> {
    const cts = new vscode.CancellationTokenSource();
    this.buildCancel = cts;
    const pass: IndexPass = { total: 0, done: 0, message: '', cancelled: false, finished: false };
    this.pass = pass;
    cts.token.onCancellationRequested(() => (pass.cancelled = true));
    this.watch();
    // The worker that takes the first batch starts now: it loads the core while the host looks
    // for the files and reads the first few (a worker's start is ~70 ms of CPU, more on a busy machine).
    if (!this.indexed) this.workerClient()?.warm();
    const { uris } = await this.findArticleFiles(cts.token);
    if (cts.token.isCancellationRequested) return void (pass.finished = true);
    pass.total = uris.length;
    this.diskFiles = new Set(uris.map((u) => u.toString()));
    for (const key of this.diskFiles) this.deleted.delete(key); // found again: here now
    for (const key of [...this.entries.keys()]) if (!this.diskFiles.has(key) && !this.service.get(vscode.Uri.parse(key))) this.entries.delete(key);
    const work = (progress?: vscode.Progress<{ message?: string; increment?: number }>, token?: vscode.CancellationToken) =>
      this.indexFiles(uris, progress, token ?? cts.token, false, pass);
    if (forceProgress || uris.length > PROGRESS_THRESHOLD) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Newsfact: analysing articles', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => cts.cancel());
          return work(progress, cts.token);
        },
      );
    } else await work();
    pass.finished = true;
    // The workers' heaps go before the cross-article search starts on this thread (the two would
    // add up); a file that changes later starts a worker again.
    this.worker?.release();
    if (!cts.token.isCancellationRequested) this.indexed = true;
    this.bump();
  }

  /** The article files on disk; `complete` is false if a search failed or was cancelled. */
  private async findArticleFiles(token: vscode.CancellationToken): Promise<{ uris: vscode.Uri[]; complete: boolean }> {
    if (!vscode.workspace.workspaceFolders?.length) return { uris: [], complete: true };
    const found = new Map<string, vscode.Uri>();
    let complete = true;
    for (const pattern of articleFilePatterns(this.extension)) {
      try {
        for (const uri of await vscode.workspace.findFiles(pattern, undefined, undefined, token)) found.set(uri.toString(), uri);
      } catch (err) {
        complete = false;
        console.error(`newsfact: cannot search for ${pattern}`, err);
      }
    }
    return { uris: [...found.values()], complete: complete && !token.isCancellationRequested };
  }

  /** `reread`: read even files whose time and size are those of the entry (a watcher said they changed). */
  private async indexFiles(
    uris: readonly vscode.Uri[],
    progress: vscode.Progress<{ message?: string; increment?: number }> | undefined,
    token: vscode.CancellationToken,
    reread: boolean,
    pass?: IndexPass,
  ): Promise<void> {
    let done = 0;
    const advance = (n: number) => {
      if (token.isCancellationRequested) return;
      done += n;
      const message = `${done} of ${uris.length}`;
      if (pass) Object.assign(pass, { done, message });
      progress?.report({ message, increment: (100 * n) / uris.length });
    };
    // The host reads (it owns vscode.workspace.fs) while the worker analyses the previous batch.
    const inFlight = new Set<Promise<void>>();
    // Read once per pass, not once per file (a configuration lookup builds an object each time).
    const maxBytes = vscode.workspace.getConfiguration('newsfact').get<number>('maxFileSizeMB', 10) * 1024 * 1024;
    for (let i = 0; i < uris.length; ) {
      if (token.isCancellationRequested) break;
      const batch: ReadFile[] = [];
      let chars = 0;
      const first = i;
      const most = first === 0 ? FIRST_BATCH_FILES : BATCH_FILES;
      while (i < uris.length && batch.length < most && chars < BATCH_CHARS) {
        // A few reads at a time: one after the other, each waits out its own stat and read.
        const group = uris.slice(i, i + Math.min(READS_AT_ONCE, most - batch.length));
        i += group.length;
        for (const read of await Promise.all(group.map((uri) => this.readForIndex(uri, reread, maxBytes)))) {
          if (read) {
            batch.push(read);
            chars += read.text.length;
          }
        }
      }
      const count = i - first;
      const done = this.analyzeBatch(batch, token).then(() => {
        inFlight.delete(done);
        advance(count);
      });
      inFlight.add(done);
      // Two batches out per worker, so each has the next one queued while the host stores its
      // last answer and reads on; few enough that Cancel stops soon. Waiting for any batch, not
      // the oldest: a worker that is done early must not wait for the other one to get new work.
      if (inFlight.size >= 2 * (this.worker?.size ?? 1)) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  }

  /**
   * The text to index, or undefined when the file is open, unchanged since it was indexed, gone,
   * too large or binary (then it leaves the index).
   */
  private async readForIndex(uri: vscode.Uri, reread: boolean, maxBytes: number): Promise<ReadFile | undefined> {
    const key = uri.toString();
    if (this.service.get(uri)) return undefined; // open in an editor: the live analysis is fresher
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      const stamp = `${stat.mtime}:${stat.size}`;
      // A second pass (settings, folders, Analyse Workspace) reads only what changed since the first.
      if (!reread && this.entries.get(key)?.diskStamp === stamp) {
        this.analysedBy.unchanged++;
        return undefined;
      }
      if (stat.size > maxBytes) {
        this.entries.delete(key);
        return undefined;
      }
      const bytes = await vscode.workspace.fs.readFile(uri);
      const text = UTF8.decode(bytes).replace(/^\uFEFF/, '');
      if (looksBinary(text)) {
        this.entries.delete(key);
        return undefined;
      }
      return { uri, text, stamp };
    } catch (err) {
      // A file that vanished or cannot be read just leaves the index.
      this.entries.delete(key);
      if (!(err instanceof vscode.FileSystemError)) console.error(`newsfact: cannot index ${key}`, err);
      return undefined;
    }
  }

  /** Analyses a batch in the worker, or here in time slices if there is no worker (or it failed). */
  private async analyzeBatch(batch: ReadFile[], token: vscode.CancellationToken): Promise<void> {
    if (batch.length === 0) return;
    const client = this.workerClient();
    if (client) {
      try {
        const results = await client.analyze(batch.map((b, i) => ({ id: String(i), text: b.text })));
        if (token.isCancellationRequested) return;
        // The worker did each file's share of the cross-article work too: storing only pools
        // strings and finds line starts, but a batch of large files still yields between slices.
        let storeStart = Date.now();
        for (const r of results) {
          const { uri, text, stamp } = batch[Number(r.id)];
          if (this.deleted.has(uri.toString())) continue;
          const entry = this.service.get(uri) ? undefined : storeWorkerResult(uri, text, r);
          if (entry) this.entries.set(uri.toString(), Object.assign(entry, { diskStamp: stamp }));
          else if (!this.service.get(uri)) this.entries.delete(uri.toString());
          if (Date.now() - storeStart > SLICE_MS) {
            this.bump();
            await new Promise((resolve) => setTimeout(resolve, 0));
            if (token.isCancellationRequested) return;
            storeStart = Date.now();
          }
        }
        this.analysedBy.worker += results.length;
        this.bump();
        return;
      } catch (err) {
        console.warn('newsfact: the index worker is unavailable; analysing in the extension host instead', err);
      }
    }
    let sliceStart = Date.now();
    for (const { uri, text, stamp } of batch) {
      if (token.isCancellationRequested) return;
      try {
        this.store(uri, text, this.analyze(text), stamp);
        this.analysedBy.host++;
      } catch (err) {
        this.entries.delete(uri.toString());
        console.error(`newsfact: cannot index ${uri.toString()}`, err);
      }
      if (Date.now() - sliceStart > SLICE_MS) {
        // Yield so typing, hovers and the views stay responsive during a large first pass.
        this.bump();
        await new Promise((r) => setTimeout(r, 0));
        sliceStart = Date.now();
      }
    }
    this.bump();
  }

  private store(uri: vscode.Uri, text: string, analysis: Analysis, stamp: string): void {
    if (this.service.get(uri) || this.deleted.has(uri.toString())) return; // opened, or deleted, while it was being analysed
    this.entries.set(uri.toString(), Object.assign(summarise(uri, compact(analysis), text), { diskStamp: stamp }));
  }

  /** The worker, only for the real analyser (tests may inject another) and only while it works. */
  private workerClient(): IndexWorkerPool | undefined {
    if (this.analyze !== analyzeText) return undefined;
    this.worker ??= new IndexWorkerPool(() => spawnIndexWorker(this.extension.extensionUri), indexWorkerCount());
    return this.worker.usable ? this.worker : undefined;
  }

  private fromOpenDocument(e: AnalysisEntry): void {
    this.entries.set(e.uri.toString(), summarise(e.uri, e.analysis, e.analysis.article.text));
    this.bump();
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    this.newFolders.dispose();
    // File events inside a folder that was just created or copied in can be coalesced into the
    // folder's own event, or never come (newFolderWatchers.ts); a new folder (a name without a
    // dot) triggers a search for new articles and watchers of its own.
    const folders = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    this.watchers.push(
      folders,
      folders.onDidCreate((u) => {
        if (!looksLikeFolder(u)) return;
        this.scheduleRescan();
        void this.newFolders.add(u);
      }),
      folders.onDidDelete((u) => looksLikeFolder(u) && this.folderDeleted(u)),
    );
    for (const pattern of articleFilePatterns(this.extension)) {
      const w = vscode.workspace.createFileSystemWatcher(pattern);
      this.watchers.push(
        w,
        w.onDidCreate((u) => this.enqueue(u, true)),
        w.onDidChange((u) => this.enqueue(u, true)),
        w.onDidDelete((u) => this.fileDeleted(u)),
      );
    }
  }

  /** An event from a folder the recursive watcher may not see (newFolderWatchers.ts). */
  private onNewFolderEvent(event: FolderFileEvent, uri: vscode.Uri): void {
    const known = this.diskFiles.has(uri.toString());
    if (event === 'delete') {
      if (known) this.fileDeleted(uri);
      else if (this.newFolders.has(uri) || looksLikeFolder(uri)) this.folderDeleted(uri);
    } else if (known) {
      this.enqueue(uri, true);
    } else if (event === 'create') {
      // Whether a new file is an article is the article globs' call: the search applies them.
      this.scheduleRescan();
      if (looksLikeFolder(uri)) void this.newFolders.add(uri);
    }
  }

  private fileDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    this.diskFiles.delete(key);
    this.deleted.add(key);
    this.touchedDuringRescan?.add(key);
    if (!this.service.get(uri) && this.entries.delete(key)) this.bump();
  }

  /** A deleted folder's files may not get events of their own. */
  private folderDeleted(folder: vscode.Uri): void {
    this.newFolders.remove(folder);
    const prefix = `${folder.toString()}/`;
    for (const key of [...this.diskFiles]) if (key.startsWith(prefix)) this.fileDeleted(vscode.Uri.parse(key));
  }

  /**
   * Searches for new articles after a folder appears. The folder's event can come before the files
   * written into it exist, and their own events may never come: so search again a little later.
   */
  private scheduleRescan(delays: readonly number[] = [500, 3000]): void {
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    const [delay, ...later] = delays;
    if (delay === undefined || this.disposed) return;
    this.rescanTimer = setTimeout(async () => {
      this.rescanTimer = undefined;
      const cts = new vscode.CancellationTokenSource();
      const touched = (this.touchedDuringRescan = new Set());
      try {
        const { uris, complete } = await this.findArticleFiles(cts.token);
        const found = new Set<string>();
        for (const uri of uris) {
          found.add(uri.toString());
          if (!this.diskFiles.has(uri.toString()) && !touched.has(uri.toString())) this.enqueue(uri, true);
        }
        // A file the search no longer finds is gone, even if its delete event never came. A file a
        // watcher reported during the search is left to that event: the search may predate it.
        if (complete && !this.disposed) {
          for (const key of [...this.diskFiles]) if (!found.has(key) && !touched.has(key)) this.fileDeleted(vscode.Uri.parse(key));
        }
      } finally {
        if (this.touchedDuringRescan === touched) this.touchedDuringRescan = undefined;
        cts.dispose();
      }
      if (later.length && !this.rescanTimer) this.scheduleRescan(later);
    }, delay);
  }

  /** Coalesces watcher events (a `git checkout` touches many files at once). */
  private enqueue(uri: vscode.Uri, isArticleFile = false): void {
    if (isArticleFile) {
      this.diskFiles.add(uri.toString());
      this.deleted.delete(uri.toString());
      this.touchedDuringRescan?.add(uri.toString());
    }
    this.queue.add(uri.toString());
    if (this.queueTimer) return;
    this.queueTimer = setTimeout(async () => {
      this.queueTimer = undefined;
      const uris = [...this.queue].map((u) => vscode.Uri.parse(u));
      this.queue.clear();
      const toIndex: vscode.Uri[] = [];
      for (const uri of uris) {
        if (this.service.get(uri)) continue;
        if (this.diskFiles.has(uri.toString())) toIndex.push(uri);
        else this.entries.delete(uri.toString()); // an article only while open ("Treat as News Article")
      }
      const cts = new vscode.CancellationTokenSource();
      try {
        await this.indexFiles(toIndex, undefined, cts.token, true);
      } finally {
        cts.dispose();
      }
      this.bump();
    }, 200);
  }

  private bump(): void {
    this.generation++;
    this.changed.fire();
    // Rebuild the speaker directory once changes settle, so a hover rarely pays for it.
    if (this.warmTimer) clearTimeout(this.warmTimer);
    this.warmTimer = setTimeout(() => {
      this.warmTimer = undefined;
      this.directory();
    }, 300);
  }

  dispose(): void {
    this.disposed = true;
    this.buildCancel?.cancel();
    this.worker?.dispose();
    if (this.queueTimer) clearTimeout(this.queueTimer);
    if (this.rescanTimer) clearTimeout(this.rescanTimer);
    if (this.warmTimer) clearTimeout(this.warmTimer);
    for (const w of this.watchers) w.dispose();
    this.newFolders.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** New folders are told from new files by name alone: a stat per event would cost more than a rare wrong guess (a file without an extension is searched for, a folder with a dot is not watched). */
function looksLikeFolder(uri: vscode.Uri): boolean {
  return !uri.path.slice(uri.path.lastIndexOf('/') + 1).includes('.');
}

interface ReadFile {
  uri: vscode.Uri;
  text: string;
  stamp: string;
}

/**
 * What to keep of a file's analysis (owned by the index: a worker's answer or the fallback's own):
 * its summary, with its cross-article share already worked out.
 */
export function compact(analysis: Analysis): Analysis | AnalysisSummary {
  return prepareForCrossArticle(analysis, true);
}

/** What the host keeps of a worker's answer for one file (undefined: the worker could not analyse it). */
export function storeWorkerResult(uri: vscode.Uri, text: string, r: IndexResult): IndexedArticle | undefined {
  const summary = restoreSummary(r, text);
  return summary && summarise(uri, summary, text);
}

export function summarise(uri: vscode.Uri, analysis: Analysis | AnalysisSummary, text: string): IndexedArticle {
  const base = uri.path.split('/').pop() ?? uri.toString();
  return new Entry(uri.toString(), analysis.article.headline?.text.trim() || base, analysis, text);
}

/** An indexed article: the analysis's parts, and its line starts worked out when first read. */
class Entry implements IndexedArticle {
  readonly quotes: Quote[];
  readonly speakers: Speaker[];
  readonly findings: Finding[];
  readonly dateline: Dateline | null;
  diskStamp?: string;
  private starts: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly title: string,
    readonly analysis: Analysis | AnalysisSummary,
    private readonly text: string,
  ) {
    this.quotes = analysis.quotes;
    this.speakers = analysis.speakers;
    this.findings = analysis.findings;
    this.dateline = analysis.article.dateline;
  }

  // Only a finding's place in another article reads them (a related location): most files never need them.
  get lineStarts(): number[] {
    return (this.starts ??= lineStarts(this.text));
  }
}

/** What the cross-article search reads of an indexed article. */
export function crossArticleInput(e: IndexedArticle): { file: string; analysis: Analysis | AnalysisSummary } {
  return { file: e.uri, analysis: e.analysis };
}
