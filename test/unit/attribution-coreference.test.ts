// Coreference: surnames and first names join full names; pronouns by gender, number and kind;
// honorifics; descriptions through role and affiliation words; ages; typos that must not derail.
import * as assert from 'node:assert/strict';
import { attribute, quoteWith } from './attribution-helpers';

describe('attribution: coreference', () => {
  it('a surname joins the full name given earlier', () => {
    const r = attribute('Port director Maria Lopez said the cranes were old.\n\nLopez said new cranes would arrive in May.');
    assert.equal(quoteWith(r, 'new cranes').speaker.entity, 'Maria Lopez');
    assert.equal(quoteWith(r, 'new cranes').speaker.mention, 'Lopez');
  });

  it('a surname finds a full name mentioned outside any quote', () => {
    const r = attribute('The port is run by Maria Lopez and a board of five.\n\nLopez said new cranes would arrive in May.');
    assert.equal(quoteWith(r, 'cranes').speaker.entity, 'Maria Lopez');
  });

  it('"he" and "she" take the latest speaker of that gender', () => {
    const r = attribute(
      'Port director Maria Lopez said the cranes were old. Union leader John Reyes said the workers were ready.\n\n"We need the new cranes," she said.\n\n"We will strike," he said.',
    );
    assert.equal(quoteWith(r, 'need the new').speaker.entity, 'Maria Lopez');
    assert.equal(quoteWith(r, 'strike').speaker.entity, 'John Reyes');
  });

  it('gender learnt from a pronoun is kept for the entity', () => {
    const r = attribute(
      'Kim Adair said the vote was close. She added that a recount was likely.\n\nRiley Moss said the count was fair.\n\n"We will appeal," she said.',
    );
    // Riley Moss has no known gender, so "she" could be either; Adair was already seen as "she".
    const q = quoteWith(r, 'appeal');
    assert.ok(['Kim Adair', 'Riley Moss'].includes(q.speaker.entity ?? ''));
    assert.equal(quoteWith(r, 'recount').speaker.entity, 'Kim Adair');
  });

  it('an honorific gives the gender', () => {
    const r = attribute('Mr. Ota Vance said the bridge was safe. Ms. Dana Frey said it was not.\n\n"It will stand for decades," he said.');
    assert.equal(quoteWith(r, 'decades').speaker.entity, 'Ota Vance');
  });

  it('"it" takes an organisation and "they" a group', () => {
    const r = attribute(
      'The Transport Ministry said the line would close. Residents said they were angry.\n\n"The line is unsafe," it said.\n\n"We were never asked," they said.',
    );
    assert.equal(quoteWith(r, 'line is unsafe').speaker.entity, 'Transport Ministry');
    assert.equal(quoteWith(r, 'never asked').speaker.entity?.toLowerCase(), 'residents');
  });

  it('a description resolves through role and nationality words', () => {
    const r = attribute(
      'Italian Foreign Minister Paolo Berni said the talks were useful.\n\n"There is more to do," the Italian diplomat said.\n\n"We will meet again," the minister said.',
    );
    assert.equal(quoteWith(r, 'more to do').speaker.entity, 'Paolo Berni');
    assert.equal(quoteWith(r, 'meet again').speaker.entity, 'Paolo Berni');
  });

  it('a stray word inside a description does not derail it', () => {
    const r = attribute('Italian Foreign Minister Paolo Berni said the talks were useful.\n\n"There is more to do," the to Italian diplomat said.');
    assert.equal(quoteWith(r, 'more to do').speaker.entity, 'Paolo Berni');
  });

  it('an age description finds the person of that age', () => {
    const r = attribute('Dana Frey, 38, said she saw the crash.\n\n"It happened very fast," the 38-year-old said.');
    assert.equal(quoteWith(r, 'very fast').speaker.entity, 'Dana Frey');
  });

  it('a first name alone joins the full name', () => {
    const r = attribute('Maria Lopez said the cranes were old.\n\n"They break every week," Maria said.');
    assert.equal(quoteWith(r, 'break').speaker.entity, 'Maria Lopez');
  });
});

describe('attribution: coreference of groups and unnamed officials', () => {
  it('"both officers" and "they" take the two people named together', () => {
    const r = attribute(
      'The court heard officers Anna Lund and Piet Vos on Monday.\n\nBoth officers denied that the report was false.\n\nThey said they would appeal.',
    );
    assert.equal(quoteWith(r, 'report').speaker.entity, 'Anna Lund and Piet Vos');
    assert.equal(quoteWith(r, 'appeal').speaker.entity, 'Anna Lund and Piet Vos');
  });

  it('an unnamed official of a body joins the named spokesman of that body', () => {
    const r = attribute('The ferries will keep running, a Harbour Board official said Friday.\n\nHarbour Board spokesman Ivo Marr said the timetable was unchanged.');
    assert.equal(quoteWith(r, 'ferries').speaker.entity, 'Ivo Marr');
    assert.equal(quoteWith(r, 'timetable').speaker.entity, 'Ivo Marr');
  });
});

describe('attribution: coreference through typos and roles named first', () => {
  it('a surname misspelt by a letter still joins its speaker', () => {
    const r = attribute('Harbour master Petra Lindqvist said the channel was clear.\n\n"We dredged it twice," Lindqvst said.');
    assert.equal(quoteWith(r, 'dredged').speaker.entity, 'Petra Lindqvist');
  });

  it('a role named before the person who holds it joins that person', () => {
    const r = attribute("The ferry will run on Sunday, the island's governor promised.\n\nGovernor Rita Holm said the crossing was safe.");
    assert.equal(quoteWith(r, 'ferry').speaker.entity, 'Rita Holm');
  });
});

describe('attribution: unqualified institutions', () => {
  it('"the army" in a story about one country is that country\'s army; a force named in the text wins', () => {
    const r = attribute('Chilean rescuers searched the valley in southern Chile. Chilean officials said the pass was closed.\n\nThe army said two roads were open.');
    assert.equal(quoteWith(r, 'roads').speaker.entity, 'Chilean army');
    const r2 = attribute('Chilean rescuers searched the valley. Chilean officials said the pass was closed.\n\nValdivia police said two roads were open.\n\nPolice said the bridge held.');
    assert.equal(quoteWith(r2, 'bridge').speaker.entity, 'Valdivia police');
  });

  it('a bystander\'s nationality does not qualify the local police', () => {
    // Only an adjective, never the country itself: the story is not about that country.
    const r = attribute('A Danish tourist helped to stop the thief. The Danish man was not hurt.\n\nPolice said the thief was arrested.');
    assert.equal(quoteWith(r, 'arrested').speaker.entity, 'Police');
    // Two countries named: no guess which one the army belongs to.
    const r2 = attribute('Chile and Peru met in Lima. Chilean and Peruvian officials said the border would reopen.\n\nThe army said two roads were open.');
    assert.doesNotMatch(quoteWith(r2, 'roads').speaker.entity ?? '', /Chilean|Peruvian/);
  });
});

describe('attribution: a lede that names the speaker by role only', () => {
  it('the role in the lede is the person named in the next paragraph, and so is a later "the chairman"', () => {
    const r = attribute(
      'The harbour will be dredged next spring, the chairman of the port board said.\n\n"We have waited long enough," said board chairman Ann Roe at the town hall.\n\n"The money is there," the chairman said.',
    );
    assert.equal(quoteWith(r, 'dredged').speaker.entity, 'Ann Roe');
    assert.equal(quoteWith(r, 'money is there').speaker.entity, 'Ann Roe');
  });

  it('a person the lede already named is not taken for the description', () => {
    const r = attribute(
      'Ann Roe watched as the harbour plan was approved, the chairman of the port board said.\n\n"It is a good day," said Ann Roe.',
    );
    assert.notEqual(quoteWith(r, 'approved').speaker.entity, 'Ann Roe');
  });
});

describe('attribution: "the embassy" after one embassy is named', () => {
  it('takes the embassy named earlier; with two named, it stays unqualified', () => {
    const r = attribute('The family wrote to the Canadian Embassy in Lima about the crash.\n\nThe embassy said it had received the letter.');
    assert.equal(quoteWith(r, 'received the letter').speaker.entity, 'Canadian Embassy in Lima');
    const r2 = attribute('The family wrote to the Canadian Embassy in Lima and to the Irish Embassy in Lima.\n\nThe embassy said it had received the letter.');
    assert.doesNotMatch(quoteWith(r2, 'received the letter').speaker.entity ?? '', /Canadian|Irish/);
  });
});
