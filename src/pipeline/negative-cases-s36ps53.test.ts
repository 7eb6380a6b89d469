/**
 * Negative twins (session 36, ps53): words that are nobody's statement — a negated "neither … nor" subject, an "as"
 * clause set inside another's saying, a welcome of a guest, what a first person relays of the one they met, an
 * interviewer's turn under a masthead in capitals — beside the like sentences that stay statements.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from './test-support';

describe('no statement', () => {
  it.each<[text: string]>([
    ['Neither the SDP nor the Norwegian embassy confirmed the meeting.'],
    ['Neither the Latvian embassy nor the Estonian Foreign Ministry commented on the report.'],
    ['Critics like to repeat, as President Jomo Kenyatta said, that Kenya is "a bridge".'],
    ['President Lena Vrisk welcomed her Estonian counterpart at the palace.'],
    ['President Lena Vrisk welcomed the visiting delegation.'],
    ['Yesterday I met Foreign Minister Karl Tamm, and he confirmed that Estonia will join the grid.'],
    ['I spoke to Foreign Minister Karl Tamm by phone, and he assured me there would be no obstacle.'],
    ['Foreign Minister Karl Tamm received the Latvian envoy. He congratulated us.'],
    ['RIGA WEEKLY\nInterview | November 17, 2026\n\nRiga Weekly spoke with Foreign Minister Lena Vrisk in Riga on Friday.\n\nRiga Weekly: How did the talks go?\n\nLena Vrisk: Better than I expected.\n\nRiga Weekly: Moscow says Latvia is drifting away.\n\nLena Vrisk: We are choosing our partners.'],
  ])('%s', (text) => {
    expect(statementSpeakers(text)).toEqual([]);
  });
});

describe('still a statement', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Neither Moscow nor Beijing is a friend of Latvia, Foreign Minister Lena Vrisk said.', ['Lena Vrisk']],
    ['President Lena Vrisk welcomed the decision of the court of Estonia.', ['Lena Vrisk']],
    ['Foreign Minister Karl Tamm met Lena Vrisk on Monday, and he confirmed that Estonia will join the grid.', ['Karl Tamm']],
    ['Lena Vrisk, leader of the opposition Freedom Party, said the government had failed Estonia.', ['Lena Vrisk']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
