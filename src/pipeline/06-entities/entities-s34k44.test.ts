/**
 * Entities (session 34, k44): a state agency's bare "The President" is its own country's, and a leader's office named bare
 * ("the Primature") speaks for the country of the one holder the article names.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('a state agency\'s bare "The President" is its own country\'s president, not the foreign one named last', () => {
  it('Antara: the Indonesian president', () => {
    const text =
      'Jakarta, 16 November (Antara) - Indonesian President Budi Hartono met with the Minister of Foreign Affairs of Timor-Leste, Mariana da Costa Belo, at the Merdeka Palace on Friday.\n\n' +
      'Mariana da Costa Belo conveyed greetings from Timorese President Jose Amaral Guterres and quoted the Timorese president as saying that "Indonesia has always been a good neighbour."\n\n' +
      'The President said he could visit Dili next year "if the new border post is ready."';
    expect(statementSpeakers(text)).toContain('Budi Hartono');
    expect(statementSpeakers(text)).not.toContain('Jose Amaral Guterres');
  });
});

describe('a leader\'s office named bare speaks for the country of its one holder, when the article is about that country', () => {
  it('"The Primature denied" after the Chadian prime minister', () => {
    const text =
      'Chadian Prime Minister Mahamat Abakar Ousmane received on Thursday the Angolan envoy Manuel Tavares Neto.\n\n' +
      'The Primature on Friday denied reports that Ousmane had met emissaries of the rebel leader Didier Mabiala-Nkounkou.';
    expect(statementSpeakers(text)).toEqual(['Chad']);
  });
});
