/**
 * Days a meeting takes in new page shapes and phrasings: a time of day alone ("commencing at 3:10 p.m.") does not hide the
 * day beside it; "the day before yesterday"; a digest's items opening on their days ("• 18.11 |", "* FRI 20/11 –"); a
 * digest's items under datelines of their own ("CITY, 13 Nov - … yesterday"); "came a day after X hosted Y … on Tuesday
 * evening" (the event's own day); "The meeting on Wednesday was attended by …"; a live blog's entries stamped with day and
 * time; a subheading between items; a relative clause that names the story's own meeting; a weekday with its day of the
 * month ("Sunday the 8th of the present month"). Hand-written, about other countries than the probes'.
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

// 20 November 2026 is a Friday: Tuesday is the 17th, Wednesday the 18th, Thursday the 19th.
const FRIDAY = '2026-11-20';

describe('a time of day alone does not hide the day beside it', () => {
  it.each<[sentence: string, names: [string, string], date: string]>([
    ['On November 18, commencing at 3:10 p.m. for approximately 30 minutes, Foreign Minister Ana Lobo-Teixeira of Angola held talks with Foreign Minister Pedro Nhaca-Mondlane of Mozambique.', ['Ana Lobo-Teixeira', 'Pedro Nhaca-Mondlane'], '2026-11-18'],
    ['On Wednesday, Angolan Foreign Minister Ana Lobo-Teixeira met Mozambican Foreign Minister Pedro Nhaca-Mondlane at noon in Luanda.', ['Ana Lobo-Teixeira', 'Pedro Nhaca-Mondlane'], '2026-11-18'],
  ])('%s', (sentence, names, date) => {
    expect(meetingDate(`Angola and Mozambique review the corridor\n\n${sentence}`, names, FRIDAY)).toBe(date);
  });
});

describe('"the day before yesterday" counts two days back', () => {
  it('is the 18th', () => {
    const text = 'Angola and Mozambique review the corridor\n\nAngolan Foreign Minister Ana Lobo-Teixeira held talks with Mozambican Foreign Minister Pedro Nhaca-Mondlane in Luanda the day before yesterday.';
    expect(meetingDate(text, ['Ana Lobo-Teixeira', 'Pedro Nhaca-Mondlane'], FRIDAY)).toBe('2026-11-18');
  });
});

describe("a digest's item opening on its day dates what it tells", () => {
  const bullets = [
    'Diplomacy in brief',
    'A digest of the week in foreign policy.',
    '• 19.11 | Prime Minister receives Mongolian envoy',
    'Prime Minister Askar Tokbaev-Sultan met with the Ambassador of Mongolia to Kazakhstan, Bold Ganbaatar-Erdene. The parties discussed the railway.',
    '• 17.11 | Foreign Minister meets Azerbaijani counterpart',
    'Foreign Minister Daulet Serikov-Nurlan held talks with Azerbaijani Foreign Minister Rauf Aliyev-Mammad in Astana. The parties signed a protocol.',
  ].join('\n\n');
  const asterisks = [
    'WEEK IN BRIEF',
    'The week that was, in short.',
    '* THU 19/11 – ENVOY AT THE PALACE. President Carlos Mejía-Rivas received the Ambassador of Chile, Andrés Soto-Vial, at the presidential palace. They talked about fisheries.',
    '* TUE 17/11 – MINISTER VISITS. Foreign minister Lucía Paredes-Arce had a meeting with her Ecuadorian colleague Marco Vera-Andrade, to coordinate the border crossings.',
  ].join('\n\n');
  it.each<[text: string, names: [string, string], date: string]>([
    [bullets, ['Askar Tokbaev-Sultan', 'Bold Ganbaatar-Erdene'], '2026-11-19'],
    [bullets, ['Daulet Serikov-Nurlan', 'Rauf Aliyev-Mammad'], '2026-11-17'],
    [asterisks, ['Carlos Mejía-Rivas', 'Andrés Soto-Vial'], '2026-11-19'],
    [asterisks, ['Lucía Paredes-Arce', 'Marco Vera-Andrade'], '2026-11-17'],
  ])('%s', (text, names, date) => {
    expect(meetingDate(text, names, FRIDAY)).toBe(date);
  });
});

describe("a digest's item under a dateline of its own counts its relative days from that dateline", () => {
  const digest = [
    'NEWS IN BRIEF',
    '* President receives Japanese envoy',
    'HANOI, 18 Nov - Vietnamese President Nguyen Van Thanh-Long received Japanese Foreign Minister Hideo Tanabe-Mori at the Presidential Palace yesterday afternoon.',
    '* Minister holds talks with Cambodian counterpart',
    'HANOI, 19 Nov - Vietnamese Foreign Minister Tran Quoc Binh-Minh held talks with Cambodian Foreign Minister Sokha Heng-Vanna at the Ministry this morning.',
  ].join('\n\n');
  it.each<[names: [string, string], date: string]>([
    [['Nguyen Van Thanh-Long', 'Hideo Tanabe-Mori'], '2026-11-17'],
    [['Tran Quoc Binh-Minh', 'Sokha Heng-Vanna'], '2026-11-19'],
  ])('%s', (names, date) => {
    expect(meetingDate(digest, names, FRIDAY)).toBe(date);
  });
});

describe('"came a day after X hosted Y … on Tuesday evening": the event after the phrase gives its own day', () => {
  it('is Tuesday', () => {
    const text = [
      'Kenya hosts Ugandan President',
      'Kenyan President Daniel Mwangi-Koech received Ugandan President Yoweri Kato-Museveni at State House, with Foreign Minister Wanjiru Otieno.',
      "The Ugandan leader's visit came a day after Otieno hosted her Ugandan and Tanzanian counterparts, Grace Nabukeera-Ssali and Juma Mrisho-Kombo, for a trilateral meeting in Nairobi on Tuesday evening.",
    ].join('\n\n');
    expect(meetingDate(text, ['Wanjiru Otieno', 'Juma Mrisho-Kombo'], FRIDAY)).toBe('2026-11-17');
  });
});

describe('"The meeting on Wednesday was attended by …" dates the meeting told just before', () => {
  it('is Wednesday', () => {
    const text = [
      'Ghana and Togo agree on border markets',
      'Ghanaian President Kwabena Asante-Mensah has received Togolese Prime Minister Komi Dzadzeto-Agbo in Accra.',
      'The meeting on Wednesday at Jubilee House was attended by Foreign Minister Efua Boateng-Ansah.',
    ].join('\n\n');
    expect(meetingDate(text, ['Kwabena Asante-Mensah', 'Komi Dzadzeto-Agbo'], FRIDAY)).toBe('2026-11-18');
  });
});

describe("a live blog's entries stamped with day and time date what they tell", () => {
  it('is the stamp\'s day', () => {
    const text = [
      'LIVE: Prime Minister in Kathmandu',
      'Nov 19, 2026 08:10 PM IST',
      "That's all from us today.",
      'Nov 19, 2026 06:30 PM IST',
      'Prime Minister meets opposition leader',
      'Indian Prime Minister Rohan Mehta-Iyer met Nepali opposition leader Sushil Thapa-Magar at the embassy in Kathmandu.',
      'Nov 19, 2026 04:05 PM IST',
      'Joint statement issued',
      'The two sides issued a joint statement on hydropower.',
    ].join('\n\n');
    expect(meetingDate(text, ['Rohan Mehta-Iyer', 'Sushil Thapa-Magar'], FRIDAY)).toBe('2026-11-19');
  });
});

describe('"later that day" under a new item\'s subheading counts from that item\'s day, not a meeting of the item above', () => {
  it('is the 18th', () => {
    const text = [
      'Press material',
      'Chile: High Representative holds phone call with Foreign Minister Andrés Soto-Vial',
      'High Representative Marta Kivi-Laane spoke today with Chilean Foreign Minister Andrés Soto-Vial on the trade agreement.',
      'Peru: High Representative meets Foreign Minister Rosa Quispe-Mamani',
      'On 18 November, the High Representative received the Foreign Minister of Peru in Brussels.',
      'The High Representative reiterated the EU\'s support for Peru.',
      'Peruvian Foreign Minister Rosa Quispe-Mamani also met EU Director-General Jan Vermeulen-Claes later that day.',
    ].join('\n\n');
    expect(meetingDate(text, ['Rosa Quispe-Mamani', 'Jan Vermeulen-Claes'], FRIDAY)).toBe('2026-11-18');
  });
});

describe("a relative clause with no \"also\" or \"had\" names the story's own meeting, dated by the lede", () => {
  it('is yesterday', () => {
    const text = [
      'Ghana and Togo seal border markets deal',
      'ACCRA: Ghana and Togo yesterday agreed to reopen the border markets.',
      'Ghanaian President Kwabena Asante-Mensah, who hosted Togolese Prime Minister Komi Dzadzeto-Agbo at Jubilee House, said the markets "belong to both peoples".',
    ].join('\n\n');
    expect(meetingDate(text, ['Kwabena Asante-Mensah', 'Komi Dzadzeto-Agbo'], FRIDAY)).toBe('2026-11-19');
  });
});

describe('a weekday with its day of the month ("Sunday the 8th of the present month") is that day, not the latest such weekday', () => {
  it('is the 8th', () => {
    const text = 'Angola and Mozambique review the corridor\n\nOn Sunday the 8th of the present month, Angolan Foreign Minister Ana Lobo-Teixeira held a telephone conversation with Mozambican Foreign Minister Pedro Nhaca-Mondlane.';
    expect(meetingDate(text, ['Ana Lobo-Teixeira', 'Pedro Nhaca-Mondlane'], FRIDAY)).toBe('2026-11-08');
  });
});
