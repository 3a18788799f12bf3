// The article model's fast paths (issue 6) agree with the plain definitions they replace: the
// language guess that stops once its verdict is settled, the one-test space check, and the
// opening gates (a line's first two or three characters) that let classifyLine skip furniture rules.
import * as assert from 'assert';
import { detectLanguage } from '../../src/core/language/detectLanguage';
import { isSpace, wordCount } from '../../src/core/article/lines';
import { LINE_RULES, anywhereMayMatch, classifyLine, edgeKindOf, ruleMayMatch } from '../../src/core/article/furniture';
import { rng } from './random';
import { FUNCTION_WORDS, detectLanguageRef } from './language-reference';
import { sampleAndFixtureTexts } from './article-helpers';

const SPACES = new Set([32, 9, 10, 13, 11, 12, 0xa0, 0xfeff, 0x200b, 0x3000, 0x1680, 0x202f, 0x205f, 0x2028, 0x2029]);
for (let c = 0x2000; c <= 0x200a; c++) SPACES.add(c);

describe('article model fast paths', () => {
  it('detectLanguage stops early only when the whole sample would agree', () => {
    const r = rng(11);
    const content = ['council', 'library', 'Budget', 'voted', 'ciudad', 'über', 'Straße', 'don\'t', 'год', 'X'];
    const fw = [...FUNCTION_WORDS];
    const seen = new Set<string>();
    for (let k = 0; k < 400; k++) {
      // Ratios around the 18% threshold, lengths around the 2,000-word sample.
      const n = r() < 0.05 ? 5 + Math.floor(r() * 30) : 20 + Math.floor(r() * 3500);
      const ratio = 0.1 + r() * 0.16;
      const words: string[] = [];
      for (let i = 0; i < n; i++) {
        const w = r() < ratio ? fw[Math.floor(r() * fw.length)] : content[Math.floor(r() * content.length)];
        words.push(r() < 0.1 ? w.toUpperCase() : w);
      }
      const text = words.join(r() < 0.5 ? ' ' : ', ');
      const want = detectLanguageRef(text);
      seen.add(want);
      assert.strictEqual(detectLanguage(text), want, `${n} words at ${ratio.toFixed(3)}`);
    }
    assert.deepStrictEqual([...seen].sort(), ['en', 'other', 'unknown']);
  });

  it('isSpace and wordCount agree with their plain definitions on every code unit', () => {
    for (let c = 0; c < 0x10000; c++) assert.strictEqual(isSpace(c), SPACES.has(c), c.toString(16));
    const r = rng(5);
    const pieces = ['a', 'Word', ' ', '\t', '\n', '\u00a0', '\u2003', '\u000b', '\u0085', 'é', '—', '\u3000', '.'];
    for (let k = 0; k < 2000; k++) {
      let s = '';
      for (let i = Math.floor(r() * 30); i > 0; i--) s += pieces[Math.floor(r() * pieces.length)];
      // wordCount splits on space, tab, CR, LF and the Unicode spaces (not on VT or FF).
      const ref = s.split(/[ \t\r\n\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff\u200b]+/).filter(Boolean).length;
      assert.strictEqual(wordCount(s), ref, JSON.stringify(s));
    }
  });

  it("every furniture rule's matches open with a character its gate lets through", () => {
    // Lines: our samples and fixtures, and lines made of each rule's own words in several cases.
    const lines: string[] = [];
    for (const t of sampleAndFixtureTexts()) for (const l of t.split(/\r\n|\n|\r/)) if (l.trim()) lines.push(l.trim());
    const tails = ['', ':', ': Jane Doe', ' us on Twitter', ' 12', '/Jane Doe', ' (3)', ' comments', ' caption here', '.com', ' by Jo Li'];
    for (const [, re] of LINE_RULES) {
      for (const word of re.source.match(/[A-Za-z©@[(][A-Za-z ]*/g) ?? []) {
        for (const w of [word, word.toLowerCase(), word.toUpperCase()]) for (const t of tails) lines.push((w + t).trim());
      }
    }
    lines.push('Follow @newsdesk', '12 min read', '(Reporting by Jo Li)', '© 2021 Example', 'www.example.com', '[Photo: Jo Li]', '██ Held');
    // A line for every opening each rule's gate lists (the gate is tested at every one of them).
    lines.push(
      'Change font size', 'Increase text size', 'Decrease type size', 'Reset the font size', 'Adjust font size',
      'Font size: A+ A-', 'Text size', 'Type size Small Medium Large', 'Follow @newsdesk', 'Follow us on Twitter',
      'Like us on Facebook', 'Post a comment', 'Comments are closed', 'Join the conversation', 'Username',
      'User name Required', 'Enter the code shown', 'Most recent comments', 'Comment (3)', 'No comments yet',
      'Be the first to comment', 'Add your comment', 'Leave a reply', 'Write a comment', 'Show all comments',
      'View comments', 'Hide comments', 'Load more comments', 'Read all comments', 'Your name *', 'Report abuse',
      'Sort by', 'This article is more than 5 years old', 'Skip to main content', 'Jump to navigation',
      'Sign up for our newsletter', 'Subscribe to the daily briefing', 'Click here to subscribe', 'Keep reading',
      'Continue reading', '(Reporting by Jo Li)', '(Writing by Jo Li)', '(Editing by Jo Li)',
      '(Additional reporting by Jo Li)', '(Compiled by Jo Li)', 'Reporting by Jo Li', 'Writing by Jo Li',
      'Editing by Jo Li', 'Additional reporting by Jo Li', 'Compiled by Jo Li', 'Listen to this article',
      '12 min read', '5 minute read', '3\tmins read', 'Terms of Use', 'Terms of Service',
      'This video is not available', 'Loading...', 'Story continues below', 'Sponsored content', 'Promoted stories',
      'Privacy Policy', 'About Us', 'Contact Us', 'Cookie Policy', 'We use cookies', 'Already a subscriber?',
      'You have accessed an archived page', 'Copyright 2021 Example', '© 2021 Example', '[Photo: Jo Li]',
      '[Image: the site]', '[Video of the blast]', '[Picture by Jo]', 'Image caption The site', 'Media caption',
      'Video caption', 'Photo credit: Jo', 'Photographs by: Jo', 'Picture source: x', 'Graphic: Jo',
      'Illustration by Jo', 'Maps by: x', 'Footage courtesy of x', 'Composite: Jo', 'Credit: Jo', 'Credits: Jo',
      'Courtesy: Jo', 'Caption: x', 'Pictured: Jo', 'Above: the site', 'Top: the site', 'Main image: x',
      'File photo: x', 'FILE PHOTO: x', 'FILE - The site', 'Hide caption', 'Show caption', 'Expand caption',
      'Close caption', 'VIRIN: 210101-A-1234', 'Image ID: 12345', 'Photo ID: 12345', 'Photo No.: 12', 'Getty Images',
      'AFP via Getty Images', 'AFP/Getty Images', 'Shutterstock', 'Alamy', 'iStockphoto', 'Reuters', 'AP', 'AFP',
      'EPA', 'Xinhua/Li Ming', 'Getty', 'Source: Xinhua', 'Editor: Li', 'Edited by: Li', 'Reporter: Jo',
      'Writer: Jo', 'Producer: Jo', 'You may also like', 'You might also be interested in', 'Editor\'s picks',
      'Editors picks', 'Latest news', 'Latest stories:', 'What to read next', 'Further reading', 'Topics',
      'Top stories', 'Trending now', 'More from Reuters', 'More on this story', 'Most read', 'Recommended for you',
      'See also', 'Also read', 'Read more', 'Related', 'Related stories', 'More stories', 'READ MORE: x',
      'Read more: x', 'Related: x', 'See also: x', 'Also read: x', 'Read also - x', 'ALSO READ: x', 'RELATED: x',
      'qz.com', '9news.com', '_site.org', '-dash.net', 'https://example.com/a', 'www.example.com', 'Example.org',
      'ZZ.co.uk', 'Advertisement', 'ADVERTISEMENT', 'Advertising', 'Ad', 'Sponsored', 'Scroll to continue',
      'Scroll down',
    );
    lines.push(
      'Comments may be removed by the moderators.', 'POSTS WILL BE DELETED if abusive', 'Read our commenting guidelines first',
      'Please respect our community standards', 'Posted by the moderator', 'From the historical collection of the city',
      'Links may not work in this archive', 'This page may be out of date.', 'It may contain information that is outdated',
      'Contact the site webmaster', 'E-mail the webmaster', 'Please enable JavaScript to comment', 'Turn on Javascript',
      'Your browser does not support the video tag.', '© 2021 Example News. All rights reserved.',
      // The shortest match of each alternative: 'may be outdated' (15 characters) is the shortest of all.
      'may be outdated', 'by the moderator', 'link may not work', 'post may be edited', 'community standards',
      'see our comment policy', 'historical archive', 'email the webmaster', 'enable JavaScript', 'All rights reserved',
    );

    // Each line behind a quotation mark, dash or ellipsis (those skip every rule with openings).
    const openers = ['\u201c', '\u201d', '\u2018', '\u2019', '\u201e', '\u201a', '\u201b', '\u00ab', '\u00bb', '\u2039', '\u203a', '\u2013', '\u2014', '\u2015', '\u2016', '\u2017', '\u2026'];
    for (const s of lines.splice(0)) {
      lines.push(s);
      for (const o of openers) lines.push(o + s, o + ' ' + s);
    }
    // Each line a rule with openings matches, also with its first three letters in every mix of
    // cases, and with an 's' or 'k' there written as the 'ſ' or Kelvin sign that /iu folds to it.
    for (const s of lines.filter((l) => LINE_RULES.some(([, re, openings]) => openings && re.test(l)))) {
      for (let mask = 1; mask < 8; mask++) {
        let v = '';
        for (let i = 0; i < 3 && i < s.length; i++) v += mask & (1 << i) ? s[i].toUpperCase() : s[i].toLowerCase();
        lines.push(v + s.slice(3));
      }
      for (let i = 0; i < 3 && i < s.length; i++) {
        if (/[sS]/.test(s[i])) lines.push(s.slice(0, i) + '\u017f' + s.slice(i + 1));
        if (/[kK]/.test(s[i])) lines.push(s.slice(0, i) + '\u212a' + s.slice(i + 1));
      }
    }
    let matches = 0;
    let anywhere = 0;
    LINE_RULES.forEach(([kind, re], r) => {
      for (const s of lines) {
        if (!s || !re.test(s)) continue;
        matches++;
        assert.ok(ruleMayMatch(r, s), `rule ${r} (${kind}) matches ${JSON.stringify(s)} but its gate skips it`);
        // The two rules that search a whole line must pass the gate they share.
        if (LINE_RULES[r][2] === undefined && kind !== 'caption') {
          anywhere++;
          assert.ok(anywhereMayMatch(s), `rule ${r} matches ${JSON.stringify(s)} but the whole-line gate skips it`);
        }
      }
    });
    assert.ok(matches > 200, `only ${matches} matches`);
    assert.ok(anywhere >= 15, `only ${anywhere} whole-line matches`);
  });

  it('the gates do skip rules, so they are not vacuous', () => {
    const skipped = LINE_RULES.filter((_, r) => !ruleMayMatch(r, 'The council voted on Tuesday.')).length;
    assert.ok(skipped >= 6, `${skipped}`);
    const quoted = LINE_RULES.filter((_, r) => !ruleMayMatch(r, '\u201cWe will rebuild,\u201d she said.')).length;
    assert.ok(quoted >= 10, `${quoted}`);
    // The third character: "The" is not "This ..." (notice), "She" not "Show ..." or "Shutterstock".
    const notice = LINE_RULES.findIndex(([kind, , openings]) => kind === 'notice' && openings?.includes('thi'));
    assert.ok(!ruleMayMatch(notice, 'The council voted on Tuesday.'));
    assert.ok(ruleMayMatch(notice, 'This article is more than 5 years old'));
    for (const kind of ['comments', 'caption', 'credit']) {
      const r = LINE_RULES.findIndex(([k, , openings]) => k === kind && openings);
      assert.ok(!ruleMayMatch(r, 'She said the vote was close.'), kind);
      assert.ok(ruleMayMatch(r, kind === 'credit' ? 'Shutterstock' : kind === 'caption' ? 'Show caption' : 'Show all comments'), kind);
    }
  });

  it('edgeKindOf is classifyLine at the edge of the page for a line classifyLine left without a kind', () => {
    const phrases = [
      'Comments may be removed by the moderators.', 'Read our commenting guidelines first', 'Please respect our community standards',
      'From the historical collection of the city', 'Links may not work in this archive', 'It may contain information that is outdated',
      'Contact the site webmaster', 'Please enable JavaScript to comment', 'Your browser does not support the video tag.',
      '© 2021 Example News. All rights reserved.',
    ];
    const prose = 'The council met on Tuesday and voted on the budget for the coming year after a long debate in the chamber';
    const lines: string[] = [];
    for (const t of sampleAndFixtureTexts()) for (const l of t.split(/\r\n|\n|\r/)) if (l.trim()) lines.push(l.trim());
    for (const p of phrases) {
      // Long lines (those only the edge searches), short ones, and lines of more than 60 words.
      for (const words of [0, 4, 12, 20, 70]) {
        const filler = (prose + ' ').repeat(4).split(' ').slice(0, words).join(' ');
        lines.push(`${filler} ${p}`.trim(), `${p} ${filler}`.trim());
      }
    }
    let checked = 0;
    const kinds = new Set<string>();
    for (const s of lines) {
      for (const edge of [false, true]) {
        if (classifyLine(s, edge) !== null) continue;
        checked++;
        const want = classifyLine(s, true);
        if (want) kinds.add(want);
        assert.strictEqual(edgeKindOf(s), want, JSON.stringify(s));
      }
    }
    assert.ok(checked > 250, `${checked}`);
    assert.deepStrictEqual([...kinds].sort(), ['comments', 'notice']);
  });
});
