// The moved mentions of coreference's stand-in drafts, given only to the drafts a run reads. After
// an edit a stand-in's mentions sit where its paragraph sat when it was last read (its snap): a
// run that stops early (corefResume.ts) reads the drafts up to a checkpoint after the edit and,
// of those after it, only the words of their mentions and where the first one starts. Moving
// every later mention (a new object each, about half an article's on a typed letter) was much of
// the cost of an edit in a relay's or a speaker's name on a long article.
import type { Draft } from '../attribution';
import type { MentionInfo } from '../attribution/speakers';
import { shiftMention } from '../shift';

export class LateMentions {
  /** Runs of drafts [from, to) whose mentions are to be moved by `d`, in order. */
  private readonly runs: { from: number; to: number; d: number }[] = [];
  /** Runs before this one are settled. */
  private next = 0;

  add(from: number, to: number, d: number): void {
    // Paragraphs moved alike (all those after the edit, most often) make one run.
    const last = this.runs[this.runs.length - 1];
    if (last && last.to === from && last.d === d) last.to = to;
    else this.runs.push({ from, to, d });
  }

  /** How far draft k's mentions are from where they belong (0 once settled). */
  shiftOf(k: number): number {
    // Binary search over the runs not yet settled.
    let lo = this.next;
    let hi = this.runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = this.runs[mid];
      if (k < r.from) hi = mid - 1;
      else if (k >= r.to) lo = mid + 1;
      else return r.d;
    }
    return 0;
  }

  /** Moves the mentions of drafts [0, to) into place (those of earlier calls are already). */
  settle(drafts: Draft[], to: number): void {
    const runs = this.runs;
    while (this.next < runs.length && runs[this.next].from < to) {
      const r = runs[this.next];
      const end = Math.min(r.to, to);
      for (let k = r.from; k < end; k++) {
        const y = drafts[k];
        y.mention = y.mention && shiftMention(y.mention, r.d);
        y.viaMention = y.viaMention && shiftMention(y.viaMention, r.d);
      }
      if (end < r.to) {
        runs[this.next] = { from: end, to: r.to, d: r.d };
        return;
      }
      this.next++;
    }
  }
}

