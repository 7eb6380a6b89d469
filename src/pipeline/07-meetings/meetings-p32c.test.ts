import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('an unnamed envoy named by the next sentence ("received a special envoy from A. The envoy, Mr Z, …")', () => {
  it.each([
    // The next sentence opens by naming the envoy: he is whom the receiver met.
    ['President Hakainde Hichilema yesterday received a special envoy from Malawi at State House in Lusaka. The envoy, Malawi\'s Minister of Trade, Mr Peter Mwanza, delivered a message on the Nacala corridor.', ['Hakainde Hichilema + Peter Mwanza']],
    ['Kenyan President William Ruto on Monday received an envoy from Tanzania in Nairobi. The envoy, Mr Hamisi Kigwangalla, briefed him on the border talks.', ['Hamisi Kigwangalla + William Ruto']],
    // The next sentence names the envoy's boss, not in that opening: no one is added.
    ['President Hakainde Hichilema yesterday received a special envoy from Malawi at State House in Lusaka. Malawian President Lazarus Chakwera, who sent him, is due in Lusaka next month.', []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
