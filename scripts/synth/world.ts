/**
 * The synthetic world a corpus reports on: real countries from world-countries, invented office
 * holders and groups. Every name form an actor can take is claimed up front, so no form (after the
 * scorer's normalisation) belongs to two actors and the gold file always validates.
 */
import countries from 'world-countries';
import { normalizeName } from '../../src/eval/normalize-name';
import names from './names.json';
import { Random } from './random';

export type Office = 'president' | 'prime minister' | 'foreign minister' | 'defence minister' | 'leader' | 'chairman';

export interface CountryActor {
  kind: 'country';
  /** world-countries' common name: the gold name. */
  name: string;
  iso3: string;
  /** How running text names it: "the United States", "Britain". */
  text: string;
  demonym: string;
  capital: string;
  region: string;
}

export interface OrganizationActor {
  kind: 'organization';
  name: string;
  /** How running text names it: "the African Union". */
  text: string;
  /** ISO3 of a national group; null for an international body. */
  iso3: string | null;
}

export interface PersonActor {
  kind: 'person';
  /** Canonical spelling: first given and family spelling, with the particle. */
  name: string;
  gender: 'male' | 'female';
  office: Office;
  /** The office as news titles it: "Foreign Minister", "Secretary of State", "leader". */
  title: string;
  /** The state or group the person speaks for. */
  affiliation: CountryActor | OrganizationActor;
  /** The person's country (for a group leader, the group's). */
  iso3: string;
  givenSpellings: string[];
  familySpellings: string[];
  /** "al-": written before the family name by some outlets, left out by others. */
  particle: string | null;
  familyFirst: boolean;
}

export type Actor = CountryActor | OrganizationActor | PersonActor;

export interface World {
  countries: CountryActor[];
  countryByIso3: Map<string, CountryActor>;
  /** Office holders of states, in a fixed order. */
  statesmen: PersonActor[];
  groups: OrganizationActor[];
  groupLeaders: PersonActor[];
  organizations: OrganizationActor[];
  officesByCountry: Map<string, PersonActor[]>;
}

interface RegionNames {
  countries: string[];
  order: string;
  feminineFamilySuffixes?: string[][];
  given: { male: string[]; female: string[] };
  family: string[];
}

const PARTICLES = ['al-', 'el-'];

/** A name written as "A|B|C": its spellings, canonical first. */
function spellings(entry: string): string[] {
  return entry.split('|');
}

function splitParticle(spelling: string): { particle: string | null; bare: string } {
  const particle = PARTICLES.find((p) => spelling.startsWith(p) && spelling.length > p.length) ?? null;
  return particle ? { particle, bare: spelling.slice(particle.length) } : { particle: null, bare: spelling };
}

function feminine(family: string, suffixes: string[][] | undefined): string {
  const rule = [...(suffixes ?? [])].sort((a, b) => b[0].length - a[0].length).find(([male]) => family.endsWith(male));
  return rule ? family.slice(0, family.length - rule[0].length) + rule[1] : family;
}

/** Every full-name and short-name form the person can be written with. */
export function nameForms(person: PersonActor): { full: string[]; short: string[] } {
  const families = person.familySpellings.flatMap((family) => (person.particle ? [person.particle + family, family] : [family]));
  const full = person.givenSpellings.flatMap((given) => families.map((family) => (person.familyFirst ? `${family} ${given}` : `${given} ${family}`)));
  return { full, short: families };
}

/** Tracks which normalised forms are taken, so each new actor gets forms of its own. */
class FormRegistry {
  private readonly owners = new Map<string, string>();

  isFree(forms: string[]): boolean {
    return forms.every((form) => !this.owners.has(normalizeName(form)));
  }

  claim(owner: string, forms: string[]): void {
    for (const form of forms) {
      const key = normalizeName(form);
      const current = this.owners.get(key);
      if (current !== undefined && current !== owner) throw new Error(`name form "${form}" of ${owner} is already ${current}'s`);
      this.owners.set(key, owner);
    }
  }
}

function countryActor(iso3: string, region: string): CountryActor {
  const country = countries.find((entry) => entry.cca3 === iso3);
  if (!country) throw new Error(`names.json lists ${iso3}, which world-countries does not know`);
  const text = names.countryText as { name: Record<string, string>; demonym: Record<string, string>; capital: Record<string, string> };
  return {
    kind: 'country',
    name: country.name.common,
    iso3,
    text: text.name[iso3] ?? country.name.common,
    demonym: text.demonym[iso3] ?? country.demonyms.eng.m,
    capital: text.capital[iso3] ?? country.capital[0],
    region,
  };
}

const STATE_OFFICES: [office: Office, title: string, probability: number][] = [
  ['president', 'President', 1],
  ['prime minister', 'Prime Minister', 0.5],
  ['foreign minister', 'Foreign Minister', 1],
  ['defence minister', 'Defence Minister', 0.5],
];

/** The offices of a country and their titles, after names.json's exceptions ("Secretary of State"). */
function officesOf(iso3: string): { office: Office; title: string; probability: number }[] {
  const overrides = (names.offices as unknown as Record<string, Record<string, string | null>>)[iso3] ?? {};
  return STATE_OFFICES.flatMap(([office, title, probability]) => {
    if (!(office in overrides)) return [{ office, title, probability }];
    const override = overrides[office];
    return override === null ? [] : [{ office, title: override, probability: 1 }];
  });
}

const FEMALE_SHARE = 0.25;

function newPerson(
  random: Random,
  registry: FormRegistry,
  region: RegionNames,
  regionName: string,
  office: Office,
  title: string,
  affiliation: CountryActor | OrganizationActor,
  iso3: string,
): PersonActor {
  const gender = random.chance(FEMALE_SHARE) ? 'female' : 'male';
  for (const familyEntry of random.shuffle(region.family)) {
    const split = spellings(familyEntry).map(splitParticle);
    const familySpellings = split.map((s) => (gender === 'female' ? feminine(s.bare, region.feminineFamilySuffixes) : s.bare));
    const givenSpellings = spellings(random.pick(region.given[gender]));
    const particle = split[0].particle;
    const familyFirst = region.order === 'family-first';
    const canonicalFamily = (particle ?? '') + familySpellings[0];
    const name = familyFirst ? `${canonicalFamily} ${givenSpellings[0]}` : `${givenSpellings[0]} ${canonicalFamily}`;
    const person: PersonActor = { kind: 'person', name, gender, office, title, affiliation, iso3, givenSpellings, familySpellings, particle, familyFirst };
    const forms = nameForms(person);
    if (!registry.isFree([...forms.full, ...forms.short])) continue;
    registry.claim(name, [...forms.full, ...forms.short]);
    return person;
  }
  throw new Error(`names.json has too few unused family names for region ${regionName}`);
}

/** The world of a seed: the same seed always gives the same countries, people and groups. */
export function createWorld(seed: string): World {
  const random = new Random(seed, 'world');
  const registry = new FormRegistry();
  const regions = names.regions as Record<string, RegionNames>;

  const chosen: CountryActor[] = [];
  for (const [regionName, region] of Object.entries(regions)) {
    for (const iso3 of random.sample(region.countries, Math.min(names.maxCountriesPerRegion, region.countries.length))) {
      chosen.push(countryActor(iso3, regionName));
    }
  }
  for (const country of chosen) registry.claim(country.name, [country.name, country.text]);

  const organizations: OrganizationActor[] = names.organizations.map((org) => ({ kind: 'organization', name: org.name, text: org.text, iso3: null }));
  for (const org of organizations) registry.claim(org.name, [org.name, org.text]);

  const statesmen: PersonActor[] = [];
  const officesByCountry = new Map<string, PersonActor[]>();
  for (const country of chosen) {
    const holders: PersonActor[] = [];
    for (const { office, title, probability } of officesOf(country.iso3)) {
      if (!random.chance(probability)) continue;
      holders.push(newPerson(random, registry, regions[country.region], country.region, office, title, country, country.iso3));
    }
    officesByCountry.set(country.iso3, holders);
    statesmen.push(...holders);
  }

  const groups: OrganizationActor[] = [];
  const groupLeaders: PersonActor[] = [];
  for (const group of names.groups) {
    const home = chosen.filter((country) => country.region === group.region);
    if (home.length === 0) continue;
    const country = random.pick(home);
    const actor: OrganizationActor = { kind: 'organization', name: group.name, text: `the ${group.name}`, iso3: country.iso3 };
    registry.claim(actor.name, [actor.name, actor.text]);
    groups.push(actor);
    groupLeaders.push(newPerson(random, registry, regions[group.region], group.region, group.leaderTitle as Office, group.leaderTitle, actor, country.iso3));
  }

  const countryByIso3 = new Map(chosen.map((country) => [country.iso3, country]));
  return { countries: chosen, countryByIso3, statesmen, groups, groupLeaders, organizations, officesByCountry };
}

/** The country a person's state office or group belongs to. */
export function homeCountry(world: World, person: PersonActor): CountryActor {
  const country = world.countryByIso3.get(person.iso3);
  if (!country) throw new Error(`${person.name} belongs to no country of the world`);
  return country;
}
