/**
 * Meeting-recall rules of session 33 (m43a) that must not add a pair: a planned chaired meeting, a representative at a
 * meeting not held or not the one named. Each has a positive twin in 07-meetings/meetings-s33m43a.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

const chairedPlanned = 'Prime Minister Ousmane Sonko will chair in Dakar next week a ministerial meeting of the Gambia River Basin Organisation attended by Gambian Foreign Minister Mamadou Tangara and Malian Minister of Water Aïssata Touré-Kane.';
const chairedHeld = 'On Tuesday, Prime Minister Ousmane Sonko chaired in Dakar a ministerial meeting of the Gambia River Basin Organisation attended by Gambian Foreign Minister Mamadou Tangara and Malian Minister of Water Aïssata Touré-Kane.';

describe('no held meeting: a chaired meeting still to come, a representative at a meeting not told or not the one named', () => {
  it.each([
    [chairedPlanned, []],
    ['Foreign Minister Kwaku Ampratwum-Sarpong is expected to host next month the trilateral meeting of the foreign ministers of Ghana, Togo and Burkina Faso, attended by Togolese Foreign Minister Robert Dussey and Burkinabè Foreign Minister Karamoko Jean-Marie Traoré.', []],
    [`${chairedPlanned}\n\nGuinea was represented at the ministerial meeting by its ambassador in Dakar, Mariama Camara-Sow.`, []],
    // A summit is not the ministerial meeting told before: the ambassador joins nothing.
    [`${chairedHeld}\n\nMr Tangara said the river "belongs to all of us."\n\nGuinea, whose president arrived late, was represented at the summit by its ambassador in Dakar, Mariama Camara-Sow.`, ['Aïssata Touré-Kane + Mamadou Tangara + Ousmane Sonko']],
  // Pairs with the country itself ("Guinea + its ambassador", read from the meeting noun) are another rule's matter.
  ])('%s', (text, expected) => expect(occurredMeetings(text).filter((pair) => !pair.includes('Guinea'))).toEqual(expected));
});

describe('"Taking part in the session were …" after a session still to be held, or one no chair is named for: no meeting', () => {
  it.each([
    ["The Council of Ministers of the Economic Community of Central African States will meet next week in Libreville under the chairmanship of Gabon's Foreign Minister, Régis Onanga Ndiaye.\n\nTaking part in the session, to be held at the Palais Rénovation, will be the Foreign Minister of Cameroon, Lejeune Mbella Mbella, and the Foreign Minister of Chad, Abderaman Koulamallah.", []],
    ["The Council of Ministers of the Economic Community of Central African States is expected to meet next week in Libreville under the chairmanship of Gabon's Foreign Minister, Régis Onanga Ndiaye.\n\nTaking part in the session were expected to be the Foreign Minister of Cameroon, Lejeune Mbella Mbella, and the Foreign Minister of Chad, Abderaman Koulamallah.", []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Also taking part in the meeting were A and B" after a meeting only planned: no meeting', () => {
  it.each([
    ["President Bernardo Arévalo will receive on Monday at the National Palace the Minister of Foreign Affairs of Belize, Francis Fonseca.\n\nAlso taking part in the meeting were expected to be Guatemalan Foreign Minister Carlos Ramiro Martínez and the Belizean ambassador, Alfredo Martinez-Young.", []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
