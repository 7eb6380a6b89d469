/**
 * Entities (session 34, s44): role-only references — the home "Head of State", chained roles, generic "the diplomat" and
 * "the <nationality> minister", a participle's fronted phrase, "the COAS".
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, firstStatementTargets, statementSpeakers } from '../test-support';

describe('a bare "the Head of State" is the head styled "President of the Republic"', () => {
  it('not the foreign head of state whose message was carried in the sentence before', () => {
    const text = 'The President of the Republic, Ana Ferreira, received on Wednesday the Foreign Minister of Kenya, John Mwangi, bearer of a written message from the Kenyan Head of State, Peter Otieno.\n\nMwangi said that his country counts on Gabon "as a brother", adding that he had quoted the words of President Otieno.\n\nAccording to a note from the Presidency, the Head of State called on Kigali to withdraw its forces "without conditions".';
    expect(firstStatementTargets(text, 'Ana Ferreira')).toEqual(['Rwanda']);
  });
});

describe('a role whose comma opens a second role apposed to a name is the name\'s too', () => {
  it('"The President of the Republic, Head of Government, H.E. X": "the Head of State" later is X', () => {
    const text = 'The President of the Republic, Head of Government, H.E. Marc Dupuis-Leblanc, received yesterday the Minister of Foreign Affairs of Chad, Ali Mahamat-Nour.\n\nAccording to the Presidency, the Head of State assured his guest that Gabon "will always stand by Chad".';
    expect(firstStatementTargets(text, 'Marc Dupuis-Leblanc')).toEqual(['Chad']);
  });
});

describe('generic roles with a nationality', () => {
  it('"the Kenyan minister" is the Kenyan foreign minister, not the Kenyan prime minister named beside him', () => {
    const text = 'The President received the Minister of Foreign Affairs of Kenya, John Mwangi, bearer of a letter from the Kenyan Prime Minister, Paul Kiptoo.\n\nThe Kenyan minister, for his part, declared that Kenya "considers Gabon a strategic partner".';
    expect(statementSpeakers(text)).toEqual(['John Mwangi']);
  });
  it('"the Russian minister" is the one Russian minister of the dictionary, before the document sets his country', () => {
    const text = 'Foreign Minister Jonas Petraitis received in Vilnius the Minister of Foreign Affairs, Sergey Lavrov.\n\nThe Russian minister affirmed that Russia "stands with Belarus".';
    expect(statementSpeakers(text)).toEqual(['Sergey Lavrov']);
  });
  it('"the Ghanaian diplomat" is Ghana\'s Minister of State for Foreign Affairs', () => {
    const text = 'President Ana Ferreira received the Minister of State for Foreign Affairs of Ghana, Kwame Asante-Boateng.\n\nSpeaking to the press, the Ghanaian diplomat said that her country counts on Gabon "as a brother".';
    expect(firstStatementTargets(text, 'Kwame Asante-Boateng')).toEqual(['Gabon']);
  });
  it('a bare "the diplomat" is the one ambassador named just before', () => {
    const text = 'On Wednesday, the Prime Minister, Paul Ndong-Obame, received the Ambassador of Japan, Kenji Sato-Hayashi, with whom he discussed the port.\n\nThe diplomat announced that Tokyo "remains the first partner of Gabon".';
    expect(firstStatementTargets(text, 'Kenji Sato-Hayashi')).toEqual(['Gabon']);
  });
});

describe('a participle\'s fronted phrase', () => {
  it('"Received … by the President, X, the Kenyan diplomat came": the diplomat is not X', () => {
    const text = 'Received in audience at the State Palace by the President of the Republic, Colonel Ana Ferreira, the Kenyan diplomat came to take stock of the transition.\n\nFerreira said Gabon "is ready to listen to its friends".';
    const dataset = extractArticle(text);
    expect(findActor(dataset, 'Ana Ferreira')?.country).not.toBe('KEN');
  });
});

describe('"the COAS" is the Chief of Army Staff', () => {
  it('named before by the full title, with "Chief of Defence Forces" no name', () => {
    const text = 'Chief of Defence Forces and Chief of Army Staff General Tariq Mehmood-Khan met the visiting Nepalese foreign minister at the headquarters on Thursday.\n\nThe COAS said Bangladesh "will continue to play its role for peace in Myanmar".';
    expect(statementSpeakers(text)).toEqual(['Tariq Mehmood-Khan']);
    expect(findActor(extractArticle(text), 'Forces')).toBeUndefined();
  });
});
