// One person's remark reported by two articles, cut or worded a little differently, is never set
// against itself as a contradiction; a remark that gains or loses a negation still is.
import * as assert from 'assert';
import { findCrossArticleFindings } from '../../src/core/workspace';
import { sameRemark } from '../../src/core/workspace/misquote';
import { analysis, sp } from './crossArticle-helpers';

describe('workspace: the same remark told twice', () => {
  it('takes a remark cut or worded a little differently for the same one', () => {
    assert.ok(sameRemark('"Our grants are not anti-farmer, and they are not there to back the opposition. They pay for independent and balanced reporting to the public."', '"Our grants are not anti-farmer and they are not there to back the opposition," she said. "They pay for independent reporting to the people."'));
    assert.ok(sameRemark('The pier will reopen on Monday after the repairs', 'the pier will reopen Monday after repairs'));
  });

  it('does not when a negation is in one and not the other, or when the remarks differ', () => {
    assert.ok(!sameRemark('The pier will reopen on Monday after the repairs', 'The pier will not reopen on Monday after the repairs'));
    assert.ok(!sameRemark('The pier will reopen on Monday after the repairs', "The pier won't reopen on Monday after the repairs"));
    assert.ok(!sameRemark('The pier will reopen on Monday after the repairs', 'The council will vote on the budget after the summer'));
    assert.ok(!sameRemark('Never', 'Never'), 'too short to tell');
    // The words a clash turns on, swapped: a changed remark, however many words align.
    const sell = '"We will not close the harbour, we will sell it."';
    const close = '"We will not sell the harbour, we will close it."';
    assert.ok(sameRemark(sell, close), 'aligned at 80% with both "not"s matched');
    assert.ok(!sameRemark(sell, close, ['close']));
  });

  const marr = sp('s1', 'Ilse Marr', { role: 'spokeswoman', affiliation: 'Farm Agency' });
  const remark = (file: string, quote: string) => ({ file, analysis: analysis('2024-05-03', `Grants row. ${quote} Marr said on Friday.`, [[quote, marr, 'direct']]) });

  it('reports no contradiction between two reports of one remark on the same day', () => {
    const out = findCrossArticleFindings([
      remark('a.txt', '"Agency funding of Farm Radio and the Rural Voice is not anti-farmer and this is not to support the opposition. It is to support the provision of independent and balanced news to the public."'),
      remark('b.txt', '"Agency funding of Farm Radio and the Rural Voice is not anti-farmer, and this is not to support the opposition. It is to support the provision of independent news to the people."'),
    ]);
    const rules = [...out.values()].flat().map((f) => f.rule);
    assert.ok(!rules.includes('contradiction'), rules.join(', '));
    assert.ok(!rules.includes('position-change'), rules.join(', '));
    assert.ok(rules.includes('misquote'), 'the wording that differs is still shown');
  });

  it('still reports opposite words, in indirect speech, as a change of position a week apart', () => {
    const holm = sp('s1', 'Jon Holm', { role: 'union leader', affiliation: 'Dockers Union' });
    const said = (file: string, date: string, content: string) => ({ file, analysis: analysis(date, `Port strike. Holm said ${content}. The Port Authority did not comment.`, [[content, holm, 'indirect']]) });
    const out = findCrossArticleFindings([
      said('a.txt', '2024-05-03', 'the strike was legal under the new port law'),
      said('b.txt', '2024-05-10', 'the strike was illegal under the new port law'),
    ]);
    const rules = [...out.values()].flat().map((f) => f.rule);
    assert.ok(rules.includes('position-change'), rules.join(', '));
  });

  it('still reports one when the remark lost its "not"', () => {
    const out = findCrossArticleFindings([
      remark('a.txt', '"The agency will not back the opposition candidates in the farm elections this spring."'),
      remark('b.txt', '"The agency will back the opposition candidates in the farm elections this spring."'),
    ]);
    const rules = [...out.values()].flat().map((f) => f.rule);
    assert.ok(rules.includes('contradiction') || rules.includes('misquote'), rules.join(', '));
  });
});
