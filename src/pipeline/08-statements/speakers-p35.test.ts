/** Speakers: a legislature's member named by the chamber before the title. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('who speaks', () => {
  it.each<[text: string, speakers: string[]]>([
    // "National Assembly Member X": the chamber and "Member" are the role, not part of the name.
    ['Opposition National Assembly Member Kofi Mensah Boateng criticised the government, saying it had "waited too long."', ['Kofi Mensah Boateng']],
    ['Malawi Congress Party (MCP) National Assembly Member Grace Chimwala Banda said the treaty "sold out the lake."', ['Grace Chimwala Banda']],
    ['Liberal Party Assembly Member Sione Tuilagi Faleolo said the runway was "long overdue."', ['Sione Tuilagi Faleolo']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
