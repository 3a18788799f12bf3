// UTF-16 offsets -> 1-based line and column, as editors count them: CRLF, CR and LF each end a
// line, and a column counts UTF-16 code units (an emoji is two), which is SARIF's default too.
import { lineStarts, positionAt } from '../core/positions';

export interface Position {
  line: number;
  column: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    this.starts = lineStarts(text);
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
    const p = positionAt(this.starts, offset);
    return { line: p.line + 1, column: p.character + 1 };
  }
}
