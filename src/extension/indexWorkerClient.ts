// The host's side of the index worker: sends batches, matches answers to requests, and on any
// worker failure rejects what is pending and stays down, so the index falls back to analysing in
// the extension host; a worker that reached its heap cap only fails its batches (analysed in the
// host) and is started afresh for the next. Pure (no `vscode`): the worker is whatever `spawn` returns.
import { isOutOfMemory, type IndexRequest, type IndexResponse, type IndexResult } from './indexWorkerProtocol';

/** The part of a Node `Worker` or a Web `Worker` the client needs. */
export interface WorkerLike {
  postMessage(m: IndexRequest): void;
  onMessage(cb: (m: IndexResponse) => void): void;
  onError(cb: (err: unknown) => void): void;
  terminate(): void;
}

export class IndexWorkerClient {
  private worker: WorkerLike | undefined;
  private failed: unknown;
  private nextBatch = 0;
  private readonly pending = new Map<number, { resolve: (r: IndexResult[]) => void; reject: (e: unknown) => void }>();
  private idleTimer: ReturnType<typeof setTimeout> | undefined;

  /** `idleMs`: an idle worker is stopped after this long (it holds the core's memory) and restarted on demand. */
  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly idleMs = 30_000,
  ) {}

  /** True while a worker is running. */
  get running(): boolean {
    return this.worker !== undefined;
  }

  /** False once the worker could not start or has crashed. */
  get usable(): boolean {
    return this.failed === undefined;
  }

  /** Analyses a batch in the worker; rejects if the worker is or goes down. */
  analyze(items: IndexRequest['items']): Promise<IndexResult[]> {
    if (this.failed !== undefined) return Promise.reject(this.failed);
    const worker = this.startedWorker();
    if (!worker) return Promise.reject(this.failed);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const batch = this.nextBatch++;
    return new Promise<IndexResult[]>((resolve, reject) => {
      this.pending.set(batch, { resolve, reject });
      try {
        worker.postMessage({ type: 'analyze', batch, items });
      } catch (err) {
        this.fail(err);
      }
    });
  }

  /**
   * Starts the worker now, if it is not running, so it loads the core while the host looks for
   * files; stopped again after `idleMs` if no batch comes. A worker that cannot start marks the
   * client down, as a batch would.
   */
  warm(): void {
    if (this.failed !== undefined || this.worker) return;
    if (this.startedWorker()) this.scheduleIdleStop();
  }

  /** The worker, started if it is not running; undefined (and the client down) if it cannot start. */
  private startedWorker(): WorkerLike | undefined {
    try {
      return (this.worker ??= this.start());
    } catch (err) {
      this.fail(err);
      return undefined;
    }
  }

  private start(): WorkerLike {
    const w = this.spawn();
    w.onMessage((m) => {
      const p = this.pending.get(m?.batch);
      if (!p) return; // an answer for a batch nobody waits for any more
      this.pending.delete(m.batch);
      p.resolve(m.results);
      if (this.pending.size === 0) this.scheduleIdleStop();
    });
    // Events of a worker we stopped on purpose (idle, out of memory) are not failures.
    w.onError((err) => w === this.worker && (isOutOfMemory(err) ? this.drop(err) : this.fail(err)));
    return w;
  }

  /** Stops the worker now if it has nothing to do (it holds the core's memory); the next batch starts another. */
  release(): void {
    if (this.pending.size > 0 || !this.worker) return;
    this.stopWorker();
  }

  private scheduleIdleStop(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      this.release();
    }, this.idleMs);
    (this.idleTimer as { unref?: () => void }).unref?.(); // never keeps a Node process alive
  }

  /** Rejects what is pending and stops the worker, without marking the client down: the next batch starts a new one. */
  private drop(err: unknown): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.stopWorker();
  }

  private fail(err: unknown): void {
    this.failed = err ?? new Error('the index worker stopped');
    for (const p of this.pending.values()) p.reject(this.failed);
    this.pending.clear();
    this.stopWorker();
  }

  private stopWorker(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const w = this.worker;
    this.worker = undefined;
    w?.terminate();
  }

  dispose(): void {
    this.fail(new Error('disposed'));
  }
}

/** Several workers (one per spare core), each batch to the least busy one that still works. */
export class IndexWorkerPool {
  private readonly clients: IndexWorkerClient[];
  private readonly busy: number[];

  constructor(spawn: () => WorkerLike, size: number, idleMs?: number) {
    this.clients = Array.from({ length: Math.max(1, size) }, () => new IndexWorkerClient(spawn, idleMs));
    this.busy = this.clients.map(() => 0);
  }

  get size(): number {
    return this.clients.length;
  }

  /** False once no worker of the pool works. */
  get usable(): boolean {
    return this.clients.some((c) => c.usable);
  }

  async analyze(items: IndexRequest['items']): Promise<IndexResult[]> {
    for (;;) {
      let pick = -1;
      for (let i = 0; i < this.clients.length; i++) {
        if (this.clients[i].usable && (pick < 0 || this.busy[i] < this.busy[pick])) pick = i;
      }
      if (pick < 0) throw new Error('no index worker could run');
      this.busy[pick]++;
      try {
        return await this.clients[pick].analyze(items);
      } catch (err) {
        if (this.clients[pick].usable) throw err; // not a worker failure
        // That worker is down: try the batch on another one, if any.
      } finally {
        this.busy[pick]--;
      }
    }
  }

  /** Starts the first worker now (see `IndexWorkerClient.warm`); the others start with their first batch. */
  warm(): void {
    this.clients[0]?.warm();
  }

  /** Stops the workers that have nothing to do (see `IndexWorkerClient.release`). */
  release(): void {
    for (const c of this.clients) c.release();
  }

  dispose(): void {
    for (const c of this.clients) c.dispose();
  }
}
