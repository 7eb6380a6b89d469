import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"X chaired in Y a ministerial meeting of the Union attended by A, B and C": a place before the noun, the body after it', () => {
  it.each([
    ["On Tuesday, Prime Minister Ousmane Sonko chaired in Dakar a ministerial meeting of the Gambia River Basin Organisation attended by Gambian Foreign Minister Mamadou Tangara, Malian Minister of Water Aïssata Touré-Kane and the Secretary General of the Organisation, Lamine Sagna-Diouf.", ['Aïssata Touré-Kane + Lamine Sagna-Diouf + Mamadou Tangara + Ousmane Sonko']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Ghana, whose minister arrived late, was represented at the ministerial meeting by its ambassador in Lomé, X": X joins that meeting, statements between', () => {
  const chaired = "On Tuesday, Prime Minister Ousmane Sonko chaired in Dakar a ministerial meeting of the Gambia River Basin Organisation attended by Gambian Foreign Minister Mamadou Tangara and Malian Minister of Water Aïssata Touré-Kane.";
  it.each([
    [`${chaired}\n\nMr Tangara said the river "belongs to all of us."\n\nGuinea, whose minister only arrived on Wednesday, was represented at the ministerial meeting by its ambassador in Dakar, Mariama Camara-Sow.`, ['Aïssata Touré-Kane + Mamadou Tangara + Mariama Camara-Sow + Ousmane Sonko']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
