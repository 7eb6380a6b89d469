/**
 * Speakers: a verb set against the one before it ("was absent but said") shares that verb's subject, a title set off by
 * commas beside it; present-tense press-release verbs ("The Ministry reiterates", "issues a statement calling on"); the party
 * named after a person ("Senator X of the Colorado Party said").
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, statementSpeakers } from '../test-support';

describe('a verb after "but" shares the subject', () => {
  it.each<[text: string, speakers: string[]]>([
    ['The Nordic Council secretary-general, Kristina Haugland, was not present at the talks but said the accord was "a good start."', ['Kristina Haugland']],
    ['Kristina Haugland, the Nordic Council secretary-general, was absent from the summit but said the accord was "a good start."', ['Kristina Haugland']],
    ['Foreign Minister Tomas Lindqvist toured the harbour but said the accord was "a good start."', ['Tomas Lindqvist']],
    // "and" after an apposed title, as "but" is.
    ['Foreign Minister Tomas Lindqvist, the party leader, toured the harbour and said the accord was "a good start."', ['Tomas Lindqvist']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('present-tense statements of a press release', () => {
  it.each<[text: string, speakers: string[]]>([
    ["Foreign Minister Tomas Lindqvist received the Finnish envoy in Stockholm. Sweden's Foreign Ministry reiterates its call on Russia to \"return to the negotiating table.\"", ['Sweden']],
    ['2.15pm: The Quai d\'Orsay issues a statement calling on the Sudanese army "to end air strikes on civilians immediately."', ['France']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('the party after a person is the person\'s own', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Opposition senator Julio Ferreira Leal of the Partido Nacional said the government had "given away our bargaining power."', ['Julio Ferreira Leal']],
    ['Senator Julio Ferreira of the National Party said the government had "given away our bargaining power."', ['Julio Ferreira']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('acts and readouts that are no words about anyone', () => {
  it.each<[text: string, speakers: string[]]>([
    // A sum given is an act; support pledged is a statement.
    ['Foreign Minister Yoko Kamikawa held talks with Fijian Prime Minister Sitiveni Rabuka in Suva, where Japan pledged US$20 million for the new hospital.', []],
    ['Japan pledged a further 125 million euros at the donor conference in Geneva.', []],
    ['Japan pledged support for the new hospital in Suva.', ['Japan']],
    // "said that X had also spoken by phone with Y": a readout of the call.
    ["Chile's Foreign Ministry said that Foreign Minister Alberto Coloma had also spoken by phone on Monday with Peruvian Foreign Minister Elmer Schialer about the border.", []],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });

  it('"A planned visit was called off, the Foreign Office said": the body announces it, about no one', () => {
    const text = "Germany's Wadephul presses Kenya on trade\n\nGerman Foreign Minister Johann Wadephul held talks with Kenyan President William Ruto in Berlin. A second meeting between Wadephul and Ruto was called off for security reasons, the Foreign Office said.";
    expect(statementSpeakers(text)).toEqual(['Germany']);
    expect(firstStatementTargets(text, 'Germany')).toEqual([]);
  });
});

describe('the signatories of a joint statement', () => {
  it.each<[text: string, speakers: string[]]>([
    // "the ministers", by no number: everyone of the meeting told before, sentences back.
    ['Later on Friday, Nordic Foreign Minister Tomas Lindqvist chaired a meeting attended by Finnish Foreign Minister Elina Valtonen and Estonian Foreign Minister Margus Tsahkna. The talks ran late. Fisheries were on the agenda. In a joint communiqué, the ministers called on "all parties to the conflict" to agree to a ceasefire.', ['Elina Valtonen', 'Margus Tsahkna', 'Tomas Lindqvist']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
