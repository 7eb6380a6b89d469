/** Names: a lower-case part after a hyphen in an Arabic or South Asian name; Spanish and Portuguese bodies named head first. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('a hyphenated name with a lower-case part', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Former ambassador and analyst Ghulam Nasir-uddin Chaudhry said the treaty "changes nothing on the ground."', ['Ghulam Nasir-uddin Chaudhry']],
    ['Retired general Inam-ul-Haq Qureshi said the treaty "changes nothing on the ground."', ['Inam-ul-Haq Qureshi']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('a body whose name opens with its head word', () => {
  it.each<[text: string, speakers: string[]]>([
    // The country closing the body's name is the body's, not the speaker.
    ['The Administración de Puertos de Chile said in a statement that dredging could begin in April.', ['Administración de Puertos de Chile']],
    ['The Partido dos Trabalhadores accused Paraguay of "betraying the Mercosur spirit."', ['Partido dos Trabalhadores']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
