import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

const abuja = 'President Bola Tinubu held talks with Ghanaian President John Mahama at the State House in Abuja on Monday.';
const nairobi = "Kenyan President William Ruto received Tanzania's Foreign Minister Mahmoud Thabit Kombo at State House in Nairobi on Tuesday.";

describe('"received X and Y at the palace, with Z also present": Z was at the meeting', () => {
  it.each([
    ['President Gustavo Petro received Chilean Foreign Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer at the Casa de Nariño on Tuesday, with Foreign Minister Luis Gilberto Murillo also present.', ['Alberto van Klaveren + Elmer Schialer + Gustavo Petro + Luis Gilberto Murillo']],
    ['President Gustavo Petro received Chilean Foreign Minister Alberto van Klaveren at the Casa de Nariño, with Foreign Minister Luis Gilberto Murillo in attendance.', ['Alberto van Klaveren + Gustavo Petro + Luis Gilberto Murillo']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('a companion of a participant of the meeting told just before was at it', () => {
  it.each([
    // A relative clause between the named subject and "was accompanied by".
    [`${abuja}\n\nPresident Mahama, who is on a one-day visit, was accompanied by Ghana's Minister of Foreign Affairs, Samuel Okudzeto Ablakwa.`, ['Bola Tinubu + John Mahama + Samuel Okudzeto Ablakwa']],
    // "The Tanzanian minister": the one person of that country at the meeting.
    [`${nairobi}\n\nThe Tanzanian minister, who was accompanied by Tanzania's High Commissioner to Kenya, Bernard Kibesse, delivered a letter.`, ['Bernard Kibesse + Mahmoud Thabit Kombo + William Ruto']],
    [`${abuja}\n\nThe Ghanaian President was accompanied by Foreign Minister Samuel Okudzeto Ablakwa.`, ['Bola Tinubu + John Mahama + Samuel Okudzeto Ablakwa']],
    // A counterpart named with no role of his own: "The Zambian President" is still the one Zambian at the meeting.
    ['President Lazarus Chakwera yesterday hosted his Zambian counterpart, Hakainde Hichilema, at Kamuzu Palace in Lilongwe.\n\nThe Zambian President was accompanied by Minister of Foreign Affairs Mulambo Haimbe, while Malawi\'s Minister of Foreign Affairs Nancy Tembo also took part in the talks.', ['Hakainde Hichilema + Lazarus Chakwera + Mulambo Haimbe + Nancy Tembo']],
    // "X, who accompanied Y," with no meeting of X's own in the sentence.
    [`${abuja}\n\nForeign Minister Samuel Okudzeto Ablakwa, who accompanied Mahama, told reporters that the talks had been cordial.`, ['Bola Tinubu + John Mahama + Samuel Okudzeto Ablakwa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Indian delegation was led by X and included Y" after a meeting of X: Y was at it', () => {
  it.each([
    ['Indian External Affairs Minister Subrahmanyam Jaishankar held talks with Sri Lankan Foreign Minister Vijitha Herath in Colombo on Monday. The Indian delegation was led by Jaishankar and included High Commissioner Santosh Jha.', ['Santosh Jha + Subrahmanyam Jaishankar + Vijitha Herath']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
