// A one-line progress bar on stderr, for terminals only; messages printed meanwhile clear it first.
export class Progress {
  private done = 0;
  private found = 0;
  private walkDone = false;
  private lastDraw = 0;
  private shown = false;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  fileFound(): void {
    this.found++;
    this.draw(false);
  }

  walkFinished(): void {
    this.walkDone = true;
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
    this.draw(true);
  }

  finish(): void {
    this.clear();
  }

  private clear(): void {
    if (this.shown) {
      this.stream.write('\r\x1b[K');
      this.shown = false;
    }
  }

  private draw(force: boolean): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    const secs = ((now - this.started) / 1000).toFixed(1);
    let line: string;
    if (this.walkDone && this.found > 0) {
      const width = 24;
      const filled = Math.round((this.done / this.found) * width);
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${this.done}/${this.found} files  ${secs}s`;
    } else {
      line = `${this.done} files analysed, ${this.found} found so far  ${secs}s`;
    }
    const columns = this.stream.columns || 80;
    this.stream.write('\r\x1b[K' + line.slice(0, columns - 1));
    this.shown = true;
  }
}
