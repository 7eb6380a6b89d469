import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"Also present were X and Y" paragraphs after the meeting, past a sentence that tells of it by its noun', () => {
  it.each([
    // "after the meeting" names no one, yet it is still about the meeting: the list joins it, not a meeting of its own.
    ["Tajik Foreign Minister Sirojiddin Muhriddin and his Uzbek counterpart Bakhtiyor Saidov held talks in Dushanbe on Monday.\nIn a statement issued after the meeting, the ministry said both sides had agreed to reopen two border crossings.\nMuhriddin said the border should unite the two peoples.\nAlso present were Deputy Foreign Minister Farrukh Sharifzoda and Uzbekistan's ambassador to Tajikistan, Olim Tursunov.", ['Bakhtiyor Saidov + Farrukh Sharifzoda + Olim Tursunov + Sirojiddin Muhriddin']],
    ["Peruvian Foreign Minister Elmer Schialer received his Bolivian counterpart Fernando Aramayo in Lima on Tuesday.\nAfter the talks, the two governments said they would reopen the Desaguadero crossing.\nAlso present was Peru's deputy foreign minister, Ignacio Higueras.", ['Elmer Schialer + Fernando Aramayo + Ignacio Higueras']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X, who sat in on the meeting," joins the meeting just told', () => {
  it.each([
    ["Zambian President Hakainde Hichilema yesterday received Malawi's trade minister, Mr Peter Mwanza, at State House in Lusaka. Foreign Minister Mulambo Haimbe, who sat in on the meeting, said the region was united.", ['Hakainde Hichilema + Mulambo Haimbe + Peter Mwanza']],
    ["Kenyan President William Ruto received Ugandan Foreign Minister Jeje Odongo in Nairobi on Monday. Kenyan Foreign Minister Musalia Mudavadi, who was present at the talks, said the border would stay open.", ['Jeje Odongo + Musalia Mudavadi + William Ruto']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X and Y were also present", "Also attending was X"', () => {
  it.each([
    ['Tajik Foreign Minister Sirojiddin Muhriddin met Uzbek Foreign Minister Bakhtiyor Saidov in Dushanbe on Monday. Deputy Foreign Minister Farrukh Sharifzoda and Uzbek Ambassador Olim Tursunov were also present.', ['Bakhtiyor Saidov + Farrukh Sharifzoda + Olim Tursunov + Sirojiddin Muhriddin']],
    ['Ghanaian President John Mahama received Togolese President Faure Gnassingbé in Accra on Monday.\nMahama said the two had discussed the border.\nAlso attending was Ghanaian Foreign Minister Samuel Ablakwa.', ['Faure Gnassingbé + John Mahama + Samuel Ablakwa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
