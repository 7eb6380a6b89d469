/** A family name alone, written as another transliteration writes it, is the one person of the document so named. */
import { describe, expect, it } from 'vitest';
import { occurredMeetings, statementSpeakers } from '../test-support';

describe('a surname alone respelled', () => {
  it.each([
    ['Sri Lankan Trade Minister Nalin Paulraj met Malaysian Trade Minister Aziz Rahman in Kuala Lumpur on Tuesday.\n\nPoulraj said the two countries would cut tariffs on tea.', 'Nalin Paulraj'],
    ['Jordanian Economy Minister Karim Bashour met Italian Economy Minister Giancarlo Rossi in Rome on Tuesday.\n\nBachour said the fund would open next year.', 'Karim Bashour'],
    ['Bulgarian Defence Minister Stefan Tsonev met Greek Defence Minister Nikos Papadakis in Athens on Tuesday.\n\nConev said the two armies would train together.', 'Stefan Tsonev'],
    ['Pakistani Interior Minister Salim Chaudhary met Thai Interior Minister Somchai Wongsa in Bangkok on Tuesday.\n\nChaudhry said the two countries would share flight records.', 'Salim Chaudhary'],
  ])('%s', (text, speaker) => expect(statementSpeakers(text)).toEqual([speaker]));

  it('a note that the name is spelled otherwise', () => {
    const text =
      'Bulgarian Foreign Minister Petar Tsekov met Albanian Foreign Minister Elira Hoxha in Durres on Tuesday.\n\nCekov, as his name is spelled in Albanian releases, was later received in Tirana by Prime Minister Arben Marku.';
    expect(occurredMeetings(text)).toContain('Arben Marku + Petar Tsekov');
  });
});
