import { describe, expect, it } from 'vitest';
import { countryGroupOf, groupLabel } from './country-groups';

describe('countryGroupOf', () => {
  it.each([
    [{ kind: 'person', country: 'IRQ' }, 'IRQ'],
    [{ kind: 'organization', country: 'PSE' }, 'PSE'],
    [{ kind: 'organization', country: null }, 'organizations'],
    [{ kind: 'person', country: null }, 'none'],
    [{ kind: 'country', country: null }, 'none'],
  ] as const)('%o → %s', (actor, group) => {
    expect(countryGroupOf(actor)).toBe(group);
  });
});

describe('groupLabel', () => {
  it.each([
    ['IRQ', 'Country IRQ'],
    ['organizations', 'Organizations without a country'],
    ['none', 'Country unknown'],
  ])('%s → %s', (group, label) => {
    expect(groupLabel(group, (code) => `Country ${code}`)).toBe(label);
  });
});
