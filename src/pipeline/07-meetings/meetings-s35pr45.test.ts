import { describe, expect, it } from 'vitest';
import { extractArticle, occurredMeetings } from '../test-support';

/** Each meeting of `text` (published 2024-09-20) as its status, then its participants sorted and joined with " + ". */
function meetingsWithStatus(text: string): string[] {
  const dataset = extractArticle(text, '2024-09-20');
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.events.flatMap((e) => (e.type === 'meeting' ? [`${e.status}: ${e.participants.map((p) => name.get(p)).sort().join(' + ')}`] : []));
}

describe('"talks with Y planned for Friday would go ahead": a participle setting the meeting for a time makes it a plan', () => {
  it.each([
    ['Ghanaian Foreign Minister Kofi Adjei said talks with Togo planned for Friday would go ahead.', ['planned: Kofi Adjei + Togo']],
    ['Senegalese Foreign Minister Awa Ndiaye said consultations with Mali scheduled for Monday were still on.', ['planned: Awa Ndiaye + Mali']],
    ['Argentine Foreign Minister Lucas Benítez said talks with Chile pencilled in for May would cover the border.', ['planned: Chile + Lucas Benítez']],
  ])('%s', (text, expected) => expect(meetingsWithStatus(text)).toEqual(expected));
});

describe('"held the talks with Y planned for Friday": once a past verb holds the noun, the planned talks took place', () => {
  it.each([
    ['Ghanaian Foreign Minister Kofi Adjei held the talks with Togo planned for Friday in Lomé.', ['Kofi Adjei + Togo']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X received Y, who is on a visit, and held talks with Z": the relative clause closes before ", and"; the second verb is X\'s', () => {
  it.each([
    ['President Tomas Okoro received Foreign Minister Diego Ferrer of Spain, who is on a visit to Kenya, and held talks with Chinese Ambassador Li Wei.', ['Diego Ferrer + Tomas Okoro', 'Li Wei + Tomas Okoro']],
    ['Prime Minister Amara Diallo received Ambassador Hana Novak of the Czech Republic, who is ending her tour of duty in Conakry, Guinea, and later met Turkish Ambassador Emre Kaya.', ['Amara Diallo + Emre Kaya', 'Amara Diallo + Hana Novak']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});
