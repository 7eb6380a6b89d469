/** Capitalised words that name no actor: a plural common noun opening a sentence; an institute's field after "Institute of". */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('a plural common noun opening a sentence is no speaker', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Farmers in the valley welcomed the deal. Exporters said the new customs post had cut waiting times by half.', []],
    ['Shopkeepers said the summit in Accra produced "more promises than plans."', []],
    ['Economists said the bridge to Moldova had been closed since spring.', []],
    // A surname the article introduced stays its person.
    ['Zambian Foreign Minister Mulambo Haimbe Peters met his Malawian counterpart in Lusaka. Peters said the corridor would open in June.', ['Mulambo Haimbe Peters']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('a scholar of an institute named "Institute of X" speaks', () => {
  it.each<[text: string, speakers: string[]]>([
    ["Dr Siti Rahmah Abdullah of Universiti Malaya's Institute of Ocean Studies said Malaysia \"will not be rushed\" on the code of conduct.", ['Siti Rahmah Abdullah']],
    ['Professor Tomas Lindqvist of the Institute of Maritime Strategy said Riga had "no better option."', ['Tomas Lindqvist']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
