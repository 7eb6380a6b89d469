/**
 * Speakers (session 35, k45): a state agency credited by its short name ("(BSS)") makes its country's prime minister the
 * bare "The Prime Minister", though a foreign one was named in the same sentence as he was.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets } from '../test-support';

describe('a bare "The Prime Minister" in a state agency\'s copy credited by its short name is its own country\'s', () => {
  it('BSS, with a Nepali prime minister named beside the Bangladeshi one', () => {
    const text =
      'DHAKA, Nov 4, 2026 (BSS) - Nepali Foreign Minister Bishnu Raj Koirala paid a courtesy call on Prime Minister Mahfuzur Haque at his office yesterday.\n\n' +
      'Koirala handed over a letter from Nepali Prime Minister Ram Bahadur Thapa-Magar inviting the Bangladesh Prime Minister to visit Kathmandu.\n\n' +
      'The Prime Minister said Bangladesh wanted to "learn from Nepal in hydropower" and urged Nepal to open its market to Bangladeshi medicines.';
    expect(firstStatementTargets(text, 'Mahfuzur Haque')).toEqual(['Nepal']);
  });
});
