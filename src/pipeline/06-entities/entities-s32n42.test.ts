/** Entities (session 32, n42): names listed in pairs after a plural role's places, and a given name's West African spelling. */
import { describe, expect, it } from 'vitest';
import { extractArticle, firstStatementTargets } from '../test-support';

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

describe("the outlet a header line names", () => {
  it('"told Coastal Herald": the name the header line gives before the place and the day is the outlet, no one told', () => {
    const text = 'Ghana presses Togo on border\n\nCoastal Herald | Accra, Monday 16 November 2026 | By Ama Owusu\n\nForeign Minister Kofi Mensah told Coastal Herald that Togo had "closed the border without a word."';
    expect(firstStatementTargets(text, 'Kofi Mensah')).toEqual(['Togo']);
  });
});

describe('a body named again by its head word', () => {
  it('"the Union" after "the Eurasian Economic Union" is that body', () => {
    const text = 'Leaders of the Eurasian Economic Union met in Minsk on Monday.\n\nAnalyst Arman Zhunusov said the Union "has become a club of presidents."';
    expect(firstStatementTargets(text, 'Arman Zhunusov')).toEqual(['Eurasian Economic Union']);
  });
});
