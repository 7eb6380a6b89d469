/**
 * Entities (session 33, n43): names apposed to a plural role with their sides in brackets, and the given name with the
 * first part of a hyphenated surname as a short form of the one person so named.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, firstStatementTargets } from '../test-support';

describe('names apposed to a plural role', () => {
  it('"the two directors-general of X, A (Peru) and B (Chile)": both are people', () => {
    const text = 'Foreign Minister Rosa Quispe Mamani said she had criticised the two directors-general of the Binational Dam Authority, Jorge Aranda Villca (Peru) and Felipe Rojas Urrutia (Chile), for the delays.';
    expect(firstStatementTargets(text, 'Rosa Quispe Mamani')).toEqual(expect.arrayContaining(['Felipe Rojas Urrutia', 'Jorge Aranda Villca']));
  });
});

describe('a double surname shortened to its first part', () => {
  it('"Oksana Melnyk" after "Oksana Melnyk-Koval" is the same person', () => {
    const text = 'Georgian Foreign Minister Nino Beridze met Ukrainian Foreign Minister Oksana Melnyk-Koval in Tbilisi on Friday.\n\nOksana Melnyk said Ukraine and Georgia were "two doors of the same house."';
    const dataset = extractArticle(text);
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Nino Beridze', 'Oksana Melnyk-Koval']);
  });
});
