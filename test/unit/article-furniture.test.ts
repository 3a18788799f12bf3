import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core';
import { boilerplate, paragraphs } from './article-helpers';

const HEAD = 'Flood waters recede in river town';
const P1 = 'Residents returned to their homes on Sunday after the river fell below flood level.';
const P2 = 'The mayor said repairs to the levee would begin next month.';

/** Parses headline, P1, the furniture, P2 and checks the furniture is boilerplate, nothing else. */
function check(furniture: string, expected: string[] = [furniture.trim()]) {
  const text = `${HEAD}\n\n${P1}\n\n${furniture}\n\n${P2}`;
  const a = parseArticle(text);
  assert.deepEqual(boilerplate(a), expected);
  assert.deepEqual(paragraphs(a), [P1, P2]);
  // Nothing body-side overlaps furniture.
  for (const [s, e] of a.boilerplate) for (const p of [...a.paragraphs, ...a.sentences]) assert.ok(p[1] <= s || p[0] >= e);
}

describe('article model: page furniture', () => {
  it('share, print and e-mail links, run together or not', () => {
    check('Share this article');
    check('Print E-mail Bookmark and Share');
    check('3 Comment(s)Print E-mail');
    check('Facebook | Twitter | WhatsApp');
  });

  it('font size controls and switchers', () => {
    check('Adjust font size:');
    check('Text size');
    check('XS SM MD LG');
    check('XS\nSM\nMD\nLG');
  });

  it('comment forms', () => {
    check('Add your comments...');
    check('Leave a comment');
    check('Comments are closed.');
    check('User Name Required\nYour Comment\nEnter the words you see:');
    check('Comments may be removed by our moderators if they are off-topic.');
  });

  it('"Related" lists with their items', () => {
    check('Related stories\nBridge repairs to cost millions\nRiver town plans new levee');
    check('Read more: Bridge repairs to cost millions');
    check('You may also like');
    check('Topics\nRiver towns\nWeather');
  });

  it('photo captions and credits', () => {
    check('Volunteers stack sandbags on Main Street on Saturday. (AP Photo/Dana Kim)');
    check('Photo by Lee Chan/Getty Images');
    check('Credit: City of Riverton');
    check('Volunteers on Main Street on Saturday. Photograph: Dana Kim/Riverton Post');
    check('A flooded road near Riverton, May 3, 2021. REUTERS/Dana Kim');
    check('FILE - Volunteers stack sandbags in Riverton in 2019.');
    check('Image caption Volunteers stack sandbags on Main Street');
    check('A rescue boat on a flooded street.\nRescue Boat\nPhoto By: Staff Sgt. Ana Lopez\nVIRIN: 210101-A-XX000-0001');
  });

  it('a caption shown twice, and an image description over a caption title', () => {
    check('Ana Diaz, director of the river authority.\nAna Diaz, director of the river authority.');
    check('A truck pushes mud off a road.\nMud Clearing');
  });

  it('image alt text', () => {
    check('A government seal icon.');
    check('Company logo');
  });

  it('"Follow X on Twitter" and social prompts', () => {
    check('Follow Riverton News on Twitter and Facebook to join the conversation.');
    check('Follow @rivertonnews');
  });

  it('site notices and adverts', () => {
    check('You have accessed an archived page. Some of the information may be outdated and links may not function.');
    check('Advertisement');
    check('Sign up for our daily newsletter');
    check('(Reporting by Dana Kim; Editing by Lee Chan)');
    check('Editor: Lee Chan');
  });

  it('map legends drawn with colour swatches', () => {
    check('██ Flooded area\n\n██ Evacuation zone', ['██ Flooded area\n\n██ Evacuation zone']);
  });

  it('pull-quote attribution lines left after the quote box', () => {
    check('—Maria Chen, a resident, on the night of the flood');
    check('— One of the volunteers');
  });

  it('non-English glosses inside a paragraph, up to where English resumes', () => {
    const gloss = '((fr))French language: Nous allons reconstruire la ville';
    const text = `${HEAD}\n\n"We will rebuild the town," she said. ${gloss} The council agreed with her.`;
    const a = parseArticle(text);
    assert.deepEqual(boilerplate(a), [gloss]);
    assert.deepEqual(paragraphs(a), ['"We will rebuild the town," she said.', 'The council agreed with her.']);
  });

  it('a gloss label after a tab or no-break space, as the label pattern reads it', () => {
    for (const space of ['\t', '\u00a0']) {
      const gloss = `Spanish${space}language: Vamos a reconstruir la ciudad`;
      const a = parseArticle(`${HEAD}\n\n"We will rebuild the town," she said. ${gloss} The council agreed with her.`);
      assert.deepEqual(boilerplate(a), [gloss], JSON.stringify(space));
      assert.deepEqual(paragraphs(a), ['"We will rebuild the town," she said.', 'The council agreed with her.']);
    }
  });

  it('the comment trailer at the end of a page, short lines included', () => {
    const text = `${HEAD}\n\n${P1}\n\n${P2}\n\nFollow Riverton News on Twitter\nPrint E-mail\n\nNo comments.\n\n  • User Name Required\n  • Your Comment\nSend us your tips`;
    const a = parseArticle(text);
    assert.deepEqual(paragraphs(a), [P1, P2]);
    assert.equal(boilerplate(a).length, 1);
    assert.ok(boilerplate(a)[0].startsWith('Follow Riverton') && boilerplate(a)[0].endsWith('Send us your tips'));
  });

  it('keeps a short last line of the body that has no period, before a trailing font switcher', () => {
    const text = `${HEAD}\n\n${P1}\n\nThe town has 4,000 residents\n\nXS\nSM\nMD\nLG\n`;
    const a = parseArticle(text);
    assert.deepEqual(paragraphs(a), [P1, 'The town has 4,000 residents']);
    assert.deepEqual(boilerplate(a), ['XS\nSM\nMD\nLG']);
  });

  it('ends a "Related" list at the next prose paragraph', () => {
    const text = `${HEAD}\n\n${P1}\n\nRelated\n\nLevee plan approved\n\n${P2}`;
    const a = parseArticle(text);
    assert.deepEqual(boilerplate(a), ['Related\n\nLevee plan approved']);
    assert.deepEqual(paragraphs(a), [P1, P2]);
  });

  it('labels each piece of furniture with its kind', () => {
    const text = `${HEAD}\n\n${P1}\n\nAdjust font size:\n\nPhoto by Lee Chan\n\n${P2}\n\nFollow Riverton News on Twitter`;
    const kinds = (parseArticle(text).furniture ?? []).map((f) => f.kind);
    assert.deepEqual(kinds, ['font-size', 'caption', 'follow']);
  });

  it('does not take the title-case end of a wrapped paragraph for a caption title', () => {
    const wrapped = 'The plan was backed by the mayor and by officials of the\nUnited Nations Development Programme';
    const a = parseArticle(`${HEAD}\n\n${P1}\n\n${wrapped}\n\n${P2}`);
    assert.deepEqual(a.boilerplate, []);
    assert.deepEqual(paragraphs(a), [P1, wrapped, P2]);
  });

  it('leaves prose alone: short sentences, subheadings and quotes are body', () => {
    const text = `${HEAD}\n\n${P1}\n\nDamage Assessment\n\nThe river rose 3 metres in 2019\n\n"Share the load," the mayor told volunteers.\n\n— and then the rain stopped.\n\nSupport for the levee fell, according to a Reuters/Ipsos poll.`;
    const a = parseArticle(text);
    assert.deepEqual(a.boilerplate, []);
    assert.equal(a.paragraphs.length, 6);
  });
});
