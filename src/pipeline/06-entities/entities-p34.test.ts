/** The government a bare "the ministry" names, and a company's one-word name. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('"the ministry" and company names', () => {
  it.each<[text: string, speakers: string[]]>([
    // "NAIROBI - … at the Ministry of Foreign Affairs. … The ministry said": the ministry the story was set in is the dateline's.
    ['NAIROBI, May 3: Tanzanian Deputy Foreign Minister Juma Hamisi paid a courtesy call on Foreign Minister Amina Otieno at the Ministry of Foreign Affairs on Friday.\n\nThe ministry said Kenya "remains committed to regional trade."', ['Kenya']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
