/**
 * A day in the possessive ("Friday's summit") dates the noun it owns; a publication line of outlet, place and weekday
 * without a comma ("Andina, Lima, Thursday 5 March 2026") dates the article. Hand-written, about the Andes.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../schema';
import { extractArticle } from '../test-support';

const meetingDates = (text: string) => extractArticle(text, null).events.filter((e): e is Meeting => e.type === 'meeting' && e.status === 'occurred').map((e) => e.date);

describe('"Friday\'s talks": a possessive day is the meeting\'s own when it owns the meeting noun', () => {
  it.each<[text: string, dates: (string | null)[]]>([
    // 7 March 2026 is a Saturday: Friday is 6 March.
    ["Published on Saturday, 7 March 2026\n\nFriday's talks between Brazilian Foreign Minister Mauro Vieira and Peruvian Foreign Minister Elmer Schialer focused on the Amazon.", ['2026-03-06']],
    ["Published on Saturday, 7 March 2026\n\nBrazilian Foreign Minister Mauro Vieira met Peruvian Foreign Minister Elmer Schialer on Thursday ahead of Friday's summit.", ['2026-03-05']],
    // The summit owns Friday; the meeting has no day of its own (without the rule it took Friday).
    ["Published on Saturday, 7 March 2026\n\nBrazilian Foreign Minister Mauro Vieira met Peruvian Foreign Minister Elmer Schialer in Lima to prepare Friday's summit.", [null]],
  ])('%s', (text, dates) => expect(meetingDates(text)).toEqual(dates));
});

describe('"OUTLET, PLACE, Thursday 5 March 2026": a publication line with the weekday before the day, no comma between', () => {
  it.each<[text: string, date: string | null]>([
    ["Andina, Lima, Thursday 5 March 2026\n\nPeruvian Foreign Minister Elmer Schialer received Brazilian Foreign Minister Mauro Vieira in Lima yesterday.", '2026-03-05'],
  ])('%s', (text, date) => expect(extractArticle(text, null).documents[0].date).toBe(date));
});
