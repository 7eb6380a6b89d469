/**
 * Segment (session 35, a47): a line announcing the text after it ("X released the following press statement:") is a sentence.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"X released the following press statement on Tuesday:" is body text, whose names are read', () => {
  it.each([
    [
      'Harare, May 3 (ZBC) -- Foreign Minister Tendai Moyo-Chuma, who received British Ambassador Ian Clark on Monday, released the following press statement on Tuesday:\n\nThe government rejects the report.',
      ['Ian Clark + Tendai Moyo-Chuma'],
    ],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
