/**
 * Entities (session 35, a51): "Rt Hon" is an honorific, dropped from the name like "Hon."
 * Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"Rt Hon" before a name', () => {
  it.each([
    ['On Friday, Prime Minister Tomasi Vakalolo held a phone call with the Prime Minister of Fiji, Rt Hon. Sefo Ratuva. The two leaders discussed fisheries.', ['Sefo Ratuva + Tomasi Vakalolo']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
