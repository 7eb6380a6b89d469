/** Who speaks when a name's apposition or a body's name holds another actor: the adviser, not the president; no country for its central bank. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('speakers of "X, Adviser to the <Country> <role>, wrote", "Ministry of Foreign Affairs and Worship", "The Central Bank of <Country>", "10.15am: X criticises"', () => {
  it.each<[text: string, speakers: string[]]>([
    // The president is named before, so "the Kenyan President" is someone the apposition could wrongly hand the words to.
    ['President William Ruto received Egypt\'s foreign minister in Nairobi on Monday. Dr Anwar Haddad, Diplomatic Adviser to the Kenyan President, wrote on X that the partnership with Egypt was "a model."', ['Anwar Haddad']],
    ["Argentina's Ministry of Foreign Affairs and Worship said it was concerned about the vote in Paraguay.", ['Argentina']],
    ['The Central Bank of Kenya said details of the swap facility with Tanzania would be released after ratification.', []],
    // A live blog's entry stamped with a colon after the time reports words in the present tense too.
    ['10.15am: Senator Carlos Mendoza criticises the government for "bowing to Chile," urging the foreign ministry to recall its ambassador.', ['Carlos Mendoza']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
