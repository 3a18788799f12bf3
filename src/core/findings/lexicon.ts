// The shipped lexicon the findings rules reason with. General English news vocabulary only:
// nothing here may come from a particular article. Grouped by the rule that needs it.

/** Function words, pronouns, auxiliaries, reporting verbs and calendar words: no content. */
export const STOPWORDS: string[] = (
  'a an the and or but nor so yet if then than that this these those there here which who whom whose what when where why how ' +
  'i me my mine we us our ours you your yours he him his she her hers it its they them their theirs one ones ' +
  'is are was were be been being am do does did done doing have has had having will would shall should can could may might must ' +
  'of in on at by for with from to into onto upon about as over under after before during since until till via per against among between through ' +
  'also just only even still very too much many more most some any all each every both either neither other another such same own ' +
  'up down out off again further once well now ago already soon ' +
  'say said says saying tell told tells telling add added adds adding state stated states according accord report reported reports reportedly ' +
  'announce announced claim claimed claims note noted explain explained describe described indicate indicated suggest suggested ' +
  'mr mrs ms dr st ' +
  'monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow week weeks month months year years day days ' +
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec ' +
  'time times new first last next'
).split(/\s+/);

/** Irregular forms to their base, before suffix stripping. */
export const IRREGULAR = new Map<string, string>(
  Object.entries({
    died: 'die', dies: 'die', dying: 'die', dead: 'die', death: 'die', deaths: 'die',
    killed: 'kill', killing: 'kill', kills: 'kill',
    went: 'go', gone: 'go', came: 'come', made: 'make', took: 'take', taken: 'take', gave: 'give', given: 'give',
    found: 'find', held: 'hold', left: 'leave', leaving: 'leave', led: 'lead', met: 'meet', sent: 'send', spoke: 'speak', spoken: 'speak',
    began: 'begin', begun: 'begin', brought: 'bring', bought: 'buy', built: 'build', caught: 'catch', chose: 'choose', drove: 'drive',
    fell: 'fall', fallen: 'fall', fled: 'flee', fought: 'fight', flew: 'fly', flown: 'fly', grew: 'grow', grown: 'grow', hid: 'hide', hit: 'hit',
    knew: 'know', known: 'know', lost: 'lose', paid: 'pay', ran: 'run', rose: 'rise', risen: 'rise', saw: 'see', seen: 'see',
    shot: 'shoot', sold: 'sell', stole: 'steal', stolen: 'steal', struck: 'strike', thought: 'think', threw: 'throw', won: 'win', wrote: 'write', written: 'write',
    men: 'man', women: 'woman', children: 'child', people: 'people', lives: 'life', wives: 'wife',
    raped: 'rape', rapes: 'rape', raping: 'rape', sexual: 'sex', consensual: 'consensual', wounded: 'wound', injured: 'injur', injuries: 'injur', injury: 'injur',
    threatened: 'threat', threatening: 'threat', threaten: 'threat', threats: 'threat',
    agreed: 'agree', agreement: 'agree', agreements: 'agree',
    confirmation: 'confirm', cooperation: 'cooperate', operation: 'operate',
    information: 'inform', intelligence: 'intelligence', evidence: 'evidence',
    defeated: 'defeat', withdrawal: 'withdraw', withdrew: 'withdraw', withdrawn: 'withdraw',
    responsibility: 'responsible', responsible: 'responsible',
    guilty: 'guilt', innocent: 'innocence', innocence: 'innocence',
    us: 'us', 'u.s': 'us', 'u.s.': 'us', usa: 'us',
  }),
);

/**
 * Synonyms and derivations: each group becomes one key, so statements in different words about the
 * same thing meet. Kept small and generic; a word belongs to one group.
 */
export const CONCEPT_GROUPS: string[][] = [
  ['inform', 'information', 'intelligence', 'data'],
  ['share', 'sharing', 'cooperate', 'cooperation', 'exchange', 'coordinate', 'coordination'],
  ['agree', 'agreement', 'deal', 'accord', 'pact'],
  ['kill', 'die', 'dead', 'death', 'fatality', 'slay', 'slain', 'murder', 'assassinate', 'killing'],
  ['injur', 'wound', 'hurt', 'concussion', 'casualty', 'casualties', 'injuries'],
  ['missing', 'unaccounted', 'trapped', 'rubble'],
  ['rape'],
  ['sex', 'sexual', 'intercourse'],
  ['threat', 'threaten', 'intimidate'],
  ['leave', 'withdraw', 'withdrawal', 'pullout', 'exit', 'depart'],
  ['support', 'back', 'fund', 'finance', 'sponsor'],
  ['attack', 'strike', 'raid', 'assault', 'bombing'],
  ['explosive', 'bomb', 'explosives', 'ied'],
  ['troop', 'soldier', 'personnel', 'servicemember', 'serviceman', 'force'],
  ['confirm', 'confirmation', 'approve', 'ratify'],
  ['accuse', 'allege', 'accusation', 'allegation', 'charge'],
  ['arrest', 'detain', 'detention', 'custody'],
  ['prison', 'jail', 'imprison', 'imprisonment', 'sentence'],
  ['plan', 'intend', 'intention'],
  ['defeat', 'vanquish'],
  ['responsible', 'responsibility', 'blame', 'culprit'],
  ['governor', 'governorship', 'gubernatorial'],
];

/** Words a negation passes through to reach what it denies: "no trace of explosives" denies explosives. */
export const TRANSPARENT = new Set(['evidence', 'proof', 'trace', 'sign', 'indication', 'any', 'longer', 'real', 'immediate', 'single', 'such', 'further', 'fact']);

/** Causes that exclude each other: an accident against a deliberate act. */
export const CAUSE_MARKERS = /\b(?:trigger(?:ed)?|caus(?:e|ed|es)|ascrib(?:e|ed|es)|attribut(?:e|ed|es) (?:it |the \w+ )?to|blam(?:e|ed|es|ing)|due to|result of|behind|responsib\w*)\b/i;
export const ACCIDENTAL_CAUSES = /\b(?:gas|leak\w*|accident\w*|malfunction\w*|technical (?:fault|failure|problem)|mechanical|pilot error|human error|weather|short[- ]circuit|electrical fault)\b/i;
export const DELIBERATE_CAUSES = /\b(?:terror\w*|bomb\w*|explosive device|sabotage|arson|deliberate\w*|intentional\w*|criminal act|attack)\b/i;

/** Multi-word expressions read as one key ("service members" -> troop). */
export const PHRASES: [string[], string][] = [
  [['service', 'members'], 'troop'],
  [['service', 'member'], 'troop'],
  [['under', 'the', 'rubble'], 'missing'],
  [['death', 'toll'], 'kill'],
  [['took', 'responsibility'], 'responsible'],
  [['claimed', 'responsibility'], 'responsible'],
  [['carried', 'out'], 'responsible'],
  [['pull', 'out'], 'leave'],
  [['pulled', 'out'], 'leave'],
];

/** Words that negate what follows them in their clause. */
export const NEGATORS = new Set([
  'no', 'not', 'never', 'nor', 'none', 'nobody', 'nothing', 'neither', 'without', "n't", 'cannot', 'lack', 'lacked', 'lacks', 'nowhere',
]);

/** Cue verbs that deny their whole content ("X denied that ..."). */
export const NEGATING_CUES = /\b(?:den(?:y|ied|ies|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|(?:does|did|do|has|have|had|was|were|is|are) ?(?:not|n't)\b|never)/i;

/** Words that close a negation's scope. */
export const SCOPE_BREAKERS = new Set(['but', 'while', 'whereas', 'although', 'though', 'however', 'yet', 'despite', 'because', 'since', 'instead']);

/** Opposite predicates: either member asserted of the same thing by two sides is a contradiction. */
export const ANTONYMS: [string, string][] = [
  ['rape', 'consensual'],
  ['guilty', 'innocent'],
  ['accident', 'deliberate'],
  ['accidental', 'intentional'],
  ['legal', 'illegal'],
  ['true', 'false'],
  ['win', 'lose'],
  ['open', 'closed'],
  ['present', 'absent'],
  ['complete', 'partial'],
  ['peaceful', 'violent'],
  ['voluntary', 'forced'],
  ['accept', 'reject'],
  ['success', 'failure'],
  ['safe', 'dangerous'],
];

/** "blamed the X": the party a statement holds responsible (as written, capitalised). */
export const BLAMES_PARTY = /\bblam(?:e|ed|es|ing)\s+(?:the\s+)?([A-Z][\w-]+)/;

/** A negation in a text: a denial there asserts no cause. */
export const DENIAL_WORDS = /\b(?:not|no|never)\b/i;

/** Statements that clear someone of wrongdoing, set against an accusation of the same person. */
export const EXONERATION = /\b(?:did(?:n't| not) do anything wrong|did nothing wrong|done nothing wrong|(?:is|was|are|were) innocent|not guilty|committed no crime|broke no law|no wrongdoing)\b/i;

/** Figures that change with time: a different value is then no contradiction. */
export const CHANGE_MARKERS = /\b(?:rose|risen|rises|rising|increas(?:e|ed|es|ing)|climb(?:ed|s|ing)?|jump(?:ed|s)?|grew|grow(?:n|s|ing)?|fell|fall(?:en|s|ing)|drop(?:ped|s)?|declin(?:e|ed|es|ing)|revis(?:e|ed|ing)|updat(?:e|ed|ing)|up from|down from|so far|as of|now|initially|at first|previously|earlier (?:reports?|figures?|estimates?|counts?))\b/i;

/** Quantity kinds: a number counts this when one of these words is near it. */
export const QUANTITY_KINDS: [string, RegExp][] = [
  ['dead', /^(?:dead|die[ds]?|death|deaths|kill(?:ed|ing|s)?|fatalit(?:y|ies)|lives|slain|toll|bodies|victims?)$/],
  ['injured', /^(?:injur(?:ed|y|ies)|wounded|hurt|hospitali[sz]ed)$/],
  ['missing', /^(?:missing|unaccounted|trapped|rubble)$/],
  ['arrested', /^(?:arrest(?:ed|s)?|detained|detain(?:ees)?)$/],
  ['prison-years', /^(?:prison|jail|imprisonment|sentence[d]?)$/],
  ['percent', /^(?:percent|per|%)$/],
];

// --- unattributed ---------------------------------------------------------------------------

/** Cues that attribute a sentence to a source (a backstop for what the engine did not mark). */
export const ATTRIBUTION_CUES = /\b(?:said|says|say|told|tells|added|stated|states|according to|reported|reports|announced|claims?|claimed|confirmed|denied|denies|insisted|explained|wrote|writes|noted|argued|warned|alleged|acknowledged|admitted|estimated|described|indicated|testified|tweeted|posted|cited|quoted|statement|spokesperson|spokesman|spokeswoman|condemned|critici[sz]ed|praised|referred to|official position|lists?)\b/i;

/** General legal or procedural background ("a charge of X carries a possible life sentence"). */
export const BACKGROUND = /\b(?:carr(?:y|ies) a (?:possible|maximum|potential)|(?:possible|potential|maximum) (?:sentence|penalty)|punishable by)\b/i;

/** Hedges that name no source: the statement stays unattributed. */
export const UNSOURCED_HEDGES = /\b(?:reportedly|allegedly|it is (?:believed|thought|understood)|sources say|is said to|are said to)\b/i;

/** Why-words for a check-worthy sentence, strongest first. */
export const CHECKWORTHY: [string, RegExp][] = [
  ['an accusation', /\b(?:accus(?:ed|es|ing)|convicted|charged with|charges of|guilty|murder(?:ed|er)?|rap(?:e|ed|ist)|terroris[mt]s?|suicide attack|bomb(?:ing|er|ed)?|deleted|destroyed evidence|cover(?:ed)?[- ]up|corrupt(?:ion)?|fraud|embezzl\w*|defam\w*|secessionist|incit\w*|smuggl\w*|tortur\w*|abuse[ds]?|criticism|criticized|condemned|sentenced|imprisoned|arrested|jailed)\b/i],
  ['a cause', /\b(?:because|caused by|the cause of|blamed|restricting|triggered by|after airing)\b/i],
  ['a superlative', /\b(?:largest|biggest|worst|deadliest|highest|lowest|most (?!of\b)\w+|first[- ]ever|record|unprecedented)\b/i],
  ['a prediction', /\b(?:will (?:be|have|likely)|is expected to|are expected to|is likely to|are likely to|forecast)\b/i],
];

/** Framing of who said what: the article's own account of a statement, not a claim. */
export const FRAMING = /\b(?:clarification|in response to|reaction|comments?|remarks?|interview|press conference|news conference|speech|statement|told reporters|asked about)\b/i;

// --- scope of a withdrawal or deployment ------------------------------------------------------

/** A withdrawal or pull-out from a whole named place: "troops would be leaving Syria". */
export const WHOLE_PLACE_MOVE = /\b(?:leav(?:e|es|ing)|withdraw(?:s|ing|n)?|withdrew|withdrawal from|pull(?:s|ing|ed)? out of|exit(?:s|ing)?|evacuat(?:e|es|ing|ed))\s+(?:from\s+)?(?:all\s+of\s+)?[A-Z][a-z]+/;
/** The same kind of move limited in scope: "the withdrawal from the immediate area", "a partial pull-out". */
export const LIMITED_MOVE = /\b(?:(?:withdrawal|pull-?out|departure|exit|evacuation)\s+from\s+(?:the\s+)?["\u201C]?(?:immediate|border|surrounding|nearby)\s+(?:area|zone|region)|(?:partial|limited)\s+(?:withdrawal|pull-?out|departure|exit|evacuation))/i;
