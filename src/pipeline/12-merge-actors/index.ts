/**
 * Turns document entities into corpus actors. Known countries and organizations merge by their
 * gazetteer id. People merge when their names share a key (spelling and transliteration variants),
 * or first and last name; a surname alone joins the one full name it fits, and stays its own actor
 * when several fit. Every merge is recorded with its forms, documents and rule.
 */
import { FORMAT_VERSION, type Actor, type AliasUse, type MergeRecord, type RoleClaim } from '../../schema';
import { lexicon } from '../model';
import { fullNameKey, nameTokens, slugify, tokenKey } from '../text/names';
import type { DocEntity, Stage } from '../types';

interface Cluster {
  entities: DocEntity[];
  rules: Set<string>;
  kind: DocEntity['kind'];
  knownId: string | null;
}

export const mergeActors: Stage = (state) => {
  const dates = new Map(state.storedDocuments.map((d) => [d.id, d.date]));
  const clusters: Cluster[] = [];
  const byKnown = new Map<string, Cluster>();
  const names = new NameKeys();
  const people = new PeopleIndex(names);
  const organizationsByForm = new Map<string, Cluster>();
  const surnameOnly: DocEntity[] = [];
  for (const entity of state.entities) {
    if (entity.knownId) {
      let cluster = byKnown.get(entity.knownId);
      if (!cluster) {
        cluster = { entities: [], rules: new Set(['gazetteer']), kind: entity.kind, knownId: entity.knownId };
        byKnown.set(entity.knownId, cluster);
        clusters.push(cluster);
      }
      cluster.entities.push(entity);
    } else if (entity.kind !== 'person') {
      const key = `${entity.kind}|${entity.name.toLowerCase()}`;
      const cluster = organizationsByForm.get(key);
      if (cluster) cluster.entities.push(entity);
      else {
        const created: Cluster = { entities: [entity], rules: new Set(), kind: entity.kind, knownId: null };
        organizationsByForm.set(key, created);
        clusters.push(created);
      }
    } else {
      const fullForms = entity.forms.filter((f) => names.of(f).tokens.length >= 2);
      if (fullForms.length === 0) {
        surnameOnly.push(entity);
        continue;
      }
      const match = people.find(fullForms, entity);
      if (match) {
        match.cluster.entities.push(entity);
        match.cluster.rules.add(match.rule);
        people.add(match.cluster, fullForms);
      } else {
        const created: Cluster = { entities: [entity], rules: new Set(), kind: 'person', knownId: null };
        clusters.push(created);
        people.add(created, fullForms);
      }
    }
  }
  for (const entity of surnameOnly) {
    const fits = people.bySurname(names.of(entity.name).tokens[0] ?? tokenKey(entity.name)).filter((c) => countriesAgree(c, entity));
    if (fits.length === 1) {
      fits[0].entities.push(entity);
      fits[0].rules.add('surname fits one full name in the corpus');
    } else {
      clusters.push({ entities: [entity], rules: new Set(), kind: 'person', knownId: null });
    }
  }
  const actors: Actor[] = [];
  const merges: MergeRecord[] = [];
  const actorOf = new Map<string, string>();
  const usedIds = new Set<string>();
  // Where the numbering of each name's ids goes on: counting up from 2 for every actor of a name was
  // quadratic in how many actors share it (5,000 unrelated "Ruto"s took seconds).
  const nextNumber = new Map<string, number>();
  for (const cluster of clusters) {
    const formDocs = documentsByForm(cluster);
    const actor = buildActor(cluster, formDocs, dates, names);
    const slug = slugify(actor.name);
    let id = slug;
    let n = nextNumber.get(slug) ?? 2;
    for (; usedIds.has(id); n++) id = `${slug}-${n}`;
    nextNumber.set(slug, n);
    usedIds.add(id);
    actors.push({ id, ...actor });
    for (const entity of cluster.entities) actorOf.set(entity.key, id);
    const documentIds = new Set<string>();
    for (const entity of cluster.entities) documentIds.add(entity.documentId);
    const forms = [...formDocs.keys()].sort();
    if (forms.length > 1 || documentIds.size > 1) {
      const rules = [...cluster.rules];
      if (cluster.entities.some((e) => e.forms.length > 1)) rules.push('in-document coreference (surname, title, role or pronoun)');
      merges.push({ actorId: id, forms, documentIds: [...documentIds].sort(), rule: rules.join('; ') || 'same form' });
    }
  }
  const events = state.events.map((event) => ({
    ...event,
    participants: event.participants.map((k) => actorOf.get(k) ?? k),
    speaker: event.speaker ? actorOf.get(event.speaker) ?? event.speaker : null,
    targets: event.targets.map((k) => actorOf.get(k) ?? k),
  }));
  // The entities became actors: the later refiners do not read them, and they are most of the findings' memory.
  return { ...state, entities: [], events, dataset: { formatVersion: FORMAT_VERSION, documents: state.storedDocuments, actors, events: [], merges, warnings: state.warnings } };
};

/**
 * People clusters indexed by name keys, so each new name is compared with its few candidates rather
 * than with every cluster: the whole-name key (spelling variants), first + last name, the name's
 * opening words ("Mohammed bin Zayed" opens "Mohamed bin Zayed Al Nahyan") and the surname.
 */
class PeopleIndex {
  private readonly byKey = new Map<string, Cluster[]>();
  private readonly surnames = new Map<string, Set<Cluster>>();

  constructor(private readonly names: NameKeys) {}

  add(cluster: Cluster, forms: string[]): void {
    for (const form of forms) {
      const { tokens: keys, full } = this.names.of(form);
      this.keep(`name:${full}`, cluster);
      this.keep(`ends:${keys[0]}|${keys[keys.length - 1]}`, cluster);
      for (let n = 2; n < keys.length; n++) this.keep(`opens:${keys.slice(0, n).join('|')}`, cluster);
      this.keep(`whole:${keys.join('|')}`, cluster);
      const surname = keys[keys.length - 1];
      this.surnames.set(surname, (this.surnames.get(surname) ?? new Set()).add(cluster));
    }
  }

  /**
   * Every cluster that claims a key is kept, in the order they claimed it: when the first one's
   * country disagrees with a name, the next is asked (were only the first kept, each later person of
   * that name would start an actor of its own, one per document).
   */
  private keep(key: string, cluster: Cluster): void {
    const claimants = this.byKey.get(key);
    if (!claimants) this.byKey.set(key, [cluster]);
    else if (!claimants.includes(cluster)) claimants.push(cluster);
  }

  find(forms: string[], entity: DocEntity): { cluster: Cluster; rule: string } | null {
    for (const form of forms) {
      const { tokens: keys, full } = this.names.of(form);
      const candidates: [string, string][] = [
        [`name:${full}`, 'same name key (spelling or transliteration variant)'],
        [`ends:${keys[0]}|${keys[keys.length - 1]}`, 'same first and last name'],
        [`opens:${keys.join('|')}`, 'the shorter name opens the longer (family name dropped)'],
        ...keys.slice(2).map((_, k): [string, string] => [`whole:${keys.slice(0, k + 2).join('|')}`, 'the shorter name opens the longer (family name dropped)']),
      ];
      for (const [key, rule] of candidates) {
        const cluster = this.byKey.get(key)?.find((claimant) => countriesAgree(claimant, entity));
        if (cluster) return { cluster, rule };
      }
    }
    return null;
  }

  bySurname(surname: string): Cluster[] {
    return [...(this.surnames.get(surname) ?? [])];
  }
}

/**
 * The countries of each cluster's entities, brought up to date with the entities added since the last
 * check: reading every entity at each check was quadratic in the documents naming one person
 * (20,000 took 2 s).
 */
const clusterCountries = new WeakMap<Cluster, { counted: number; countries: Set<string> }>();

function countriesAgree(cluster: Cluster, entity: DocEntity): boolean {
  if (!entity.country) return true;
  const known = clusterCountries.get(cluster) ?? { counted: 0, countries: new Set<string>() };
  for (; known.counted < cluster.entities.length; known.counted++) {
    const country = cluster.entities[known.counted].country;
    if (country) known.countries.add(country);
  }
  clusterCountries.set(cluster, known);
  return [...known.countries].every((country) => country === entity.country);
}

/**
 * The keys of each name form, computed once: the same few thousand forms recur in every article
 * naming their person, and splitting and folding them again was most of this stage's time.
 */
class NameKeys {
  private readonly byForm = new Map<string, { tokens: string[]; full: string }>();

  /** `tokens`: the token keys of the identifying tokens (`nameTokens`); `full`: `fullNameKey`. */
  of(form: string): { tokens: string[]; full: string } {
    let keys = this.byForm.get(form);
    if (keys === undefined) {
      keys = { tokens: nameTokens(form).map(tokenKey), full: fullNameKey(form) };
      this.byForm.set(form, keys);
    }
    return keys;
  }
}

/** Each name form of a cluster with the documents that use it. */
function documentsByForm(cluster: Cluster): Map<string, Set<string>> {
  const formDocs = new Map<string, Set<string>>();
  for (const entity of cluster.entities) for (const form of entity.forms) formDocs.set(form, (formDocs.get(form) ?? new Set()).add(entity.documentId));
  return formDocs;
}

function buildActor(cluster: Cluster, formDocs: Map<string, Set<string>>, dates: Map<string, string | null>, names: NameKeys): Omit<Actor, 'id'> {
  const { countryNames } = lexicon();
  const name = cluster.knownId
    ? cluster.kind === 'country'
      ? countryNames.get(cluster.knownId) ?? cluster.knownId
      : cluster.knownId
    : preferredName([...formDocs.entries()], cluster.kind === 'person', names);
  const aliasUses: AliasUse[] = [...formDocs.entries()]
    .map(([form, docs]) => ({ form, documentIds: [...docs].sort() }))
    .sort((a, b) => a.form.localeCompare(b.form));
  const roles: RoleClaim[] = cluster.entities.flatMap((e) => e.roles.map((r) => ({ role: r.role, country: r.country, asOf: dates.get(e.documentId) ?? null, evidence: r.evidence })));
  const countryVotes = new Map<string, number>();
  for (const entity of cluster.entities) if (entity.country) countryVotes.set(entity.country, (countryVotes.get(entity.country) ?? 0) + 1);
  const country = cluster.kind === 'country' ? cluster.knownId : [...countryVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return {
    name,
    kind: cluster.kind,
    country,
    aliases: aliasUses.map((u) => u.form).filter((f) => f !== name),
    aliasUses,
    roles,
  };
}

/** The form used in most documents; for people only full names qualify; ties go to the longer form. */
function preferredName(forms: [string, Set<string>][], person: boolean, names: NameKeys): string {
  const eligible = person ? forms.filter(([f]) => names.of(f).tokens.length >= 2) : forms;
  const pool = eligible.length ? eligible : forms;
  return pool.sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}
