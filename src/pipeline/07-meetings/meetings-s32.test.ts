import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"held talks with his Ugandan counterpart", the counterpart named later with a bare "Minister" title: that person, not the country', () => {
  it.each([
    ["Kenyan Foreign Minister Musalia Mudavadi held talks with his Ugandan counterpart in Nairobi on Monday. The two sides agreed to reopen the Busia border post. Uganda's Minister of External Relations, Jeje Odongo, later called on President William Ruto at State House.", ['Jeje Odongo + Musalia Mudavadi', 'Jeje Odongo + William Ruto']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received at Nakasero yesterday a Kenyan delegation led by X": a place and a day before the delegation', () => {
  it.each([
    ['President Yoweri Museveni received at Nakasero yesterday a Kenyan delegation led by Foreign Minister Musalia Mudavadi, which conveyed a message from President William Ruto.', ['Musalia Mudavadi + Yoweri Museveni']],
    ['President Yoweri Museveni received at State House yesterday a Kenyan delegation led by Foreign Minister Musalia Mudavadi.\n\nForeign Minister Jeje Odongo and Presidential Adviser John Mitala were also present at the meeting.', ['Jeje Odongo + John Mitala + Musalia Mudavadi + Yoweri Museveni']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The delegation included X", "The delegations included A and B": with no nationality, the members join the meeting just told', () => {
  it.each([
    ['Kenyan President William Ruto received a Somali delegation led by Foreign Minister Ahmed Moallim Fiqi at State House on Monday. The delegation included Somali Defence Minister Abdulkadir Mohamed Nur.', ['Abdulkadir Mohamed Nur + Ahmed Moallim Fiqi + William Ruto']],
    ["Kenyan Foreign Minister Musalia Mudavadi on Monday hosted his Ugandan counterpart, Jeje Odongo, and Tanzania's Foreign Minister, Mahmoud Thabit Kombo, in Nairobi for a trilateral meeting on the railway.\n\nThe delegations included the Kenyan Principal Secretary for Foreign Affairs, Korir Sing'oei, and Uganda's Minister of State for Regional Cooperation, John Mulimba.", ["Jeje Odongo + John Mulimba + Korir Sing'oei + Mahmoud Thabit Kombo + Musalia Mudavadi"]],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Council held its 45th session at …, chaired by X and attended by A, B and C": a body holding the meeting', () => {
  it.each([
    ["The East African Community Council of Ministers held its 45th session at the Arusha headquarters on Monday, chaired by Kenyan Foreign Minister Musalia Mudavadi and attended by Uganda's Foreign Minister Jeje Odongo, Tanzania's Foreign Minister Mahmoud Thabit Kombo and EAC Secretary-General Veronica Nduva.", ['Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi + Veronica Nduva']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The French delegation included the Minister Delegate for Foreign Trade, X": a title, not a name; X joins', () => {
  it.each([
    ['French Foreign Minister Jean-Noël Barrot held talks with Moroccan Foreign Minister Nasser Bourita in Rabat on Monday. The French delegation included the Minister Delegate for Foreign Trade, Laurent Saint-Martin.', ['Jean-Noël Barrot + Laurent Saint-Martin + Nasser Bourita']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
