// Bad input never crashes or hangs the core, and offsets stay right whatever the text holds.
// Every case also checks the shared invariants (spans inside the text and on the right
// characters, quotes not crossing). Sentences here are our own.
import * as assert from 'assert';
import fc from 'fast-check';
import { analyzeText, type Analysis } from '../../src/core';
import { checkInvariants } from '../../scripts/fuzz/invariants';
import { checkText } from '../../scripts/fuzz/property';
import { newsLike, anyUtf16, mutatedSample } from '../../scripts/fuzz/generators';
import { loadSamples, articleOfWords } from '../../scripts/bench/corpus';

function analyze(text: string): Analysis {
  const a = analyzeText(text);
  assert.deepStrictEqual(checkInvariants(text, a), []);
  return a;
}

const ARTICLE = [
  'Ferry service to resume after storm',
  '',
  'HALDEN BAY, April 9 (Coastal Press) -- The island ferry will run again on Friday.',
  '',
  '"The pier is safe and the boats are ready," harbour master Ines Okafor said on Wednesday.',
  '',
  'Okafor told reporters that repairs had cost about 2 million crowns.',
  '',
  '"We checked every mooring," she added, "and the divers found nothing else."',
].join('\n');

/** Quote texts with line ends normalised, for comparing variants of one article. */
const quoteTexts = (a: Analysis) => a.quotes.map((q) => q.text.replace(/\r\n?|\n/g, '\n'));

describe('robustness: bad input', function () {
  this.timeout(120000);

  it('finds quotes in the plain test article (baseline for the comparisons below)', () => {
    assert.ok(analyze(ARTICLE).quotes.length >= 2);
  });

  it('empty text', () => {
    const a = analyze('');
    assert.deepStrictEqual([a.quotes.length, a.speakers.length, a.findings.length, a.article.paragraphs.length], [0, 0, 0, 0]);
  });

  it('whitespace only', () => {
    for (const t of [' ', '\n\n\n', '\r\n\r\n', '\t \u00a0\u200b\n', ' '.repeat(10000)]) {
      const a = analyze(t);
      assert.strictEqual(a.quotes.length + a.findings.length, 0, JSON.stringify(t.slice(0, 10)));
    }
  });

  it('a single 10 MB line finishes with a well-formed result', () => {
    const sentence = '"The tide is late," the keeper said, and the council said it would check. ';
    const text = sentence.repeat(Math.ceil((10 * 1024 * 1024) / sentence.length));
    const a = analyze(text);
    assert.strictEqual(a.article.text.length, text.length);
    assert.ok(Array.isArray(a.quotes) && Array.isArray(a.findings) && Array.isArray(a.speakers));
  });

  it('CRLF and lone CR line ends give the same quotes as LF, with offsets into the original text', () => {
    const lf = analyze(ARTICLE);
    for (const eol of ['\r\n', '\r']) {
      const text = ARTICLE.replace(/\n/g, eol);
      const a = analyze(text);
      assert.deepStrictEqual(quoteTexts(a), quoteTexts(lf), `line end ${JSON.stringify(eol)}`);
    }
  });

  it('tabs as indentation and between words', () => {
    const indented = ARTICLE.replace(/\n\n/g, '\n\n\t');
    assert.deepStrictEqual(quoteTexts(analyze(indented)), quoteTexts(analyze(ARTICLE)));
    analyze(ARTICLE.replace(/ /g, '\t'));
  });

  it('zero-width and non-breaking spaces keep offsets right', () => {
    const base = analyze(ARTICLE);
    const nbsp = analyze(ARTICLE.replace(/ said/g, '\u00a0said'));
    assert.strictEqual(nbsp.quotes.length, base.quotes.length);
    analyze(ARTICLE.replace(/e/g, 'e\u200b'));
    analyze('\ufeff' + ARTICLE);
  });

  it('emoji before quotes shift every span by exactly their length', () => {
    const prefix = '\u{1F4F0}\u{1F600} '; // 5 UTF-16 code units
    const base = analyze(ARTICLE);
    // Put the emoji at the start of the paragraph holding the first quote mark.
    const at = ARTICLE.indexOf('"');
    const text = ARTICLE.slice(0, at) + prefix + ARTICLE.slice(at);
    const a = analyze(text);
    assert.ok(base.quotes.length > 0);
    assert.deepStrictEqual(
      a.quotes.map((q) => q.spans),
      base.quotes.map((q) => q.spans.map(([s, e]) => (s >= at ? [s + prefix.length, e + prefix.length] : [s, e]))),
    );
  });

  it('unbalanced and mismatched quotation marks', () => {
    for (const t of [
      'A\n\n"This never closes, the clerk said.\n\nNor does this one.',
      'A\n\nThis closes but never opened," the clerk said.',
      'A\n\n\u201cCurly open and straight close," he said. \u00abGuillemet open\u201d she said.',
      'A\n\n' + '"'.repeat(5000),
      'A\n\n' + '\u201c'.repeat(3000) + ' said the clerk',
      'A\n\n' + "'".repeat(3000),
    ]) {
      analyze(t);
    }
  });

  it('thousands of quotes in one paragraph finish and stay well-formed', () => {
    const text = 'Vote count\n\n' + '"Yes," one member said. "No," said another. '.repeat(2500);
    const a = analyze(text);
    assert.ok(a.quotes.length <= 5000, `more quotes (${a.quotes.length}) than quoted passages`);
  });

  it('deeply nested quotes', () => {
    let inner = 'stop';
    for (let i = 0; i < 500; i++) inner = i % 2 ? `"he said '${inner}'"` : `'she said "${inner}"'`;
    analyze(`Nested\n\n"${inner}," the editor said.`);
    analyze(`Nested\n\n${'\u201c\u2018'.repeat(2000)}deep${'\u2019\u201d'.repeat(2000)} she said.`);
  });

  it('a non-English article raises no flood of findings', () => {
    const es = [
      'El puerto reabre tras la tormenta',
      '',
      'VALPARAÍSO, 9 de abril -- El servicio de transbordadores volverá a funcionar el viernes, según la capitanía.',
      '',
      '"El muelle es seguro y los barcos están listos", dijo el jefe del puerto el miércoles.',
      '',
      'Las reparaciones costaron unos 2 millones de pesos y duraron 14 días. Los vecinos no fueron consultados. La empresa ganó 300 millones el año pasado.',
      '',
      'El alcalde afirmó que no hubo heridos y que 40 familias fueron evacuadas. Otros 25 barcos siguen en el astillero.',
    ].join('\n');
    const de = 'Hafen öffnet wieder\n\nDie Fähre fährt ab Freitag wieder. Die Reparatur kostete 2 Millionen Euro. 40 Familien wurden evakuiert. Niemand wurde verletzt. Die Stadt gab 300 Millionen aus.';
    for (const t of [es, de]) {
      const a = analyze(t);
      assert.ok(a.findings.length <= 2, `${a.findings.length} findings on a non-English text: ${a.findings.map((f) => f.rule).join(', ')}`);
    }
  });

  it('lone surrogates and control characters', () => {
    analyze('Broken\n\n"Half a pair \ud83d here," he said.\u0000\u0007\u001b[31m');
    analyze('\udc00\ud800'.repeat(1000));
  });

  it('is deterministic on a long generated article', () => {
    const text = articleOfWords(5000, 99);
    assert.strictEqual(JSON.stringify(analyzeText(text)), JSON.stringify(analyzeText(text)));
  });
});

describe('robustness: bounded fuzz (npm run fuzz for more)', function () {
  this.timeout(120000);
  const seed = 20261128;

  it('news-like token soup', () => {
    fc.assert(fc.property(newsLike, (t) => checkText(t)), { seed, numRuns: 300 });
  });

  it('any UTF-16, lone surrogates included', () => {
    fc.assert(fc.property(anyUtf16, (t) => checkText(t)), { seed, numRuns: 300 });
  });

  it('mutated sample articles', () => {
    const samples = [...loadSamples(), articleOfWords(800, 5)];
    fc.assert(fc.property(mutatedSample(samples), (m) => checkText(m.text)), { seed, numRuns: 200 });
  });
});
