import names from 'virtual:country-names';

/** The common English name of an ISO 3166-1 alpha-3 code, or the code itself when unknown. */
export function countryName(iso3: string): string {
  return names[iso3] ?? iso3;
}
