/**
 * Speakers (session 34, k44): a speaker named with his nickname after "alias", or by a nickname in quotes glossed
 * ("'El Jefe', as X is known, said").
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('a nickname apposed after "alias" or "known as" leaves the named person the subject', () => {
  it.each<[text: string, speakers: string[]]>([
    ['The gang leader Marc Delva, alias "Tiger", accused Jamaica of arming his rivals.', ['Marc Delva']],
    ['In a video, the leader of the Lakou coalition, Marc Delva, alias "Ti Tig", threatened the soldiers sent by Jamaica.', ['Marc Delva']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('"\'Nickname\', as X is known, said": X speaks', () => {
  it('the person named earlier by his full name', () => {
    const text =
      'President Marco Villeda Soto received the Japanese envoy on Monday.\n\n' +
      '"El Jefe", as Villeda is known among his supporters, said Honduras would "cooperate without kneeling" and asked Mexico to reopen the border.';
    expect(statementSpeakers(text)).toEqual(['Marco Villeda Soto', 'Marco Villeda Soto']);
  });
});
