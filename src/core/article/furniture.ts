// Page furniture: the parts of a saved news page that are not the article's prose. Rules look at
// one line at a time (share links, credits, notices, ...) and then at small groups of lines
// (captions, font switchers, "Related" lists, the comment trailer at the end of the page).
import { type Line, wordCount } from './lines';

export type FurnitureKind =
  | 'share' | 'font-size' | 'comments' | 'related' | 'caption' | 'credit' | 'follow' | 'notice' | 'legend'
  | 'pull-quote' | 'alt-text' | 'advert' | 'trailer' | 'nav';

// Share/print/comment link words as a page strip runs them together: "0 Comment(s)Print E-mail".
// Sticky and anchored at each position, so scanning a line is linear.
export const LINK_TOKEN = new RegExp(
  '(?:' + [
    '(?<strong>\\d+\\s*Comments?(?:\\s*\\(s\\))?',
    'Comments?(?:\\s*\\(s\\))?(?:\\s*\\(\\d+\\))?',
    'Print(?:\\s+(?:this\\s+)?(?:article|page|story))?',
    'E-?mail(?:\\s+(?:this\\s+)?(?:article|page|story|to a friend))?',
    'Share(?:\\s+(?:this|on|via)(?:\\s+(?:article|page|story|Facebook|Twitter|X|WhatsApp|LinkedIn|Email))?)?',
    'Bookmark(?:\\s+and\\s+Share)?',
    'Tweet', 'Pin it', 'Copy\\s+link', 'Save\\s+(?:article|story)', 'Gift\\s+(?:this\\s+)?article',
    'Go\\s+to\\s+Forum\\s*(?:>>|»)?', 'Send\\s+your\\s+stor(?:y|ies)', 'Get\\s+more\\s+from\\s+[A-Za-z0-9-]+(?:\\.[a-z]{2,})+',
    'Add\\s+to\\s+favou?rites', 'Reprints?(?:\\s+(?:&|and)\\s+Permissions)?', 'Advertisement', 'ADVERTISEMENT)',
    '(?<weak>Facebook|Twitter|WhatsApp|LinkedIn|Reddit|Pinterest|Telegram|Messenger|Flipboard|RSS|Newsletters?',
    'Mobile|Home|Menu|Search|Close|Listen|Subscribe|Sign\\s+in|Log\\s+in|Sign\\s+up|Email|More)',
  ].join('|') + ')(?:\\s*[|•·/>»,]\\s*|\\s+|(?=\\p{Lu})|$)',
  'uy',
);

const NO_LINKS: Readonly<{ end: number; count: number; strong: boolean }> = Object.freeze({ end: 0, count: 0, strong: false });

// The first two characters of every LINK_TOKEN word ("Co" of "Comments" and "Copy", ...), the
// regex being case-sensitive; a digit opens "12 Comments". A line that opens otherwise (most prose:
// "The", "He", "In") holds no link words, and the regex is not run on it. Per capital, a bit for
// each lower-case second letter; "E-", "AD" and "RS" are tested apart.
const LINK_OPENINGS = ['Co', 'Pr', 'Em', 'Sh', 'Bo', 'Tw', 'Pi', 'Sa', 'Gi', 'Go', 'Se', 'Ge', 'Ad', 'Re', 'Fa', 'Wh', 'Li', 'Te', 'Me', 'Fl', 'Ne', 'Mo', 'Ho', 'Cl', 'Su', 'Si', 'Lo'];
const LINK_SECOND = new Uint32Array(26);
for (const o of LINK_OPENINGS) LINK_SECOND[o.charCodeAt(0) - 65] |= 1 << (o.charCodeAt(1) - 97);

/** Whether `s` may open with a link word (a necessary condition of LINK_TOKEN matching at 0). */
export function mayOpenWithLink(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (!(c >= 65 && c <= 90)) return false;
  const d = s.charCodeAt(1);
  if (d >= 97 && d <= 122) return (LINK_SECOND[c - 65] & (1 << (d - 97))) !== 0;
  return (c === 69 && d === 45) || (c === 65 && d === 68) || (c === 82 && d === 83);
}

/** How far a line opens with link words; `strong` when one of them is unmistakable. */
export function linkPrefix(s: string): Readonly<{ end: number; count: number; strong: boolean }> {
  if (!mayOpenWithLink(s)) return NO_LINKS;
  let pos = 0;
  let count = 0;
  let strong = false;
  while (pos < s.length) {
    LINK_TOKEN.lastIndex = pos;
    const m = LINK_TOKEN.exec(s);
    if (!m || m[0].length === 0) break;
    if (m.groups?.strong) strong = true;
    count++;
    pos += m[0].length;
  }
  // Most lines open with no link word: one shared answer, nothing allocated.
  return count === 0 ? NO_LINKS : { end: pos, count, strong };
}

const SIZE_TOKEN = /^(?:XXS|XS|S|SM|M|MD|L|LG|XL|XXL|A|A\+|A-|A−|Aa|Small|Medium|Large|Larger|Default)$/;

/** A line of font-size switcher tokens ("XS SM MD LG", "A A A"); returns how many. */
export function sizeTokens(s: string): number {
  if (s.length > 40) return 0;
  // Every token opens with one of A D L M S X (case-sensitive); the line may open with a separator.
  const c = s.charCodeAt(0);
  if (!(c === 65 || c === 68 || c === 76 || c === 77 || c === 83 || c === 88 || c === 124 || c === 47 || c < 33 || c === 0xa0 || c > 0x167f)) return 0;
  // The tokens between runs of separators, tested as they are reached: most lines fail on their
  // first, and nothing is split or filtered for them.
  let n = 0;
  for (let i = 0; i < s.length; ) {
    while (i < s.length && isTokenSeparator(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    let j = i + 1;
    while (j < s.length && !isTokenSeparator(s.charCodeAt(j))) j++;
    if (!SIZE_TOKEN.test(s.slice(i, j))) return 0;
    n++;
    i = j;
  }
  return n;
}

/** A code unit of /[\s|/]/, the separators of size tokens. */
function isTokenSeparator(c: number): boolean {
  if (c > 32 && c < 0xa0) return c === 124 || c === 47;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

// A caption ending in its credit: "... on Monday. (AP Photo/Jane Roe)", "(Xinhua/Li Ming)".
// A caption closed by its credit without brackets: "... on Friday. Photograph: Jo Li/Reuters",
// "... in Lagos, March 3, 2021. REUTERS/Jo Li/File Photo" (capitals: "a Reuters/Ipsos poll." is prose).
const CREDIT_END = /(?:\b(?:Photograph|Photo|Illustration|Composite|Picture|Image)s?: [^.:]{1,80}|\b(?:REUTERS|AFP|AP|EPA)\/[\p{L} .'’-]{0,60}\p{L}(?:\/File Photo)?)$/u;
const CAPTION_END = /\((?:[^()]{0,80}\b(?:Photo|Photograph|Picture|Image|Pic|Credit|Courtesy)\b[^()]{0,80}|(?:AP|AFP|Reuters|Xinhua|EPA|Getty Images|UPI|dpa|Getty)\s*\/[^()]{1,80})\)\s*$/i;

// Comment-policy and site-notice words that may stand anywhere in a line.
const COMMENT_POLICY = /(?:comments?|posts?) (?:may|will|might|could) be (?:removed|deleted|moderated|edited|rejected)|\bby the moderators?\b|community (?:guidelines|standards)|(?:read|see) our (?:comment|commenting) (?:policy|guidelines)/i;
const NOTICE_ANYWHERE = /historical (?:collection|archive)\b|\blinks? may not (?:function|work)\b|\bmay (?:be|contain information that is) (?:outdated|out of date)\b|(?:contact|email|e-mail) the (?:[\w-]+\s)?webmaster|(?:enable|turn on) JavaScript|Your browser does not support|All rights reserved/i;
/** Rules that search the whole line rather than its start. */
const ANYWHERE = new Set<RegExp>([COMMENT_POLICY, NOTICE_ANYWHERE]);
// A word that every match of those two holds ("comment"/"post", "moderator", "community";
// "historical", "link", "outdated"/"out of date", "webmaster", "JavaScript", "browser", "rights"):
// one search that rules out both for most lines, a third cheaper than running them. "comment" and
// "community" share their 'c' branch: the search is linear in the line at every start, and one
// branch fewer to try at each is a fifth cheaper on lines of prose.
const ANYWHERE_GATE = /c(?:omment|ommunity)|post|moderator|historical|link|date|webmaster|javascript|browser|rights/i;

/** The length of the shortest line either of those rules matches ("may be outdated"). */
const ANYWHERE_SHORTEST = 15;

/** Whether the rules that search a whole line can match `s` at all. */
export function anywhereMayMatch(s: string): boolean {
  return s.length >= ANYWHERE_SHORTEST && ANYWHERE_GATE.test(s);
}

// A bare site name or address on its own line ("example.com", "https://example.com/a/b"): no spaces.
const SITE_ADDRESS = /^(?:https?:\/\/\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|mil|edu|int|info|news|co\.uk|[a-z]{2})\/?)$/i;

// Whole-line patterns, tried on short lines only. Each is anchored or bounded so it stays linear.
// The third field lists the ASCII openings a line the rule matches can have: three or two characters
// (either case under /i; '#' a digit, '~' an ASCII space), or one for any second character.
// classifyLine skips the rule for a line that opens otherwise, which spares most body lines most
// rules ("The", "She", "He", "A " open none of them: "thi" of "This article ..." is three). A
// non-ASCII character among the first three always runs the rule (case folding, "©", swatches);
// so does a line of two characters for a three-character opening. Rules without the field search
// the whole line or its end.
// test/unit/article-speed-equivalence.test.ts checks the lists against every rule's matches.
export const LINE_RULES: [FurnitureKind, RegExp, string?][] = [
  ['font-size', /^(?:(?:Adjust|Change|Increase|Decrease|Reset)\s+(?:the\s+)?)?(?:font|text|type)\s*size\b[\s:]*(?:[-+]|A\+?|A-|Small|Medium|Large|\s)*$/i, 'adj cha inc dec res fon tex typ'],
  ['follow', /^(?:Follow|Like)\s+(?:us|me|him|her|them|@?[\w.@-]+(?:\s+[\w.@-]+){0,5})\s+on\s+(?:Twitter|X|Facebook|Instagram|Threads|Bluesky|LinkedIn|TikTok|YouTube|Telegram|Mastodon|WhatsApp)\b.{0,120}$/i, 'fol lik'],
  ['follow', /^Follow\s+@\w+/, 'Fol'],
  ['comments', /^(?:No comments?(?: yet)?|Be the first to comment|Add (?:your|a) comments?|Leave a (?:comment|reply)|Post (?:a |your )?comments?|Write a comment|Comments? (?:are|is) (?:closed|disabled)|(?:Show|View|Hide|Load|Read) (?:all |more )?comments|Join the (?:conversation|discussion)|User ?name(?:\s+(?:Required|\*))?|Your (?:comment|name|e-?mail(?: address)?)(?:\s+(?:Required|\*))?|Enter the (?:words|characters|code|text) (?:you see|shown|above)|Report (?:abuse|this comment)|Sort by|Comment(?:s)? \(\d+\)|Most (?:recent|popular) comments)\b[\s.:*>»…]*$/i, 'no~ be~ add lea pos wri com sho vie hid loa rea rep joi use you ent sor mos'],
  ['comments', COMMENT_POLICY],
  ['notice', /^(?:You have accessed|This (?:article|story|page|content) (?:is|was) (?:more than|over) \d+ (?:years?|months?|days?) old|We use cookies|(?:Skip|Jump) to (?:main |the )?(?:content|navigation|article)|(?:Sign up|Subscribe) (?:for|to) (?:our|the|a) (?:free |daily |weekly )?(?:newsletter|briefing|alerts?|email)|Click here (?:to|for)\b|(?:Continue|Keep) reading\b|Already a subscriber|This (?:video|content|embed) (?:is )?(?:not available|unavailable|can ?not be (?:played|displayed))|(?:Copyright|©)\s|Story continues below|\(?(?:Reporting|Writing|Editing|Additional reporting|Compiled) by\b|Listen to (?:this|the) (?:article|story)|\d+\s+min(?:ute)?s?\s+read$|(?:Terms of (?:Use|Service)|Privacy Policy|Cookie Policy|Contact Us|About Us)$|(?:Sponsored|Promoted)(?: content| stories)?$|Loading\b.{0,20}$)/i, 'you thi we~ ski jum sig sub cli con cop coo com kee alr sto rep wri edi add (re (wr (ed (ad (co lis ## #~ ter pri pro abo spo loa'],
  ['notice', NOTICE_ANYWHERE],
  ['caption', /^(?:Image|Media|Video|Photo|Picture) (?:caption|copyright|source)\b|^(?:Photo|Photograph|Picture|Image|Video|Graphic|Illustration|Map|Footage)s?(?:\s+(?:by|credit|courtesy(?: of)?|source))\s*:?\s*\S|^(?:Photo|Photograph|Image|Picture|Video|Illustration|Graphic|Composite|Credit|Credits|Courtesy|Caption|Pictured|Above|Top|Main image|File photo|FILE PHOTO)\s*[:|]\s*\S|^\[(?:Photo|Image|Video|Picture)\b[^\]]{0,80}\]$|^FILE PHOTO\b|^FILE\s*[-–—]\s|^(?:Hide|Show|Expand|Close) caption\b/i, 'ima med vid pho pic gra ill map mai foo com cou cre cap abo top fil [ph [pi [im [vi hid sho exp clo'],
  ['credit', /^(?:Source|Editor|Edited by|Reporter|Writer|Producer)\s*:\s*[^|]{1,60}$|^(?:VIRIN|Image ID|Photo ID|Photo No\.)\s*:\s*\S+$|^(?:Getty Images|AFP via Getty Images|AFP\/Getty Images|Shutterstock|Alamy|iStock(?:photo)?|Reuters|AP|AFP|EPA|Xinhua|Getty)(?:\s*\/\s*[\p{L} .'-]{1,60})?$/iu, 'sou edi rep reu wri pro vir ima pho get afp shu ala ist ap epa xin'],
  ['caption', CAPTION_END],
  ['related', /^(?:Related|Read (?:more|also|next)|Also read|See also|More on this(?: story)?|More from [\p{Lu}][\w.'-]*(?:\s[\w.'-]+){0,3}|You (?:may|might) also (?:like|be interested in)|Recommended(?:\s+(?:stories|for you|reading|articles))?|Most (?:read|popular|viewed|shared)|Top stories|Trending(?:\s+now|\s+stories)?|Editors?'?’?s? picks?|Latest (?:news|stories|headlines)|What to read next|Further reading|Topics|More (?:stories|news|videos)|Related (?:stories|articles|news|coverage|content|links|topics|reading|posts|videos?))\s*[:>»|]*\s*$/iu, 'rel rea rec als see mor mos you top tre edi lat wha fur'],
  ['related', /^(?:READ MORE|Read more|Related|See also|Also read|Read also|ALSO READ|RELATED)\s*[:|»>–—-]\s*\S.{0,200}$/u, 'REA REL Rea Rel See Als ALS'],
  ['notice', SITE_ADDRESS, 'a b c d e f g h i j k l m n o p q r s t u v w x y z # _ -'],
  ['advert', /^(?:Advertisement|ADVERTISEMENT|Advertising|Ad|Sponsored|Scroll (?:down |to continue)?.{0,30})$/, 'Adv ADV Spo Scr'],
  // A map key: colour swatches drawn with block characters ("██ Government held").
  ['legend', /^[\u2580-\u259F\u25A0\u25A1\u25AA\u25AB\u25FC\u25FE\u2B1B\u2B1C\u{1F7E5}-\u{1F7EB}]/u, ''],
];

/** The ASCII codes an opening's character stands for (see LINE_RULES). */
function codesOf(ch: string, fold: boolean): number[] {
  if (ch === '#') return [48, 49, 50, 51, 52, 53, 54, 55, 56, 57];
  if (ch === '~') return [32, 9, 10, 11, 12, 13];
  if (fold && ch.toLowerCase() !== ch.toUpperCase()) return [ch.toLowerCase().charCodeAt(0), ch.toUpperCase().charCodeAt(0)];
  return [ch.charCodeAt(0)];
}

/** Bit r of RULE_GATE[c]: rule r may match a line whose first code unit is the ASCII `c`; of
 *  RULE_GATE2[c * 128 + d]: one whose first two are the ASCII `c` and `d`. Of THIRD_RULES[c * 128 + d]:
 *  rule r has only three-character openings there, and its bit in RULE_GATE3[slot * 128 + e] (slot
 *  THIRD_SLOT[c * 128 + d]) says whether the third code unit, the ASCII `e`, is one of them. */
const RULE_GATE = new Uint32Array(128);
const RULE_GATE2 = new Uint32Array(128 * 128);
const THIRD_RULES = new Uint32Array(128 * 128);
const THIRD_SLOT = new Uint16Array(128 * 128);
const RULE_GATE3 = (() => {
  const short = new Uint32Array(128 * 128); // rules a one- or two-character opening lets through
  const thirds = new Map<number, Uint32Array>(); // c * 128 + d -> rule bits by third character
  LINE_RULES.forEach(([, re, openings], r) => {
    const bit = 1 << r;
    if (openings === undefined) {
      for (let c = 0; c < 128; c++) RULE_GATE[c] |= bit;
      for (let i = 0; i < RULE_GATE2.length; i++) RULE_GATE2[i] |= short[i] |= bit;
      return;
    }
    const fold = re.flags.includes('i');
    for (const o of openings.split(' ')) {
      if (!o) continue;
      for (const c of codesOf(o[0], fold)) {
        RULE_GATE[c] |= bit;
        for (const d of o.length === 1 ? Array.from({ length: 128 }, (_, k) => k) : codesOf(o[1], fold)) {
          const p = c * 128 + d;
          RULE_GATE2[p] |= bit;
          if (o.length < 3) {
            short[p] |= bit;
            continue;
          }
          let byThird = thirds.get(p);
          if (!byThird) thirds.set(p, (byThird = new Uint32Array(128)));
          for (const e of codesOf(o[2], fold)) byThird[e] |= bit;
        }
      }
    }
  });
  const gate3 = new Uint32Array(128 * (thirds.size + 1));
  let slot = 0;
  for (const [p, byThird] of thirds) {
    THIRD_RULES[p] = RULE_GATE2[p] & ~short[p];
    THIRD_SLOT[p] = ++slot;
    gate3.set(byThird, slot * 128);
  }
  return gate3;
})();

/** The rules a line (nonempty, trimmed) may match as far as its first three characters tell. */
function rulesFor(s: string): number {
  const c = s.charCodeAt(0);
  if (c >= 128) return isTypographicOpener(c) ? UNGATED_RULES : ALL_RULES;
  const d = s.length > 1 ? s.charCodeAt(1) : 128;
  if (d >= 128) return RULE_GATE[c];
  const p = c * 128 + d;
  const third = THIRD_RULES[p];
  if (third === 0) return RULE_GATE2[p];
  // A third character beyond ASCII (or none) runs every rule the first two let through.
  const e = s.length > 2 ? s.charCodeAt(2) : 128;
  return e < 128 ? (RULE_GATE2[p] & ~third) | (RULE_GATE3[THIRD_SLOT[p] * 128 + e] & third) : RULE_GATE2[p];
}

// LINE_RULES by field, for the loop over a line's rules.
const RULE_KINDS = LINE_RULES.map((x) => x[0]);
const RULE_RES = LINE_RULES.map((x) => x[1]);
const RULE_ANYWHERE = LINE_RULES.map((x) => ANYWHERE.has(x[1]));
const ALL_RULES = LINE_RULES.length >= 32 ? -1 : 2 ** LINE_RULES.length - 1;
/** The rules without a list of openings (they search the whole line or its end). */
const UNGATED_RULES = LINE_RULES.reduce((bits, x, r) => (x[2] === undefined ? bits | (1 << r) : bits), 0);

/** Quotation marks, dashes and ellipses, which open many a line of prose in real typography
 *  (“We will rebuild,” ...). A rule with a list of openings opens with none of them: with ASCII,
 *  '©', a colour swatch, or under Unicode case folding 'ſ' (s) and the Kelvin sign (k). */
function isTypographicOpener(c: number): boolean {
  return (c >= 0x2013 && c <= 0x201e) || c === 0x2026 || c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a;
}
const SITE_BIT = 1 << LINE_RULES.findIndex((x) => x[1] === SITE_ADDRESS);

/** Whether LINE_RULES[r] can match `s` (nonempty, trimmed) as far as its opening tells. */
export function ruleMayMatch(r: number, s: string): boolean {
  return (rulesFor(s) & (1 << r)) !== 0;
}

// The last word of alt text left by an image ("A pentagon icon.", "Company logo").
const ALT_NOUN = /(?:^|\s)(?:icon|logo|image|photo|photograph|thumbnail|avatar|banner|screenshot|headshot|emblem)s?\.?$/i;

const TWO_SEPARATORS = /[>»›|/][^]*?[>»›|/]/;

/** Breadcrumbs and section menus: "Home > World > Europe", "News | Sport | Weather | Business". */
export function isMenu(s: string): boolean {
  if (s.length > 160) return false;
  // The last item ends the line and holds only letters, spaces and & ' ’ -: a line ending in
  // other ASCII (most prose: ". , " )") is no menu.
  const z = s.charCodeAt(s.length - 1);
  if (z < 128 && !((z | 32) >= 97 && (z | 32) <= 122) && z !== 38 && z !== 39 && z !== 45) return false;
  // Three items need two separators: look for two characters that can make one before splitting.
  if (!TWO_SEPARATORS.test(s)) return false;
  const parts = s.split(/[>»›|]| \/ /);
  if (parts.length < 3) return false;
  for (const raw of parts) {
    const p = raw.trim();
    // Menu items are a few plain words: no digits or labels ("Source: Xinhua | 2016-05-02").
    if (!p || wordCount(p, 4) > 3 || !/^[\p{L}&'’ -]+$/u.test(p)) return false;
  }
  return true;
}

/** Lines up to this length get the rules that may match anywhere in a line, wherever they are. */
const SHORT_LINE = 120;

/**
 * Classifies one line on its own; null when it may be prose. `edge` marks lines near the top or
 * the bottom of the page, where site notices and comment policies sit; elsewhere only short lines
 * are searched for them, which keeps long body paragraphs cheap.
 */
export function classifyLine(s: string, edge = true): FurnitureKind | null {
  if (!s || s.length > 400) return null;
  const c0 = s.charCodeAt(0);
  // A pull-quote's attribution left behind when the quote box was stripped: "—Jane Doe, mayor".
  // A dash-led sentence ending in a period is more likely a bulleted list item of the body.
  if ((c0 === 0x2014 || c0 === 0x2015 || c0 === 0x2013 || (c0 === 45 && s.charCodeAt(1) === 45)) && !/[.!?]["”’]?$/.test(s) && wordCount(s, 26) <= 25) {
    const rest = s.replace(/^[-—―–]+\s*/, '');
    if (/^[\p{Lu}@]/u.test(rest)) return 'pull-quote';
  }
  const lp = linkPrefix(s);
  // A line of link words is furniture, unless it is one word that can also be prose ("More").
  if (lp.end >= s.length && lp.count > 0 && (lp.strong || lp.count >= 2 || !/^(?:Mobile|More)\b/.test(s))) return 'share';
  if (sizeTokens(s) >= 3) return 'font-size';
  if (isMenu(s)) return 'nav';
  // The whole-line rules' shared gate runs once, when the first of them is reached.
  let searchAnywhere = edge || s.length <= SHORT_LINE ? 0 : -1;
  // The rules the first character lets through, in order: one bit each.
  let bits = rulesFor(s);
  // The bare-address rule matches no line with a space in it.
  if (bits & SITE_BIT && s.includes(' ')) bits &= ~SITE_BIT;
  for (; bits !== 0; bits &= bits - 1) {
    const r = 31 - Math.clz32(bits & -bits);
    const re = RULE_RES[r];
    if (re === CAPTION_END) {
      // Both caption ends are read in the line's last 200 characters; most lines have neither
      // a ')' at the end nor a '/' or ': ' there, and need no copy of them.
      const from = s.length > 200 ? s.length - 200 : 0;
      if (s.charCodeAt(s.length - 1) === 41 ? re.test(from ? s.slice(from) : s) : (s.indexOf('/', from) >= 0 || s.indexOf(': ', from) >= 0) && CREDIT_END.test(from ? s.slice(from) : s)) return RULE_KINDS[r];
      continue;
    }
    if (RULE_ANYWHERE[r]) {
      if (searchAnywhere === 0) searchAnywhere = anywhereMayMatch(s) ? 1 : -1;
      if (searchAnywhere < 0) continue;
    }
    if (re.test(s)) {
      if (RULE_KINDS[r] === 'notice' && wordCount(s, 61) > 60) continue;
      return RULE_KINDS[r];
    }
  }
  // Alt text is a bare noun phrase: "A pentagon icon.", "Company logo" (not "He denied the photo.").
  if (s.length <= 60 && ALT_NOUN.test(s) && wordCount(s) <= 6 && (/^(?:A|An)\s/.test(s) || !/[.!?]$/.test(s)) && !/["“”]/.test(s)) return 'alt-text';
  return null;
}

/**
 * classifyLine(s, true) for a line that classifyLine gave no kind (with either `edge`): only the
 * rules that search a whole line can tell otherwise, and only on a line too long for them to
 * have been tried on it (as classifyLine tries them: the comment policy before the notice).
 */
export function edgeKindOf(s: string): FurnitureKind | null {
  if (s.length <= SHORT_LINE || s.length > 400 || !anywhereMayMatch(s)) return null;
  if (COMMENT_POLICY.test(s)) return 'comments';
  return NOTICE_ANYWHERE.test(s) && wordCount(s, 61) <= 60 ? 'notice' : null;
}

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', '&']);

/** "Missile Impact Site": a short title-case line without closing punctuation (a caption title). */
export function isTitleLine(s: string): boolean {
  if (s.length > 60 || /[.!?:;,"”]$/.test(s)) return false;
  const words = s.split(/\s+/);
  if (words.length > 7) return false;
  let caps = 0;
  for (const w of words) {
    if (/^[\p{Lu}\d]/u.test(w)) caps++;
    else if (!SMALL_WORDS.has(w.toLowerCase())) return false;
  }
  return caps >= 1;
}

/** A line that could be an item of a link list or a comment form: short, not prose. */
function isListItem(s: string): boolean {
  if (/^[•·▪◦*>»-]\s/.test(s)) return true;
  // At most 16 words without closing punctuation, or at most 3 with it: count no further than that.
  return /[.!?]["”’]?$/.test(s) ? wordCount(s, 4) <= 3 : wordCount(s, 17) <= 16;
}

/** How many blocks the lines `nonBlank` fall into, and how many of them are single lines. */
export interface BlockCounts {
  blocks: number;
  single: number;
}

export function countBlocks(lines: Line[], nonBlank: number[]): BlockCounts {
  let blocks = 0;
  let single = 0;
  for (let k = 0; k < nonBlank.length; k++) {
    const b = lines[nonBlank[k]].block;
    if (k > 0 && lines[nonBlank[k - 1]].block === b) continue;
    blocks++;
    if (k + 1 >= nonBlank.length || lines[nonBlank[k + 1]].block !== b) single++;
  }
  return { blocks, single };
}

/** Paragraphs are blank-line separated when at least half the blocks are single lines. */
export function blankSeparated(c: BlockCounts): boolean {
  return c.single * 2 >= c.blocks;
}

/**
 * The rules over groups of lines (font switchers, doubled captions, caption blocks, "Related"
 * lists), on the lines `nonBlank` (in order, whole blocks) of `kinds`, which they update. They
 * read only those lines, so a stretch of a page can be marked again on its own.
 */
export function markGroups(lines: Line[], kinds: (FurnitureKind | null)[], nonBlank: number[], blankSeparated: boolean): void {
  // Font switchers stacked one token a line ("XS", "SM", "MD", "LG").
  for (let a = 0; a < nonBlank.length; ) {
    let b = a;
    let tokens = 0;
    for (let t: number; b < nonBlank.length && (t = sizeTokens(lines[nonBlank[b]].text)) > 0; b++) tokens += t;
    if (tokens >= 3) for (let k = a; k < b; k++) kinds[nonBlank[k]] = 'font-size';
    a = b > a ? b : a + 1;
  }

  // A caption shown twice (alt text and figure caption carry the same words).
  for (let k = 1; k < nonBlank.length; k++) {
    const x = lines[nonBlank[k - 1]];
    const y = lines[nonBlank[k]];
    if (x.text !== y.text) continue;
    const n = wordCount(x.text, 61);
    if (n >= 3 && n <= 60) kinds[x.index] = kinds[y.index] = 'caption';
  }

  // Blocks of a few lines: a credit inside makes the whole block a caption; so does a caption
  // title ("Missile Impact Site") under an image description, where paragraphs are blank-line
  // separated (elsewhere a short title-case line is more likely a subheading).
  // A block's lines are a run of `nonBlank`: [k0, k1).
  for (let k0 = 0, k1 = 0; k0 < nonBlank.length; k0 = k1) {
    const b = lines[nonBlank[k0]].block;
    k1 = k0 + 1;
    while (k1 < nonBlank.length && lines[nonBlank[k1]].block === b) k1++;
    const size = k1 - k0;
    if (size < 2 || size > 6) continue;
    let credit = false;
    for (let k = k0; k < k1 && !credit; k++) credit = kinds[nonBlank[k]] === 'credit' || kinds[nonBlank[k]] === 'caption';
    // The title closes the block, under a finished sentence (a wrapped paragraph's lines run on).
    let titled = blankSeparated && size <= 4 && isTitleLine(lines[nonBlank[k1 - 1]].text) && /[.!?"”’)]$/.test(lines[nonBlank[k1 - 2]].text);
    for (let k = k0; k < k1 && titled; k++) titled = wordCount(lines[nonBlank[k]].text, 31) <= 30;
    if (credit || titled) for (let k = k0; k < k1; k++) kinds[nonBlank[k]] ||= 'caption';
  }

  // "Related" headers own the list of short link lines under them.
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k];
    if (kinds[i] !== 'related' || wordCount(lines[i].text, 7) > 6) continue;
    let j = k + 1;
    while (j < nonBlank.length && !kinds[nonBlank[j]] && isListItem(lines[nonBlank[j]].text)) kinds[nonBlank[j++]] = 'related';
  }
}

/**
 * The page trailer: from a furniture line near the end on, if all that follows is furniture or
 * short non-prose lines (comment forms, site links), everything is furniture. Returns the line
 * where the backward scan stopped (a prose line it left alone), or -1 when it reached the top.
 * `kinds` as classifyLines left them: a line without a kind is one classifyLine gave none (only the
 * whole-line rules are tried on it again, at the page's edge).
 */
export function markTrailer(lines: Line[], kinds: (FurnitureKind | null)[], nonBlank: number[]): number {
  let earliest = -1;
  let stop = -1;
  for (let k = nonBlank.length - 1; k >= 0; k--) {
    const i = nonBlank[k];
    // Lines here get the rules that search a whole line (comment policies, site notices); the
    // other rules already left a line without a kind, so only those are tried again.
    const item = isListItem(lines[i].text);
    if (!kinds[i] && !item) kinds[i] = edgeKindOf(lines[i].text);
    if (kinds[i]) earliest = k;
    else if (!item) {
      stop = i;
      break;
    }
  }
  if (earliest >= 0) for (let k = earliest; k < nonBlank.length; k++) kinds[nonBlank[k]] ??= 'trailer';
  return stop;
}
