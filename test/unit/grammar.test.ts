// The News Article TextMate grammar, run in plain Node. vscode-textmate and vscode-oniguruma are
// not dependencies, so a small tokenizer below applies the grammar's rules (match, begin/end,
// captures, includes) with JavaScript regexes, one line at a time as TextMate does. The real
// tokenizer is exercised by the integration test (grammar*.test.ts under test/integration).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

interface Capture { name?: string; patterns?: Rule[] }
interface Rule {
  include?: string;
  match?: string;
  begin?: string;
  end?: string;
  name?: string;
  captures?: Record<string, Capture>;
  beginCaptures?: Record<string, Capture>;
  endCaptures?: Record<string, Capture>;
  patterns?: Rule[];
}
interface Grammar { scopeName: string; patterns: Rule[]; repository: Record<string, Rule> }

const grammarPath = path.join(__dirname, '..', '..', 'syntaxes', 'news-article.tmLanguage.json');
const grammar: Grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));

/** Oniguruma's `\A` (start of document) becomes `^` on the first line and never-matches after. */
function compile(source: string, firstLine: boolean): RegExp {
  return new RegExp(source.replace(/\\A/g, firstLine ? '^' : '(?!)'), 'gd');
}

function resolve(rules: Rule[]): Rule[] {
  const out: Rule[] = [];
  for (const r of rules) {
    if (r.include) {
      const target = grammar.repository[r.include.replace(/^#/, '')];
      assert.ok(target, `missing repository rule ${r.include}`);
      out.push(...(target.match || target.begin ? [target] : resolve(target.patterns ?? [])));
    } else if (r.match || r.begin) out.push(r);
    else out.push(...resolve(r.patterns ?? []));
  }
  return out;
}

const split = (name?: string) => (name ? name.split(/\s+/) : []);

interface Frame { rule: Rule; scopes: string[] }

/** Scopes of every character of every line, in the order TextMate would assign them. */
function tokenize(text: string): string[][][] {
  const stack: Frame[] = [];
  const result: string[][][] = [];
  text.split('\n').forEach((line, i) => {
    const chars: string[][] = Array.from(line, () => []);
    scanLine(line, 0, line.length, i === 0, stack, [grammar.scopeName], grammar.patterns, chars);
    result.push(chars);
  });
  return result;
}

function paint(chars: string[][], from: number, to: number, scopes: string[]): void {
  for (let k = from; k < to; k++) chars[k] = scopes.slice();
}

function applyCaptures(line: string, m: RegExpExecArray, caps: Record<string, Capture> | undefined, scopes: string[], chars: string[][], firstLine: boolean): void {
  if (!caps) return;
  for (const [key, cap] of Object.entries(caps)) {
    const span = m.indices?.[Number(key)];
    if (!span) continue;
    const capScopes = [...scopes, ...split(cap.name)];
    paint(chars, span[0], span[1], capScopes);
    if (cap.patterns) scanLine(line, span[0], span[1], firstLine, [], capScopes, cap.patterns, chars);
  }
}

function scanLine(line: string, start: number, stop: number, firstLine: boolean, stack: Frame[], rootScopes: string[], rootPatterns: Rule[], chars: string[][]): void {
  const subject = line.slice(0, stop);
  let pos = start;
  for (let guard = 0; guard < 10_000; guard++) {
    const top = stack[stack.length - 1];
    const scopes = top ? top.scopes : rootScopes;
    // The end pattern comes first so that it wins ties, as in TextMate without applyEndPatternLast.
    const candidates: Array<[RegExp, Rule | null]> = [];
    if (top) candidates.push([compile(top.rule.end!, firstLine), null]);
    for (const r of resolve(top ? top.rule.patterns ?? [] : rootPatterns)) candidates.push([compile((r.match ?? r.begin)!, firstLine), r]);
    let best: { m: RegExpExecArray; rule: Rule | null } | null = null;
    for (const [re, rule] of candidates) {
      re.lastIndex = pos;
      const m = re.exec(subject);
      if (m && (!best || m.index < best.m.index)) best = { m, rule };
    }
    if (!best) {
      paint(chars, pos, stop, scopes);
      return;
    }
    const { m, rule } = best;
    const mEnd = m.index + m[0].length;
    paint(chars, pos, m.index, scopes);
    if (rule === null) {
      paint(chars, m.index, mEnd, scopes);
      applyCaptures(line, m, top!.rule.endCaptures ?? top!.rule.captures, scopes, chars, firstLine);
      stack.pop();
    } else {
      const s = [...scopes, ...split(rule.name)];
      paint(chars, m.index, mEnd, s);
      applyCaptures(line, m, rule.match ? rule.captures : rule.beginCaptures ?? rule.captures, s, chars, firstLine);
      if (rule.begin) stack.push({ rule, scopes: s });
      else if (mEnd === m.index) {
        // A zero-width match makes no progress: step over one character.
        paint(chars, m.index, m.index + 1, scopes);
        pos = m.index + 1;
        continue;
      }
    }
    pos = mEnd;
    if (pos > stop) return;
  }
  throw new Error('tokenizer made no progress');
}

/** Scopes at the first character of `needle` on the line holding it. */
function scopesOf(text: string, needle: string, occurrence = 0): string[] {
  const lines = text.split('\n');
  const toks = tokenize(text);
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    let at = lines[i].indexOf(needle);
    while (at >= 0) {
      if (seen++ === occurrence) return toks[i][at];
      at = lines[i].indexOf(needle, at + 1);
    }
  }
  throw new Error(`"${needle}" not in text`);
}

const has = (scopes: string[], prefix: string) => scopes.some((s) => s === prefix || s.startsWith(prefix + '.'));

const ARTICLE = [
  'Harbour Pilots Walk Out Over Night Shifts',
  '',
  'VALDORA, March 3 (Reuters) — Harbour pilots in Valdora stopped work on Monday, the port authority said.',
  '',
  '"We will not guide ships at night without a second pilot," said union leader Marta Quell.',
  '',
  'The authority told reporters the strike was “unlawful and reckless” and added that talks would resume.',
  '',
  'Follow The Valdora Ledger on Twitter',
  'Adjust font size:',
].join('\n');

describe('news-article grammar', () => {
  it('is a TextMate grammar for text.news-article whose regexes all compile', () => {
    assert.strictEqual(grammar.scopeName, 'text.news-article');
    const sources: string[] = [];
    const walk = (r: Rule) => {
      for (const k of ['match', 'begin', 'end'] as const) if (r[k]) sources.push(r[k]!);
      (r.patterns ?? []).forEach(walk);
      for (const caps of [r.captures, r.beginCaptures, r.endCaptures]) for (const c of Object.values(caps ?? {})) (c.patterns ?? []).forEach(walk);
    };
    grammar.patterns.forEach(walk);
    Object.values(grammar.repository).forEach(walk);
    assert.ok(sources.length > 10);
    for (const s of sources) assert.doesNotThrow(() => compile(s, true), s);
  });

  it('uses standard root scopes that themes colour, each ending in .news-article', () => {
    const roots = ['markup', 'entity', 'string', 'punctuation', 'keyword', 'comment', 'constant', 'meta'];
    const names: string[] = [];
    const walk = (r: Rule) => {
      names.push(...split(r.name));
      (r.patterns ?? []).forEach(walk);
      for (const caps of [r.captures, r.beginCaptures, r.endCaptures]) for (const c of Object.values(caps ?? {})) { names.push(...split(c.name)); (c.patterns ?? []).forEach(walk); }
    };
    Object.values(grammar.repository).forEach(walk);
    for (const n of names) {
      assert.ok(roots.includes(n.split('.')[0]), `non-standard root scope ${n}`);
      assert.ok(n.endsWith('.news-article'), `scope ${n} lacks the language suffix`);
    }
  });

  it('marks the first non-empty line as the headline, and only it', () => {
    const text = '\n\n' + ARTICLE;
    assert.ok(has(scopesOf(text, 'Harbour Pilots'), 'markup.heading'));
    assert.ok(has(scopesOf(text, 'Harbour Pilots'), 'entity.name.section'));
    assert.ok(!has(scopesOf(text, 'Harbour pilots in'), 'markup.heading'));
    assert.ok(!has(scopesOf(text, 'The authority'), 'markup.heading'));
  });

  it('scopes a place/agency dateline: place, date, agency', () => {
    assert.ok(has(scopesOf(ARTICLE, 'VALDORA'), 'meta.dateline'));
    assert.ok(has(scopesOf(ARTICLE, 'VALDORA'), 'entity.name.tag'));
    assert.ok(has(scopesOf(ARTICLE, 'March 3'), 'constant.numeric.date'));
    assert.ok(has(scopesOf(ARTICLE, 'Reuters'), 'entity.name.type'));
    assert.ok(!has(scopesOf(ARTICLE, 'Harbour pilots in'), 'meta.dateline'));
  });

  it('scopes an agency/date byline that follows share links on the same line', () => {
    const text = 'Headline here\n\n3 Comment(s)Print E-mail Valdora News Service, March 3, 2024\nBody.';
    assert.ok(has(scopesOf(text, 'Comment(s)'), 'comment.line.furniture'));
    assert.ok(has(scopesOf(text, 'Print E-mail'), 'comment.line.furniture'));
    assert.ok(has(scopesOf(text, 'Valdora News'), 'entity.name.type'));
    assert.ok(has(scopesOf(text, 'March 3, 2024'), 'constant.numeric.date'));
  });

  it('scopes a dateline with the date in parentheses', () => {
    const text = 'Head line\nORLANE (Sept. 4, 2021)\nThe river rose again, officials said.';
    assert.ok(has(scopesOf(text, 'ORLANE'), 'entity.name.tag'));
    assert.ok(has(scopesOf(text, 'Sept. 4'), 'constant.numeric.date'));
    assert.ok(!has(scopesOf(text, 'The river'), 'meta.dateline'));
  });

  it('scopes datelines whose place has accented capitals', () => {
    const text = 'Head line\nSÃO TOMÉ, Príncipe (Island Wire) — Ferries ran late, officials said.';
    assert.ok(has(scopesOf(text, 'SÃO TOMÉ'), 'entity.name.tag'));
    assert.ok(has(scopesOf(text, 'Príncipe'), 'entity.name.tag'));
    assert.ok(has(scopesOf(text, 'Island Wire'), 'entity.name.type'));
  });

  it('scopes "By" bylines and dateless datelines', () => {
    const text = 'Headline here\nBy Ana Lopes and Tom Reyes, Reuters\nORLANE - The river rose again.';
    assert.ok(has(scopesOf(text, 'Ana Lopes'), 'meta.byline'));
    assert.ok(has(scopesOf(text, 'Ana Lopes'), 'entity.name.function'));
    assert.ok(has(scopesOf(text, 'ORLANE'), 'entity.name.tag'));
  });

  it('scopes quoted speech in straight and curly quotes and guillemets, with begin/end marks', () => {
    const text = 'Head line\n"Straight words here," she said. “Curly words here,” he said. «Guillemet words here», they said.';
    for (const [open, inner, close] of [['"S', 'Straight', '," she'], ['“', 'Curly', '”'], ['«', 'Guillemet', '»']]) {
      assert.ok(has(scopesOf(text, inner), 'string.quoted.double.news-article'), inner);
      assert.ok(has(scopesOf(text, open), 'punctuation.definition.string.begin'), open);
      const closeMark = close === '," she' ? '"' : close;
      const closeScopes = close === '," she' ? scopesOf(text, '"', 1) : scopesOf(text, closeMark);
      assert.ok(has(closeScopes, 'punctuation.definition.string.end'), close);
    }
    assert.ok(!has(scopesOf(text, ' she said'), 'string'));
  });

  it('ends an unclosed quote at the end of its paragraph', () => {
    const text = 'Head line\n“The first paragraph of a long quote runs on.\nShe said it twice.';
    assert.ok(has(scopesOf(text, 'first paragraph'), 'string.quoted'));
    assert.ok(!has(scopesOf(text, 'She said'), 'string'));
  });

  it('does not take an inch mark for a quote', () => {
    const text = 'Head line\nThe screen is 27" wide, the vendor said.';
    assert.ok(!has(scopesOf(text, 'wide'), 'string'));
  });

  it('marks reporting cues outside quotes, not inside them', () => {
    assert.ok(has(scopesOf(ARTICLE, 'said union'), 'keyword.other.cue'));
    assert.ok(has(scopesOf(ARTICLE, 'told reporters'), 'keyword.other.cue'));
    assert.ok(has(scopesOf(ARTICLE, 'added that'), 'keyword.other.cue'));
    const text = 'Head line\nAccording to the ministry, "nobody said a word."';
    assert.ok(has(scopesOf(text, 'According to'), 'keyword.other.cue'));
    assert.ok(!has(scopesOf(text, 'said a word'), 'keyword'));
    assert.ok(has(scopesOf('Head\nThe toll rose, according to police.', 'according to'), 'keyword.other.cue'));
  });

  it('marks page furniture lines and leaves prose that shares their words alone', () => {
    assert.ok(has(scopesOf(ARTICLE, 'Follow The Valdora'), 'comment.line.furniture'));
    assert.ok(has(scopesOf(ARTICLE, 'Adjust font size'), 'comment.line.furniture'));
    const text = [
      'Head line',
      'Photo: Ana Lopes/Valdora Ledger',
      'Share',
      'Add your comments...',
      'Comments may be removed by the moderator.',
      'Share prices fell on Monday, traders said.',
      'Follow-up talks are planned, officials said.',
      '12 Commentators were invited to the panel.',
    ].join('\n');
    for (const line of ['Photo: Ana', 'Share', 'Add your', 'Comments may']) assert.ok(has(scopesOf(text, line), 'comment.line.furniture'), line);
    for (const line of ['Share prices', 'Follow-up', '12 Commentators']) assert.ok(!has(scopesOf(text, line), 'comment'), line);
  });

  it('marks font switchers, pull-quote attributions and map legend keys, not dashes in prose', () => {
    const text = [
      'Head line',
      'XS',
      'SM',
      '—The harbour master on the night of the storm',
      '■ Areas under flood warning',
      '—We did what we could. We saved the boats.',
      'The pier — all of it — was closed.',
    ].join('\n');
    for (const line of ['XS', 'SM', '—The harbour', '■ Areas']) assert.ok(has(scopesOf(text, line), 'comment.line.furniture'), line);
    for (const line of ['—We did', 'The pier']) assert.ok(!has(scopesOf(text, line), 'comment'), line);
  });
});
