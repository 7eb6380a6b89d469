/**
 * Whose statement it is where a body's reaction is voiced by a member named right after it ("The Green Party criticized
 * the deal. Its spokesman, X, said …"), and where a saying verb only reports a meeting ("A spokesman said the President
 * had held a phone call with Y").
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers as speakersOf } from '../test-support';

const MEETING = 'Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. ';

describe('a body voiced by its named member, and a saying verb that only reports a meeting', () => {
  it.each<[text: string, speakers: string[]]>([
    [`${MEETING}The opposition Green Party criticized the agreement. Its foreign affairs spokeswoman, Camila Rojas, said the government "has once again bypassed Congress."`, ['Camila Rojas']],
    [`${MEETING}The Green Party criticized the visit, with party leader Camila Rojas saying the government "should not court those who insult Chile."`, ['Camila Rojas']],
    ['Presidential spokesman Felipe Soto said President Gabriel Boric had held a phone conversation with Argentine President Javier Milei on Tuesday on lithium exports.', []],
    // An outlet that quotes 'like this': a paragraph ending in a closing single quote is body text, not a headline.
    [`${MEETING}\n\nPeruvian Foreign Minister Elmer Schialer said Lima remained 'committed to the border treaty signed in 1998.'`, ['Elmer Schialer']],
    // A naming verb whose quotation opens with an article.
    [`${MEETING}Ties had been strained since Milei, during his 2023 campaign, called Boric a "communist clown".`, ['Javier Milei']],
  ])('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });

  it.each<[text: string, speakers: string[]]>([
    // A body's own quoted words stand beside its member's.
    [`${MEETING}The Green Party said the agreement was "a surrender." Its foreign affairs spokeswoman, Camila Rojas, said the government "has once again bypassed Congress."`, ['Camila Rojas', 'Green Party']],
    // A spokesperson saying it is the body's own voice.
    [`${MEETING}The Green Party praised the visit, with spokesperson Camila Rojas saying the government was "delivering practical diplomacy."`, ['Camila Rojas', 'Green Party']],
    // No member voices it.
    [`${MEETING}The opposition Green Party criticized the agreement.`, ['Green Party']],
    // More than the meeting is said.
    ['Presidential spokesman Felipe Soto said President Gabriel Boric had held a phone conversation with Argentine President Javier Milei on Tuesday and that Chile "would not wait for Buenos Aires."', ['Felipe Soto']],
  ])('the body or reporter still speaks: %s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
