/**
 * A request to pass on courtesies ("asked Y to convey his greetings to Z") says nothing of anyone: no statement.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('"asked Y to convey his greetings to Z" is no statement', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Kenyan President William Ruto asked Tanzanian Foreign Minister Mahmoud Thabit Kombo to convey his greetings to President Samia Suluhu Hassan.', []],
    ['Chilean President Gabriel Boric requested Peruvian Foreign Minister Elmer Schialer to pass on his warm regards to President Dina Boluarte.', []],
    // Twin: a request of substance stays a statement.
    ['Kenyan President William Ruto asked Tanzanian Foreign Minister Mahmoud Thabit Kombo to reopen the border crossing at Namanga.', ['William Ruto']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
