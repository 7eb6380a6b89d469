import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"X chaired in Y a ministerial meeting of the Union attended by A, B and C": a place before the noun, the body (or a list of whom it gathered) after it', () => {
  it.each([
    ["On Tuesday, Prime Minister Ousmane Sonko chaired in Dakar a ministerial meeting of the Gambia River Basin Organisation attended by Gambian Foreign Minister Mamadou Tangara, Malian Minister of Water Aïssata Touré-Kane and the Secretary General of the Organisation, Lamine Sagna-Diouf.", ['Aïssata Touré-Kane + Lamine Sagna-Diouf + Mamadou Tangara + Ousmane Sonko']],
    ["Foreign Minister Kwaku Ampratwum-Sarpong on Monday hosted the trilateral meeting of the foreign ministers of Ghana, Togo and Burkina Faso, attended by Togolese Foreign Minister Robert Dussey and Burkinabè Foreign Minister Karamoko Jean-Marie Traoré.", ['Karamoko Jean-Marie Traoré + Kwaku Ampratwum-Sarpong + Robert Dussey']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Ghana, whose minister arrived late, was represented at the ministerial meeting by its ambassador in Lomé, X": X joins that meeting, statements between', () => {
  const chaired = "On Tuesday, Prime Minister Ousmane Sonko chaired in Dakar a ministerial meeting of the Gambia River Basin Organisation attended by Gambian Foreign Minister Mamadou Tangara and Malian Minister of Water Aïssata Touré-Kane.";
  it.each([
    [`${chaired}\n\nMr Tangara said the river "belongs to all of us."\n\nGuinea, whose minister only arrived on Wednesday, was represented at the ministerial meeting by its ambassador in Dakar, Mariama Camara-Sow.`, ['Aïssata Touré-Kane + Mamadou Tangara + Mariama Camara-Sow + Ousmane Sonko']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Also taking part in the meeting were A and B": they join the meeting just told', () => {
  it.each([
    ["President Bernardo Arévalo received on Monday at the National Palace the Minister of Foreign Affairs of Belize, Francis Fonseca.\n\nAlso taking part in the meeting were Guatemalan Foreign Minister Carlos Ramiro Martínez and the Belizean ambassador in Guatemala City, Alfredo Martinez-Young.", ['Alfredo Martinez-Young + Bernardo Arévalo + Carlos Ramiro Martínez + Francis Fonseca']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"The Council met … under the chairmanship of X." then "Taking part in the session, held at …, were A; B; and C": the chair and those listed met', () => {
  it.each([
    ["The Council of Ministers of the Economic Community of Central African States met on Monday in Libreville under the chairmanship of Gabon's Foreign Minister, Régis Onanga Ndiaye.\n\nTaking part in the session, held at the Palais Rénovation, were the Foreign Minister of Cameroon, Lejeune Mbella Mbella; the Foreign Minister of Chad, Abderaman Koulamallah; and the Secretary General of the Community, Gilberto Da Piedade Verissimo.", ['Abderaman Koulamallah + Gilberto Da Piedade Verissimo + Lejeune Mbella Mbella + Régis Onanga Ndiaye']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
