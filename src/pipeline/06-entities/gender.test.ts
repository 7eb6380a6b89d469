import { describe, expect, it } from 'vitest';
import givenNames from '../model/given-names.json';
import type { Mention } from '../types';
import { givenNameGender } from '../text/given-names';
import { genderOf, pronounGender } from './gender';

const mention = (text: string, form: string, role: string | null = null): Mention => {
  const start = text.indexOf(form);
  return { documentId: 'd', start, end: start + form.length, form, kind: 'person', entity: 'e', country: null, role, via: 'title', modifier: false, locative: null, sentence: 0, inQuote: false, knownId: null, affiliation: null };
};

describe('genderOf', () => {
  it.each<[string, string, string | null, string[], string | null]>([
    ['an honorific before the name', 'Ms. Mbarawa spoke.', null, ['Mbarawa'], 'female'],
    ['an honorific without a period', 'Mr Okonjo spoke.', null, ['Okonjo'], 'male'],
    ['a gendered role', 'the chairwoman, Oduya, spoke.', 'chairwoman', ['Oduya'], 'female'],
    ['a royal title', 'Queen Mathilde spoke.', 'queen', ['Mathilde'], 'female'],
    ['a female given name', 'Giorgia Meloni spoke.', null, ['Giorgia Meloni'], 'female'],
    ['an accented male given name', 'José Raúl Mulino spoke.', null, ['José Raúl Mulino'], 'male'],
    ['a given name listed both ways', 'Andrea Costa spoke.', null, ['Andrea Costa'], null],
    ['a lone surname', 'Diane spoke.', null, ['Diane'], null],
    ['an unknown given name', 'Ukhnaagiin Khurelsukh spoke.', null, ['Ukhnaagiin Khurelsukh'], null],
    ['a title and a name that disagree', 'Mr. Fatima Diallo spoke.', null, ['Fatima Diallo'], null],
    ['a title and a name that agree', 'Mrs. Maria Lopez spoke.', null, ['Maria Lopez'], 'female'],
    ['a Vietnamese family name written first, listed as a female given name', 'Pham Van Duc spoke.', null, ['Pham Van Duc'], null],
    ['a Korean family name written first, listed as a male given name', 'Park Ji-won spoke.', null, ['Park Ji-won'], null],
    ['a family name written first and an honorific', 'Mr. Liu Weidong spoke.', null, ['Liu Weidong'], 'male'],
  ])('%s', (_, text, role, forms, expected) => {
    expect(genderOf(text, [mention(text, forms[0], role)], forms)).toBe(expected);
  });
});

describe('pronounGender and givenNameGender', () => {
  it.each([
    ['She', 'female'],
    ['he', 'male'],
    ['it', null],
  ])('pronoun %s', (form, expected) => expect(pronounGender(form)).toBe(expected));

  it.each([
    ['Samia', 'female'],
    ['Cyril', 'male'],
    ['Kim', null],
    ['Zzyzx', null],
  ])('given name %s', (name, expected) => expect(givenNameGender(name)).toBe(expected));

  it('finds every listed name: the lists are searched by halves, so they must stay sorted', () => {
    for (const list of [givenNames.female, givenNames.male]) {
      const names = list.slice(1, -1).split('|');
      expect(names.every((name, i) => i === 0 || names[i - 1] < name)).toBe(true);
      expect(names.filter((_, i) => i % 997 === 0).map(givenNameGender)).not.toContain(null);
    }
  });
});
