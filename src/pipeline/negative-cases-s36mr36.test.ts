import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('negative twins (s36 mr36): co-chairs of no sitting held, talks not held, same-side co-chairs', () => {
  it.each([
    ['"will co-chair the 3rd session": planned', 'Kenyan Foreign Minister Grace Wanjiru and Ugandan Foreign Minister Peter Okello will co-chair the 3rd session of the Joint Commission.'],
    ['"co-chaired the Joint Commission for years": a body, no sitting', 'Kenyan Foreign Minister Grace Wanjiru and Ugandan Foreign Minister Peter Okello co-chaired the Joint Commission for years.'],
    ['"are scheduled to co-chair": planned', 'Kenyan Foreign Minister Grace Wanjiru and Ugandan Foreign Minister Peter Okello are scheduled to co-chair the 3rd session of the Joint Commission in Kampala.'],
    ['two co-chairs of one country known: one side', 'Kenyan Foreign Minister Grace Wanjiru and Kenyan Finance Minister Peter Mwaura co-chaired the 3rd session of the Kenya Investment Council.'],
    ['"talks will be held … between": planned', 'Talks will be held in Ulaanbaatar on Monday between Mongolian President Batbold Ganzorig and Kazakh President Aidos Serikbayev.'],
    ['"no talks were held between": denied', 'No talks were held in Ulaanbaatar between Mongolian President Batbold Ganzorig and Kazakh President Aidos Serikbayev.'],
    ['"had a videoconference … on the proposal of": hypothetical call', 'Chilean Deputy Minister Rosa Ibáñez could have a videoconference with the Norwegian Minister of Trade, Ms Ingrid Solberg-Aas, next week.'],
  ])('%s', (_label, text) => expect(occurredMeetings(text)).toEqual([]));
});
