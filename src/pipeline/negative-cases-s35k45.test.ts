/**
 * Things that must NOT become edges or speakers (session 35, k45). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from './test-support';

describe('a country that opens the words after a speech verb is not the subject of the verb coordinated after them', () => {
  it('"The Prime Minister said Guatemala wanted … and urged Belize", with several prime ministers named', () => {
    const text =
      'Foreign Minister Ruben Castellano met Prime Minister Lydia Moreno-Vance of Belize on Monday in the capital.\n\n' +
      'Moreno-Vance handed over a letter from Jamaican Prime Minister Desmond Hallwell inviting the Guatemalan Prime Minister to visit Kingston.\n\n' +
      'The Prime Minister said Guatemala wanted to learn from the Caribbean and urged Belize to invest in the port.';
    expect(statementSpeakers(text)).not.toContain('Guatemala');
  });
});
