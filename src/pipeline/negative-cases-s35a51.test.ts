/**
 * Things that must NOT become actors, edges or dates (session 35, a51). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from './test-support';

describe('"Rt Hon" is an honorific, no person', () => {
  it('the call has two people, not "Rt Hon"', () => {
    const people = extractArticle('Prime Minister Tomasi Vakalolo held a phone call with the Prime Minister of Fiji, Rt Hon. Sefo Ratuva, on Friday.').actors.filter((a) => a.kind === 'person');
    expect(people.map((a) => a.name).sort()).toEqual(['Sefo Ratuva', 'Tomasi Vakalolo']);
  });
});

describe('a header line with a reference number and no day gives no publication date', () => {
  it('"Ref: MRE/PR/03/2026/041"', () =>
    expect(extractArticle('PRESS RELEASE\nRef: MRE/PR/03/2026/041\n\nQuito and Bogotá agree on a joint border patrol\n\nThe Foreign Minister of Ecuador, Lucía Andrade-Vera, held talks on the border patrol.', null).documents[0].date).toBeNull());
});
