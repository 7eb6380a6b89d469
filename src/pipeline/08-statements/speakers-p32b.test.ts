/**
 * Who "he" is after a question about someone else ("Asked about X's remarks, he said …"): the person the text was about,
 * never the one the question named.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers as speakersOf } from '../test-support';

const MEETING = 'Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. ';

describe('a person named in an "Asked about" opening does not answer it', () => {
  it.each<[text: string, speakers: string[]]>([
    [`${MEETING}Asked about Senator Felipe Soto's comments, he said: "Chile has many friends, and we do not comment on what they say."`, ['Gabriel Boric']],
    [`${MEETING}Asked about remarks by Senator Felipe Soto, he said Chile "will not respond."`, ['Gabriel Boric']],
  ])('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
