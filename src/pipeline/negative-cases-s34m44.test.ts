import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

describe('"who briefed him on her recent talks with the Bolivian side": talks told as a briefing\'s topic name whom they were with; a side is no one', () => {
  it.each([
    ['On Wednesday, Foreign Minister Paul Ostrov received a telephone call from Chilean Foreign Minister Marta Quiroga Lenz, who briefed him on her recent talks with the Bolivian side.', ['Marta Quiroga Lenz + Paul Ostrov']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Member of the Supreme Council, General X, met Y": the council is no party of the meeting', () => {
  it.each([
    ['In another context, the Member of the Supreme State Council, Lt. Gen. Tomas Verlaine, met on Thursday in Lima with the Minister of State of the State of Qatar, Dr. Khalid bin Nasser Al-Hamadi.', ['Khalid bin Nasser Al-Hamadi + Tomas Verlaine']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
