/**
 * Entities (session 35, a47): every name of a list apposed to a plural role, "the minister himself, X", a monarch's one name,
 * well-known people by other names.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, occurredMeetings, statementSpeakers } from '../test-support';

describe('"his counterparts, X, Y and Z": each name of the list apposed to a plural role is a person', () => {
  it.each([
    ['Chilean Deputy Foreign Minister Pablo Riquelme met his counterparts, Marta Quispe-Luna, Oscar Ferrán-Vidal and Camilo Restrepo-Uribe, in Santiago on Monday.', ['Camilo Restrepo-Uribe + Marta Quispe-Luna + Oscar Ferrán-Vidal + Pablo Riquelme']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the Peruvian Minister of Foreign Affairs himself, X": "himself" between the role and its apposed name', () => {
  it.each([['President Ana Solís received in Quito the Peruvian Minister of Foreign Affairs himself, Ramiro Quispe-Huamán, on Monday.', ['Ana Solís + Ramiro Quispe-Huamán']]])(
    '%s',
    (text, expected) => expect(occurredMeetings(text)).toEqual(expected),
  );
});

describe('"Sultan X" after "Prime Minister Y X": a monarch\'s one name is his own, not the prime minister\'s surname', () => {
  const text =
    'Prime Minister Datuk Seri Rahman Hakim hosted President Gabriel Soto of Chile on Monday. President Soto then had an audience with His Majesty Sultan Hakim, King of Brunei, at the palace. Sultan Hakim said Chile "is a friend".';
  it('the sultan speaks, not the prime minister', () => expect(statementSpeakers(text)).toEqual(['Hakim']));
});

describe('well-known people by the names news gives them (model/people.json aliases)', () => {
  it('"President Lula"', () => expect(statementSpeakers('President Lula said Venezuela "must hold free elections".')).toEqual(['Luiz Inácio Lula da Silva']));
  it('"Khurelsukh Ukhnaa", given name first', () =>
    expect(occurredMeetings('President of Mongolia Khurelsukh Ukhnaa received Prime Minister of Japan Taro Sato in Ulaanbaatar on Monday.')).toEqual(['Taro Sato + Ukhnaagiin Khürelsükh']));
});

describe('bodies the dictionary knows (model/organizations.json)', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Foreign Minister Ann Brown criticised the Gang Suppression Force and Viv Ansanm on Monday.', 'Ann Brown', ['Gang Suppression Force', 'Viv Ansanm']],
    ['Foreign Minister Ann Brown accused Petronas and the US Southern Command of "ignoring the region".', 'Ann Brown', ['Petronas', 'United States Southern Command']],
    ['Deputy of the Jogorku Kenesh Ivan Petrov criticized the National Unity Platform on Monday.', 'Ivan Petrov', ['National Unity Platform']],
  ])('%s', (text, speaker, targets) => expect(firstStatementTargets(text, speaker)).toEqual(targets));
});
