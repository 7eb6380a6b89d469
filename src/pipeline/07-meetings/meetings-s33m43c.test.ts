import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

const trilateral = 'Foreign Minister Kwaku Ampratwum-Sarpong on Monday hosted the trilateral meeting of the foreign ministers of Ghana, Togo and Benin, attended by Togolese Foreign Minister Robert Dussey and Beninese Foreign Minister Olushegun Adjadi Bakari.';

describe('"On the same day, the two guests were received by Y": the visiting side of the meeting just told, when the count matches', () => {
  it.each([
    [`${trilateral}\n\nRobert Dussey said the corridor "is open to all."\n\nOn the same day, the two guests were received by President John Mahama at the Jubilee House.`, ['John Mahama + Olushegun Adjadi Bakari + Robert Dussey', 'Kwaku Ampratwum-Sarpong + Olushegun Adjadi Bakari + Robert Dussey']],
    [`${trilateral}\n\nLater, the two visiting ministers met President John Mahama.`, ['John Mahama + Olushegun Adjadi Bakari + Robert Dussey', 'Kwaku Ampratwum-Sarpong + Olushegun Adjadi Bakari + Robert Dussey']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});

describe('"received the Togolese and Beninese foreign ministers": each the one person of that country named before with that role', () => {
  it.each([
    ["Ghanaian Foreign Minister Samuel Okudzeto Ablakwa hosted his Togolese counterpart Robert Dussey and Beninese Foreign Minister Olushegun Adjadi Bakari in Accra on Monday.\n\nDussey said the corridor \"is open to all.\"\n\nThe same day, President John Mahama received the Togolese and Beninese foreign ministers.", ['John Mahama + Olushegun Adjadi Bakari + Robert Dussey', 'Olushegun Adjadi Bakari + Robert Dussey + Samuel Okudzeto Ablakwa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});

describe('"the World Bank mission led by X concluded its visit after meeting Y": the named head of the mission is its side', () => {
  it.each([
    ['Meanwhile, the World Bank mission led by Country Director Robert Taylor concluded its visit after meeting Finance Minister Cassiel Ato Forson on Monday.', ['Cassiel Ato Forson + Robert Taylor']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});

describe('"received the Ministers of Foreign Affairs of A, X, and of B, Y, accompanied by Z": the holders apposed to their countries, together', () => {
  it.each([
    ['President John Mahama received on Monday the Ministers of Foreign Affairs of Togo, Robert Dussey, and of Benin, Olushegun Adjadi Bakari.', ['John Mahama + Olushegun Adjadi Bakari + Robert Dussey']],
    ['The President of Ghana, John Mahama, received on Monday at the Jubilee House the Ministers of Foreign Affairs of Togo, Robert Dussey, and of Benin, Olushegun Adjadi Bakari, accompanied by their Ghanaian counterpart, Samuel Okudzeto Ablakwa.', ['John Mahama + Olushegun Adjadi Bakari + Robert Dussey + Samuel Okudzeto Ablakwa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});
