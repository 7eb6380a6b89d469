/**
 * Who speaks where the subject is a body placed by its capital ("The Foreign Ministry in Lima said", "In Lima, the
 * foreign ministry …") or an unnamed spokesperson for a body ("A spokeswoman for the Green Party said").
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers as speakersOf } from '../test-support';

const MEETING = 'Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. ';

describe('a body placed by its capital, or an unnamed spokesperson for a body, speaks for it', () => {
  it.each<[text: string, speakers: string[]]>([
    [`${MEETING}The Foreign Ministry in Lima said Chile had "once again chosen rhetoric over its commitments."`, ['Peru']],
    [`${MEETING}In Lima, the foreign ministry lashed out at the visit in a statement, accusing Santiago of "seeking to drag Argentina into its agenda."`, ['Peru']],
    [`${MEETING}A spokeswoman for the European Commission said the bloc would not "be lectured by Santiago" on trade.`, ['European Commission']],
    [`${MEETING}A spokesman for Hamas said the group would not "be lectured by Santiago" on anything.`, ['Hamas']],
    // A bare ministry is the country whose ministry the text named before.
    ['Argentina\'s foreign ministry said on Monday it would not join the sanctions. Chilean Foreign Minister Alberto van Klaveren received Argentine Foreign Minister Gerardo Werthein in Santiago on Monday. The ministry also said it would "not send observers to Caracas."', ['Argentina', 'Argentina']],
  ])('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });

  it.each<[text: string, speakers: string[]]>([
    // An embassy in a capital is another country's.
    [`${MEETING}The embassy in Lima said Chile had "once again chosen rhetoric over its commitments."`, []],
    // A person's aide is left to the rules for aides.
    [`${MEETING}A spokeswoman for Gabriel Boric said the president would not "be lectured by Buenos Aires" on trade.`, []],
  ])('no other speaker: %s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
