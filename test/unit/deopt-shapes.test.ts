// Arrays that one hot function makes and reads must have the hidden classes (maps) its type
// feedback saw, or its optimised code is thrown away and recompiled, in every worker. map()
// inlined by the optimising compiler returns a holey array where the interpreter's map() returned
// a packed one: every reader of such an array in the same function then meets a map it never saw.
// These tests run the optimised function (natives syntax, switched on here) and check its arrays.
import * as assert from 'node:assert/strict';
import * as v8 from 'node:v8';
import { parseArticle } from '../../src/core';
import { spansOf } from '../../src/core/article/parse';
import { analyzeText } from '../../src/core/analyze';
import { dropRestatements } from '../../src/core/findings/contradictions';
import { articleStatements, bodySentences, type Statement } from '../../src/core/findings/statements';

v8.setFlagsFromString('--allow-natives-syntax');
// Compiled after the flag is set, so the % calls parse.
const holey = new Function('a', 'return %HasHoleyElements(a)') as (a: unknown) => boolean;
const prepare = new Function('f', '%PrepareFunctionForOptimization(f)') as (f: unknown) => void;
const optimiseNext = new Function('f', '%OptimizeFunctionOnNextCall(f)') as (f: unknown) => void;

const PLAIN = 'Flood waters recede in river town\n\nResidents returned to their homes on Sunday after the river fell below flood level.\n\nThe mayor said repairs to the levee would begin next month.';
const WITH_FURNITURE = 'Flood waters recede in river town\n\nResidents returned to their homes on Sunday after the river fell below flood level.\n\nShare this article\n\nThe mayor said repairs to the levee would begin next month.';

describe('deopt: arrays of the maps their readers saw', () => {
  it('parseArticle, optimised, makes a packed furniture list (with furniture and without)', () => {
    prepare(parseArticle);
    for (let i = 0; i < 3; i++) parseArticle(WITH_FURNITURE), parseArticle(PLAIN);
    optimiseNext(parseArticle);
    const full = parseArticle(WITH_FURNITURE);
    const empty = parseArticle(PLAIN);
    assert.ok(full.furniture!.length > 0);
    assert.equal(empty.furniture!.length, 0);
    assert.equal(holey(full.furniture), false);
    assert.equal(holey(empty.furniture), false);
  });

  it('spansOf gives the pieces\' spans in order, packed', () => {
    const pieces = parseArticle(WITH_FURNITURE).furniture!;
    const spans = spansOf(pieces);
    assert.deepEqual(spans, pieces.map((f) => f.span));
    assert.equal(holey(spans), false);
  });

  it('dropRestatements hands on a packed list when given a holey one, with the same statements', () => {
    const text = `${WITH_FURNITURE}\n\n"The levee will hold," the mayor said. "The levee will not hold," the engineer said.`;
    const a = analyzeText(text);
    const statements = articleStatements(a.article, a, bodySentences(a.article));
    assert.ok(statements.length >= 2);
    // What an optimised map() makes: an array of the right length, filled after.
    const holeyList: Statement[] = new Array(statements.length);
    for (let i = 0; i < statements.length; i++) holeyList[i] = statements[i];
    assert.equal(holey(holeyList), true);
    const kept = dropRestatements(holeyList);
    assert.deepEqual(kept, dropRestatements(statements.slice()));
    assert.equal(holey(kept), false);
  });
});
