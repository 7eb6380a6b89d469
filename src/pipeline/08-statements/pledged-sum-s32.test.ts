/**
 * A sum of money pledged is an act, not words: the currency nouns that close a sum are words.json currencyNouns and
 * pledgedSumCurrencies read as one list.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('a sum pledged in any currency noun is no statement', () => {
  it.each<[text: string, speakers: string[]]>([
    // currencyNouns close a sum as pledgedSumCurrencies do.
    ['Uruguay pledged 40 million pesos for the reconstruction of the port in Valparaíso.', []],
    ['Tanzania pledged a further 300 million shillings at the donor meeting in Dodoma.', []],
    ['Norway pledged 15 million francs to the relief fund in Geneva.', []],
    // Support pledged, with no sum, is a statement.
    ['Uruguay pledged support for the reconstruction of the port in Valparaíso.', ['Uruguay']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
