import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"held a working session with": a meeting', () => {
  it.each([
    ['Peruvian Foreign Minister Elmer Schialer held a working session with Chilean Foreign Minister Alberto van Klaveren in Lima on Monday.', ['Alberto van Klaveren + Elmer Schialer']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
