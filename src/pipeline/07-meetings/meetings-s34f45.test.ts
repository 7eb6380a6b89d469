import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"The President of the Republic, Head of State, Army General X": the ranked name holds the offices apposed before it, so "the Head of State" later is X', () => {
  it.each([
    ['The President of the Republic, Head of State, Army General Paul Mbeki, received in audience on Monday 9 November 2026, at the Palace of the Presidency, the Minister of Foreign Affairs of Zambia, Mr John Tembo, bearer of a message from the President of Zambia, Captain Peter Mwale.\n\nThe next session is scheduled in Lusaka.\n\nLet us recall that on Sunday the Head of State had a telephone conversation with the President of the Russian Federation, Vladimir Putin.', ['John Tembo + Paul Mbeki', 'Paul Mbeki + Vladimir Putin']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});

describe('"received in audience on Monday 9 November 2026, at the Palace of the Presidency, the Minister X": a full date between the verb and its object counts as one time word', () => {
  it.each([
    ['General Paul Mbeki received in audience on Monday 9 November 2026, at the Palace of the Presidency, the Minister of Foreign Affairs of Zambia, Mr John Tembo.', ['John Tembo + Paul Mbeki']],
    ['President Ana Ruiz received in audience on Tuesday, November 10, 2026, at the Government Palace, the Foreign Minister of Chile, Mr Diego Ferrer.', ['Ana Ruiz + Diego Ferrer']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
