import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"Y, <title>, led a delegation that included X": a title set off by commas between the leader and "led"', () => {
  it.each([
    ["Samoa's Prime Minister La'auli Leuatea Schmidt held talks with New Zealand's Foreign Minister Winston Peters in Apia on Tuesday.\n\nWinston Peters, New Zealand's Minister of Foreign Affairs, led a four-member delegation that included New Zealand's High Commissioner to Samoa, Trudy Dunlop.", ["La'auli Leuatea Schmidt + Trudy Dunlop + Winston Peters"]],
    ['Kenyan President William Ruto received Ugandan Foreign Minister Jeje Odongo in Nairobi on Friday. Mr Odongo, the foreign minister, led a delegation which included Uganda\'s Ambassador to Kenya, Joy Kabatsi.', ['Jeje Odongo + Joy Kabatsi + William Ruto']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
