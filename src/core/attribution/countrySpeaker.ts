// A country named as the one who speaks ("The U.S. rejected ...", "Norway said") speaks through
// its government: news uses the country as shorthand, and the annotation names the government.
import { NATIONALITIES } from './lexicon';

// Not states with one government of their own.
const NOT_STATES = new Set(['European Union', 'United Nations', 'Kurdistan']);
const COUNTRIES = new Set([...NATIONALITIES.values()].filter((c) => !NOT_STATES.has(c)));

/** "United States" -> "United States government", "Saudi Arabia" -> "Saudi government";
 *  null when the name is not a country. */
function governmentOf(name: string): string | null {
  if (!COUNTRIES.has(name)) return null;
  // Where the country's first word is also its adjective ("Saudi"), English says "the Saudi government".
  const first = name.split(' ')[0];
  const short = name.includes(' ') && NATIONALITIES.get(first.toLowerCase()) === name ? first : name;
  return `${short} government`;
}

/** The name a speaker named `name` is given when it speaks through `cue`: its government when it
 *  is a country and the cue does not cite it; else null (the name stays). "According to <country>"
 *  cites the country's position as a party, not an act of its government. */
export function governmentSpeaker(name: string, cue: string | null | undefined): string | null {
  // (The country test first: most organisations are none, and the regex then need not run.)
  const gov = governmentOf(name);
  return gov && !/^according\b/i.test(cue ?? '') ? gov : null;
}
