/**
 * Mentions (session 34, k44): the last word of a state's name after a leader's "of" ("The Head of State of Leone"), a body's
 * name opened by an adjective of a region or a faith ("West African Development Bank"), the honorific name in quotes of a
 * hall ('the Salón "George Washington"') and a nickname of several words inside a name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, firstStatementTargets, statementSpeakers } from '../test-support';

describe('the last word of a state\'s name after a leader\'s "of" names that state', () => {
  it.each<[text: string, person: string, country: string]>([
    ['The Head of State of Leone, Julius Kamara, received the Guinean envoy Alpha Bangoura on Monday.', 'Julius Kamara', 'SLE'],
    // The longest role before "of" is the one read: "Prime Minister", not "Minister".
    ['The Prime Minister of Lanka, Nimal Perera, met the Indian envoy Rahul Mehta-Singh on Monday.', 'Nimal Perera', 'LKA'],
  ])('%s', (text, person, country) => {
    expect(findActor(extractArticle(text), person)?.country).toBe(country);
  });
});

describe('a body\'s name opened by an adjective of a region or a faith is the whole run', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // Not the African Development Bank the gazetteer knows: another bank.
    ['Finance Minister Awa Ndiaye-Sarr criticised the West African Development Bank for the delays.', 'Awa Ndiaye-Sarr', ['West African Development Bank']],
    // Not a body of Asia's.
    ['Finance Minister Aibek Dzhumabaev praised the Central Asian Development Fund for its support.', 'Aibek Dzhumabaev', ['Central Asian Development Fund']],
    ['Finance Minister Karim Haddad praised the Islamic Development Bank for its support.', 'Karim Haddad', ['Islamic Development Bank']],
  ])('%s', (text, speaker, targets) => {
    expect(firstStatementTargets(text, speaker)).toEqual(targets);
  });
});

describe('a name in quotes after a hall\'s name is the hall\'s honorific name, which names no country', () => {
  it.each<[text: string, speaker: string]>([
    ['Speaking at the Salón "George Washington", Foreign Minister Carla Mendoza-Rivas said the region must resist pressure.', 'Carla Mendoza-Rivas'],
    ['Speaking at the Palacio "Mariscal Lima", Foreign Minister Carla Mendoza-Rivas said the region must resist pressure.', 'Carla Mendoza-Rivas'],
  ])('%s', (text, speaker) => {
    expect(firstStatementTargets(text, speaker)).toEqual([]);
  });
});

describe('a nickname of several words in quotes inside a name leaves one person, who speaks', () => {
  it.each<[text: string, speakers: string[]]>([
    ['In a video posted on Thursday, Jean "Ti Lou" Baptiste-Moreau threatened the soldiers sent by Jamaica.', ['Jean Baptiste-Moreau']],
    ['Kofi "Black Mamba" Asante-Darko accused Ghana of betrayal.', ['Kofi Asante-Darko']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
