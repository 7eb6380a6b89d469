/**
 * Whose statement it is where a body speaks through a member it names ("The opposition, through its ranking member on
 * defence, X, said …"; not its spokesperson, whose words are the body's), and where a one-word name taken for a person is
 * taken up by "Its" ("Asoex welcomed the deal. Its president, X, said …": a body voiced by its member, who alone speaks).
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers as speakersOf } from '../test-support';

const MEETING = 'Chilean President Gabriel Boric met Argentine President Javier Milei in Santiago on Monday. ';

describe('a body voiced through a member it names', () => {
  it.each<[text: string, speakers: string[]]>([
    [`${MEETING}The Minority in the Senate, through its Ranking Member on Foreign Relations, Senator Camila Rojas, said the government should "tread carefully with Buenos Aires."`, ['Camila Rojas']],
    [`${MEETING}The opposition bloc, through its leader in the Chamber, Felipe Soto, said the government should "tread carefully with Buenos Aires."`, ['Felipe Soto']],
    [`${MEETING}Chile's trade guild Asoex welcomed the agreement. Its president, Felipe Soto, said growers had lost "almost $200 million" during the dispute.`, ['Felipe Soto']],
  ])('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });

  it.each<[text: string, speakers: string[]]>([
    // Through a channel, not a person: the subject before the phrase speaks.
    [`${MEETING}Senator Camila Rojas, through her office in Valparaíso, said the government should "tread carefully with Buenos Aires."`, ['Camila Rojas']],
    // A spokesperson's words are the body's own.
    [`${MEETING}Peru's embassy in Santiago, through its spokesman Felipe Soto, warned Chile against "stirring up trouble on the border."`, ['Peru']],
    // "His" takes up a person, who keeps their own words beside the aide's.
    [`${MEETING}Senator Felipe Soto welcomed the agreement. His spokeswoman, Camila Rojas, said the senator "expects results by March."`, ['Camila Rojas', 'Felipe Soto']],
  ])('the subject still speaks: %s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
