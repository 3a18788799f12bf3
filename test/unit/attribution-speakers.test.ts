// Speaker mentions: names with titles, roles and affiliations; organisations and outlets;
// anonymous sources; joint speakers.
import * as assert from 'node:assert/strict';
import { attribute, quoteWith } from './attribution-helpers';

const speakerOf = (body: string, needle: string) => {
  const r = attribute(body);
  const q = quoteWith(r, needle);
  const s = r.speakers.find((x) => x.id === q.speaker.id);
  assert.ok(s, 'quote has a resolved speaker');
  return { r, q, s };
};

describe('attribution: speakers', () => {
  it('a title, a role and a nationality around a name', () => {
    const { s, q, r } = speakerOf('Canadian Foreign Minister Anna Borg said the talks would resume.', 'talks');
    assert.equal(s.entity, 'Anna Borg');
    assert.equal(s.kind, 'person');
    assert.equal(s.role, 'Foreign Minister');
    assert.equal(s.affiliation, 'Canada');
    assert.equal(r.text.slice(...q.speaker.mentionSpan!), 'Canadian Foreign Minister Anna Borg');
  });

  it('an appositive role after the name', () => {
    const { s } = speakerOf('Anna Borg, the foreign minister, said the talks would resume.', 'talks');
    assert.equal(s.entity, 'Anna Borg');
  });

  it('an organisation, and an outlet named with its kind', () => {
    const { s } = speakerOf('The Fisheries Ministry said quotas would be cut.', 'quotas');
    assert.equal(s.entity, 'Fisheries Ministry');
    assert.equal(s.kind, 'organization');

    const { s: s2 } = speakerOf('Nordpost news agency reported that the strike had ended.', 'strike');
    assert.equal(s2.kind, 'organization');
    assert.match(s2.entity, /^Nordpost/);
  });

  it('anonymous sources keep their description', () => {
    const { s } = speakerOf('Officials said the road would stay closed.', 'road');
    assert.equal(s.kind, 'anonymous');
    assert.equal(s.entity.toLowerCase(), 'officials');

    const { s: s2 } = speakerOf('A senior official, who spoke on condition of anonymity, said the deal was close.', 'deal');
    assert.equal(s2.kind, 'anonymous');
    assert.match(s2.entity, /senior official/);
  });

  it('joint speakers are one entity named for both', () => {
    const { s } = speakerOf('The Fisheries Ministry and the Coast Guard said the ban would hold.', 'ban');
    assert.equal(s.entity, 'Fisheries Ministry and Coast Guard');
  });

  it('every mention is listed with offsets', () => {
    const r = attribute('Mayor Linda Shaw said the pier was unsafe. Shaw added that repairs would start soon.');
    const s = r.speakers.find((x) => x.entity === 'Linda Shaw');
    assert.ok(s);
    assert.deepEqual(s.mentions.map((m) => r.text.slice(...m.span)), ['Mayor Linda Shaw', 'Shaw']);
    for (const m of s.mentions) assert.equal(r.text.slice(...m.span), m.text);
  });
});

describe('attribution: a country as speaker', () => {
  it('a country that says or announces something speaks through its government', () => {
    const r = attribute('Norway said on Monday that the fishing quota would be cut.\n\nThe U.S. announced that its embassy would stay open.');
    assert.equal(quoteWith(r, 'quota').speaker.entity, 'Norway government');
    assert.equal(quoteWith(r, 'embassy would').speaker.entity, 'United States government');
  });

  it('a country whose first word is its adjective gets the usual form; non-states stay as named', () => {
    const r = attribute('South Africa denied that the talks had failed.\n\nThe United Nations said that aid would arrive.');
    assert.equal(quoteWith(r, 'talks had').speaker.entity, 'South Africa government');
    assert.equal(quoteWith(r, 'aid would').speaker.entity, 'United Nations');
  });

  it('"according to" a country cites the country, not its government', () => {
    const r = attribute('The militia is armed by its neighbours, according to Norway.');
    assert.equal(quoteWith(r, 'militia').speaker.entity, 'Norway');
  });
});
