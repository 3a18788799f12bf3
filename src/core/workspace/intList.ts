// A growable list of 32-bit integers in one typed array: what the workspace search keeps per
// statement or per key costs 4 bytes an entry, not an object or a boxed array slot each.
export class IntList {
  private data: Int32Array;
  length = 0;

  constructor(capacity = 16) {
    this.data = new Int32Array(Math.max(4, capacity));
  }

  push(x: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }

  get(i: number): number {
    return this.data[i];
  }

  set(i: number, x: number): void {
    this.data[i] = x;
  }

  /** Grows the list to `n` entries (new ones 0). */
  fill(n: number): void {
    while (this.length < n) this.push(0);
  }
}
