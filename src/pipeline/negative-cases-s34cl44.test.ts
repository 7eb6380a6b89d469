/**
 * Session 34 (cl44): a junta named by its leader speaks, not the leader (stage 08, words.json leaderGovernmentHeads);
 * twin in 08-statements/speakers-s34cl44.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from './test-support';

describe('"the junta of General X said": the government named by its leader speaks, not the leader', () => {
  it.each([
    ['The junta of General Ousmane Diallo said on Monday that Burkina Faso would leave the regional bloc.', []],
  ])('%s', (text, expected) => expect(statementSpeakers(text)).toEqual(expected));
});
