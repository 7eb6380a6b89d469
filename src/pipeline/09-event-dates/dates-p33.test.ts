/**
 * Meeting dates from publication lines that open the story ("CITY.- May 4, 2026. The …", "OUTLET -
 * May 4, 2026. The …", "CITY, Country, 4 May 2026 (Outlet) - The …"), never from the dateline as the
 * meeting's own day, and from a live blog's entries stamped at the opening of their paragraphs
 * ("9.40am: …"). Hand-written, about the Pacific, the Andes and Central Asia.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

/** The date of the occurred meeting between these two, and its reason. */
function meetingDate(dataset: Dataset, names: string[]): { date: string | null; reason: string } | undefined {
  const ids = names.map((n) => findActor(dataset, n)?.id);
  const meeting = dataset.events.find((e): e is Meeting => e.type === 'meeting' && e.status === 'occurred' && ids.every((id) => id && e.participants.includes(id)));
  return meeting && { date: meeting.date, reason: meeting.dateDerivation.reason };
}

// Only the Chilean: after "Arequipa, Peru," the Peruvian minister may be read as his country.
const PERU_CHILE = ['Alberto van Klaveren'];
const talks = 'Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign Minister Alberto van Klaveren in Lima on Tuesday.';
/** A headline, then `opening` as the first line of the body, then lines with no day. */
const article = (opening: string, body = talks) => ['Peru and Chile agree on a lithium corridor', opening, body, 'Schialer said the corridor would "bring the Andes closer to the Pacific."'].join('\n');

describe('a publication line opening the story dates the article', () => {
  // 5 March 2026 is a Thursday: "on Tuesday" is 3 March.
  it.each<[opening: string, date: string | null]>([
    [`Lima.- March 5, 2026. ${talks}`, '2026-03-03'],
    [`ANDINA - March 5, 2026. ${talks}`, '2026-03-03'],
    [`Arequipa, Peru, 5 March 2026 (Andina) - ${talks}`, '2026-03-03'],
    // No year: the wire story stays undated.
    [`LIMA, March 5 (Andina) - ${talks}`, null],
    // A "Read more:" line and a caption are not the story's publication line.
    ['Read more: Chile - March 5, 2026. Ministers meet in Santiago', null],
    ['Photo: Lima - March 5, 2026. The ministers at the Torre Tagle palace', null],
  ])('%s', (opening, date) => {
    const found = meetingDate(extractArticle(article(opening, opening.includes(talks) ? '' : talks), null), PERU_CHILE);
    expect(found).toBeDefined();
    expect(found!.date).toBe(date);
  });
});

describe("a dateline's day is never the meeting's own", () => {
  it.each<[opening: string, names: string[], date: string]>([
    // "yesterday morning, Thursday, 5 March" against the dateline's 6 March, not the dateline's day.
    [
      "Apia, Samoa, 6 March 2026 (Samoa Observer) - Prime Minister Fiamē Naomi Mata'afa received New Zealand's Foreign Minister Winston Peters at the Government Building yesterday morning, Thursday, 5 March.",
      ["Fiamē Naomi Mata'afa", 'Winston Peters'],
      '2026-03-05',
    ],
    [
      'Bishkek.- March 6, 2026. Kyrgyz President Sadyr Japarov received Kazakh President Kassym-Jomart Tokayev at the Ala Archa residence on Wednesday, March 4.',
      ['Sadyr Japarov', 'Kassym-Jomart Tokayev'],
      '2026-03-04',
    ],
  ])('%s', (opening, names, date) => {
    expect(meetingDate(extractArticle(['Talks in the capital', opening].join('\n'), null), names)?.date).toBe(date);
  });
});

/** A live blog dated by its page line, its entries stamped at the opening of their paragraphs. */
const liveBlog = (dateLine: string, entry: string) =>
  [
    'LIVE: Kazakh President in Uzbekistan, Day 1',
    dateLine,
    '9.05am: Kazakh President Kassym-Jomart Tokayev lands in Tashkent.',
    entry,
    '12.30pm: Joint press conference at the Kuksaroy residence.',
    '3.15pm: That is all from us for today.',
  ].join('\n');
const CENTRAL_ASIA = ['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev'];

describe("a live blog's entry is on the blog's day", () => {
  it.each<[dateLine: string, entry: string, date: string | null]>([
    ['Wednesday, 4 Mar 2026', '10.40am: Uzbek President Shavkat Mirziyoyev holds talks with Tokayev at the Kuksaroy residence.', '2026-03-04'],
    ['Wednesday, 4 Mar 2026', '10:40 - Uzbek President Shavkat Mirziyoyev and Tokayev begin their bilateral meeting.', '2026-03-04'],
    // The entry names another day: not the blog's.
    ['Wednesday, 4 Mar 2026', '10.40am: Uzbek President Shavkat Mirziyoyev held talks with Tokayev by phone on Monday, ahead of the visit.', '2026-03-02'],
    // The page gives no day: the entry stays undated.
    ['Day 1 of the state visit', '10.40am: Uzbek President Shavkat Mirziyoyev holds talks with Tokayev at the Kuksaroy residence.', null],
  ])('%s | %s', (dateLine, entry, date) => {
    const found = meetingDate(extractArticle(liveBlog(dateLine, entry), null), CENTRAL_ASIA);
    expect(found).toBeDefined();
    expect(found!.date).toBe(date);
  });

  it('a story that once opens a paragraph on an hour is no live blog', () => {
    const story = [
      'Uzbek and Kazakh leaders meet in Tashkent',
      'Wednesday, 4 Mar 2026',
      'Kazakh President Kassym-Jomart Tokayev arrived in Tashkent for a two-day state visit.',
      '10.40am: Uzbek President Shavkat Mirziyoyev holds talks with Tokayev at the Kuksaroy residence.',
      'The two leaders discussed water sharing on the Syr Darya.',
    ].join('\n');
    const found = meetingDate(extractArticle(story, null), CENTRAL_ASIA);
    expect(found).toBeDefined();
    expect(found!.date).toBeNull();
  });
});
