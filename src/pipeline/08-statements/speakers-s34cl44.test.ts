/** Session 34 (cl44): twin of negative-cases-s34cl44.test.ts, "the junta of General X said": the leader named alone speaks. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('"General X said", no junta named before him: he speaks', () => {
  it.each([
    ['General Ousmane Diallo said on Monday that Burkina Faso would leave the regional bloc.', ['Ousmane Diallo']],
  ])('%s', (text, expected) => expect(statementSpeakers(text)).toEqual(expected));
});
