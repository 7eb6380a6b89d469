/** Entities (session 32, n42): names listed in pairs after a plural role's places, and a given name's West African spelling. */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

describe('names in a list of places and names after a plural role', () => {
  it('"the ambassadors of Estonia, X, and Latvia, Y": each name after its country is a person', () => {
    const dataset = extractArticle('President Cyril Ramaphosa met the ambassadors of Estonia, Kadri Tamm, and Latvia, Janis Ozols, in Pretoria on Monday.');
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Cyril Ramaphosa', 'Janis Ozols', 'Kadri Tamm']);
  });
});

describe('a given name spelt as another language writes it', () => {
  it('"Mamadou" and "Mamadu" with one surname are one person', () => {
    const dataset = extractArticle('Dr. Mamadou Diallo met President Julius Maada Bio in Freetown on Monday.\n\nDr. Mamadu Diallo said Guinea and Sierra Leone would reopen the border.');
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Julius Maada Bio', 'Mamadou Diallo']);
  });
});
