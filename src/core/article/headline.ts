// The headline: the first line of the page that is not furniture and reads like a title, i.e. a
// short line, not a finished prose sentence, with more text after it.
import { type Line, wordCount } from './lines';
import { isByline, leadDateline } from './dateline';

export function looksLikeHeadline(line: Line, hasMoreText: boolean): boolean {
  const s = line.text;
  if (!hasMoreText || !s) return false;
  if (s.length > 300 || wordCount(s, 41) > 40) return false;
  // A period at the end marks prose ("Police said 3 people died."), unless it ends an abbreviation.
  if (/\.["”’]?$/.test(s) && !/(?:\b\p{Lu}\.){2,}$|\.\.\.$/u.test(s)) return false;
  if (leadDateline(s) || isByline(s)) return false;
  return true;
}
