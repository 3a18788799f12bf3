// The varied bench corpus (scripts/bench/variedTemplates.ts): the same text for the same seed, and
// the features it exists for, each counted over 200 articles, so that a change to the generator
// that drops one (and lets the throughput figure flatter us again) fails here.
import * as assert from 'assert';
import { analyzeText } from '../../src/core';
import { variedCorpus, templateCorpus, loadSamples } from '../../scripts/bench/corpus';
import { countWords, makeRng } from '../../scripts/bench/templates';
import { makeVariedArticle, variedLength } from '../../scripts/bench/variedTemplates';

function articles(seed: number, n: number): string[] {
  const rng = makeRng(seed);
  return Array.from({ length: n }, () => makeVariedArticle(rng, variedLength(rng)));
}

/** How many of `texts` match `re`. */
const holding = (texts: string[], re: RegExp) => texts.filter((t) => re.test(t)).length;

/** Distinct runs of non-space characters. */
function vocabulary(texts: string[]): number {
  const seen = new Set<string>();
  for (const t of texts) for (const w of t.split(/\s+/)) if (w) seen.add(w);
  return seen.size;
}

const paragraphsOf = (t: string) => t.split(/\n\s*\n/).filter((p) => p.trim());

describe('bench corpus: varied', function () {
  this.timeout(120000);
  const arts = articles(11, 200);

  it('is the same text for the same seed, and other text for another seed', () => {
    assert.deepStrictEqual(articles(11, 20), arts.slice(0, 20));
    const other = articles(12, 20);
    assert.ok(other.every((a, i) => a !== arts[i]));
    const a = variedCorpus(64 << 10, 5);
    const b = variedCorpus(64 << 10, 5);
    assert.deepStrictEqual(a.articles, b.articles);
    assert.ok(a.bytes >= 64 << 10 && a.words === b.words);
  });

  it('has articles of 100 to 3,000 words, short and long', () => {
    const words = arts.map(countWords);
    // The target counts the body; the header and the trailer come on top.
    assert.ok(Math.min(...words) >= 100 && Math.max(...words) <= 3300, `${Math.min(...words)}-${Math.max(...words)}`);
    assert.ok(words.filter((w) => w < 250).length >= 20, 'short pieces');
    assert.ok(words.filter((w) => w > 1500).length >= 10, 'long reads');
  });

  it('holds questions, exclamations, ellipses, dashes and both kinds of quotation mark', () => {
    const counts = {
      questionInQuotes: holding(arts, /\?[”"]/),
      questionOutside: holding(arts, /(?:^|\n|\. )(?:Why|Who|Is|What|How)[^“”"\n]*\?(?![”"’'])/),
      exclamationInQuotes: holding(arts, /![”"]/),
      exclamationOutside: holding(arts, /[a-z]!(?![”"’'])(?: |\n)/),
      ellipsisChar: holding(arts, /…/),
      ellipsisDots: holding(arts, /\.\.\./),
      emDash: holding(arts, /—/),
      enDash: holding(arts, /–/),
      curlyDouble: holding(arts, /“[^”\n]+”/),
      curlySingleNested: holding(arts, /“[^”\n]*‘[^’\n]+’[^”\n]*”/),
      straightDouble: holding(arts, /"[^"\n]+"/),
      straightSingleNested: holding(arts, /"[^"\n]* '[^'\n]+'[^"\n]*"/),
      curlyApostrophe: holding(arts, /\w’\w/),
    };
    for (const [k, n] of Object.entries(counts)) assert.ok(n >= 10, `${k}: ${n} of 200 articles`);
  });

  it('quotes in several forms: split, cue first, nested, over several paragraphs', () => {
    const multi = arts.filter((a) => {
      const ps = paragraphsOf(a);
      // A paragraph that opens a quote and does not close it, followed by one that opens again.
      return ps.some((p, i) => /^[“"]/.test(p) && !/[”"]$/.test(p) && i + 1 < ps.length && /^[“"]/.test(ps[i + 1]));
    }).length;
    assert.ok(multi >= 20, `multi-paragraph quotes in ${multi} articles`);
    assert.ok(holding(arts, /[,”"] [A-Z][^.\n]{0,80} (?:said|argued|insisted|warned), [“"]/) >= 20, 'split quotes');
    assert.ok(holding(arts, / (?:said|told the Ledger|wrote in a statement): [“"]/) >= 20, 'cue first');
    assert.ok(holding(arts, /quoted \S+ as saying/) >= 10, 'relayed quotes');
  });

  it('names people from many traditions, a few of them in Greek, Cyrillic or CJK script', () => {
    for (const ch of ['é', 'ł', 'ş', 'ñ', 'ø', 'ó']) assert.ok(holding(arts, new RegExp(ch)) >= 5, ch);
    const greek = holding(arts, /\p{Script=Greek}/u);
    const cyrillic = holding(arts, /\p{Script=Cyrillic}/u);
    const cjk = holding(arts, /[\p{Script=Han}\p{Script=Hangul}]/u);
    assert.ok(greek >= 1 && cyrillic >= 1 && cjk >= 1, `greek ${greek}, cyrillic ${cyrillic}, cjk ${cjk}`);
    // A few percent, not most: the articles stay English.
    assert.ok(greek + cyrillic + cjk <= 30, `${greek + cyrillic + cjk} of 200 in other scripts`);
  });

  it('writes numbers in many forms', () => {
    const forms: Record<string, RegExp> = {
      thousands: /\b\d{1,3}(?:,\d{3})+\b/,
      percent: /\b\d+\.\d%/,
      perCent: /\b\d+ per cent\b/,
      billions: /\$\d+bn\b/,
      euros: /€\d+ million/,
      pounds: /£\d+\.\d\dm\b/,
      age: /\b\d+-year-old\b/,
      decade: /\b\d{3}0s\b/,
      range: /\b\d+–\d+/,
      clock: /\b\d{1,2}:\d\d (?:a\.m\.|p\.m\.|GMT)/,
    };
    for (const [k, re] of Object.entries(forms)) assert.ok(holding(arts, re) >= 10, `${k}: ${holding(arts, re)}`);
  });

  it('has bylines, datelines, title-case headlines and page furniture', () => {
    assert.ok(holding(arts, /^By [A-Z]/m) >= 40, 'bylines');
    assert.ok(holding(arts, /^[A-Z][A-Z .'-]+, (?:[A-Z][a-z]+\.?) \d{1,2} \([A-Z][\w ]+\)/m) >= 40, 'datelines');
    assert.ok(holding(arts, /^Print E-mail$/m) >= 40, 'Print E-mail');
    assert.ok(holding(arts, /^Share this article$/m) >= 40, 'share lines');
    assert.ok(holding(arts, /^Leave a comment$/m) >= 20, 'comment forms');
    assert.ok(holding(arts, /^Related stories$/m) >= 20, 'related lists');
    const small = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'but', 'or', 'as', 'by', 'with', 'over']);
    for (const a of arts) {
      const words = a.slice(0, a.indexOf('\n')).split(' ');
      const lower = words.filter((w, i) => i > 0 && !small.has(w) && /^\p{Ll}/u.test(w));
      assert.deepStrictEqual(lower, [], `headline not in title case: ${words.join(' ')}`);
    }
  });

  it('mixes short and long paragraphs', () => {
    const lengths = arts.flatMap((a) => paragraphsOf(a).slice(2).map(countWords));
    assert.ok(lengths.filter((n) => n <= 12).length >= 200, 'short paragraphs');
    assert.ok(lengths.filter((n) => n >= 80).length >= 200, 'long paragraphs');
  });

  it('has a vocabulary several times larger than the other two corpora', () => {
    const varied = vocabulary(variedCorpus(1 << 20).articles);
    const templates = vocabulary(templateCorpus(1 << 20).articles);
    const samples = vocabulary(loadSamples());
    assert.ok(varied >= 5000, `varied: ${varied} distinct tokens in 1 MB`);
    assert.ok(varied >= 4 * Math.max(templates, samples), `varied ${varied}, templates ${templates}, samples ${samples}`);
  });

  it('is analysed without throwing, as English, with quotes found in most articles', () => {
    let withQuotes = 0;
    for (const a of arts) {
      const r = analyzeText(a);
      assert.notStrictEqual(r.article.language, 'other');
      if (r.quotes.length > 0) withQuotes++;
    }
    assert.ok(withQuotes >= 180, `quotes found in ${withQuotes} of 200 articles`);
  });
});
