/**
 * Negative cases (session 33, n43): names the session-33 name rules must leave apart or unread.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings, statementSpeakers } from './test-support';

describe('names kept apart', () => {
  it('two people who share a given name and the first part of a surname are not joined when two could fit', () => {
    const text =
      'Foreign Minister Oksana Melnyk-Koval met Oksana Melnyk-Shevchenko, the head of the Red Cross, in Kyiv on Friday.\n\nOksana Melnyk said Ukraine would fund the shelters.';
    expect(statementSpeakers(text)).not.toContain('Oksana Melnyk-Koval');
    expect(statementSpeakers(text)).not.toContain('Oksana Melnyk-Shevchenko');
  });
  it('a given name written with a hyphen is no double surname ("Kim Jong" is not "Kim Jong-un")', () => {
    const text = 'Kim Jong-un met Russian Defence Minister Andrei Belousov in Pyongyang on Friday.\n\nKim Jong said the talks went well.';
    expect(statementSpeakers(text)).not.toContain('Kim Jong-un');
  });
  it('a regnal number after a name stays the name\'s, no family name in capitals', () => {
    expect(occurredMeetings('King Charles III received Prime Minister Mark Carney at Buckingham Palace on Tuesday.')).toEqual(['Charles III + Mark Carney']);
  });
  it('"Alba", a given name, is no alliance', () => {
    expect(statementSpeakers('Foreign Minister Alba Rodríguez Soto said Venezuela would not attend.')).toEqual(['Alba Rodríguez Soto']);
  });
});
