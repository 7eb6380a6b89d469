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

describe('"chaired a trilateral meeting on energy at the state guest house in Nairobi, attended by": up to three phrases between the noun and "attended by"; "Also attending as an observer was X" joins', () => {
  it.each([
    ["Foreign Minister Musalia Mudavadi on Friday chaired a trilateral meeting on energy and connectivity at the state guest house in Nairobi, attended by Uganda's Foreign Minister Jeje Odongo and Tanzania's Foreign Minister Mahmoud Thabit Kombo.", ['Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi']],
    ["Foreign Minister Musalia Mudavadi on Friday chaired a trilateral meeting on energy and connectivity at the state guest house in Nairobi, attended by Uganda's Foreign Minister Jeje Odongo and Tanzania's Foreign Minister Mahmoud Thabit Kombo.\n\nAlso attending as an observer was Ethiopia's Ambassador in Nairobi, Bacha Debele.", ['Bacha Debele + Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Also around the table was X": X joins the summit just told', () => {
  it.each([
    ["President William Ruto welcomed Uganda's President Yoweri Museveni and Tanzania's President Samia Suluhu Hassan at State House on Thursday.\n\nAlso around the table was the Community's Secretary-General, Veronica Nduva.", ['Samia Suluhu Hassan + Veronica Nduva + William Ruto + Yoweri Museveni']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The session was held on Tuesday in Nairobi, co-chaired by A and B": the co-chairs met; "The work was attended by C and D" joins them', () => {
  it.each([
    ['The fourth session of the Kenya-Uganda Joint Permanent Commission was held on Tuesday 17 November 2026 at the Ministry in Nairobi, co-chaired by Mr Musalia Mudavadi, Minister of Foreign Affairs, and Mr Jeje Odongo, Minister of Foreign Affairs of Uganda.', ['Jeje Odongo + Musalia Mudavadi']],
    ['The fourth session of the Kenya-Uganda Joint Permanent Commission was held on Tuesday 17 November 2026 at the Ministry in Nairobi, co-chaired by Mr Musalia Mudavadi, Minister of Foreign Affairs, and Mr Jeje Odongo, Minister of Foreign Affairs of Uganda.\n\nThe work was attended by the Minister of Transport of Kenya, Mr Davis Chirchir, and the Ugandan Minister of Works, Mr Edward Wamala.', ['Davis Chirchir + Edward Wamala + Jeje Odongo + Musalia Mudavadi']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Rwanda was represented by X and Burundi by Y": the official after the second country and "by", the verb left out, took part too', () => {
  it.each([
    ["The EAC Council held its session at the Arusha headquarters on Monday, chaired by Kenyan Foreign Minister Musalia Mudavadi and attended by Uganda's Foreign Minister Jeje Odongo and Tanzania's Foreign Minister Mahmoud Thabit Kombo.\n\nRwanda was represented by Deputy Foreign Minister James Kabarebe and Burundi by Minister of State Albert Shingiro.", ['Albert Shingiro + James Kabarebe + Jeje Odongo + Mahmoud Thabit Kombo + Musalia Mudavadi']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received the credentials of the ambassadors of Slovenia, X, and of Croatia, Y": each envoy presented his own, one meeting each', () => {
  it.each([
    ['On Friday, President William Ruto received the credentials of the newly appointed ambassadors of Slovenia, Mr Tomaz Lovrencic, and of Croatia, Ms Ivana Horvat, at State House.', ['Tomaz Lovrencic + William Ruto', 'Ivana Horvat + William Ruto']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The delegations were also joined by A and B", a paragraph after the talks: they joined those talks', () => {
  it.each([
    ["Kenyan Foreign Minister Musalia Mudavadi held talks with his Ugandan counterpart in Naivasha on Thursday.\n\nUgandan Foreign Minister Jeje Odongo arrived in Naivasha on Thursday morning. The delegations were also joined by Deputy Prime Minister Rebecca Kadaga and Kenya's Transport Minister Davis Chirchir, who chair the two countries' border commissions.", ['Davis Chirchir + Jeje Odongo + Musalia Mudavadi + Rebecca Kadaga']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"welcomed A and B, and Rwanda sent Prime Minister C": the envoy a country sent to the meeting was at it', () => {
  it.each([
    ["President William Ruto welcomed Uganda's President Yoweri Museveni and Tanzania's President Samia Suluhu Hassan, and Rwanda sent Prime Minister Edouard Ngirente.", ['Edouard Ngirente + Samia Suluhu Hassan + William Ruto + Yoweri Museveni']],
    ["President William Ruto welcomed Uganda's President Yoweri Museveni and Tanzania's President Samia Suluhu Hassan at State House on Thursday, and Côte d'Ivoire sent its Vice-President Tiemoko Kone.", ['Samia Suluhu Hassan + Tiemoko Kone + William Ruto + Yoweri Museveni']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"received at the Palais du Peuple the credentials of the new Ambassador of Spain, X": a place between the verb and the credentials', () => {
  it.each([
    ['On Wednesday, President William Ruto received at the Palais du Peuple the credentials of the new Ambassador of the Kingdom of Spain, Mr Javier Herrera Garcia.', ['Javier Herrera Garcia + William Ruto']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
