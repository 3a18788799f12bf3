// Finding messages quote statements inside their own quotation marks: a direct quote's marks and
// the comma before its cue must not be doubled into ""Nobody warned us,"".
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText } from '../../src/core';
import { excerpt } from '../../src/core/findings/contradictions';
import type { Statement } from '../../src/core/findings';
import { rng } from './random';
import { plainExcerpt } from './findings-helpers';

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

  it('reads a long text from its head exactly as the whole (random texts of marks, spaces and commas)', () => {
    // The definition, on the whole text.
    const reference = plainExcerpt;
    const pieces = ['word', 'a', ' ', '  ', '\n\n', '\t', ',', ';', ':', '"', '\u201C', '\u201D', '\u00AB', '\u00BB', '\u201E', '\u2019', '\u00A0', 'x'.repeat(40)];
    const ends = [',', ';', ':', ' ', '"', '\u201D', '\u00BB', ' '.repeat(30), '\n'.repeat(20)];
    const pick = (list: string[]) => list[Math.floor(random() * list.length)];
    const random = rng(7);
    let long = 0;
    for (let n = 0; n < 40_000; n++) {
      let text = '';
      if (n % 2) {
        // Any mix of the pieces.
        const parts = Math.floor(random() * 120);
        for (let k = 0; k < parts; k++) text += pick(pieces);
      } else {
        // About 70 characters of content, then what the end trimming removes (or not), padded by
        // white space so that the raw text is long: the cut falls near the excerpt's bounds.
        if (random() < 0.7) text += pick(['"', '\u201C', '\u00AB', ' "']);
        while (text.length < 64 + random() * 12) text += pick(['a', 'b', ' ', '  ', '\t']);
        const tail = Math.floor(random() * 8);
        for (let k = 0; k < tail; k++) text += pick(random() < 0.1 ? pieces : ends);
        while (text.length <= 160) text += pick(ends);
      }
      if (text.length > 160) long++;
      assert.strictEqual(excerpt(statement(text)), reference(text), JSON.stringify(text));
    }
    assert.ok(long > 20_000, `${long} texts longer than the head read`);
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
