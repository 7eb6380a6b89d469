/** Session 34 (cl44): the talks' length opening a sentence. */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"After more than four hours of talks, X and Y agreed": the preposition capitalised at the opening, "talks" in lower case as its gate reads it', () => {
  it.each([
    ['After more than four hours of talks on Tuesday, Foreign Minister Rosa Quispe and her Ecuadorian counterpart, Mateo Cordero, agreed to reopen the border crossing.', ['Mateo Cordero + Rosa Quispe']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
