import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"Friday" right after a known given name is a surname, not the day', () => {
  it.each([
    ['Dominica Prime Minister Roosevelt Skerrit met Grenada Finance Minister Godwin Friday in Roseau on Monday.', ['Godwin Friday + Roosevelt Skerrit']],
    // After a surname it stays the day.
    ['Kenyan President William Ruto met Ugandan President Yoweri Museveni Friday.', ['William Ruto + Yoweri Museveni']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
