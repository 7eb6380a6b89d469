import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('objects listed apart ("and, separately,")', () => {
  it.each([
    // "met A and, separately, B": the subject met each; A never met B.
    ["Chilean Foreign Minister Alberto van Klaveren spent Monday in Lima, meeting Peruvian President Dina Boluarte and, separately, Peru's deputy foreign minister, Ignacio Higueras, before flying on to Quito.", ['Alberto van Klaveren + Dina Boluarte', 'Alberto van Klaveren + Ignacio Higueras']],
    ['Ghanaian President John Mahama met Togolese President Faure Gnassingbé and, separately, Beninese President Patrice Talon in Accra on Monday.', ['Faure Gnassingbé + John Mahama', 'John Mahama + Patrice Talon']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});

describe('a call taken ("took a phone call from Y")', () => {
  it.each([
    // The call of "received a phone call from Y".
    ['Earlier in the day, Chilean Foreign Minister Alberto van Klaveren took a phone call from Peruvian Foreign Minister Elmer Schialer.', ['Alberto van Klaveren + Elmer Schialer']],
    ['Kenyan President William Ruto took a call from Ugandan President Yoweri Museveni on Sunday.', ['William Ruto + Yoweri Museveni']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
