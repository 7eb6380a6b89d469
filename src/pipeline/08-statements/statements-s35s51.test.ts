/**
 * Statements (session 35, s51): the answers of a transcript whose questions are skipped still state.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe("the answer after a reporter's or interviewer's question keeps its speaker", () => {
  it.each<[text: string, speaker: string]>([
    ['Press briefing of Press Secretary Lina Sorensen-Kahl\n\nSEC. SORENSEN-KAHL: Good morning.\n\nPETER HOLM (Nordic Wire): Ma\'am, is the fisheries council useful?\n\nSEC. SORENSEN-KAHL: Foreign Minister Nils Berg-Aasen said on Monday that Norway "will not accept any quota from Brussels."', 'Nils Berg-Aasen'],
    ['Pampas Post\nInterview | Chile\'s deputy minister on the river treaty\n\nThe Pampas Post sat down in Santiago with Chile\'s Deputy Foreign Minister, Marta Vidal-Osorio.\n\nPampas Post: What comes next?\n\nMarta Vidal-Osorio: More talks. Chilean President Tomas Lagos-Riquelme said on Monday that Chile "will sign nothing under pressure from Argentina."\n\nPampas Post: Thank you.\n\nMarta Vidal-Osorio: Thank you.', 'Tomas Lagos-Riquelme'],
  ])('%s', (text, speaker) => {
    expect(statementSpeakers(text)).toContain(speaker);
  });
});

describe('"Since <time>, X said" opens with a time, not a background clause', () => {
  it.each<[text: string, speaker: string]>([
    ['Since January, Chad and Niger have said that the border "will stay closed to all trucks."', 'Niger'],
  ])('%s', (text, speaker) => {
    expect(statementSpeakers(text)).toContain(speaker);
  });
});
