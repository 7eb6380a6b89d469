/** Speakers (session 33, s43b): a quote of a quote is the quoter's, never the quoted person's; who came along to a meeting is no statement. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('a person who quotes another after a verb of their own speaks; the quoted person does not', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Ambassador Rudo Chikore said Harare welcomed the deal and quoted President Joao Lourenco as saying that "Angola will never forget."', ['Rudo Chikore']],
    ['Foreign Minister Ana Dias Lopes conveyed greetings from President Joao Lourenco and quoted the Angolan president as saying that "Namibia stood with us."', ['Ana Dias Lopes']],
    // An outlet's report still gives the quoted person's words.
    ['Reuters reported the deal and quoted President Joao Lourenco as saying that "Angola will never forget Namibia."', ['Joao Lourenco']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('"recalled the words of X, who said": the words are recounted, not X\'s statement', () => {
  it.each<[text: string, speakers: string[]]>([
    ['The President recalled the words of former President Julius Nyerere, who said that for Angola Namibia was ready to give "everything it has."', []],
    ['Senator Lucia Ferreira Gomes quoted the words of former President Tancredo Neves, who said Argentina was "a brother, never a rival."', ['Lucia Ferreira Gomes']],
    // Without the recounted words, the relative clause is the antecedent's own statement.
    ['Prime Minister Sipho Dlamini met Nelson Mandela, who said that Mozambique had given South Africa "a home in its darkest hour."', ['Nelson Mandela']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('"The delegation also included X, the ministry said": who came to a meeting is no statement of the ministry', () => {
  it.each<[text: string, speakers: string[]]>([
    ['The Kenyan delegation also included Deputy Minister for Trade Amina Odhiambo-Kariuki, the Ministry of Foreign Affairs of Tanzania said in a statement.', []],
    ['The Peruvian delegation included Vice Minister Rosa Quispe Huamán, who oversees the border programme, the Chilean Foreign Ministry said.', []],
    ['Minister Farida Nasser was accompanied by Deputy Minister Omar Haddad-Rami, the Ministry of Foreign Affairs of Jordan said.', []],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
