/**
 * The lexicon: the model's data files and world-countries, indexed for the stages that use them.
 * Built once per process; pure data, no file system.
 */
import worldCountries from './countries.json';
import countryAliases from './country-aliases.json';
import organizations from './organizations.json';
import roles from './roles.json';
import words from './words.json';
import triggers from './triggers.json';
import media from './media.json';
import agencies from './agencies.json';
import givenNameVariants from './given-name-variants.json';
import { foldAccents } from '../text/accents';
import { givenNameGender } from '../text/given-names';

export type DigitOrder = 'day-first' | 'month-first';

/** Each name of the agencies (agencies.json) that `valueOf` gives a value, with that value: the agency maps all read the one table. */
function byAgencyName<T>(valueOf: (agency: (typeof agencies.agencies)[number]) => T | undefined): Map<string, T> {
  return new Map(agencies.agencies.flatMap((a) => {
    const value = valueOf(a);
    return value === undefined ? [] : a.names.map((name): [string, T] => [name, value]);
  }));
}

/** "AP" → "month-first": the order an agency's house style writes a day and month in digits (agencies.json dateOrder). */
export const agencyDigitOrders = byAgencyName((a) => ('dateOrder' in a ? (a.dateOrder as DigitOrder) : undefined));

export type GazetteerKind = 'country' | 'organization' | 'media';
export type GazetteerVia = 'name' | 'alias' | 'demonym' | 'capital' | 'outlet';

export interface GazetteerEntry {
  kind: GazetteerKind;
  /** ISO3 for countries, canonical name for organizations and outlets. */
  id: string;
  name: string;
  country: string | null;
  via: GazetteerVia;
}

/**
 * Phrases indexed by their first word, longest first, so a scan asks one map lookup per token
 * instead of trying every phrase. Words compare in lower case, a trailing period dropped.
 */
export class PhraseIndex {
  private readonly byFirstWord = new Map<string, string[][]>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      const words = phrase.split(' ').map(PhraseIndex.normalize);
      const list = this.byFirstWord.get(words[0]) ?? [];
      list.push(words);
      this.byFirstWord.set(words[0], list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  }

  static normalize(word: string): string {
    return PhraseIndex.withoutPeriod(word.toLowerCase());
  }

  private static withoutPeriod(lower: string): string {
    return lower.endsWith('.') ? lower.slice(0, -1) : lower;
  }

  /** Every word a phrase opens with, in lower case as a token may write it: with and without a trailing period. */
  *firstWords(): Generator<string> {
    for (const word of this.byFirstWord.keys()) {
      yield word;
      yield `${word}.`;
    }
  }

  /** End index of the longest phrase starting at word `i` of `words` (given in lower case), or 0. */
  match(words: readonly { lower: string }[], i: number): number {
    const first = words[i];
    if (!first) return 0;
    const phrases = this.byFirstWord.get(PhraseIndex.withoutPeriod(first.lower));
    if (!phrases) return 0;
    for (const phrase of phrases) {
      let k = 1;
      while (k < phrase.length && words[i + k] !== undefined && PhraseIndex.withoutPeriod(words[i + k].lower) === phrase[k]) k++;
      if (k === phrase.length) return i + phrase.length;
    }
    return 0;
  }
}

/**
 * The gazetteer as a tree of lower-case words: a scan reads on from a token only while the words so
 * far begin some key ("the" begins "the Americans", "the X" rarely does), one map lookup a word.
 */
export interface GazetteerNode {
  next: Map<string, GazetteerNode>;
  /** The keys that end here, by their surface form: the words joined with single spaces. */
  exact: Map<string, GazetteerEntry> | null;
  /** The entry of a form written in lower case that ends here ("occupying regime", "the Americans"). */
  folded: GazetteerEntry | null;
}

export interface Lexicon {
  gazetteer: GazetteerNode;
  countryNames: Map<string, string>;
  /**
   * "Leone", "Lanka", "Herzegovina": the last word of one member state's name of several words (name or short name), to its ISO3;
   * not a word that ends several states' names ("Republic"), names a place of its own ("Guinea"), is a given name
   * ("Salvador", "Lucia") or is a word the model lists as no name, a place's or body's or a region ("States", "Coast", "Africa").
   */
  countryNameTails: Map<string, string>;
  roles: string[];
  roleIndex: PhraseIndex;
  roleModifiers: Set<string>;
  /** "presidential", "chief": lower-case words between a country and a role that leave the person that country's. */
  roleQualifiers: Set<string>;
  /** Words of a portfolio ("Foreign Affairs", "Trade and Industry"): what a minister or secretary is for. */
  portfolioWords: Set<string>;
  portfolioOnRoles: Set<string>;
  /** "adviser" in "Adviser to the King, X": roles whose title goes on with the role they serve. */
  servingRoles: Set<string>;
  /** "ceo": acronym roles read only in capitals. */
  capitalsOnlyRoles: Set<string>;
  /** "ambassador" in "Ambassador to Peru X": envoy roles whose title goes on with the posting. */
  postedRoles: Set<string>;
  /** "retd" in "Lt Gen (retd) X": a bracketed word after a rank that belongs to the title (lower case, no period). */
  retiredRankMarkers: Set<string>;
  /** "general", "colonel": military ranks, which after a building owner's possessive open a hall's name ("the Ministry's General Diwan"). */
  hallRanks: Set<string>;
  /** "Enlargement", "Equality": a capitalised abstract noun, read as a portfolio word after a role's "for"/"of". */
  portfolioNoun: RegExp;
  /** "Member" in "Minister of State, Cabinet Member and Climate Envoy X": closes a title segment that is no role. */
  titleListNouns: Set<string>;
  /** "Cabinet of Ministers": a country's own executive body a role is of inside a joint title, each as its words. */
  titleBodies: string[][];
  roleSynonyms: Record<string, string>;
  leaderRoles: Set<string>;
  /** "king", "sultan": a monarch's roles, whose titled form ("King Abdullah") is an alias. */
  regnalRoles: Set<string>;
  /** "Sultan", "Emir": monarch's titles that open a name right after another role. */
  givenNameTitles: Set<string>;
  /** "Prince": honorifics that open a name before an initial. */
  givenNameHonorifics: Set<string>;
  /** "Amir H H Sheikh X": words that are a role (the value) only before an honorific. */
  rolesBeforeHonorific: Map<string, string>;
  /** "HE", "HH": styles only as written, in capitals (not the pronoun "He"). */
  capitalStyles: Set<string>;
  /** "Unity" in "Government of National Unity": a portfolio word only in the name of a government. */
  governmentNameWords: Set<string>;
  /** "spokesperson": roles that pass on others' words. */
  relayRoles: Set<string>;
  homeOfficeRoles: string[];
  pastOfficeModifiers: string[];
  /** "counterpart", "peer": roles that name someone only through the possessor's office. */
  counterpartRoles: Set<string>;
  /** Each role of a counterpart family, with its family's number: offices that match across countries. */
  counterpartFamily: Map<string, number>;
  honorifics: string[];
  honorificIndex: PhraseIndex;
  /** "Eng": honorifics only with their period. */
  abbreviatedHonorifics: Set<string>;
  notNameWords: Set<string>;
  /** "Said": words of notNameWords that open a name after a title. */
  givenNamesAmongWords: Set<string>;
  /** "West": words of notNameWords that are a surname right after a known given name ("Catherine West"). */
  surnamesAmongWords: Set<string>;
  /** Each spelling of a given name written several ways (given-name-variants.json), to the group's first form. */
  givenNameVariants: Map<string, string>;
  /** Digraphs inside a name keyed as one letter (Rakhmon/Rahmon), as a pattern and each digraph's letter. */
  innerDigraphs: { pattern: RegExp; letters: Map<string, string> };
  /** Letters one family name is written with in several transliterations (Paudel/Poudel), as a pattern and each spelling's key letters. */
  surnameLetters: { pattern: RegExp; letters: Map<string, string> };
  /** An article joined to a family name ("al" of Albusaidi), keyed without it. */
  joinedArticle: RegExp;
  /** Lower-case words a period may follow without ending the sentence ("Jr", "Gen"). */
  abbreviations: Set<string>;
  /** "Ma" (Maria): abbreviated given names, with their period, inside a name ("Ma. Theresa P. Lazaro"). */
  givenNameAbbreviations: Set<string>;
  nonActorHeads: Set<string>;
  /** Capitalised head words of organizations' names ("Council", "Ministry"). */
  organizationHeads: Set<string>;
  /** "Partido", "Administración": Spanish and Portuguese heads that open a body's name. */
  headFirstOrganizationHeads: Set<string>;
  /** "Lake", "Royal", "University": words that make a capitalised run a place or a body, not a person. */
  placeAndBodyWords: Set<string>;
  /** "minister", "official": roles that name no one office. */
  genericRoles: Set<string>;
  /** Lower-case words inside names ("bin", "von", "al"). */
  nameParticles: Set<string>;
  /** Lower-case parts after a hyphen in a name ("Zamir-uddin", "Inam-ul-Haq"). */
  hyphenatedNameParts: Set<string>;
  /** Family names written before the given name ("Le", "Nguyen"), in lower case (words.json familyNamesWrittenFirst). */
  familyNamesWrittenFirst: Set<string>;
  /** "bin", "ibn": particles that open a father's name. */
  patronymicParticles: Set<string>;
  governmentHeads: string[];
  governmentIndex: PhraseIndex;
  /** "Union Buildings said", "Mindef said": a building, or a ministry's acronym, that stands for the government. */
  governmentSeatIndex: PhraseIndex;
  /** "Latin America": parts of the world that hold a country's alias, and are no actor. */
  regionIndex: PhraseIndex;
  /** "the South Caucasus": parts of the world a role is for ("Special Representative for the South Caucasus X"). */
  titleRegionIndex: PhraseIndex;
  mediaHeads: string[];
  /** "SPA" → "SAU": a state's own news agency and the state it writes from. */
  nationalAgencies: Map<string, string>;
  /** "express tribune" → "PAK": each name (lower case) of a national paper with its country (agencies.json homePress). */
  homePress: Map<string, string>;
  /** Every capital's name as written ("Seoul", "Chisinau"), also those the curated aliases claim for their country ("Washington"). */
  capitalNames: Set<string>;
  /** "Observer", "Times": head words of newspapers' names that may follow a country's name. */
  newspaperHeads: Set<string>;
  /** "News", "Radio": words that make a capitalised run an outlet's name. */
  broadcastWords: Set<string>;
  triggers: typeof triggers;
}

function buildLexicon(): Lexicon {
  const exact = new Map<string, GazetteerEntry>();
  const folded = new Map<string, GazetteerEntry>();
  const countryNames = new Map<string, string>();
  const addForm = (key: string, entry: GazetteerEntry) => {
    if (!exact.has(key)) exact.set(key, entry);
    if (/(^|\s)\p{Ll}/u.test(key) && !folded.has(key.toLowerCase())) folded.set(key.toLowerCase(), entry);
  };
  const keptAccents = new Set(countryAliases.keptAccents);
  const ignoredAltSpellings = new Set(countryAliases.ignoredAltSpellings);
  const add = (form: string, entry: GazetteerEntry, unaccentedToo = false) => {
    // Written as tokens write it: "People's Republic of China" is "People", "'s", "Republic", …
    const key = form.trim().split(/\s+/).join(' ').replace(/(\p{L}{4,})['’]s(?=\s|$)/gu, "$1 's");
    if (!key) return;
    addForm(key, entry);
    // "Bogota", "Chisinau", "Brasilia": news often drops a name's accents.
    const unaccented = foldAccents(key);
    if (unaccentedToo && unaccented !== key && !keptAccents.has(key)) addForm(unaccented, entry);
  };
  const ambiguousCapitals = new Set(countryAliases.ambiguousCapitals);
  // "accused Brussels": a capital that an organization's alias claims stands for the organization.
  const organizationAliases = new Set(organizations.organizations.flatMap((org) => org.aliases));
  const extraAliases = countryAliases.aliases as Record<string, string[]>;
  const shortNames = countryAliases.shortNames as Record<string, string[]>;
  const extraDemonyms = countryAliases.demonyms as Record<string, string[]>;
  const extraCapitals = countryAliases.capitals as Record<string, string[]>;
  const capitalNames = new Set<string>();
  const canonicalNames = countryAliases.canonicalNames as Record<string, string>;
  // Curated aliases first: they decide ambiguous short forms before world-countries' generic ones.
  for (const country of worldCountries.countries) {
    const iso3 = country.cca3;
    const name = canonicalNames[iso3] ?? country.name.common;
    countryNames.set(iso3, name);
    const entry = (via: GazetteerVia): GazetteerEntry => ({ kind: 'country', id: iso3, name, country: iso3, via });
    add(name, entry('name'), true);
    for (const short of shortNames[iso3] ?? []) add(short, entry('name'));
    for (const alias of extraAliases[iso3] ?? []) add(alias, entry('alias'));
    for (const demonym of extraDemonyms[iso3] ?? []) add(demonym, entry('demonym'));
  }
  for (const country of worldCountries.countries) {
    const iso3 = country.cca3;
    const name = canonicalNames[iso3] ?? country.name.common;
    const entry = (via: GazetteerVia): GazetteerEntry => ({ kind: 'country', id: iso3, name, country: iso3, via });
    add(country.name.official, entry('alias'));
    // "Việt Nam", "Österreich": a country's own name as its outlets write it; only in Latin letters and with its accents,
    // which keep it from a given name or an English word ("Maurice", "Viti"; "Ísland" is no "Island").
    for (const native of Object.values(country.name.native ?? {})) if (isAccentedLatinName(native.common)) add(native.common, entry('alias'));
    const demonyms = new Set([country.demonyms?.eng?.m, country.demonyms?.eng?.f].filter(Boolean) as string[]);
    // "Thai", "Togolese": an alternative spelling that is the country's own demonym stays one ("Thai officials" describes them).
    for (const alt of country.altSpellings) if (alt.length > 3 && !alt.includes(',') && !ignoredAltSpellings.has(alt) && !demonyms.has(alt)) add(alt, entry('alias'));
    for (const capital of [...(country.capital ?? []), ...(extraCapitals[iso3] ?? [])]) {
      capitalNames.add(capital);
      if (!ambiguousCapitals.has(capital) && !organizationAliases.has(capital)) add(capital, entry('capital'), true);
    }
    for (const demonym of demonyms) {
      add(demonym, entry('demonym'), true);
      if (!demonym.endsWith('s')) add(`${demonym}s`, entry('demonym'));
    }
  }
  for (const org of organizations.organizations) {
    const entry: GazetteerEntry = { kind: 'organization', id: org.name, name: org.name, country: org.country, via: 'name' };
    add(org.name, entry, true);
    for (const alias of org.aliases) add(alias, { ...entry, via: 'alias' }, true);
    // British and Asian style writes a spoken acronym as a word: "Nato", "Asean", "Ecowas".
    for (const form of [org.name, ...org.aliases]) if (/^[A-Z]{4,}$/.test(form)) add(form[0] + form.slice(1).toLowerCase(), { ...entry, via: 'alias' });
  }
  for (const outlet of media.outlets) add(outlet, { kind: 'media', id: outlet, name: outlet, country: null, via: 'outlet' });
  const gazetteer = gazetteerNode();
  const countryNameTails = nameTails(countryNames, shortNames, exact);
  const nodeOf = (key: string) => key.toLowerCase().split(' ').reduce((node, word) => {
    let next = node.next.get(word);
    if (!next) node.next.set(word, (next = gazetteerNode()));
    return next;
  }, gazetteer);
  for (const [key, entry] of exact) (nodeOf(key).exact ??= new Map()).set(key, entry);
  for (const [key, entry] of folded) nodeOf(key).folded = entry;
  const { roles: roleSpellings, synonyms: spacedSynonyms } = spacedGeneralRoles(roles.roles);
  const roleList = roleSpellings.sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length);
  return {
    gazetteer,
    countryNames,
    countryNameTails,
    roles: roleList,
    roleIndex: new PhraseIndex(roleList),
    roleModifiers: new Set(roles.roleModifiers),
    roleQualifiers: new Set(roles.roleQualifiers),
    portfolioWords: new Set(roles.portfolioWords),
    portfolioOnRoles: new Set(roles.portfolioOnRoles),
    servingRoles: new Set(roles.servingRoles),
    postedRoles: new Set(roles.postedRoles),
    capitalsOnlyRoles: new Set(roles.capitalsOnlyRoles),
    retiredRankMarkers: new Set(roles.retiredRankMarkers),
    hallRanks: new Set(roles.hallRanks),
    titleListNouns: new Set(roles.titleListNouns),
    titleBodies: roles.titleBodies.map((body) => body.split(' ')),
    portfolioNoun: new RegExp(`^\\p{Lu}\\p{Ll}{4,}(?:${roles.portfolioEndings.join('|')})s?$`, 'u'),
    roleSynonyms: { ...spacedSynonyms, ...(roles.roleSynonyms as Record<string, string>) },
    leaderRoles: new Set(roles.leaderRoles),
    regnalRoles: new Set(roles.regnalRoles),
    givenNameTitles: new Set(roles.givenNameTitles),
    givenNameHonorifics: new Set(roles.givenNameHonorifics),
    rolesBeforeHonorific: new Map(Object.entries(roles.rolesBeforeHonorific)),
    capitalStyles: new Set(roles.capitalStyles),
    governmentNameWords: new Set(roles.governmentNameWords),
    relayRoles: new Set(roles.relayRoles),
    homeOfficeRoles: roles.homeOfficeRoles,
    pastOfficeModifiers: roles.pastOfficeModifiers,
    counterpartRoles: new Set(roles.counterpartRoles),
    counterpartFamily: new Map(roles.counterpartFamilies.flatMap((family, n) => family.map((role) => [role, n] as const))),
    honorifics: [...roles.honorifics].sort((a, b) => b.length - a.length),
    honorificIndex: new PhraseIndex(roles.honorifics),
    abbreviatedHonorifics: new Set(roles.abbreviatedHonorifics),
    notNameWords: new Set(words.notNameWords),
    givenNamesAmongWords: new Set(words.givenNamesAmongWords),
    surnamesAmongWords: new Set(words.surnamesAmongWords),
    givenNameVariants: new Map(givenNameVariants.groups.flatMap((group) => group.map((spelling) => [spelling, group[0]] as const))),
    innerDigraphs: { pattern: new RegExp(`(?<=.)(?:${givenNameVariants.innerDigraphs.map(([digraph]) => digraph).join('|')})`, 'g'), letters: new Map(givenNameVariants.innerDigraphs.map(([digraph, letter]) => [digraph, letter] as const)) },
    surnameLetters: letterSpellings(givenNameVariants.surnameLetters),
    joinedArticle: new RegExp(`^(?:${givenNameVariants.joinedArticles.join('|')})(?=[b-df-hj-np-tv-z][a-z]{5})`),
    abbreviations: new Set(words.abbreviations.map((a) => a.toLowerCase())),
    givenNameAbbreviations: new Set(words.givenNameAbbreviations),
    nonActorHeads: new Set(words.nonActorHeads),
    organizationHeads: new Set(words.organizationHeads),
    headFirstOrganizationHeads: new Set(words.headFirstOrganizationHeads),
    placeAndBodyWords: new Set(words.placeAndBodyWords),
    genericRoles: new Set(words.genericRoles),
    nameParticles: new Set(words.nameParticles),
    hyphenatedNameParts: new Set(words.hyphenatedNameParts),
    familyNamesWrittenFirst: new Set(words.familyNamesWrittenFirst),
    patronymicParticles: new Set(words.patronymicParticles),
    governmentHeads: [...words.governmentHeads].sort((a, b) => b.length - a.length),
    governmentIndex: new PhraseIndex(words.governmentHeads),
    governmentSeatIndex: new PhraseIndex([...words.governmentSeats, ...words.ministryAcronyms]),
    regionIndex: new PhraseIndex(countryAliases.regions),
    titleRegionIndex: new PhraseIndex(words.titleRegions),
    mediaHeads: [...media.mediaHeads].sort((a, b) => b.length - a.length),
    nationalAgencies: byAgencyName((a) => (a.stateAgency ? a.country : undefined)),
    homePress: new Map([...byAgencyName((a) => (a.homePress ? a.country : undefined))].map(([name, country]) => [name.toLowerCase(), country])),
    capitalNames,
    newspaperHeads: new Set(media.newspaperHeads),
    broadcastWords: new Set(media.broadcastWords),
    triggers,
  };
}

/** The lexicon's countryNameTails, from the member states' names (`countryNames`, by ISO3) and short names; `keys` are the gazetteer's forms. */
function nameTails(countryNames: Map<string, string>, shortNames: Record<string, string[]>, keys: Map<string, GazetteerEntry>): Map<string, string> {
  const commonWords = new Set([...words.notNameWords, ...words.placeAndBodyWords, ...words.standaloneStateForms, ...words.titleRegions]);
  const owners = new Map<string, Set<string>>();
  for (const country of worldCountries.countries) {
    if (!country.unMember) continue;
    for (const name of [countryNames.get(country.cca3)!, ...(shortNames[country.cca3] ?? [])]) {
      const parts = name.split(' ');
      if (parts.length < 2) continue;
      const tail = parts[parts.length - 1];
      owners.set(tail, (owners.get(tail) ?? new Set()).add(country.cca3));
    }
  }
  const tails = new Map<string, string>();
  for (const [tail, countries] of owners) if (countries.size === 1 && !keys.has(tail) && !commonWords.has(tail) && givenNameGender(tail) === null) tails.set(tail, [...countries][0]);
  return tails;
}

/**
 * "Governor-General", "Secretary-General", "Attorney-General": a role closing on "-general" is one token
 * as written, and news also writes it spaced ("Governor General X"); both spellings are roles, the
 * hyphenated one canonical.
 */
function spacedGeneralRoles(list: readonly string[]): { roles: string[]; synonyms: Record<string, string> } {
  const synonyms: Record<string, string> = {};
  for (const role of list) if (/^\p{Ll}+-general$/u.test(role)) synonyms[role.replace('-', ' ')] = role;
  return { roles: [...new Set([...list, ...Object.keys(synonyms)])], synonyms };
}

function gazetteerNode(): GazetteerNode {
  return { next: new Map(), exact: null, folded: null };
}

let cached: Lexicon | null = null;

let officialNames: Map<string, string> | undefined;

/** A country's official name by ISO3 ("Kingdom of Saudi Arabia" for SAU). */
export function officialCountryName(iso3: string): string | undefined {
  officialNames ??= new Map(worldCountries.countries.map((country) => [country.cca3, country.name.official]));
  return officialNames.get(iso3);
}

export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

export function canonicalRole(role: string): string {
  const lower = role.toLowerCase();
  return lexicon().roleSynonyms[lower] ?? lower;
}

/** A name in Latin letters that carries an accent ("Việt Nam", "España"), not one only spaced or spelt otherwise ("Nederland"). */
function isAccentedLatinName(name: string): boolean {
  return /^[\p{Script=Latin}\s'’-]+$/u.test(name) && foldAccents(name) !== name;
}

/** Spelling pairs as one pattern (longer spellings first, so "dhary" wins over a shorter pair inside it) and each spelling's key letters. */
function letterSpellings(pairs: string[][]): { pattern: RegExp; letters: Map<string, string> } {
  const spellings = pairs.map(([spelling]) => spelling).sort((a, b) => b.length - a.length);
  return { pattern: new RegExp(spellings.join('|'), 'g'), letters: new Map(pairs.map(([spelling, letters]) => [spelling, letters] as const)) };
}
