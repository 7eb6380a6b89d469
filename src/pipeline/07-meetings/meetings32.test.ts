import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('a possessive pronoun opening the sentence holds the talks: the one person the sentence before told of', () => {
  it.each([
    ['When Kenyan Foreign Minister Musalia Mudavadi arrived in Addis Ababa last week, few expected a breakthrough. Yet his talks with Ethiopian Foreign Minister Gedion Timothewos produced a joint statement on the border.', ['Gedion Timothewos + Musalia Mudavadi']],
    ['Norwegian Foreign Minister Anniken Huitfeldt arrived in Helsinki on Tuesday. Her first talks with Finnish Foreign Minister Pekka Haavisto covered Arctic security.', ['Anniken Huitfeldt + Pekka Haavisto']],
    ['Uruguayan Foreign Minister Mario Lubetkin landed in Asunción on Monday. However, his meeting with Paraguayan Foreign Minister Rubén Ramírez Lezcano produced an agreement on the river.', ['Mario Lubetkin + Rubén Ramírez Lezcano']],
    // Only the sentence just before: one that names no one leaves the talks to no one, however near a name before it.
    ['Kenyan Foreign Minister Musalia Mudavadi arrived in Addis Ababa last week. Few expected a breakthrough. Yet his talks with Ethiopian Prime Minister Abiy Ahmed produced a joint statement on the border.', []],
  ])('%s', (text, expected) => {
    expect(occurredMeetings(text)).toEqual(expected);
  });
});
