/**
 * Entities (session 35, a51): "Rt Hon" and "the Right Honourable" are honorifics, dropped from the name like "Hon."
 * Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"Rt Hon" and "the Right Honourable" before a name', () => {
  it.each([
    ['On Friday, Prime Minister Tomasi Vakalolo held a phone call with the Prime Minister of Fiji, Rt Hon. Sefo Ratuva. The two leaders discussed fisheries.', ['Sefo Ratuva + Tomasi Vakalolo']],
    ['President Ana Solís received the Right Honourable Mark Teariki, Prime Minister of the Cook Islands, in Lima on Monday.', ['Ana Solís + Mark Teariki']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
