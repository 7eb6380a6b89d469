import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('negative twins (s35 pr45): a meeting set for a time, and the object of a relative clause closed before ", and"', () => {
  it('"said talks with Togo planned for Friday would go ahead": no talks held (nor dated to the Friday before)', () => {
    expect(occurredMeetings('Ghanaian Foreign Minister Kofi Adjei said talks with Togo planned for Friday would go ahead.')).toEqual([]);
  });
  it('"consultations with Mali scheduled for Monday were still on": no consultations held', () => {
    expect(occurredMeetings('Senegalese Foreign Minister Awa Ndiaye said consultations with Mali scheduled for Monday were still on.')).toEqual([]);
  });
  it('"talks with Chile pencilled in for May": no talks held', () => {
    expect(occurredMeetings('Argentine Foreign Minister Lucas Benítez said talks with Chile pencilled in for May would cover the border.')).toEqual([]);
  });
  it('"received Y, who is on a visit, and held talks with Z": Y is no one who held talks with Z', () => {
    const meetings = occurredMeetings('President Tomas Okoro received Foreign Minister Diego Ferrer of Spain, who is on a visit to Kenya, and held talks with Chinese Ambassador Li Wei.');
    expect(meetings.filter((m) => m.includes('Diego Ferrer') && m.includes('Li Wei'))).toEqual([]);
  });
  it('"received Y, who is ending her tour of duty in A, B, and later met Z": Y is no one who met Z', () => {
    const meetings = occurredMeetings('Prime Minister Amara Diallo received Ambassador Hana Novak of the Czech Republic, who is ending her tour of duty in Conakry, Guinea, and later met Turkish Ambassador Emre Kaya.');
    expect(meetings.filter((m) => m.includes('Hana Novak') && m.includes('Emre Kaya'))).toEqual([]);
  });
});
