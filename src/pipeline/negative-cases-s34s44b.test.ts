/**
 * Things that must NOT become actors or statements (session 34, s44b). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, statementSpeakers } from './test-support';

describe('no statement', () => {
  it.each<[text: string, notSpeaker: string]>([
    // Unnamed officials sourcing a meeting that may still come take no position.
    ['A meeting with the Somali minister was postponed. Kenyan officials said such a meeting could still take place in Mogadishu early next year, if the security situation allows.', 'Kenya'],
    // A person's account of another's words: no statement by the one quoted.
    ['Foreign Minister Juan Pérez-Soto received Marta Ríos-Vela on Friday.\n\nThe visitor quoted President Daniel Noboa-Arias, who according to her described Peru as "the most loyal friend of Ecuador".', 'Daniel Noboa-Arias'],
    ['Foreign Minister Juan Pérez-Soto received Marta Ríos-Vela on Friday.\n\nThe Ecuadorian chancellor quoted President Daniel Noboa-Arias, who according to her had asked her to bring "a message of brotherhood".', 'Daniel Noboa-Arias'],
    // A ministry's acronym with no country settled speaks for no one.
    ['SINGAPORE — President Ana Reyes-Cruz met the Prime Minister of Malaysia on Tuesday. A meeting with the Thai premier was cancelled due to "scheduling constraints," the DFA said.', 'DFA'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});

describe('no name', () => {
  it('"Russia-aligned" and "China-aligned" are no family names', () => {
    const dataset = extractArticle('Kenyan Foreign Minister John Mwangi said China-aligned groups and Russia-aligned militias "must leave Sudan".');
    expect(dataset.actors.map((a) => a.name).filter((name) => name.includes('-aligned'))).toEqual([]);
    expect(findActor(dataset, 'John Mwangi')).toBeDefined();
  });
});
