/** A bare foreign ministry in an article that names other countries: the ministry of the foreign minister named before it. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('the foreign ministry of the foreign minister named before it', () => {
  it.each<[text: string, speakers: string[]]>([
    // Untitled by country, the minister is the dictionary's (Tangara is The Gambia's); the headline names The Gambia first.
    ["Gambia and Senegal agree on bridge tolls\n\nThe Minister of Foreign Affairs, Dr Mamadou Tangara, held talks with his Senegalese counterpart in Banjul on Friday. Meanwhile, the Ministry of Foreign Affairs said it \"strongly condemns the detention of Gambian fishermen\" by Guinea-Bissau.", ['Gambia']],
    // "the ministry" after the foreign ministry is the same body.
    ["Germany's Wadephul presses Kenya on trade\n\nGerman Foreign Minister Johann Wadephul held talks with Kenyan President William Ruto in Berlin. The Foreign Office later summoned a Russian diplomat. The ministry said it \"will not accept threats.\"", ['Germany']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
