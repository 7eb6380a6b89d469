import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('negative twins (s35 m51): claimed meetings, and the agent of a passive reception', () => {
  it('"photographs purportedly showing X meeting Y are old": no meeting held', () => {
    expect(occurredMeetings('Photographs circulating online purportedly showing Kenyan Foreign Minister Grace Wanjiru meeting Somali officials in Mogadishu are old.')).toEqual([]);
  });
  it('"X allegedly met Y": no meeting held', () => {
    expect(occurredMeetings('Kenyan Foreign Minister Grace Wanjiru allegedly met Somali President Abdi Warsame in Dubai last week.')).toEqual([]);
  });
  it('"the Chairperson-in-Office was received by President X …, and later held talks with Y": X held no talks with Y', () => {
    const meetings = occurredMeetings('The OSCE Chairperson-in-Office, Austrian Foreign Minister Lena Fischer, concluded a visit to Nairobi today.\n\nIn Nairobi on 19 November, the Chairperson-in-Office was received by Kenyan President Joseph Mwangi at State House, and later held talks with Kenyan Foreign Minister Grace Wanjiru.');
    expect(meetings.filter((m) => m.includes('Joseph Mwangi') && m.includes('Grace Wanjiru'))).toEqual([]);
  });
});
