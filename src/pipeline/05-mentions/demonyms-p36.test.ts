/** A demonym two states share stands for the one the article names. */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor } from '../test-support';

describe('a shared demonym names the state the article names', () => {
  it.each<[text: string, person: string, country: string]>([
    // The Dominican Republic named, Dominica not: "Dominican" is the Republic's.
    ['The Dominican Republic and Venezuela restored consular ties. Dominican Foreign Minister Luis Peralta Cruz said the consulates in Caracas would reopen "within weeks."', 'Luis Peralta Cruz', 'DOM'],
    // Congo-Brazzaville named, DR Congo not: "Congolese" is Brazzaville's.
    ['Angola and the Republic of the Congo signed a fisheries pact in Luanda. Congolese Foreign Minister Henri Mbemba Loko said Angola had "kept every promise."', 'Henri Mbemba Loko', 'COG'],
    // Dominica itself named: "Dominican" stays Dominica's.
    ['Dominica and Barbados agreed to share a coast guard vessel. Dominican Foreign Minister Celia Baptiste Joseph said Barbados had been "a steady partner."', 'Celia Baptiste Joseph', 'DMA'],
    // Neither named: the gazetteer's default stays.
    ['Barbados hosted a coast guard meeting. Dominican Foreign Minister Celia Baptiste Joseph said Barbados had been "a steady partner."', 'Celia Baptiste Joseph', 'DMA'],
  ])('%s', (text, person, country) => {
    expect(findActor(extractArticle(text), person)?.country).toBe(country);
  });

  it('the state an article names by its shared demonym speaks as that state', () => {
    const dataset = extractArticle('The Dominican Republic closed two border crossings with Haiti. Dominican authorities said the crossings would reopen "once calm returns."');
    expect(dataset.actors.map((a) => a.name)).not.toContain('Dominica');
  });
});
