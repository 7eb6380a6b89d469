/**
 * Negative cases (session 33, n43b): family names that look like another transliteration of a name but belong to
 * other people stay apart.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '.';
import { readHtml } from './01-ingest/read-html';
import { statementSpeakers } from './test-support';

const file = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(`---\ndate: 2024-05-02\n---\n${text}`) });

function sameActor(first: string, second: string, names: [string, string]): boolean {
  const { actors } = runPipeline([file('a.md', first), file('b.md', second)], { readHtml }).dataset;
  const idOf = (name: string) => actors.find((a) => a.name === name || a.aliases.includes(name))?.id;
  return idOf(names[0]) !== undefined && idOf(names[0]) === idOf(names[1]);
}

describe('family names kept apart', () => {
  it.each([
    // Other vowels or consonants, no transliteration's letters: other people.
    ['Chinese Vice Premier Zhou Lin met Thai Deputy Prime Minister Anutin Charn in Bangkok on Tuesday.\n\nZhao said the railway would open next year.', 'Zhou Lin'],
    ['Senegalese Trade Minister Amadou Diallo met Ghanaian Trade Minister Kofi Mensah in Accra on Tuesday.\n\nJallow said the customs union would wait.', 'Amadou Diallo'],
  ])('%s', (text, person) => expect(statementSpeakers(text)).not.toContain(person));

  it('a respelled surname that fits two people of the document joins neither', () => {
    const text =
      'Jordanian Economy Minister Karim Bashour met Syrian Economy Minister Rami Bashoor in Amman on Tuesday.\n\nBachour said the fund would open next year.';
    expect(statementSpeakers(text)).not.toContain('Karim Bashour');
    expect(statementSpeakers(text)).not.toContain('Rami Bashoor');
  });

  it.each<[string, string, [string, string]]>([
    // Across articles the respelling joins only after the same given names.
    [
      'Jordanian Economy Minister Karim Bashour met Italian Economy Minister Giancarlo Rossi in Rome on Tuesday.',
      'Jordanian Economy Minister Omar Bachour said on Wednesday that the fund "would open next year."',
      ['Karim Bashour', 'Omar Bachour'],
    ],
    [
      'Jordanian Economy Minister Karim Bashour met Italian Economy Minister Giancarlo Rossi in Rome on Tuesday.',
      'Jordanian Economy Minister Bachour said on Wednesday that the fund "would open next year."',
      ['Karim Bashour', 'Bachour'],
    ],
    [
      'Guinean Trade Minister Amadou Diallo met Italian Trade Minister Giancarlo Rossi in Rome on Tuesday.',
      'Gambian Trade Minister Amadou Jallow said on Wednesday that the customs union "would wait."',
      ['Amadou Diallo', 'Amadou Jallow'],
    ],
    [
      'Chinese Vice Premier Zhou Lin met Italian Trade Minister Giancarlo Rossi in Rome on Tuesday.',
      'Chinese Vice Premier Zhao Lin said on Wednesday that the railway "would open next year."',
      ['Zhou Lin', 'Zhao Lin'],
    ],
  ])('%s / %s', (first, second, names) => expect(sameActor(first, second, names)).toBe(false));
});
