// Rule `anonymous-source`, detected from the engine's speakers.
import * as assert from 'assert';
import { findAnonymousSources } from '../../src/core/findings/anonymousSource';
import { quote, spanOf, speaker } from './extension-helpers';

describe('extension anonymous-source rule', () => {
  const T = 'Officials said the plant would close. A source close to the board said "talks failed." Mayor Jo Tan said jobs were safe. The officials said the plant was old.';
  const off = speaker(T, 's1', 'officials', 'anonymous', ['Officials', 'The officials']);
  const src = speaker(T, 's2', 'a source close to the board', 'anonymous', ['A source close to the board']);
  const tan = speaker(T, 's3', 'Jo Tan', 'person', ['Mayor Jo Tan'], 'Mayor');
  const quotes = [
    quote(T, 'q1', 'indirect', 'the plant would close', 'said', off, 'Officials'),
    quote(T, 'q2', 'direct', '"talks failed."', 'said', src, 'A source close to the board'),
    quote(T, 'q3', 'indirect', 'jobs were safe', 'said', tan, 'Mayor Jo Tan'),
    quote(T, 'q4', 'indirect', 'the plant was old', 'said', off, 'The officials'),
  ];

  it('flags each quote attributed to an unnamed source at its mention, not named speakers', () => {
    const f = findAnonymousSources(quotes, [off, src, tan]);
    assert.deepStrictEqual(f.map((x) => T.slice(...x.span)), ['Officials', 'A source close to the board', 'The officials']);
    assert.ok(f.every((x) => x.rule === 'anonymous-source'));
    assert.deepStrictEqual(f[1].related.map((r) => T.slice(...r.span)), ['"talks failed."']);
    assert.match(f[1].message, /A source close to the board/);
  });

  it('flags one site once even when it introduces two quotes', () => {
    const twice = [quotes[0], { ...quotes[0], id: 'q9', spans: [spanOf(T, 'would close')] }];
    assert.strictEqual(findAnonymousSources(twice, [off]).length, 1);
  });

  it('finds nothing without anonymous speakers', () => {
    assert.deepStrictEqual(findAnonymousSources([quotes[2]], [tan]), []);
  });
});
