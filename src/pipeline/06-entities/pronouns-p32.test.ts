import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

/** The people each meeting of a text brings together, as sorted name pairs. */
function meetingPairs(text: string): string[] {
  const dataset = extractArticle(`Talks in the region\n\n${text}`, '2025-03-10');
  const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
  return dataset.events.flatMap((e) => (e.type === 'meeting' ? [e.participants.map(name).sort().join(' + ')] : [])).sort();
}

describe('a pronoun after a sentence whose subject is a description of the person named before', () => {
  it.each([
    [
      'Peruvian diplomat Luis Mendoza had weighed every word. Landing in Santiago on Tuesday, March 4, the Peruvian foreign minister spoke of "a partnership among equals." A few hours later, he was received at the presidential palace by Gabriel Boric, in the presence of Chile\'s foreign minister, Alberto van Klaveren.',
      ['Alberto van Klaveren + Gabriel Boric + Luis Mendoza'],
    ],
    [
      'Kenyan diplomat Grace Wanjiru kept her remarks short. Speaking in Kampala on Friday, the Kenyan foreign minister called for calm on the border. Later that day, she was received at State House by Yoweri Museveni.',
      ['Grace Wanjiru + Yoweri Museveni'],
    ],
  ])('%s', (text, expected) => {
    expect(meetingPairs(text)).toEqual(expected);
  });
});
