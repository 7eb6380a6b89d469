/**
 * Entities (session 36, sr36): "I" in a transcript's turn labelled with one of the article's people is that person.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"I" in a labelled turn is whom the label names', () => {
  it.each<[answer: string, meeting: string]>([
    ['Tamm-Ruus: On Monday I received Ambassador Jonas Vilkas-Ramanauskas at the ministry.', 'Jonas Vilkas-Ramanauskas + Kaarel Tamm-Ruus'],
    ['Tamm-Ruus: Yes, I held talks with Latvian Foreign Minister Inese Kalnina-Berzina in Riga on Tuesday.', 'Inese Kalnina-Berzina + Kaarel Tamm-Ruus'],
  ])('%s', (answer, meeting) => {
    const text = `Nordic Review\nINTERVIEW\n\nEstonian Foreign Minister Kaarel Tamm-Ruus spoke to the Nordic Review in Tallinn on Friday. Excerpts.\n\nNordic Review: How was the week?\n\n${answer}\n\nNordic Review: Thank you.\n\nTamm-Ruus: Thank you.`;
    expect(occurredMeetings(text)).toContain(meeting);
  });
});
