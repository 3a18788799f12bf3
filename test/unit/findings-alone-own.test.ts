// Without a reader of the statements (no incremental caches, no onStatements), findFindings leaves
// unmade the own statements that can clash with none (articleStatements' `alone`): their words
// only, whose content keys still count toward each key's postings in the contradiction search.
// These tests hold the findings to those made from every statement.
import * as assert from 'assert';
import { findFindings } from '../../src/core/findings';
import { articleStatements, bodySentences, pairsWithNone } from '../../src/core/findings/statements';
import { readRange, type Words } from '../../src/core/findings/text';
import { GATES, mayMatch } from '../../src/core/findings/gates';
import { parseArticle } from '../../src/core/article';
import { findAttributions } from '../../src/core/attribution';
import { loadSamples, templateCorpus, variedCorpus } from '../../scripts/bench/corpus';
import type { Article, Quote, Span, Speaker } from '../../src/core/types';

/** The findings with every statement made: a reader of the statements asks for them all. */
const withEveryStatement = (article: Article, attribution: { quotes: Quote[]; speakers: Speaker[] }) => findFindings(article, attribution, { onStatements: () => {} });

const MAYOR: Speaker = { id: 's1', entity: 'Ana Ruiz', kind: 'person', role: null, affiliation: null, mentions: [] };
const UNION: Speaker = { id: 's2', entity: 'Tom Hale', kind: 'person', role: null, affiliation: null, mentions: [] };

/**
 * Contradictions found in an article of two clashing quotes (the first two lines: the mayor's
 * `said`, the union's `argued`), then `own` copies of `sentence`, one per paragraph, each left
 * unmade; held to the count with every statement made.
 */
function clashesWith(quoted: [string, string, string, string], own: number, sentence: string): number {
  const [first, second, firstQuote, secondQuote] = quoted;
  const lines = [first, second];
  for (let i = 0; i < own; i++) lines.push(sentence);
  const text = lines.join('\n');
  const quoteOf = (id: string, content: string, speaker: Speaker, cue: string): Quote => {
    const at = text.indexOf(content);
    const cs = text.indexOf(cue);
    return { id, type: 'indirect', spans: [[at, at + content.length]], text: content, cue: { text: cue, span: [cs, cs + cue.length] }, speaker: { id: speaker.id, entity: speaker.entity, mention: speaker.entity, mentionSpan: null }, via: null };
  };
  const paragraphs: Span[] = [];
  for (let at = 0, i = 0; i < lines.length; at += lines[i].length + 1, i++) paragraphs.push([at, at + lines[i].length]);
  const article: Article = { text, headline: null, dateline: null, boilerplate: [], paragraphs, sentences: paragraphs.slice() };
  const attribution = { quotes: [quoteOf('q1', firstQuote, MAYOR, 'said'), quoteOf('q2', secondQuote, UNION, 'argued')], speakers: [MAYOR, UNION] };
  const alone: Words[] = [];
  articleStatements(article, attribution, bodySentences(article), undefined, alone);
  assert.strictEqual(alone.length, own, 'every own sentence is left unmade');
  const found = findFindings(article, attribution).filter((f) => f.rule === 'contradiction').length;
  assert.strictEqual(found, withEveryStatement(article, attribution).filter((f) => f.rule === 'contradiction').length);
  return found;
}

describe('findings: own statements that can clash with none are left unmade', () => {
  it('gives the findings made from every statement, on the samples and generated articles', () => {
    const texts = [...loadSamples(), ...templateCorpus(150_000).articles, ...variedCorpus(150_000).articles];
    let unmade = 0;
    let made = 0;
    let contradictions = 0;
    for (const text of texts) {
      const article = parseArticle(text);
      const attribution = findAttributions(article);
      const findings = findFindings(article, attribution);
      assert.deepStrictEqual(findings, withEveryStatement(article, attribution), text.slice(0, 80));
      const alone: Words[] = [];
      made += articleStatements(article, attribution, bodySentences(article), undefined, alone).filter((s) => s.source === 'own').length;
      unmade += alone.length;
      contradictions += findings.filter((f) => f.rule === 'contradiction').length;
    }
    // Both kinds of own statement are met, and clashes found.
    assert.ok(unmade > 1000 && made > 20 && contradictions > 50, `${unmade} unmade, ${made} made, ${contradictions} contradictions`);
  });

  it('counts an unmade sentence toward its keys: a key in more than 24 statements pairs none', () => {
    // Two quotes that clash on "bridge" and "repaired" (side by side: this pair is not reported
    // far apart), then own sentences of the article's giving both keys.
    const bridge: [string, string, string, string] = ['Ruiz said the bridge had been repaired by the city.', 'Hale argued the bridge had not been repaired.', 'the bridge had been repaired by the city', 'the bridge had not been repaired'];
    // 22 own sentences: 24 postings of each key, the pair is a candidate; 23: 25, it is not.
    assert.strictEqual(clashesWith(bridge, 22, 'The bridge was repaired.'), 2);
    assert.strictEqual(clashesWith(bridge, 23, 'The bridge was repaired.'), 0);
  });

  it('makes the statement of a sentence whose text posts a tag, not one whose words only set a gate bit', () => {
    const alone = (s: string) => pairsWithNone(readRange(s, 0, s.length), s);
    assert.ok(alone('The bridge was repaired in the spring.'));
    assert.ok(!alone('The blast was caused by a gas leak.'), 'a cause posts a tag');
    // "causeway" sets the cause regex's gate bit, but the regex finds no cause.
    const causeway = 'The causeway was repaired in the spring.';
    assert.ok(mayMatch(readRange(causeway, 0, causeway.length).hints, GATES.cause));
    assert.ok(alone(causeway));
  });

  it('counts the antonym tag an unmade sentence posts for a word it asserts, not for one it denies', () => {
    // Two quotes that share no key but clash on an antonym pair (their shared tag), then own
    // sentences asserting (or denying) one of its words.
    const legal: [string, string, string, string] = ['Ruiz said the crossing was legal.', 'Hale argued that what the ferry did was illegal.', 'the crossing was legal', 'what the ferry did was illegal'];
    assert.strictEqual(clashesWith(legal, 22, 'Tolls were legal.'), 2);
    assert.strictEqual(clashesWith(legal, 23, 'Tolls were legal.'), 0);
    // A denied word posts no tag: its sentences do not count toward it.
    assert.strictEqual(clashesWith(legal, 23, 'Tolls were not legal.'), 2);
  });
});
