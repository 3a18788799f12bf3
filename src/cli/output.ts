// Writes to stdout and lets the caller wait when a slow reader has not caught up, so results are
// not piled up in memory.
export class Output {
  constructor(private readonly stream: NodeJS.WritableStream) {}
  private blocked = false;

  write(chunk: string): void {
    // One listener per blocked spell, not per write: `check` writes a line per finding, and a
    // listener each piled up while the reader lagged (Node warned of a leak past ten).
    if (!this.stream.write(chunk) && !this.blocked) {
      this.blocked = true;
      this.stream.once('drain', () => (this.blocked = false));
    }
  }

  async drained(): Promise<void> {
    if (!this.blocked) return;
    await new Promise<void>((resolve) => this.stream.once('drain', () => resolve()));
  }

  /** Resolves when everything written so far has been handed to the OS. */
  flush(): Promise<void> {
    return new Promise((resolve) => this.stream.write('', () => resolve()));
  }
}
