import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"Rwanda was represented by Minister of State X", just after a held meeting of three or more: the named official was at it', () => {
  it.each([
    ["Kenyan Foreign Minister Musalia Mudavadi on Monday hosted his East African counterparts in Nairobi. Attending were Uganda's Jeje Odongo and Tanzania's Mahmoud Thabit Kombo. Rwanda was represented by Minister of State Olivier Nduhungirehe.", ['Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi + Olivier Nduhungirehe']],
    ['Ghanaian President John Mahama held talks with Ivorian President Alassane Ouattara and Togolese President Faure Gnassingbé in Accra on Monday. Benin was represented by Foreign Minister Olushegun Adjadi Bakari.', ['Alassane Ouattara + Faure Gnassingbé + John Mahama + Olushegun Adjadi Bakari']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Togolese delegation included A and the Director of Borders, Colonel B", a sentence after the meeting: every member was at it', () => {
  it.each([
    ["Ghanaian Foreign Minister Samuel Okudzeto Ablakwa on Tuesday received his Togolese counterpart, Robert Dussey, in Accra. The talks covered smuggling along the border. The Togolese delegation included Togo's ambassador to Ghana, Komi Agbeko, and the Director of Borders, Colonel Kossi Amegan.", ['Komi Agbeko + Kossi Amegan + Robert Dussey + Samuel Okudzeto Ablakwa']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
