/**
 * Names (session 34, s44b): a body's type in capitals before its one-word name, Finnish family names hyphenated where
 * the same vowel meets, and a country's name as the surname after a known given name.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, firstStatementTargets, occurredMeetings, statementSpeakers } from '../test-support';

describe('"NGO X" is the body X', () => {
  it('"Migrant rights NGO X said": X speaks as an organization, not a person "Ngo X"', () => {
    const text = 'Migrant rights NGO Veritas said Kenya "keeps funding the coast guard while pretending not to see".';
    expect(statementSpeakers(text)).toEqual(['Veritas']);
    expect(findActor(extractArticle(text), 'Veritas')?.kind).toBe('organization');
  });
});

describe('a Finnish family name with a lower-case part after the meeting vowel', () => {
  it('"Mika Kala-aho" is one name, the speaker of the later "Speaker Kala-aho said"', () => {
    const text = 'Speaker of Parliament Mika Kala-aho received the Speaker of the Senate of Chile, Rosa Pereira-Soto, in Helsinki.\n\n"Chile is our natural partner in the south," Speaker Kala-aho said.';
    expect(firstStatementTargets(text, 'Mika Kala-aho')).toEqual(['Chile']);
  });
});

describe('a country\'s name as a surname after a known given name', () => {
  it.each<[text: string, meetings: string[]]>([
    ['Prime Minister Ana Ferreira met the President of Cabo Verde, Luís Jordan, in Praia on Tuesday.', ['Ana Ferreira + Luís Jordan']],
    ['Prime Minister Ana Ferreira and Carlos Chad held talks in Praia on Tuesday.', ['Ana Ferreira + Carlos Chad']],
  ])('%s', (text, meetings) => {
    expect(occurredMeetings(text)).toEqual(meetings);
  });
});
