// Affiliations written in full and in short ("United States" / "US Embassy") do not keep one
// person apart across articles; affiliations that share neither a word nor an acronym still do.
import * as assert from 'assert';
import { sameSpeaker, isNameVariant, findCrossArticleFindings } from '../../src/core/workspace';
import { analysis, sp } from './crossArticle-helpers';

const aff = (affiliation: string) => ({ affiliation });

describe('workspace: speakers with affiliations in full and in short', () => {
  it('takes an acronym for the initials of the words it stands for', () => {
    assert.ok(sameSpeaker(sp('a', 'Dana Whitlock', aff('United States')), sp('b', 'Dana Whitlock', aff('US Embassy'))));
    assert.ok(sameSpeaker(sp('a', 'Dana Whitlock', aff('U.S. Embassy')), sp('b', 'Whitlock', aff('United States'))));
    assert.ok(sameSpeaker(sp('a', 'Ilse Marr', aff('UN refugee agency')), sp('b', 'Ilse Marr', aff('United Nations'))));
    assert.ok(sameSpeaker(sp('a', 'Tomas Rell', aff('Ministry of Foreign Affairs')), sp('b', 'Tomas Rell', aff('MFA'))));
    assert.ok(sameSpeaker(sp('a', 'Ana Ruiz', aff('United States of America')), sp('b', 'Ana Ruiz', aff('US Navy'))));
    assert.ok(sameSpeaker(sp('a', 'Ilse Marr', aff('UN refugee agency')), sp('b', 'Ilse Marr', aff('The United Nations'))));
  });

  it('never takes two sets of initials that happen to agree for one affiliation', () => {
    const apart = [
      ['Saudi Arabia', 'South Africa'],
      ['World Health Organization', 'White House'],
      ['Bank of England', 'Board of Education'],
      ['Air Force', 'Agence France-Presse'],
    ];
    for (const [x, y] of apart) assert.ok(!sameSpeaker(sp('a', 'Omar Haddad', aff(x)), sp('b', 'Omar Haddad', aff(y))), `${x} / ${y}`);
  });

  it('leaves roles compared by their words (a name-variant hint needs a role that agrees)', () => {
    const a = sp('a', 'Lena Kowalski', { role: 'Defence Minister' });
    const b = sp('b', 'Lena Kowalsky', { role: 'Deputy Mayor' });
    assert.ok(!isNameVariant(a, b));
    assert.ok(isNameVariant(a, sp('b', 'Lena Kowalsky', { role: 'minister' })));
  });

  it('still keeps apart affiliations that share no word and no acronym', () => {
    assert.ok(!sameSpeaker(sp('a', 'Ilse Marr', aff('UN refugee agency')), sp('b', 'Ilse Marr', aff('European Union'))));
    assert.ok(!sameSpeaker(sp('a', 'Ana Ruiz', aff('US Navy')), sp('b', 'Ana Ruiz', aff('UK Ministry of Defence'))));
    assert.ok(!sameSpeaker(sp('a', 'Marta Kowal', aff('Harbour Authority')), sp('b', 'Kowal', aff('Green Party'))));
  });

  it('finds the misquote of a spokesman named with the embassy in one article and the country in the other', () => {
    const one = sp('s1', 'Dana Whitlock', { role: 'spokeswoman', affiliation: 'United States' });
    const two = sp('s1', 'Dana Whitlock', { role: 'spokeswoman', affiliation: 'US Embassy' });
    const a = analysis('May 3, 2024', 'Whitlock said: "The grant pays for independent and balanced reporting to the public of the region."', [
      ['"The grant pays for independent and balanced reporting to the public of the region."', one, 'direct'],
    ]);
    const b = analysis('May 3, 2024', 'Whitlock said: "The grant pays for independent reporting to the public of the region."', [
      ['"The grant pays for independent reporting to the public of the region."', two, 'direct'],
    ]);
    const found = findCrossArticleFindings([{ file: 'a.txt', analysis: a }, { file: 'b.txt', analysis: b }]);
    const misquotes = [...found.values()].flat().filter((f) => f.rule === 'misquote');
    assert.strictEqual(misquotes.length, 2, 'one on each side');
    assert.deepStrictEqual(misquotes.map((f) => (f.data as { onlyHere: string[] }).onlyHere).sort(), [[], ['and', 'balanced']]);
  });
});
