/**
 * An unnamed official at a seat of power ("a diplomat at the Kremlin said") speaks for that seat's country, as "officials
 * in Dushanbe said" does; an official at an embassy abroad, or a seat named as the place of talks, does not.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers as speakersOf } from '../test-support';

const MEETING = 'Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Monday. ';

describe('an unnamed official at a seat of power speaks for its country', () => {
  it.each<[text: string, speakers: string[]]>([
    [`${MEETING}Chile "remains a partner," a diplomat at the Kremlin said.`, ['Russia']],
    [`${MEETING}An adviser at the Moncloa said Spain "welcomes the dialogue."`, ['Spain']],
    [`${MEETING}Peru "is a close friend," an official at the White House said.`, ['United States']],
    [`${MEETING}A diplomat at the Chilean embassy in Lima said the meeting "went well."`, []],
  ])('%s', (text, speakers) => {
    expect(speakersOf(text)).toEqual(speakers);
  });
});
