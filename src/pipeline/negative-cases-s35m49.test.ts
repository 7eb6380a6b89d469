import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('negative twins (s35 m49): a joint statement retelling a meeting names no new sides', () => {
  it('"We, the Foreign Ministers of A, B, C and D, met today" after the meeting was told with its people: no meeting of the countries', () => {
    const meetings = occurredMeetings('The foreign ministers of the Andean countries met today in Lima. Foreign Minister Ana Ruiz hosted her colleagues Diego Ferrer of Colombia, Lucía Paz of Ecuador and Marco Rojas of Bolivia. Mr Ferrer, Ms Paz and Mr Rojas arrived on Sunday.\n\nJOINT STATEMENT\n\n1. We, the Foreign Ministers of Bolivia, Colombia, Ecuador and Peru, met today in Lima to reaffirm our commitment to the region.');
    expect(meetings.filter((m) => /Bolivia|Colombia|Ecuador|Peru/.test(m))).toEqual([]);
  });
  it('a country no one of the earlier meeting stands for is left out, not kept as a side beside its neighbours\' ministers', () => {
    const meetings = occurredMeetings('Danish Foreign Minister Jonas Petersen hosted his colleagues Mari Tamm of Estonia and Ilze Kalnina of Latvia in Copenhagen on Monday. Ms Tamm and Ms Kalnina arrived on Sunday.\n\nWe, the Foreign Ministers of Denmark, Estonia, Latvia and Norway, met today in Copenhagen and adopted the following statement.');
    expect(meetings.filter((m) => /Norway|Denmark/.test(m))).toEqual([]);
  });
  it('"I had breakfast with X, and I also met Y" under a speaker\'s heading: X is not whom Y met', () => {
    expect(occurredMeetings('Prime Minister of Freedonia Carla Mendes:\n\nThis morning I had breakfast with Deputy Secretary General Anna Wekesa, and I also met the Chair of the Military Committee, General Peter Otieno, to discuss our plans.')).toEqual([]);
  });
  it('a report of a meeting a journalist asks to have confirmed ("Can you confirm that?") is hearsay', () => {
    expect(occurredMeetings("Reuters: Local media reported that Special Envoy Diego Ferrer met with President Tomas Okoro of Ecuador in Quito last week. Can you confirm that?\n\nLin Mei: I'm not aware of what you mentioned.")).toEqual([]);
  });
  it('"It is a daydream for X to expect any talks with Y": a hope, no talks', () => {
    expect(occurredMeetings('It is a daydream for the Kenyan authorities to expect any talks with Uganda while they keep the border closed.')).toEqual([]);
  });
  it('"was accorded a welcome at the forecourt of X, and called on Y": the hall X is no one who called on Y', () => {
    expect(occurredMeetings('On 18 November, His Majesty was accorded a ceremonial welcome at the forecourt of Rashtrapati Bhavan, and called on President Ana Ruiz.')).toEqual([]);
  });
  it('"The next session will be co-chaired by A and B": a plan, no meeting', () => {
    expect(occurredMeetings('The next session, to be held in Arusha in 2028, will be co-chaired by Cabinet Secretary Musa Wekesa and Tanzania\'s Minister of Foreign Affairs Dr. Joseph Mrema.')).toEqual([]);
  });
});
