/** A bare "the minister"/"the vice minister" refers back to the one minister of that rank the document names. */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('"The minister said" after the one minister of that rank named', () => {
  it.each<[text: string, speakers: string[]]>([
    ["Chile's Minister of Foreign Affairs, Pablo Ruiz Tagle, held a call with his Peruvian counterpart on Tuesday. The minister said the two countries would expand trade.", ['Pablo Ruiz Tagle']],
    ['On Monday, Peru\'s Vice Minister of Foreign Affairs, Ana Torres Quispe, held a video call with Bolivian Deputy Foreign Minister Marco Rojas on border trade. The vice minister said the call had been "useful."', ['Ana Torres Quispe']],
    ["Kenya's Foreign Minister Musalia Mudavadi met Prime Minister Abiy Ahmed in Addis Ababa. The minister said the two countries would expand trade.", ['Musalia Mudavadi']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
