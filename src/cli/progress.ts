// A one-line progress bar on stderr, for terminals only; messages printed meanwhile clear it first.
// The total comes from a separate counting walk, so the bar fills before the real walk is done.
export class Progress {
  private done = 0;
  private counted = 0;
  private total: number | null = null;
  private lastDraw = 0;
  private shown = false;
  private closed = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    readonly enabled: boolean,
  ) {}

  counting(n: number): void {
    this.counted = n;
    this.draw(false);
  }

  setTotal(n: number): void {
    this.total = n;
    this.draw(true);
  }

  fileDone(): void {
    this.done++;
    this.draw(false);
  }

  /** Print a message line on stderr without tearing the bar. */
  message(line: string): void {
    this.clear();
    this.stream.write(line.endsWith('\n') ? line : line + '\n');
    if (!this.closed) this.draw(true);
  }

  finish(): void {
    this.clear();
    this.closed = true;
  }

  private clear(): void {
    if (this.shown) {
      this.stream.write('\r\x1b[K');
      this.shown = false;
    }
  }

  private draw(force: boolean): void {
    if (!this.enabled || this.closed) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const secs = ((now - this.started) / 1000).toFixed(1);
    let line: string;
    // The count can trail the real walk if files appear meanwhile; never show more than 100%.
    const total = this.total === null ? null : Math.max(this.total, this.done);
    if (total !== null && total > 0) {
      const width = 24;
      const filled = Math.round((this.done / total) * width);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${total} files  ${secs}s`;
    } else {
      line = `${this.done} files analysed, counting files (${this.counted} so far)  ${secs}s`;
    }
    const columns = this.stream.columns || 80;
    this.stream.write('\r\x1b[K' + line.slice(0, columns - 1));
    this.shown = true;
  }
}
