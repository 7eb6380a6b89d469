/**
 * A demonym two UN member states share ("Dominican": Dominica and the Dominican Republic; "Congolese": both Congos), or a
 * short name they share ("Congo"), stands for the one the article names when it names only that one; the gazetteer's
 * default otherwise.
 */
import worldCountries from '../model/countries.json';
import countryAliases from '../model/country-aliases.json';
import { once } from '../text/clauses';
import type { Mention } from '../types';

/** Each shared demonym (and its plural) with the UN member states it belongs to (world-countries). */
const sharedDemonyms = once(() => {
  const owners = new Map<string, Set<string>>();
  for (const country of worldCountries.countries) {
    if (!country.unMember) continue;
    for (const demonym of [country.demonyms?.eng?.m, country.demonyms?.eng?.f]) {
      if (!demonym) continue;
      for (const form of demonym.endsWith('s') ? [demonym] : [demonym, `${demonym}s`]) {
        if (!owners.has(form)) owners.set(form, new Set());
        owners.get(form)!.add(country.cca3);
      }
    }
  }
  return new Map([...owners].filter(([, states]) => states.size > 1));
});

/** The shared demonyms, and the short names two states share (country-aliases.json sharedNames), with their states. */
const sharedForms = once(() => new Map([...sharedDemonyms(), ...Object.entries(countryAliases.sharedNames).map(([name, states]) => [name, new Set(states)] as const)]));

/** How a mention names a state itself, not through a demonym ("Dominican authorities" is a demonym too). */
const NAMING = new Set(['name', 'alias', 'capital']);

/** One document's mentions, with a shared demonym's or name's default state replaced by the other state it could mean, when only that one is named. */
export function resolveSharedDemonyms(mentions: Mention[]): Mention[] {
  const named = new Set(mentions.filter((m) => m.kind === 'country' && NAMING.has(m.via) && m.knownId && !sharedForms().has(m.form)).map((m) => m.knownId!));
  const replaced = new Map<string, string>();
  for (const m of mentions) {
    const states = m.knownId ? sharedForms().get(m.form) : undefined;
    if (!states?.has(m.knownId!) || named.has(m.knownId!)) continue;
    const meant = [...states].filter((state) => named.has(state));
    if (meant.length === 1) replaced.set(m.knownId!, meant[0]);
  }
  if (replaced.size === 0) return mentions;
  const swap = (id: string | null) => (id !== null && replaced.get(id)) || id;
  return mentions.map((m) => ({ ...m, knownId: swap(m.knownId), country: swap(m.country), affiliation: swap(m.affiliation) }));
}

/** Whether the two states share a demonym or a short name ("Dominican": Dominica and the Dominican Republic). */
export function shareAForm(state: string, other: string): boolean {
  return [...sharedForms().values()].some((states) => states.has(state) && states.has(other));
}
