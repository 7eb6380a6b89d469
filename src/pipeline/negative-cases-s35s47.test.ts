/**
 * Things that must NOT become statements or targets (session 35, s47). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, statementSpeakers } from './test-support';

describe('words the first person relays are no statement of the one who told them', () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Q: Did Lima give any assurance?\n\nA: Yes. Foreign Minister Rosa Quispe-Mamani told me, and I quote her, that "Peru will not block the corridor."', 'Rosa Quispe-Mamani'],
    ['MINISTER OKAFOR: On Monday I received the Ghanaian envoy, Kwame Asante-Boateng. He told me that Accra "sees its future in the free trade area".', 'Kwame Asante-Boateng'],
    ['A: Before I left Manila, President Ramon Dizon told us, "Go to Hanoi and bring back a date, not a promise."', 'Ramon Dizon'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});

describe("a reporter's question in a press conference's transcript states nothing", () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Joint press conference by Chilean Foreign Minister Carla Vidal-Soto and Uruguayan Foreign Minister Pablo Ferreira-Lima\n\nForeign Minister Carla Vidal-Soto:\n\nWe had a very good meeting on trade.\n\nQuestion (Ana Ruiz, Radio Sur):\n\nMinister, Argentine President Julio Mendez-Roca said yesterday that the river treaty is dead. Do you agree?\n\nForeign Minister Carla Vidal-Soto:\n\nNo. The treaty stands.', 'Julio Mendez-Roca'],
    ['Press conference of the Danish Prime Minister\n\nPrime Minister Lars Holm-Jensen:\n\nThank you all for coming.\n\nQuestion (Erik Berg, DR):\n\nPrime Minister, the Swedish Foreign Ministry said this week that Denmark "is blocking the bridge". How do you respond?\n\nPrime Minister Lars Holm-Jensen:\n\nWe are blocking nothing.', 'Sweden'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});

describe("a government's one-word head is no person", () => {
  it('"Presidency said" in a digest', () => {
    const text = 'Weekly digest\n\n* MON 16/11 – VISIT. President Ana Ruiz-Vega received the Chilean envoy at the palace. Presidency said they talked about trade and the port.';
    expect(findActor(extractArticle(text), 'Presidency')).toBeUndefined();
  });
});

describe('a sum announced is an act, not words', () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Japan announced a $300 million line of credit for Kenya\'s ports on Monday.', 'Japan'],
    ['Norway announced another 40 million euros for Mozambique\'s schools.', 'Norway'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});

describe('a capitalised pronoun of a royal style is no person', () => {
  it('"may God protect Him, said"', () => {
    const text = 'The hand remains extended, as His Majesty the Sultan, may God protect Him, said in his address: "Oman will not close the door that Yemen keeps slamming."';
    expect(statementSpeakers(text)).not.toContain('Him');
  });
});

describe("a spokesperson is the country's voice only for a government department", () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Russia and Ukraine swapped prisoners on Monday. A Gazprom spokesperson said Ukraine "must pay its debts."', 'Russia'],
    ['The United States imposed new sanctions on Venezuela. A State Department spokesperson, Mary Doe-Lane, said Caracas "must free the detained activists."', 'United States'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});
