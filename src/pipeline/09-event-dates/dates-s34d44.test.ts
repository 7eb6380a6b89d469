/**
 * Days a meeting takes from the text around it: a weekly round-up's paragraph opened by a weekday alone ("Tuesday."),
 * "The following day," opening a sentence past a paragraph of what was said, "On the margins of the meeting" and "On
 * the eve of the meeting" (the meeting the text had reached), and "The visit came a day after X hosted a meeting"
 * (the visit the lede tells, a subheading between). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

/** The date of the meeting between these two. */
function meetingDate(text: string, names: [string, string], published: string): string | null | undefined {
  const dataset = extractArticle(text, published);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)))?.date;
}

// 21 November 2026 is a Saturday: Monday is the 16th, Tuesday the 17th, Thursday the 19th.
const SATURDAY = '2026-11-21';

describe("a round-up's paragraph opened by a weekday alone is that day's", () => {
  const roundUp = [
    'Ghana: a week of audiences at Jubilee House',
    "The week that ends was a busy one for Ghana's diplomacy.",
    'Tuesday. At Jubilee House, President Kwabena Asante-Mensah received the Ambassador of Japan, Hiroshi Tanabe-Okuda, who presented his letters of credence.',
    'Thursday. The Minister of Foreign Affairs, Efua Boateng-Ansah, had a telephone conversation with her Togolese counterpart, Komi Dzadzeto, on the border markets.',
  ].join('\n\n');
  it.each<[names: [string, string], date: string]>([
    [['Kwabena Asante-Mensah', 'Hiroshi Tanabe-Okuda'], '2026-11-17'],
    [['Efua Boateng-Ansah', 'Komi Dzadzeto'], '2026-11-19'],
  ])('%s', (names, date) => {
    expect(meetingDate(roundUp, names, SATURDAY)).toBe(date);
  });
});

describe('"The following day," opening a sentence counts from the day told past a paragraph of what was said', () => {
  const text = [
    'Tunis and Tripoli revive their joint commission',
    'On Thursday, the Libyan delegation arrived in Tunis for a three-day working visit.',
    'The head of the delegation said Libya wanted "a border of trade, not of checkpoints".',
    'He added that the two peoples "share one coast and one future".',
    'The following day, Tunisian Foreign Minister Hichem Ben Salah-Gharbi and Libyan Foreign Minister Omar Bel-Haj Zintani co-chaired the joint commission in Tunis.',
  ].join('\n\n');
  it('counts from Thursday', () => {
    expect(meetingDate(text, ['Hichem Ben Salah-Gharbi', 'Omar Bel-Haj Zintani'], SATURDAY)).toBe('2026-11-20');
  });
});

describe('"On the margins of the meeting" and "On the eve of the meeting" count from the meeting the text had reached', () => {
  const council = 'Kenya hosted an extraordinary meeting of the Council of Ministers of the East African Community in Arusha on Monday, 16 November 2026.';
  const middle = [
    'The Council deliberated on the common external tariff and the status of the railway financing.',
    'In his opening remarks, the Chairperson stated that the region "cannot wait another year".',
    'The Council adopted a communiqué calling for the speedy ratification of the protocol.',
  ];
  it.each<[sentence: string, names: [string, string], date: string]>([
    ['On the margins of the meeting, Kenyan Trade Minister Wanjiru Kamau-Otieno and Ugandan Trade Minister Isaac Mukasa-Byaruhanga held a bilateral meeting on the railway.', ['Wanjiru Kamau-Otieno', 'Isaac Mukasa-Byaruhanga'], '2026-11-16'],
    ['On the sidelines of the meeting, Kenyan Trade Minister Wanjiru Kamau-Otieno held talks with Ugandan Trade Minister Isaac Mukasa-Byaruhanga on the railway.', ['Wanjiru Kamau-Otieno', 'Isaac Mukasa-Byaruhanga'], '2026-11-16'],
  ])('%s', (sentence, names, date) => {
    expect(meetingDate([`${council} ${middle.join(' ')}`, sentence].join('\n\n'), names, '2026-11-17')).toBe(date);
  });
  it('"On the eve of the meeting" is the day before it', () => {
    const text = `${council}\n\nOn the eve of the meeting, Ugandan Trade Minister Isaac Mukasa-Byaruhanga paid a courtesy call on Kenyan President Daniel Mwangi-Koech at State House.`;
    expect(meetingDate(text, ['Isaac Mukasa-Byaruhanga', 'Daniel Mwangi-Koech'], '2026-11-17')).toBe('2026-11-15');
  });
});

describe('"The visit came a day after X hosted a meeting": the visit the lede tells, a subheading between', () => {
  const text = [
    'Kenyan President receives Ugandan Foreign Minister in Nairobi',
    'Kenyan President Daniel Mwangi-Koech received Ugandan Foreign Minister Grace Nabukeera-Ssali at State House in Nairobi on Saturday.',
    'The two discussed the Northern Corridor and the oil pipeline.',
    'Lake Victoria talks',
    'The visit came a day after Kenyan Foreign Minister Wanjiru Kamau-Otieno hosted in Nairobi a meeting of the Lake Victoria basin ministers, attended by Tanzanian Foreign Minister Juma Mrisho-Kombo.',
  ].join('\n\n');
  it('is the day before the lede', () => {
    expect(meetingDate(text, ['Wanjiru Kamau-Otieno', 'Juma Mrisho-Kombo'], '2026-11-22')).toBe('2026-11-20');
  });
});
