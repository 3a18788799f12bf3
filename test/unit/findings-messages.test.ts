// Finding messages quote statements inside their own quotation marks: a direct quote's marks and
// the comma before its cue must not be doubled into ""Nobody warned us,"".
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core';
import { excerpt } from '../../src/core/findings/contradictions';
import type { Statement } from '../../src/core/findings';

const statement = (text: string) => ({ text }) as Statement;

describe('finding messages: statement excerpts', () => {
  it('drops a direct quote\'s own marks and the comma before its cue', () => {
    assert.strictEqual(excerpt(statement('"Nobody warned us that the river would rise," ')), 'Nobody warned us that the river would rise');
    assert.strictEqual(excerpt(statement('\u201CThe gates were shut;\u201D')), 'The gates were shut');
  });

  it('keeps marks inside the statement, a closing apostrophe and plain text as they are', () => {
    assert.strictEqual(excerpt(statement('the mayor called it "a disgrace"')), 'the mayor called it "a disgrace"');
    assert.strictEqual(excerpt(statement('"We will rebuild the bridge')), 'We will rebuild the bridge');
    assert.strictEqual(excerpt(statement('the money went to the workers\u2019')), 'the money went to the workers\u2019');
    assert.strictEqual(excerpt(statement('fares will rise in June')), 'fares will rise in June');
  });

  it('still cuts long statements to 70 characters', () => {
    const long = '"' + 'word '.repeat(30) + '"';
    const e = excerpt(statement(long));
    assert.strictEqual(e.length, 70);
    assert.ok(e.endsWith('...') && !e.startsWith('"'));
  });

  it('no contradiction message on the sample articles doubles a quotation mark', () => {
    const dir = path.join(__dirname, '..', '..', 'samples');
    let messages = 0;
    for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      for (const finding of analyzeText(fs.readFileSync(path.join(dir, f), 'utf8')).findings) {
        if (finding.rule !== 'contradiction') continue;
        for (const m of [finding.message, ...finding.related.map((r) => r.message)]) {
          messages++;
          assert.ok(!/""|"\u201C|\u201D"/.test(m), `${f}: ${m}`);
        }
      }
    }
    assert.ok(messages > 0, 'the samples have contradictions to read');
  });
});
