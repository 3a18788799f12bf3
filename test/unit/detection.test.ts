// The plain-text article heuristic and the decision of what to do with a document that opens.
import * as assert from 'assert';
import { looksLikeArticle } from '../../src/core/article/looksLikeArticle';
import {
  decideDetection,
  DetectionInput,
  effectOfAnswer,
  NEVER_FOR_FILE,
  NOT_NOW,
  offerMessage,
  readDetectSetting,
  TREAT_AS_ARTICLE,
} from '../../src/extension/detectionDecision';

const WIRE_STORY = `Ferry Operators Halt Crossings as Storm Nears

BRESKA, Feb. 9 (Coastline News) — Ferry operators on the northern coast suspended all crossings on Tuesday as a winter storm approached, the maritime authority said.

"We cannot put passengers on the water in these conditions," said Ilse Varga, a spokeswoman for the authority. "The crossings will resume once the wind drops."

Harbour officials told reporters that about 2,000 travellers had been stranded overnight.

The largest operator said it would refund tickets, according to a statement on its website.
`;

const BYLINE_STORY = `City Council Approves Budget After Long Debate
By Tomas Ereny and Lea Morrow
March 14, 2023

The city council approved next year's budget late on Wednesday after a debate that lasted nine hours.

"It is not the budget anyone wanted, but it is one we can defend," Mayor Dora Kell told the council.

Opposition members said the plan cut too deeply into library funding. "Closing branches saves little and costs a lot," councillor Pim Ask said.
`;

// No dateline: the headline and news vocabulary carry it, as on wiki-style news sites.
const NO_DATELINE_STORY = `Rail Union Calls Off Weekend Strike

On Friday, the national rail union called off a strike planned for the weekend, after talks with the transport ministry.

"We have a written offer and our members will vote on it," union president Aro Lind said at a press conference.

The ministry confirmed the offer but declined to give details. Officials said trains would run to the normal timetable.
`;

const FICTION = `Chapter Three

The rain had not stopped for a week. Mara pulled her coat tighter and looked at the river.

"You came back," said the old man. "I did not think you would."

"Neither did I," she said, and smiled for the first time that winter.

He laughed and told her to sit by the fire while he made tea.
`;

const MEETING_NOTES = `Team sync

Agenda: release dates, bug triage, hiring.

Sam said the release could slip by a week. Jo said QA needs two more days.

Action items: Sam to update the plan, Jo to book the test lab.
`;

const CHANGELOG = `Changelog

## 2.1.0 - 2023-04-02
- Added support for nested folders.
- Fixed a crash when the file was empty, as Ana noted in review.

## 2.0.0 - 2023-01-15
- Removed the old API. Users said the migration guide helped.
`;

describe('looksLikeArticle', () => {
  it('recognises a wire story with a place/agency dateline', () => {
    const g = looksLikeArticle(WIRE_STORY);
    assert.ok(g.isArticle, JSON.stringify(g.evidence));
    assert.ok(g.evidence.dateline);
    assert.ok(g.evidence.headline);
    assert.ok(g.evidence.quoteParagraphs >= 1);
    assert.ok(g.reasons.some((r) => r.includes('dateline')));
  });

  it('recognises a story with a "By" byline and a date line', () => {
    const g = looksLikeArticle(BYLINE_STORY);
    assert.ok(g.isArticle, JSON.stringify(g.evidence));
    assert.ok(g.evidence.dateline);
  });

  it('recognises a story without a dateline from its headline, quotes and news vocabulary', () => {
    const g = looksLikeArticle(NO_DATELINE_STORY);
    assert.ok(!g.evidence.dateline);
    assert.ok(g.isArticle, JSON.stringify(g.evidence));
  });

  it('reads a dateline whose place has accented capitals', () => {
    const text = WIRE_STORY.replace('BRESKA, Feb. 9 (Coastline News) —', 'ÅLESUND, Feb. 9 (Coastline News) —');
    assert.ok(looksLikeArticle(text).evidence.dateline);
  });

  it('handles CRLF line ends and a leading BOM', () => {
    assert.ok(looksLikeArticle('\uFEFF' + WIRE_STORY.replace(/\n/g, '\r\n')).isArticle);
  });

  it('does not take fiction dialogue, meeting notes or a changelog for news', () => {
    for (const [name, text] of [['fiction', FICTION], ['notes', MEETING_NOTES], ['changelog', CHANGELOG]]) {
      const g = looksLikeArticle(text);
      assert.ok(!g.isArticle, `${name}: ${JSON.stringify(g.evidence)}`);
    }
  });

  it('does not count "said" inside a quotation as a cue', () => {
    const g = looksLikeArticle('Head line\n\n"He said, she said, they said," the note read.\n');
    assert.strictEqual(g.evidence.cues, 0);
  });

  it('needs some length: a short article-like snippet is not enough', () => {
    assert.ok(!looksLikeArticle('BRESKA (Coastline News) — "Crossings are off," an official said.').isArticle);
  });

  it('never throws on empty, odd or huge input', () => {
    for (const t of ['', '\n\n\n', '"', '“unclosed', 'x'.repeat(100_000), WIRE_STORY.repeat(200)]) {
      assert.doesNotThrow(() => looksLikeArticle(t));
    }
    assert.ok(looksLikeArticle(WIRE_STORY.repeat(200)).isArticle);
  });
});

function input(over: Partial<DetectionInput> = {}): DetectionInput {
  return {
    languageId: 'plaintext',
    scheme: 'file',
    matchesArticleGlob: false,
    setting: 'ask',
    askedThisSession: false,
    switchedWhileOpen: false,
    neverForFile: false,
    looksLikeArticle: () => true,
    ...over,
  };
}

describe('decideDetection', () => {
  it('asks by default about a plain text file that looks like an article', () => {
    assert.strictEqual(decideDetection(input()), 'ask');
  });

  it('switches without asking in "auto" mode, and does nothing when "off"', () => {
    assert.strictEqual(decideDetection(input({ setting: 'auto' })), 'switch');
    assert.strictEqual(decideDetection(input({ setting: 'off' })), 'none');
  });

  it('asks once per file per session', () => {
    assert.strictEqual(decideDetection(input({ askedThisSession: true })), 'none');
    assert.strictEqual(decideDetection(input({ askedThisSession: true, setting: 'auto' })), 'none');
  });

  it('leaves a file the user switched back to plain text while it stays open', () => {
    assert.strictEqual(decideDetection(input({ switchedWhileOpen: true, setting: 'auto' })), 'none');
    assert.strictEqual(decideDetection(input({ switchedWhileOpen: true, matchesArticleGlob: true })), 'none');
  });

  it('respects "Never for this file"', () => {
    assert.strictEqual(decideDetection(input({ neverForFile: true })), 'none');
    assert.strictEqual(decideDetection(input({ neverForFile: true, setting: 'auto' })), 'none');
  });

  it('leaves files that do not look like articles alone', () => {
    assert.strictEqual(decideDetection(input({ looksLikeArticle: () => false })), 'none');
  });

  it('switches files matching the user globs whatever the detection setting or earlier answers', () => {
    for (const setting of ['ask', 'auto', 'off'] as const) {
      assert.strictEqual(decideDetection(input({ matchesArticleGlob: true, setting, looksLikeArticle: () => false })), 'switch');
    }
    assert.strictEqual(decideDetection(input({ matchesArticleGlob: true, askedThisSession: true, neverForFile: true })), 'switch');
  });

  it('touches only plain text documents a person opened', () => {
    assert.strictEqual(decideDetection(input({ languageId: 'markdown' })), 'none');
    assert.strictEqual(decideDetection(input({ languageId: 'news-article', matchesArticleGlob: true })), 'none');
    assert.strictEqual(decideDetection(input({ scheme: 'output' })), 'none');
    assert.strictEqual(decideDetection(input({ scheme: 'git', matchesArticleGlob: true })), 'none');
    assert.strictEqual(decideDetection(input({ scheme: 'untitled' })), 'ask');
  });

  it('reads the text only when the answer depends on it', () => {
    let reads = 0;
    const looks = () => (reads++, true);
    decideDetection(input({ setting: 'off', looksLikeArticle: looks }));
    decideDetection(input({ languageId: 'json', looksLikeArticle: looks }));
    decideDetection(input({ matchesArticleGlob: true, looksLikeArticle: looks }));
    assert.strictEqual(reads, 0);
    decideDetection(input({ looksLikeArticle: looks }));
    assert.strictEqual(reads, 1);
  });

  it('maps the answers to the offer', () => {
    assert.strictEqual(effectOfAnswer(TREAT_AS_ARTICLE), 'switch');
    assert.strictEqual(effectOfAnswer(NEVER_FOR_FILE), 'never');
    assert.strictEqual(effectOfAnswer(NOT_NOW), 'nothing');
    assert.strictEqual(effectOfAnswer(undefined), 'nothing');
  });

  it('reads the setting, falling back to "ask" for junk', () => {
    assert.strictEqual(readDetectSetting('auto'), 'auto');
    assert.strictEqual(readDetectSetting('off'), 'off');
    assert.strictEqual(readDetectSetting('sometimes'), 'ask');
    assert.strictEqual(readDetectSetting(undefined), 'ask');
  });

  it('names the file and the reasons in the offer', () => {
    const msg = offerMessage('storm.txt', ['a dateline or byline', '2 paragraphs with quotations']);
    assert.ok(msg.includes('"storm.txt"'));
    assert.ok(msg.includes('a dateline or byline, 2 paragraphs with quotations'));
  });
});
