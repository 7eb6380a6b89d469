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
});
