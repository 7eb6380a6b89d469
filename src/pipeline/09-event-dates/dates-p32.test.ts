/**
 * Meeting dates from a bureau's or outlet's credit at the article's foot ("Lima Bureau, 19 November
 * 2026"), and from the meeting told before when "also" adds one to it. Hand-written, about South America and the Caucasus.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

/** The date of the occurred meeting between these two, and its reason. */
function meetingDate(dataset: Dataset, names: [string, string]): { date: string | null; reason: string } | undefined {
  const ids = names.map((n) => findActor(dataset, n)?.id);
  const meeting = dataset.events.find((e): e is Meeting => e.type === 'meeting' && e.status === 'occurred' && ids.every((id) => id && e.participants.includes(id)));
  return meeting && { date: meeting.date, reason: meeting.dateDerivation.reason };
}

/** An article of more than eight lines with no date of its own but, perhaps, its last line. */
const withFoot = (foot: string) =>
  [
    'Peru and Chile agree on a lithium corridor',
    'Peruvian Foreign Minister Elmer Schialer held talks with Chilean Foreign Minister Alberto van Klaveren in Lima on Tuesday.',
    'The two ministers agreed to study a rail link between the lithium fields and the port of Ilo.',
    'Schialer said the corridor would "bring the Andes closer to the Pacific."',
    'Van Klaveren said Chile was ready to share its experience with mining royalties.',
    'Business groups in Arequipa welcomed the plan.',
    'Environmental groups asked for a study of the salt flats before any work begins.',
    'Peru is the second largest producer of copper in the world.',
    'Chile holds the largest known reserves of lithium.',
    foot,
  ].join('\n');

describe('a credit and a day on the last line date the article', () => {
  it.each<[foot: string, date: string | null]>([
    ['Lima Bureau, 19 November 2026', '2026-11-17'],
    ['Andina News, Nov. 19, 2026', '2026-11-17'],
    // A year-less foot line gives no year: the meeting stays undated.
    ['Lima, Nov 19', null],
    // A last caption tells its picture's day, not the article's.
    ['Schialer and van Klaveren in Lima, November 18, 2026', null],
  ])('%s', (foot, date) => {
    const found = meetingDate(extractArticle(withFoot(foot), null), ['Elmer Schialer', 'Alberto van Klaveren']);
    expect(found?.date).toBe(date);
    if (!date) expect(found?.reason).toMatch(/no publication date/);
  });
});

describe('"also" adds a meeting to the one told before, with one of its participants', () => {
  const told = 'Georgian Foreign Minister Maka Botchorishvili met her Armenian counterpart Ararat Mirzoyan in Yerevan on Friday.';
  const quotes = 'Botchorishvili said Georgia would "keep the road to the sea open." Mirzoyan thanked Tbilisi for its "steady friendship." Both spoke of the new bridge at Sadakhlo.';
  it.each<[text: string, names: [string, string], date: string | null]>([
    [`${told} ${quotes} The Georgian minister was also received by Armenian Prime Minister Nikol Pashinyan.`, ['Maka Botchorishvili', 'Nikol Pashinyan'], '2024-03-08'],
    [`${told} ${quotes} Botchorishvili also met Armenian Prime Minister Nikol Pashinyan.`, ['Maka Botchorishvili', 'Nikol Pashinyan'], '2024-03-08'],
    // "had also met": an earlier time the text does not give.
    [`${told} ${quotes} Botchorishvili had also met Armenian Prime Minister Nikol Pashinyan.`, ['Maka Botchorishvili', 'Nikol Pashinyan'], null],
    // No one of the meeting told before: another story.
    [`${told} ${quotes} Azerbaijani Foreign Minister Jeyhun Bayramov also met Turkish Foreign Minister Hakan Fidan.`, ['Jeyhun Bayramov', 'Hakan Fidan'], null],
  ])('%s', (text, names, date) => {
    const found = meetingDate(extractArticle(text), names);
    expect(found?.date).toBe(date);
    if (!date) expect(found?.reason).toMatch(/no date expression/);
  });
});
