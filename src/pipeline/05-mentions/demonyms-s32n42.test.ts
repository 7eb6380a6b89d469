/** The two Congos (session 32, n42): the DRC is named by its official name, and a bare "Congo" is the one Congo an article names. */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor } from '../test-support';

describe('the two Congos stay apart', () => {
  it('the DRC is named "Democratic Republic of the Congo", not "DR Congo" (which reads as "Congo" after a doctor\'s title)', () => {
    const dataset = extractArticle('Angolan Foreign Minister Tete Antonio said the DRC would "find a partner in Luanda."');
    expect(dataset.actors.find((a) => a.country === 'COD' && a.kind === 'country')?.name).toBe('Democratic Republic of the Congo');
  });

  it.each<[text: string, country: string]>([
    // Only the DRC named otherwise: "Congo" is the DRC.
    ["President Yoweri Museveni received the DRC foreign minister in Entebbe on Monday.\n\nCongo's ambassador to Uganda, Pierre Kabamba, said the two countries would keep working together.", 'COD'],
    // The Republic of the Congo named: "Congo" stays Brazzaville's.
    ["Brazzaville hosted a fisheries meeting on Monday.\n\nCongo's ambassador to Uganda, Pierre Kabamba, said the two countries would keep working together.", 'COG'],
  ])('%s', (text, country) => {
    expect(findActor(extractArticle(text), 'Pierre Kabamba')?.country).toBe(country);
  });
});
