/**
 * Whose statement it is where the words are introduced by "spoke of" ("X spoke of \"a new chapter\""), a saying verb
 * the speech-verb list lacked.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers as speakersOf } from '../test-support';

const MEETING = 'Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. ';

describe('"spoke of" introduces a speaker\'s words', () => {
  it.each<[text: string, speakers: string[]]>([
    [`${MEETING}Milei spoke of "a relationship between equals, or none at all."`, ['Javier Milei']],
    [`${MEETING}Peruvian Foreign Minister Elmer Schialer spoke of "a new chapter" in relations with Bolivia.`, ['Elmer Schialer']],
  ])('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
