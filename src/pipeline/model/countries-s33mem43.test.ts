import { describe, expect, it } from 'vitest';
import { modelCountries } from '../../../scripts/countries';
import worldCountries from './countries.json';

describe('countries.json', () => {
  it('is what scripts/countries.ts reads off the installed world-countries (run the script again after an upgrade)', () => {
    expect(worldCountries).toEqual(modelCountries());
  });
});
