// Bad input never crashes or hangs the core, and offsets stay right whatever the text holds.
// Every case also checks the shared invariants (spans inside the text and on the right
// characters, quotes not crossing). Sentences here are our own.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawn } from 'child_process';
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

/**
 * Analyses a big text in a child process so a hang fails the test instead of stalling the run.
 * Started early, awaited late: it runs on the other core while the rest of the suite goes on.
 */
type ChildResult = { ms: number; quotes: number; textLength: number; violations: string[] } | { killed: true };

function analyzeInChild(text: string, limitMs: number): { result: Promise<ChildResult>; stop: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsfact-big-'));
  const file = path.join(dir, 'input.txt');
  fs.writeFileSync(file, text);
  const root = path.join(__dirname, '..', '..');
  const script = `
    const { analyzeText } = require(${JSON.stringify(path.join(root, 'src/core/index.ts'))});
    const { checkInvariants } = require(${JSON.stringify(path.join(root, 'scripts/fuzz/invariants.ts'))});
    const text = require('fs').readFileSync(${JSON.stringify(file)}, 'utf8');
    const t0 = Date.now();
    const a = analyzeText(text);
    const ms = Date.now() - t0;
    process.stdout.write(JSON.stringify({ ms, quotes: a.quotes.length, textLength: a.article.text.length, violations: checkInvariants(text, a).slice(0, 5) }));`;
  // coreutils `timeout` kills the child even if this process dies first (no orphan left busy).
  const child = spawn('timeout', ['-s', 'KILL', String(Math.ceil(limitMs / 1000) + 5), process.execPath, '--import', 'tsx', '-e', script], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const result = new Promise<ChildResult>((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const timer = setTimeout(() => child.kill('SIGTERM'), limitMs); // `timeout` passes SIGTERM on
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      fs.rmSync(dir, { recursive: true, force: true });
      // 124/137: `timeout` reporting that it stopped the analysis; 143: our SIGTERM passed on.
      if (signal || code === 124 || code === 137 || code === 143) resolve({ killed: true });
      else if (code !== 0) reject(new Error(`analysis crashed (exit ${code}): ${err.slice(0, 400)}`));
      else resolve(JSON.parse(out));
    });
  });
  return { result, stop: () => child.kill('SIGTERM') };
}

describe('robustness: bad input', function () {
  this.timeout(180000);

  // A single 10 MB line: started now, checked at the end of this suite. The limit is a hang
  // detector only: at the 1M words/s target this takes about 2 s.
  const TEN_MB_LIMIT_MS = 120000;
  const tenMbSentence = '"The tide is late," the keeper said, and the council said it would check. ';
  const tenMbText = tenMbSentence.repeat(Math.ceil((10 * 1024 * 1024) / tenMbSentence.length));
  let tenMb: ReturnType<typeof analyzeInChild>;
  before(() => {
    tenMb = analyzeInChild(tenMbText, TEN_MB_LIMIT_MS);
    tenMb.result.catch(() => {}); // awaited (and reported) in its own test
  });
  after(() => tenMb.stop()); // when that test was not selected (mocha -g)

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

  it('reported speech inside reported speech gives quotes that nest or stay apart, never cross', () => {
    analyze('Pier\n\nOkafor said that Lee said the pier was safe, officials said.');
    analyze('Pier\n\nShe said he said it was safe, Okafor said.');
  });

  it('a cue with words around its speaker ("quoted X as saying") keeps text equal to its span', () => {
    analyze('Pier\n\nThe daily paper quoted Okafor as saying that the pier was safe.');
  });

  it('a quote running over two paragraphs is one quote, not two with the same spans', () => {
    analyze('Pier\n\nThe pier reopened on Friday.\n\n"The pier is safe. The boats are ready.\n\n"The divers found nothing," harbour master Ines Okafor said Friday.');
  });

  it('astral letters (math bold "fancy text", as pasted from social media) are never cut in half', () => {
    analyze('Pier\n\nOkafor said the pier was \u{1D42C}\u{1D41A}\u{1D41F}\u{1D41E}.');
    analyze('Pier\n\nOkafor said the pier was \u{1D42C}\u{1D41A}\u{1D41F}\u{1D41E}');
  });

  it('lone surrogates and control characters', () => {
    analyze('Broken\n\n"Half a pair \ud83d here," he said.\u0000\u0007\u001b[31m');
    analyze('\udc00\ud800'.repeat(1000));
  });

  it('a single 10 MB line finishes with a well-formed result', async () => {
    const r = await tenMb.result;
    if ('killed' in r) assert.fail(`analyzeText on a single 10 MB line did not finish in ${TEN_MB_LIMIT_MS / 1000} s`);
    assert.strictEqual(r.textLength, tenMbText.length);
    assert.deepStrictEqual(r.violations, []);
    assert.ok(r.quotes > 0);
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
