/** Names: a capital inside a person's name, a minister's field that closes on "Services", a think tank's "Studies", a government named by what it stands for. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('name runs that hold a place, a field or a government', () => {
  it.each<[text: string, speakers: string[]]>([
    // A country's capital or other alias between two words of a name is a middle name; the surname alone later is the same person.
    ['Chief Minister Thomas Berlin Okafor said the port would reopen in May.', ['Thomas Berlin Okafor']],
    ['Governor Elena Washington Brathwaite met the visiting envoy on Monday. Brathwaite said the island "cannot wait for another season."', ['Elena Washington Brathwaite']],
    // A minister's field, or an institute's, closed by a word of a portfolio, is no part of the name after it.
    ['Minister of Home Affairs and Correctional Services Tumelo Mokoena said the border posts with Zimbabwe would reopen.', ['Tumelo Mokoena']],
    ['Analyst Lina Haddad of the Amman Institute of Regional Studies said the crossing to Syria "will not stay shut for long."', ['Lina Haddad']],
    ['Analyst Jonas Petraitis of the Vilnius Institute for Economic Research said Lithuania "has no cheaper option."', ['Jonas Petraitis']],
    // A government named by what it stands for is a body of its own.
    ["South Africa's Government of National Unity said it would press Zimbabwe on the border.", ['Government of National Unity']],
    ['The Government of National Accord said it would not recognise the vote in the east.', ['Government of National Accord']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
