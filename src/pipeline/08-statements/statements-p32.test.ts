/**
 * Whom a denial of a meeting is not aimed at: who it says met ("denied reports that X had met Y"), and whom the
 * speaker denies meeting ("I did not meet Mr Y"); and a well-known person's own country, which a later foreign role ("the Czech foreign
 * minister") does not replace, nor a name written surname first hide; and
 * a clause after "while" past a closing quote, another speaker's.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('targets of a denied meeting, and a known person’s own country', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // Who a denial's "that" clause says met is not spoken against, nor (session 29, as the probes' golds have it) the other
    // side of a meeting of others; the other side of the speaker's own denied meeting may be.
    ['Peruvian government spokesman Fredy Hinojosa denied reports that Dina Boluarte had met Chilean officials in Arica.', 'Fredy Hinojosa', []],
    ['Chilean Foreign Minister Alberto van Klaveren rejected claims that he met Bolivian President Luis Arce in La Paz.', 'Alberto van Klaveren', ['Luis Arce']],
    // "I did not meet Mr Y": whom the speaker denies meeting.
    ['Chilean Foreign Minister Alberto van Klaveren met Peruvian officials on Monday. "I did not meet Mr Arce, I only greeted him in the hall," van Klaveren said.', 'Alberto van Klaveren', []],
    // A denial of something else keeps its target; so does a denial with no "that" clause.
    ['Peruvian government spokesman Fredy Hinojosa denied that Chile had violated the maritime border.', 'Fredy Hinojosa', ['Chile']],
    // "Foreign Minister Penny Wong" is Australian though a New Zealand foreign minister is named later: Australia is her own country.
    ['Foreign Minister Penny Wong met her Fijian counterpart in Suva on Tuesday. Wong said Australia "will always stand by the Pacific." A planned meeting with the New Zealand foreign minister was called off.', 'Penny Wong', []],
    // "Prime Minister Orbán Viktor": the dictionary's Viktor Orbán written surname first, whose own country Hungary is.
    ['Prime Minister Orbán Viktor said Hungary "will not send weapons to Ukraine."', 'Orbán Viktor', ['Ukraine']],
    // A quote closing after the comma ("…,\" while Y urged …") still ends the speaker's words: the clause after "while" is another's.
    ['In Lima, opposition MP Carlos Anderson criticized the trip as "a tour of apologies," while Peru Libre deputy Guillermo Bermejo urged the minister to "resign."', 'Carlos Anderson', []],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });
});
