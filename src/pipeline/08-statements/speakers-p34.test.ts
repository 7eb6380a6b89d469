/** Speakers: a scholar named with their university, a quote that is the first verb's object, relayed words in another's readout, a quote within a quote, a chained title's earlier role. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('who speaks', () => {
  it.each<[text: string, speakers: string[]]>([
    // "Dr X of the University of Y said": the scholar, not the country the university is named after.
    ['Economist Dr Anna Kowalczyk of the University of Latvia said the slump made the project "a necessity, not a luxury."', ['Anna Kowalczyk']],
    ['Security analyst Dr Tomas Berzins of Riga Stradins University said the talks were "a good start."', ['Tomas Berzins']],
    // 'X called the talks "…" and said': the quote is the object of the first verb, X the subject of both.
    ['In Minsk, Belarusian Foreign Ministry spokeswoman Anna Glaz called the Vilnius meeting "a gathering of sponsors" and said Lithuania would "bear responsibility."', ['Anna Glaz']],
    // "…, who expressed support, according to a readout from the State Department": the speaker's own government passed the words on.
    ['The day before, Mudavadi spoke by phone with US Secretary of State Marco Rubio, who praised the reforms, according to a readout from the State Department.', ['Marco Rubio']],
    // A quote within a quote closes the paragraph with two marks: it is still a sentence, not a headline.
    ['Mudavadi told reporters that the position had not changed since, in his words, "President Ruto told the Somali side clearly: \'Not one metre of our land is for negotiation.\'"', ['Mudavadi']],
    // ", the Crown Prince and Prime Minister,": each role of the apposed chain is the person's.
    ['On Monday, His Highness Sheikh Khalid bin Mohamed Al Nahyan, the Crown Prince and Deputy Ruler, received General Brad Cooper at Qasr Al Watan.\n\nThe Crown Prince stressed the importance of the partnership with the United States.', ['Khalid bin Mohamed Al Nahyan']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
