import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core';
import { paragraphs } from './article-helpers';

const HEAD = 'Harbor bridge to close for repairs';
const BODY = 'The city council voted on Tuesday to close the bridge for a year.';

describe('article model: headline', () => {
  it('takes the first line as the headline and keeps it out of the body', () => {
    const a = parseArticle(`${HEAD}\n\n${BODY}`);
    assert.equal(a.headline?.text, HEAD);
    assert.deepEqual(a.headline?.span, [0, HEAD.length]);
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('skips page furniture above the headline', () => {
    const text = `Print E-mail\n\n${HEAD}\n\n${BODY}`;
    const a = parseArticle(text);
    assert.equal(a.headline?.text, HEAD);
    assert.deepEqual(a.boilerplate.map(([s, e]) => text.slice(s, e)), ['Print E-mail']);
  });

  it('skips site navigation words above the headline', () => {
    const a = parseArticle(`Skip to content\nMenu\n${HEAD}\n\n${BODY}`);
    assert.equal(a.headline?.text, HEAD);
    assert.equal(a.boilerplate.length, 1);
  });

  it('skips breadcrumbs and section menus above the headline', () => {
    const text = `News | Sport | Weather | Business\nHome > World > Europe\n${HEAD}\n\n${BODY}`;
    const a = parseArticle(text);
    assert.equal(a.headline?.text, HEAD);
    assert.deepEqual(a.furniture?.map((f) => f.kind), ['nav', 'nav']);
  });

  it('skips a bare site address above the headline', () => {
    assert.equal(parseArticle(`www.valleycourier.com\n\n${HEAD}\n\n${BODY}`).headline?.text, HEAD);
    assert.equal(parseArticle(`https://example.org/news/2021/bridge\n${HEAD}\n\n${BODY}`).headline?.text, HEAD);
  });

  it('finds no headline when the text opens with a prose sentence', () => {
    const a = parseArticle(`${BODY}\n\nThe mayor said the work was overdue.`);
    assert.equal(a.headline, null);
    assert.equal(a.paragraphs.length, 2);
  });

  it('finds no headline in a one-line text', () => {
    const a = parseArticle('"We will win," the coach said');
    assert.equal(a.headline, null);
    assert.equal(a.sentences.length, 1);
  });

  it('keeps a question headline', () => {
    assert.equal(parseArticle(`Will the bridge ever reopen?\n\n${BODY}`).headline?.text, 'Will the bridge ever reopen?');
  });
});

describe('article model: dateline and byline', () => {
  const dl = (line: string, body = BODY) => {
    const text = `${HEAD}\n\n${line}${body}`;
    const a = parseArticle(text);
    return { a, d: a.dateline, text };
  };

  it('reads an agency and date line: "Xinhua, October 25, 2014"', () => {
    const { d, a } = dl('Xinhua, October 25, 2014\n\n');
    assert.deepEqual({ text: d?.text, agency: d?.agency, place: d?.place, date: d?.date }, { text: 'Xinhua, October 25, 2014', agency: 'Xinhua', place: null, date: '2014-10-25' });
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('reads a wire lead dateline: "MOSCOW, Oct. 25 (Reuters) -" and starts the body after it', () => {
    const { d, a, text } = dl('MOSCOW, Oct. 25 (Reuters) - ');
    assert.equal(d?.text, 'MOSCOW, Oct. 25 (Reuters)');
    assert.equal(text.slice(d!.span[0], d!.span[1]), 'MOSCOW, Oct. 25 (Reuters)');
    assert.equal(d?.agency, 'Reuters');
    assert.equal(d?.place, 'MOSCOW');
    assert.equal(d?.date, null, 'no year given, so no ISO date');
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('reads "WASHINGTON (AP) —"', () => {
    const { d } = dl('WASHINGTON (AP) — ');
    assert.deepEqual([d?.text, d?.agency, d?.place, d?.date], ['WASHINGTON (AP)', 'AP', 'WASHINGTON', null]);
  });

  it('reads a place and date in brackets: "WASHINGTON (Jan. 08, 2020) --"', () => {
    const { d } = dl('WASHINGTON (Jan. 08, 2020) -- ');
    assert.deepEqual([d?.text, d?.agency, d?.place, d?.date], ['WASHINGTON (Jan. 08, 2020)', null, 'WASHINGTON', '2020-01-08']);
  });

  it('reads a two-word place with a region: "SAN JOSE, Costa Rica (AFP) –"', () => {
    const { d } = dl('SAN JOSE, Costa Rica (AFP) – ');
    assert.deepEqual([d?.place, d?.agency], ['SAN JOSE, Costa Rica', 'AFP']);
  });

  it('reads a bare place: "PHNOM PENH - "', () => {
    const { d, a } = dl('PHNOM PENH - ');
    assert.deepEqual([d?.text, d?.place, d?.agency], ['PHNOM PENH', 'PHNOM PENH', null]);
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('reads a dated byline: "By Jane Doe, Staff Writer | March 3, 2021"', () => {
    const { d, a } = dl('By Jane Doe, Staff Writer | March 3, 2021\n\n');
    assert.deepEqual([d?.text, d?.agency, d?.date], ['By Jane Doe, Staff Writer | March 3, 2021', null, '2021-03-03']);
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('takes the place from the first paragraph under a dated byline', () => {
    const { d, a } = dl('By Kim Park | Valley Courier, May 9, 2022\n\nGLENDALE - ');
    assert.deepEqual([d?.text, d?.agency, d?.place, d?.date], ['By Kim Park | Valley Courier, May 9, 2022', 'Valley Courier', 'GLENDALE', '2022-05-09']);
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('takes a name line over the date line for the byline, and later stamps for furniture', () => {
    const { a } = dl('Kim Park in Leeds\nFri 5 Mar 2021 10.05 GMT\nLast modified on Fri 5 Mar 2021 11.20 GMT\n\n');
    assert.equal(a.byline?.text, 'Kim Park in Leeds');
    assert.equal(a.dateline?.date, '2021-03-05');
    assert.deepEqual(a.boilerplate.map(([s, e]) => a.text.slice(s, e)), ['Last modified on Fri 5 Mar 2021 11.20 GMT']);
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('reads a weekday date line: "Wednesday, January 8, 2020"', () => {
    const { d } = dl('Wednesday, January 8, 2020\n\n');
    assert.deepEqual([d?.text, d?.date, d?.agency], ['Wednesday, January 8, 2020', '2020-01-08', null]);
  });

  it('reads day-first and ISO dates with labels and times', () => {
    assert.equal(dl('Published: 3 March 2021 10:05 GMT\n\n').d?.date, '2021-03-03');
    assert.equal(dl('Updated 2021-03-04\n\n').d?.date, '2021-03-04');
  });

  it('keeps a byline without a date out of the body and finds the dateline after it', () => {
    const { a } = dl('By Sam Rivera\n\nCHICAGO (AP) — ');
    assert.equal(a.byline?.text, 'By Sam Rivera');
    assert.equal(a.dateline?.text, 'CHICAGO (AP)');
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('takes the agency from a byline when the dateline has none', () => {
    const { a } = dl('By SAM RIVERA\nAssociated Press\n\nCHICAGO — ');
    assert.equal(a.dateline?.place, 'CHICAGO');
    assert.equal(a.dateline?.agency, 'Associated Press');
  });

  it('finds the dateline behind share links on the same line', () => {
    const text = `${HEAD}\n\n2 Comments Print E-mail Xinhua, May 2, 2019\n\n${BODY}`;
    const a = parseArticle(text);
    assert.equal(a.dateline?.text, 'Xinhua, May 2, 2019');
    assert.deepEqual(a.boilerplate.map(([s, e]) => text.slice(s, e)), ['2 Comments Print E-mail']);
  });

  it('reads a date strip with a byline or labelled source', () => {
    const strip = dl('Jan. 17, 2020 | By Kim Park, City Desk\n\n').d;
    assert.deepEqual([strip?.text, strip?.date], ['Jan. 17, 2020 | By Kim Park, City Desk', '2020-01-17']);
    const labelled = dl('Source: Xinhua| 2016-05-02 09:10:00|Editor: Wang\n\n').d;
    assert.deepEqual([labelled?.agency, labelled?.date], ['Xinhua', '2016-05-02']);
  });

  it('reads update stamps with times and zones', () => {
    assert.equal(dl('Updated 10:05 AM ET, Wed March 3, 2021\n\n').d?.date, '2021-03-03');
    assert.equal(dl('Fri 5 Mar 2021 10.05 GMT\n\n').d?.date, '2021-03-05');
  });

  it('reads an agency alone in brackets: "(CNN) —"', () => {
    const { d, a } = dl('(CNN) — ');
    assert.deepEqual([d?.text, d?.agency, d?.place], ['(CNN)', 'CNN', null]);
    assert.deepEqual(paragraphs(a), [BODY]);
  });

  it('does not take a label or link word for a dateline', () => {
    assert.equal(dl('BREAKING: ').d, null);
    const { a } = dl('Share prices fell sharply. ');
    assert.equal(a.dateline, null);
    assert.deepEqual(a.boilerplate, []);
    assert.deepEqual(paragraphs(a), ['Share prices fell sharply. ' + BODY]);
  });

  it('returns null when there is no dateline, and rejects impossible dates', () => {
    assert.equal(parseArticle(`${HEAD}\n\n${BODY}`).dateline, null);
    assert.equal(dl('February 30, 2021\n\n').d?.date ?? null, null);
  });

  it('does not take an ordinary sentence with a date for a dateline', () => {
    assert.equal(parseArticle(`${HEAD}\n\nThe attack happened on March 3, 2021, police said.`).dateline, null);
    assert.equal(parseArticle(`${HEAD}\n\nOfficials in Ohio said the plant would close.`).dateline, null);
  });
});
