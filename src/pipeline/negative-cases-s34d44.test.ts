/**
 * Dates that must NOT be given: a title with a day between bars but no time or issue part is what happened, not the
 * publication day; a wire dateline with no year ("Nairobi, November 20 (KNA):") takes none from a past meeting's
 * month and year or a planned one's; a round-up's weekday heading does not override its sentence's own day; "The visit
 * came a day after …" when the lede gives no day; "On the margins of the session" (a session may last weeks); "On the sidelines of
 * the meeting" past a wire item's dateline, to another item's day. Each has a twin that is dated. Hand-written, about other countries
 * than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../schema';
import { extractArticle, findActor } from './test-support';

/** The meeting between these two, or undefined when none was read. */
function meetingBetween(text: string, names: [string, string], published: string | null): Meeting | undefined {
  const dataset = extractArticle(text, published);
  const ids = names.map((n) => findActor(dataset, n)?.id);
  return dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)));
}

const publicationDate = (text: string) => extractArticle(text, null).documents[0].date;
const BODY = 'Accra - The Minister of Foreign Affairs of Ghana held talks with her Ivorian counterpart on the fisheries protocol.';

describe('a first line with a day between bars is the title unless a time or issue part is there', () => {
  it.each<[line: string, date: string | null]>([
    ['Fisheries | 4 March 2026 | Accra and Abidjan sign pact', null],
    ['twin: Fisheries | 4 March 2026 | 14h05'.slice(6), '2026-03-04'],
  ])('%s', (line, date) => {
    expect(publicationDate(`${line}\n\n${BODY}`)).toBe(date);
  });
});

describe("a yearless wire dateline takes no year from a past meeting's month or a planned one's", () => {
  const PAIR: [string, string] = ['Moses Wetangula-Odhiambo', 'Abiy Tesfaye-Haile'];
  it.each<[dateline: string, date: string | null]>([
    ['Nairobi, November 20 (KNA):', null],
    ['twin: Nairobi, November 20, 2026 (KNA):'.slice(6), '2026-11-19'],
  ])('%s', (dateline, date) => {
    const text = [
      'Kenya, Ethiopia agree to double trade',
      `${dateline} Ethiopian Foreign Minister Abiy Tesfaye-Haile called on Kenyan Prime Minister Moses Wetangula-Odhiambo here at State House on Thursday.`,
      'The prime minister recalled his meeting with the Ethiopian leadership in Addis Ababa in July 2025.',
      'The Joint Ministerial Commission will meet in Addis Ababa in March 2027.',
    ].join('\n\n');
    const meeting = meetingBetween(text, PAIR, null);
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBe(date);
  });
});

describe('"The visit came a day after X hosted a meeting" when the lede gives no day', () => {
  const PAIR: [string, string] = ['Wanjiru Kamau-Otieno', 'Juma Mrisho-Kombo'];
  it.each<[lede: string, date: string | null]>([
    ['Kenyan President Daniel Mwangi-Koech received Ugandan Foreign Minister Grace Nabukeera-Ssali at State House in Nairobi.', null],
    ['Kenyan President Daniel Mwangi-Koech received Ugandan Foreign Minister Grace Nabukeera-Ssali at State House in Nairobi on Saturday.', '2026-11-20'],
  ])('%s', (lede, date) => {
    const text = [
      'Kenyan President receives Ugandan Foreign Minister in Nairobi',
      lede,
      'Lake Victoria talks',
      'The visit came a day after Kenyan Foreign Minister Wanjiru Kamau-Otieno hosted in Nairobi a meeting of the Lake Victoria basin ministers, attended by Tanzanian Foreign Minister Juma Mrisho-Kombo.',
    ].join('\n\n');
    const meeting = meetingBetween(text, PAIR, '2026-11-22');
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBe(date);
  });
});

describe("a round-up's weekday heading does not override the day its paragraph's sentence gives", () => {
  const PAIR: [string, string] = ['Efua Boateng-Ansah', 'Komi Dzadzeto'];
  it.each<[paragraph: string, date: string | null]>([
    ['Tuesday. The Minister of Foreign Affairs, Efua Boateng-Ansah, said she had a telephone conversation on Monday with her Togolese counterpart, Komi Dzadzeto, on the border markets.', '2026-11-16'],
    ['Tuesday. The Minister of Foreign Affairs, Efua Boateng-Ansah, had a telephone conversation with her Togolese counterpart, Komi Dzadzeto, on the border markets.', '2026-11-17'],
  ])('%s', (paragraph, date) => {
    const text = ['Ghana: a week of audiences', "The week that ends was a busy one for Ghana's diplomacy.", paragraph].join('\n\n');
    const meeting = meetingBetween(text, PAIR, '2026-11-21');
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBe(date);
  });
});

describe('"On the margins of the session" and "On the sidelines of the meeting" past a dateline give no day', () => {
  const PAIR: [string, string] = ['Wanjiru Kamau-Otieno', 'Isaac Mukasa-Byaruhanga'];
  const council = 'Kenya hosted an extraordinary meeting of the Council of Ministers of the East African Community in Arusha on Monday, 16 November 2026. The Council deliberated on the common external tariff. The Council adopted a communiqué.';
  it.each<[sentence: string, date: string | null]>([
    ['On the margins of the session, Kenyan Trade Minister Wanjiru Kamau-Otieno and Ugandan Trade Minister Isaac Mukasa-Byaruhanga held a bilateral meeting on the railway.', null],
    ['twin: On the margins of the meeting, Kenyan Trade Minister Wanjiru Kamau-Otieno and Ugandan Trade Minister Isaac Mukasa-Byaruhanga held a bilateral meeting on the railway.'.slice(6), '2026-11-16'],
  ])('%s', (sentence, date) => {
    const meeting = meetingBetween(`${council}\n\n${sentence}`, PAIR, '2026-11-17');
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBe(date);
  });

  const PAGE = 'Ghana News Agency | Tuesday, 19 May 2026\n\nPresident receives phone call from Togolese leader\n\nAccra, May 19 (GNA) - President Kwabena Asante-Mensah received a phone call today from President Faure Agbeyome-Kodjo of Togo.\n\nMinister takes part in Sahel meeting';
  it.each<[item: string, date: string | null]>([
    ['Lomé, May 18 (GNA) - Ghanaian Minister Efua Boateng-Ansah took part in a ministerial meeting on the Sahel, held in Lomé.', null],
    ['twin: Lomé, May 18 (GNA) - Ghanaian Minister Efua Boateng-Ansah on Monday took part in a ministerial meeting on the Sahel, held in Lomé.'.slice(6), '2026-05-18'],
  ])('%s', (item, date) => {
    const text = `${PAGE}\n\n${item}\n\nOn the sidelines of the meeting, Ms Boateng-Ansah met with ECOWAS Commissioner Abdoulaye Traoré-Keita.`;
    const meeting = meetingBetween(text, ['Efua Boateng-Ansah', 'Abdoulaye Traoré-Keita'], null);
    expect(meeting).toBeDefined();
    expect(meeting!.date).toBe(date);
  });
});
