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
    [`${chairedPlanned}\n\nGuinea was represented at the ministerial meeting by its ambassador in Dakar, Mariama Camara-Sow.`, []],
    // A summit is not the ministerial meeting told before: the ambassador joins nothing.
    [`${chairedHeld}\n\nMr Tangara said the river "belongs to all of us."\n\nGuinea, whose president arrived late, was represented at the summit by its ambassador in Dakar, Mariama Camara-Sow.`, ['Aïssata Touré-Kane + Mamadou Tangara + Ousmane Sonko']],
  // Pairs with the country itself ("Guinea + its ambassador", read from the meeting noun) are another rule's matter.
  ])('%s', (text, expected) => expect(occurredMeetings(text).filter((pair) => !pair.includes('Guinea'))).toEqual(expected));
});
