// Small integer ids (0, 1, ... in the order first met) for strings given as ranges of larger
// strings, without cutting them out: the cross-article search numbers half a million keys that
// sit one after the other in each article's digest. An open-addressing table over a hash of the
// characters; a hit is confirmed character by character.
import { IntList } from './intList';

export class RangeIds {
  private slots = new Int32Array(4096);
  private hashes = new IntList(1024);
  /** Where each id's characters are: a string and a range of it. */
  private owners: string[] = [];
  private froms = new IntList(1024);
  private tos = new IntList(1024);

  /** Forgets every id (and the strings it held). */
  clear(): void {
    this.slots = new Int32Array(4096);
    this.hashes = new IntList(1024);
    this.owners = [];
    this.froms = new IntList(1024);
    this.tos = new IntList(1024);
  }

  get size(): number {
    return this.owners.length;
  }

  /** The id of `s[from, to)`, a new one if it was not met before. */
  id(s: string, from: number, to: number): number {
    let h = 0x811c9dc5 | 0;
    for (let c = from; c < to; c++) h = Math.imul(h ^ s.charCodeAt(c), 0x01000193);
    const mask = this.slots.length - 1;
    let at = h & mask;
    for (let g = this.slots[at] - 1; g >= 0; g = this.slots[(at = (at + 1) & mask)] - 1) {
      if (this.hashes.get(g) === h && sameRange(s, from, to, this.owners[g], this.froms.get(g), this.tos.get(g))) return g;
    }
    const g = this.owners.length;
    this.slots[at] = g + 1;
    this.hashes.push(h);
    this.owners.push(s);
    this.froms.push(from);
    this.tos.push(to);
    if (2 * this.owners.length > this.slots.length) this.grow();
    return g;
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let g = 0; g < this.owners.length; g++) {
      let at = this.hashes.get(g) & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = g + 1;
    }
    this.slots = slots;
  }
}

/** Whether `x` from `xFrom` to `xTo` holds the same characters as `y` from `yFrom` to `yTo`. */
export function sameRange(x: string, xFrom: number, xTo: number, y: string, yFrom: number, yTo: number): boolean {
  if (xTo - xFrom !== yTo - yFrom) return false;
  for (let i = 0; i < xTo - xFrom; i++) if (x.charCodeAt(xFrom + i) !== y.charCodeAt(yFrom + i)) return false;
  return true;
}
