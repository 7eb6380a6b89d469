/**
 * Dates that must NOT be given: a digest's item whose day in digits could be read either way ("* 10/11 –") and names no
 * weekday; a relative day under a single wire dateline is read against the publication date, not the dateline's day;
 * a meeting told in a relative clause with "had"; a page with fewer than three entry stamps of day and time; a title with
 * a day part between bars; the day of another clause after "came a day after X hosted Y"; a weekday whose day of the
 * month ("Monday the 8th") is no such weekday near the publication date. Each has a twin that is dated. Hand-written,
 * about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../schema';
import { extractArticle, findActor } from './test-support';

/** The date of the meeting between these two (undefined when none was read). */
function meetingDate(text: string, names: [string, string], published: string | null): string | null | undefined {
  const dataset = extractArticle(text, published);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)))?.date;
}

const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;
// 20 November 2026 is a Friday; 10 November a Tuesday.
const FRIDAY = '2026-11-20';
const PAIR: [string, string] = ['Carlos Mejía-Rivas', 'Andrés Soto-Vial'];

describe("a digest's item whose day in digits could be read either way takes none unless its weekday settles it", () => {
  it.each<[heading: string, date: string | null]>([
    ['* 10/11 – ENVOY AT THE PALACE.', null],
    ['twin: * TUE 10/11 – ENVOY AT THE PALACE.'.slice(6), '2026-11-10'],
  ])('%s', (heading, date) => {
    const text = [
      'WEEK IN BRIEF',
      'The week that was, in short.',
      '* THU 19/11 – MINISTER VISITS. Foreign minister Lucía Paredes-Arce had a meeting with her Ecuadorian colleague Marco Vera-Andrade, to coordinate the border crossings.',
      `${heading} President Carlos Mejía-Rivas received the Ambassador of Chile, Andrés Soto-Vial, at the presidential palace. They talked about fisheries.`,
    ].join('\n\n');
    expect(meetingDate(text, PAIR, FRIDAY)).toBe(date);
  });
});

describe("a relative day under a single wire dateline is read against the publication date, not the dateline's day", () => {
  it.each<[second: string, date: string]>([
    ['The two ministers will meet again in March.', '2026-11-19'],
    ['twin: NAIROBI, 17 Nov - Kenya and Uganda agreed on a joint border patrol.'.slice(6), '2026-11-17'],
  ])('%s', (second, date) => {
    const text = [
      'Kenya, Uganda agree on border patrol',
      'NAIROBI, 18 Nov - Kenyan Foreign Minister Wanjiru Otieno received Ugandan Foreign Minister Grace Nabukeera-Ssali at the ministry yesterday.',
      second,
    ].join('\n\n');
    expect(meetingDate(text, ['Wanjiru Otieno', 'Grace Nabukeera-Ssali'], FRIDAY)).toBe(date);
  });
});

describe('a meeting told in a relative clause with "had" takes no day from the lede', () => {
  it.each<[clause: string, date: string | null]>([
    ['who had hosted', null],
    ['twin: who hosted'.slice(6), '2026-11-19'],
  ])('%s', (clause, date) => {
    const text = [
      'Ghana and Togo seal border markets deal',
      'ACCRA: Ghana and Togo yesterday agreed to reopen the border markets.',
      `Ghanaian President Kwabena Asante-Mensah, ${clause} Togolese Prime Minister Komi Dzadzeto-Agbo at Jubilee House, said the markets "belong to both peoples".`,
    ].join('\n\n');
    expect(meetingDate(text, ['Kwabena Asante-Mensah', 'Komi Dzadzeto-Agbo'], FRIDAY)).toBe(date);
  });
});

describe('fewer than three entry stamps of day and time make no live blog', () => {
  const entry = ['Nov 19, 2026 06:30 PM IST', 'Prime Minister meets opposition leader', 'Indian Prime Minister Rohan Mehta-Iyer met Nepali opposition leader Sushil Thapa-Magar at the embassy in Kathmandu.'];
  it.each<[stamps: string[], date: string | null]>([
    [['Nov 19, 2026 08:10 PM IST', "That's all from us today.", ...entry], null],
    [['Nov 19, 2026 08:10 PM IST', "That's all from us today.", ...entry, 'Nov 19, 2026 04:05 PM IST', 'The two sides issued a joint statement on hydropower.'], '2026-11-19'],
  ])('%j', (lines, date) => {
    const text = ['Prime Minister in Kathmandu', ...lines].join('\n\n');
    expect(meetingDate(text, ['Rohan Mehta-Iyer', 'Sushil Thapa-Magar'], null)).toBe(date);
  });
});

describe('a first line with a day part between bars is a title unless its other parts are a masthead in capitals', () => {
  it.each<[line: string, date: string | null]>([
    ['Fisheries | Accra and Abidjan sign pact | 11 November 2026', null],
    ['twin: FISHERIES | DAILY BULLETIN | 11 November 2026'.slice(6), '2026-11-11'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${line}\n\nAccra - The Minister of Foreign Affairs of Ghana held talks with her Ivorian counterpart on the fisheries protocol.`)).toBe(date);
  });
});

describe('"came a day after X hosted Y" takes no day from another clause after a comma', () => {
  it.each<[tail: string, date: string | null]>([
    [' in Nairobi, while on Tuesday evening the Ugandan minister flew home.', null],
    ['twin: in Nairobi on Tuesday evening.'.slice(6), '2026-11-17'],
  ])('%s', (tail, date) => {
    const text = [
      'Kenya hosts Ugandan President',
      'Kenyan President Daniel Mwangi-Koech received Ugandan President Yoweri Kato-Museveni at State House, with Foreign Minister Wanjiru Otieno.',
      `The Ugandan leader's visit came a day after Otieno hosted her Ugandan counterpart, Grace Nabukeera-Ssali, for talks${tail}`,
    ].join('\n\n');
    expect(meetingDate(text, ['Wanjiru Otieno', 'Grace Nabukeera-Ssali'], FRIDAY)).toBe(date);
  });
});

describe('a weekday with a day of the month that is no such weekday near the publication date takes no day', () => {
  it.each<[opening: string, date: string | null]>([
    ['On Monday the 8th of the present month', null],
    ['twin: On Sunday the 8th of the present month'.slice(6), '2026-11-08'],
  ])('%s', (opening, date) => {
    const text = `Angola and Mozambique review the corridor\n\n${opening}, Angolan Foreign Minister Ana Lobo-Teixeira held a telephone conversation with Mozambican Foreign Minister Pedro Nhaca-Mondlane.`;
    expect(meetingDate(text, ['Ana Lobo-Teixeira', 'Pedro Nhaca-Mondlane'], FRIDAY)).toBe(date);
  });
});
