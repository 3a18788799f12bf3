// UTF-16 offsets -> 1-based line and column, as editors count them: CRLF, CR and LF each end a
// line, and a column counts UTF-16 code units (an emoji is two), which is SARIF's default too.
export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  /** The line starts, for holding on to a file's index without its text. */
  static fromStarts(starts: number[]): LineIndex {
    const index = Object.create(LineIndex.prototype) as LineIndex;
    (index as unknown as { starts: number[] }).starts = starts;
    return index;
  }

  get lineStarts(): number[] {
    return this.starts;
  }

  position(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}
