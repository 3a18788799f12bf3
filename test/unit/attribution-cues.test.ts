// Cues: both orders, adverbs and times between, told + object, according to, quoted as saying,
// relays (via), participles, noun cues; and verbs that are not cues here.
import * as assert from 'node:assert/strict';
import { attribute, quoteWith, spanTexts } from './attribution-helpers';

describe('attribution: cue orders', () => {
  it('speaker before the cue: "X said ..."', () => {
    const r = attribute('Mayor Linda Shaw said the harbour would reopen next week.');
    const q = quoteWith(r, 'reopen');
    assert.equal(q.cue?.text, 'said');
    assert.equal(r.text.slice(...q.cue!.span), 'said');
    assert.equal(q.speaker.entity, 'Linda Shaw');
    assert.equal(r.text.slice(...q.speaker.mentionSpan!), 'Mayor Linda Shaw');
    assert.deepEqual(spanTexts(r.text, q), ['the harbour would reopen next week']);
  });

  it('cue before the speaker: "..., said X."', () => {
    const r = attribute('"The harbour will reopen next week," said Linda Shaw, the mayor.');
    const q = quoteWith(r, 'reopen');
    assert.equal(q.type, 'direct');
    assert.equal(q.speaker.entity, 'Linda Shaw');
  });

  it('adverbs and times between speaker, cue and content', () => {
    const r = attribute('Mayor Linda Shaw also said on Tuesday that the harbour would reopen.');
    const q = quoteWith(r, 'reopen');
    assert.deepEqual(spanTexts(r.text, q), ['that the harbour would reopen']);
    assert.equal(q.speaker.entity, 'Linda Shaw');

    const r2 = attribute('The harbour will reopen next week, Mayor Linda Shaw said Saturday.');
    const q2 = quoteWith(r2, 'reopen');
    assert.deepEqual(spanTexts(r2.text, q2), ['The harbour will reopen next week']);
    assert.equal(q2.speaker.entity, 'Linda Shaw');
  });

  it('"told" skips its object: reporters are an audience, an outlet is a via', () => {
    const r = attribute('Linda Shaw told reporters the harbour would reopen.');
    const q = quoteWith(r, 'harbour');
    assert.deepEqual(spanTexts(r.text, q), ['the harbour would reopen']);
    assert.equal(q.via, null);

    const r2 = attribute('"We are ready," Linda Shaw told a local TV channel.');
    const q2 = quoteWith(r2, 'ready');
    assert.equal(q2.type, 'direct');
    assert.equal(q2.speaker.entity, 'Linda Shaw');
    assert.equal(q2.via, 'a local TV channel');

    const r3 = attribute('Linda Shaw told the Harbour Gazette on Monday the plan was final.');
    const q3 = quoteWith(r3, 'plan');
    assert.deepEqual(spanTexts(r3.text, q3), ['the plan was final']);
    assert.equal(q3.via, 'the Harbour Gazette');
  });

  it('"according to X" before and after the content', () => {
    const r = attribute('According to the port authority, two ships ran aground overnight.');
    const q = quoteWith(r, 'ships');
    assert.equal(q.cue?.text, 'According to');
    assert.equal(q.speaker.entity, 'port authority');
    assert.deepEqual(spanTexts(r.text, q), ['two ships ran aground overnight']);

    const r2 = attribute('Two ships ran aground overnight, according to the coast guard.');
    const q2 = quoteWith(r2, 'ships');
    assert.deepEqual(spanTexts(r2.text, q2), ['Two ships ran aground overnight']);
    assert.match(q2.speaker.entity ?? '', /coast guard/);
  });

  it('"according to X" after a cue with a speaker is the relay', () => {
    const r = attribute('Linda Shaw said the harbour would reopen, according to the Harbour Gazette.');
    const q = quoteWith(r, 'harbour would');
    assert.equal(q.speaker.entity, 'Linda Shaw');
    assert.equal(q.via, 'the Harbour Gazette');
  });

  it('"X quoted Y as saying": speaker Y, via X', () => {
    const r = attribute('The Coastal Times quoted Linda Shaw as saying that the pier was unsafe.');
    const q = quoteWith(r, 'pier');
    assert.equal(q.speaker.entity, 'Linda Shaw');
    assert.equal(q.via, 'The Coastal Times');
    // The cue is its first word group (text equals its span); all groups are in cueParts.
    assert.equal(q.cue?.text, 'quoted');
    assert.equal(r.text.slice(...q.cue!.span), 'quoted');
    assert.deepEqual(q.cueParts?.map((p) => p.text), ['quoted', 'as saying']);

    const r2 = attribute('"The pier is unsafe," the Coastal Times quoted Linda Shaw as saying.');
    const q2 = quoteWith(r2, 'unsafe');
    assert.equal(q2.type, 'direct');
    assert.equal(q2.speaker.entity, 'Linda Shaw');
  });

  it('"X was quoted as saying" has no relay', () => {
    const r = attribute('Linda Shaw was quoted as saying that the pier was unsafe.');
    const q = quoteWith(r, 'pier');
    assert.equal(q.speaker.entity, 'Linda Shaw');
    assert.equal(q.via, null);
  });

  it('"X reported Y said": one quote by Y relayed by X', () => {
    const r = attribute('The Coastal Times reported its source said the pier was unsafe.');
    assert.equal(r.quotes.length, 1);
    assert.equal(r.quotes[0].via, 'The Coastal Times');
    assert.deepEqual(spanTexts(r.text, r.quotes[0]), ['the pier was unsafe']);
  });

  it('"as quoted by" and "speaking to" name the relay', () => {
    const r = attribute('Speaking to the Harbour Gazette, Linda Shaw said, "We will rebuild."');
    assert.equal(quoteWith(r, 'rebuild').via, 'the Harbour Gazette');
  });

  it('a participle after a comma keeps the subject: "..., adding ..."', () => {
    const r = attribute('Linda Shaw said the pier was unsafe, adding that repairs would start soon.');
    const q = quoteWith(r, 'repairs');
    assert.equal(q.cue?.text, 'adding');
    assert.equal(q.speaker.entity, 'Linda Shaw');
    assert.deepEqual(spanTexts(r.text, quoteWith(r, 'unsafe')), ['the pier was unsafe']);
  });

  it('a noun of saying after a possessive: "X\'s remarks that ..."', () => {
    const r = attribute('The council rejected Linda Shaw\'s remarks on Monday that the pier was unsafe.');
    const q = quoteWith(r, 'pier');
    assert.equal(q.cue?.text, 'remarks');
    assert.equal(q.speaker.entity, 'Linda Shaw');
    assert.deepEqual(spanTexts(r.text, q), ['that the pier was unsafe']);
  });

  it('tweets and posts are cues', () => {
    const r = attribute('Linda Shaw tweeted "The pier is closed until further notice."');
    assert.equal(quoteWith(r, 'closed').cue?.text, 'tweeted');
  });

  it('verbs that are not reports: passives, infinitives, hypotheticals, nouns', () => {
    assert.deepEqual(attribute('The plan was announced last year.').quotes, []);
    assert.deepEqual(attribute('She wanted to tell her staff to stay calm.').quotes, []);
    assert.deepEqual(attribute('The mayor may declare an emergency.').quotes, []);
    assert.deepEqual(attribute('The statement was short and the claims were vague.').quotes, []);
    assert.deepEqual(attribute('A local chef named Pablo helped the rescuers.').quotes, []);
    assert.deepEqual(attribute('The council believes the pier is safe.').quotes, []);
  });
});

describe('attribution: relays and look-alikes', () => {
  it('"X, citing Y, reported ...": Y speaks, X relays', () => {
    const r = attribute('The Coastal Times, citing two port workers, reported that the crane had collapsed.');
    const q = quoteWith(r, 'crane');
    assert.match(q.speaker.entity ?? '', /port workers/);
    assert.equal(q.via, 'The Coastal Times');
  });

  it('"called X \'Y\'" characterises; "called X into a meeting" and "named it \'Z\'" do not report speech', () => {
    const r = attribute('Mayor Linda Shaw called the plan "a waste of money."');
    assert.equal(quoteWith(r, 'waste').type, 'mixed');
    assert.deepEqual(attribute('The council called the engineers into a meeting on Monday.').quotes, []);
    assert.deepEqual(attribute('The ministry named it "Operation Clean Harbour" in March.').quotes, []);
  });

  it('a participle chain keeps the first subject: "posted ... blaming ..., saying ..."', () => {
    const r = attribute('Linda Shaw posted a message online blaming the storm, saying the pier was "beyond repair."');
    assert.equal(quoteWith(r, 'beyond repair').speaker.entity, 'Linda Shaw');
  });
});

describe('attribution: participles after a preposition', () => {
  it('"X was cheered upon announcing ..." gives the participle its clause subject', () => {
    const r = attribute('At the town hall, where engineer Petra Lindqvist was cheered upon announcing the bridge had reopened, crowds gathered.');
    assert.equal(quoteWith(r, 'bridge').speaker.entity, 'Petra Lindqvist');
  });
});
