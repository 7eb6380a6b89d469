/** Malay styles before a name ("Dato Seri Setia", "Awang", "Haji", "Dato") are dropped, so the long and the short form are one person. */
import { describe, expect, it } from 'vitest';
import { extractArticle, statementSpeakers } from '../test-support';

/** The names of the person actors of `text` that hold `word`. */
function personsWith(text: string, word: string): string[] {
  return extractArticle(text).actors.filter((a) => a.kind === 'person' && a.name.includes(word)).map((a) => a.name);
}

describe('a long Malay styled name and its short form are one person', () => {
  it.each<[text: string, word: string]>([
    ["Minister of Foreign Affairs II Yang Berhormat Dato Seri Setia Awang Haji Hamzah bin Pehin Orang Kaya Haji Abdul Rahman held talks with Singapore's Foreign Minister Vivian Balakrishnan on Tuesday. Dato Hamzah said the two countries \"share one sea.\"", 'Hamzah'],
    ['Dayang Haji Salmah binti Yusof, the deputy minister, met Indonesian Foreign Minister Sugiono in Jakarta on Monday. Dayang Salmah said the talks had been "frank."', 'Salmah'],
  ])('%s', (text, word) => {
    expect(personsWith(text, word)).toHaveLength(1);
  });
});

describe('"Haji" inside a name stays in it', () => {
  it('"Dr Siti Aminah Haji Osman said": the speaker keeps the whole name', () => {
    expect(statementSpeakers('Dr Siti Aminah Haji Osman said Malaysia "prefers quiet diplomacy."')).toEqual(['Siti Aminah Haji Osman']);
  });
});
