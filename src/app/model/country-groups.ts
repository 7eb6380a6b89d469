import type { Actor } from '../../schema';

/**
 * Actors are grouped by country, for the country summary and the country filter; actors without a
 * country fall in one of two more groups, named in lower case so they are never an ISO3 code.
 */
/** Organizations without a country (UN, Hamas without a country, …). */
export const ORGANIZATIONS_GROUP = 'organizations';
/** People and others whose country is unknown. */
export const NO_COUNTRY_GROUP = 'none';

/** An actor's country group: its ISO3 code, or one of the two groups of actors without a country. */
export function countryGroupOf(actor: Pick<Actor, 'kind' | 'country'>): string {
  if (actor.country) return actor.country;
  return actor.kind === 'organization' ? ORGANIZATIONS_GROUP : NO_COUNTRY_GROUP;
}

export function groupLabel(group: string, countryName: (iso3: string) => string): string {
  if (group === ORGANIZATIONS_GROUP) return 'Organizations without a country';
  if (group === NO_COUNTRY_GROUP) return 'Country unknown';
  return countryName(group);
}
