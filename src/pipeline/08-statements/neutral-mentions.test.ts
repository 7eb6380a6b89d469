/**
 * Mentions in a statement that are not whom it is aimed at: a topic the speaker discussed, a body whose office a
 * named holder's title names. Each case sits beside one where the same words do mark a target.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('neutral mentions: named in the words, not aimed at', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // A topic: what "discussed" takes is the subject of talks, not whom the words are about.
    ['Kenyan Foreign Minister Musalia Mudavadi said the two discussed Sudan and regional trade.', 'Musalia Mudavadi', []],
    ['Chilean Foreign Minister Alberto van Klaveren said on Monday that the ministers had discussed Bolivia.', 'Alberto van Klaveren', []],
    // The same speakers where the words are aimed at the country.
    ['Kenyan Foreign Minister Musalia Mudavadi accused Sudan of arming the rebels.', 'Musalia Mudavadi', ['Sudan']],
    ['Chilean Foreign Minister Alberto van Klaveren urged Bolivia on Monday to reopen the border.', 'Alberto van Klaveren', ['Bolivia']],
    ['Chilean Foreign Minister Alberto van Klaveren said on Monday that the ministers had discussed sanctions against Bolivia.', 'Alberto van Klaveren', ['Bolivia']],
    // A denial that a topic came up says something of it.
    ['Chilean Foreign Minister Alberto van Klaveren said on Monday that the ministers had not discussed Bolivia.', 'Alberto van Klaveren', ['Bolivia']],
    // A body whose office is the title of the person named: the words are about the person.
    ["Venezuelan Foreign Minister Yvan Gil criticised the OAS Secretary-General's special envoy Pedro Salas on Monday.", 'Yvan Gil', ['Pedro Salas']],
    ['Kenyan President William Ruto thanked Ghana on Monday for its role as AU chair.', 'William Ruto', ['Ghana']],
    // The body itself, criticised or thanked, or its head where no holder is named.
    ['Kenyan President William Ruto thanked the AU chairperson on Monday for his support.', 'William Ruto', ['African Union']],
    ['Venezuelan Foreign Minister Yvan Gil criticised the OAS on Monday for its "double standards."', 'Yvan Gil', ['Organization of American States']],
    ['Kenyan President William Ruto thanked the AU on Monday for its role in the talks.', 'William Ruto', ['African Union']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });
});
