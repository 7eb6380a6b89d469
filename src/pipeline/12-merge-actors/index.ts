/**
 * Turns document entities into corpus actors. Known countries and organizations merge by their
 * gazetteer id. People merge when their names share a key (spelling and transliteration variants),
 * or first and last name; a surname alone joins the one full name it fits, and stays its own actor
 * when several fit. Every merge is recorded with its forms, documents and rule.
 */
import { FORMAT_VERSION, type Actor, type AliasUse, type MergeRecord, type RoleClaim } from '../../schema';
import { lexicon } from '../model';
import { fullNameKey, isReignNumber, joinedNameKey, nameTokens, opensWithPatronymic, opensWithRegnalTitle, patronymicStarts, slugify, surnameVariantKey, tokenKey } from '../text/names';
import type { DocEntity, DraftEvent, Stage } from '../types';
import { DocumentIds, DocumentNumbers } from './document-ids';
import { RepresentativeClaims } from './role-claims';

/**
 * What actor merging keeps of the entities it has placed: their forms with the documents using each,
 * countries, role claims and the rules that joined them, not the entities themselves (at 10k
 * articles they were most of the findings' memory).
 */
interface Cluster {
  rules: Set<string>;
  kind: DocEntity['kind'];
  knownId: string | null;
  formDocs: Map<string, DocumentIds>;
  documentIds: DocumentIds;
  countries: Set<string>;
  countryVotes: Map<string, number>;
  roles: RepresentativeClaims;
  /** An entity of several forms joined it: in-document coreference. */
  coreferenced: boolean;
  /** Stands for the cluster in the events until it has an actor id. */
  ref: string;
}

/** A person named only by a surname: placed once every full name of the corpus is known. */
interface SurnameOnly {
  entity: DocEntity;
  roles: RoleClaim[];
  ref: string;
}

/**
 * Actor merging as batches of findings arrive in corpus order (`foldEntities`), finished once the
 * corpus is read (`mergeActorsFrom`). Folding batch after batch gives the same actors as folding all
 * entities at once: clusters are made and joined in the same order.
 */
export interface ActorClusters {
  clusters: Cluster[];
  documents: DocumentNumbers;
  byKnown: Map<string, Cluster>;
  names: NameKeys;
  people: PeopleIndex;
  organizationsByForm: Map<string, Cluster>;
  surnameOnly: SurnameOnly[];
}

export function newActorClusters(): ActorClusters {
  const names = new NameKeys();
  return { clusters: [], documents: new DocumentNumbers(), byKnown: new Map(), names, people: new PeopleIndex(names), organizationsByForm: new Map(), surnameOnly: [] };
}

/**
 * Places a batch's entities (in corpus order) and returns its events with each entity key replaced
 * by its cluster's reference; the entities can then be dropped. `dates`: the date of each document
 * of the batch, for the role claims. Updates `state` in place: it is the fold's accumulator, and
 * copying its indexes for every batch would cost more than merging them.
 */
export function foldEntities(state: ActorClusters, entities: readonly DocEntity[], events: readonly DraftEvent[], dates: ReadonlyMap<string, string | null>): DraftEvent[] {
  const refOf = new Map<string, string>();
  for (const entity of entities) refOf.set(entity.key, placeEntity(state, entity, dates));
  const ref = (key: string) => refOf.get(key) ?? key;
  const refs = (keys: string[]) => (keys.length === 0 ? keys : keys.map(ref));
  return events.map((event) => ({ ...event, participants: refs(event.participants), speaker: event.speaker === null ? null : ref(event.speaker), targets: refs(event.targets) }));
}

/** A reference to a cluster or a pending surname: no entity key or actor id starts with a NUL character. */
const refFor = (kind: 'cluster' | 'surname', n: number) => `\u0000${kind}${n}`;

function placeEntity(state: ActorClusters, entity: DocEntity, dates: ReadonlyMap<string, string | null>): string {
  const roles = roleClaims(entity, dates);
  if (entity.knownId) {
    let cluster = state.byKnown.get(entity.knownId);
    if (!cluster) {
      cluster = newCluster(state, entity.kind, entity.knownId, ['gazetteer']);
      state.byKnown.set(entity.knownId, cluster);
    }
    return join(state, cluster, entity, roles);
  }
  if (entity.kind !== 'person') {
    const key = `${entity.kind}|${entity.name.toLowerCase()}`;
    let cluster = state.organizationsByForm.get(key);
    if (!cluster) {
      cluster = newCluster(state, entity.kind, null, []);
      state.organizationsByForm.set(key, cluster);
    }
    return join(state, cluster, entity, roles);
  }
  const fullForms = entity.forms.filter((f) => state.names.of(f).tokens.length >= 2);
  if (fullForms.length === 0) {
    const ref = refFor('surname', state.surnameOnly.length);
    state.surnameOnly.push({ entity, roles, ref });
    return ref;
  }
  const match = state.people.find(fullForms, entity);
  const cluster = match ? match.cluster : newCluster(state, 'person', null, []);
  if (match) cluster.rules.add(match.rule);
  join(state, cluster, entity, roles);
  state.people.add(cluster, fullForms);
  return cluster.ref;
}

function newCluster(state: ActorClusters, kind: DocEntity['kind'], knownId: string | null, rules: string[]): Cluster {
  const cluster: Cluster = {
    rules: new Set(rules),
    kind,
    knownId,
    formDocs: new Map(),
    documentIds: new DocumentIds(),
    countries: new Set(),
    countryVotes: new Map(),
    roles: new RepresentativeClaims(),
    coreferenced: false,
    ref: refFor('cluster', state.clusters.length),
  };
  state.clusters.push(cluster);
  return cluster;
}

function join(state: ActorClusters, cluster: Cluster, entity: DocEntity, roles: RoleClaim[]): string {
  const document = state.documents.numberOf(entity.documentId);
  for (const form of entity.forms) {
    let documents = cluster.formDocs.get(form);
    if (documents === undefined) cluster.formDocs.set(form, (documents = new DocumentIds()));
    documents.add(document);
  }
  cluster.documentIds.add(document);
  if (entity.country) {
    cluster.countries.add(entity.country);
    cluster.countryVotes.set(entity.country, (cluster.countryVotes.get(entity.country) ?? 0) + 1);
  }
  for (const claim of roles) cluster.roles.add(claim);
  if (entity.forms.length > 1) cluster.coreferenced = true;
  return cluster.ref;
}

function roleClaims(entity: DocEntity, dates: ReadonlyMap<string, string | null>): RoleClaim[] {
  return entity.roles.map((r) => ({ role: r.role, country: r.country, asOf: dates.get(entity.documentId) ?? null, evidence: r.evidence }));
}

export function datesOfDocuments(documents: readonly { id: string; date: string | null }[]): Map<string, string | null> {
  return new Map(documents.map((d) => [d.id, d.date]));
}

/** The stage on the entities of the state: every one folded at once. */
export const mergeActors: Stage = (state, context) => {
  const clusters = newActorClusters();
  const events = foldEntities(clusters, state.entities, state.events, datesOfDocuments(state.storedDocuments));
  return mergeActorsFrom(clusters)({ ...state, entities: [], events }, context);
};

/** Finishes merging: places the surnames, names the actors and gives the events their actor ids. */
export function mergeActorsFrom(folded: ActorClusters): Stage {
  return (state) => {
    const { clusters, people, names } = folded;
    const clusterOf = new Map<string, Cluster>();
    for (const cluster of clusters) clusterOf.set(cluster.ref, cluster);
    // "Sugiono", Indonesia's foreign minister, in two articles: one name, whom no full name fits, of one country and office.
    const mononyms = new Map<string, { cluster: Cluster; roles: Set<string> }[]>();
    for (const { entity, roles, ref } of folded.surnameOnly) {
      const key = names.of(entity.name).tokens[0] ?? tokenKey(entity.name);
      // "King Abdullah" in one article, "King Abdullah II" in another: the title makes the short form a monarch's, and a
      // monarch's one name is no other person's surname ("Sultan Ibrahim" is not Prime Minister Anwar Ibrahim).
      const byReign = entity.forms.some(opensWithRegnalTitle);
      const surnameFits = byReign ? [] : people.bySurname(key, opensWithPatronymic(entity.name)).filter((c) => countriesAgree(c, entity));
      const fits = byReign ? people.byReignName(key).filter((c) => countriesAgree(c, entity)) : surnameFits;
      let cluster: Cluster;
      if (fits.length === 1) {
        cluster = fits[0];
        cluster.rules.add(byReign ? "a monarch's title and name fit one numbered reign in the corpus" : 'surname fits one full name in the corpus');
      } else if (fits.length === 0 && entity.country && roles.some((r) => !lexicon().genericRoles.has(r.role))) {
        // A generic role ("minister", "official") names no one office: two ministers called Ali stay apart.
        const offices = new Set(roles.map((r) => r.role).filter((role) => !lexicon().genericRoles.has(role)));
        const sameKey = mononyms.get(`${key}|${entity.country}`) ?? [];
        const same = sameKey.find((m) => [...offices].some((role) => m.roles.has(role)));
        if (same) {
          cluster = same.cluster;
          cluster.rules.add('one name of the same country and office in several documents');
          for (const role of offices) same.roles.add(role);
        } else {
          cluster = newCluster(folded, 'person', null, []);
          mononyms.set(`${key}|${entity.country}`, [...sameKey, { cluster, roles: offices }]);
        }
      } else {
        cluster = newCluster(folded, 'person', null, []);
      }
      join(folded, cluster, entity, roles);
      clusterOf.set(ref, cluster);
    }
    const actors: Actor[] = [];
    const merges: MergeRecord[] = [];
    const idOf = new Map<Cluster, string>();
    const usedIds = new Set<string>();
    // Where the numbering of each name's ids goes on: counting up from 2 for every actor of a name was
    // quadratic in how many actors share it (5,000 unrelated "Ruto"s took seconds).
    const nextNumber = new Map<string, number>();
    for (const cluster of clusters) {
      const actor = buildActor(cluster, names, folded.documents);
      const slug = slugify(actor.name);
      let id = slug;
      let n = nextNumber.get(slug) ?? 2;
      for (; usedIds.has(id); n++) id = `${slug}-${n}`;
      nextNumber.set(slug, n);
      usedIds.add(id);
      actors.push({ id, ...actor });
      idOf.set(cluster, id);
      const forms = [...cluster.formDocs.keys()].sort();
      const documentIds = cluster.documentIds.sorted(folded.documents);
      if (forms.length > 1 || documentIds.length > 1) {
        const rules = [...cluster.rules];
        if (cluster.coreferenced) rules.push('in-document coreference (surname, title, role or pronoun)');
        merges.push({ actorId: id, forms, documentIds, rule: rules.join('; ') || 'same form' });
      }
    }
    const actorOf = (ref: string) => {
      const cluster = clusterOf.get(ref);
      return cluster ? idOf.get(cluster)! : ref;
    };
    const events = state.events.map((event) => ({
      ...event,
      participants: event.participants.map(actorOf),
      speaker: event.speaker ? actorOf(event.speaker) : null,
      targets: event.targets.map(actorOf),
    }));
    return { ...state, entities: [], events, dataset: { formatVersion: FORMAT_VERSION, documents: state.storedDocuments, actors, events: [], merges, warnings: state.warnings } };
  };
}

/** Why a cluster found by `NameKeys.lookups`' first, second and later keys fits. */
const LOOKUP_RULES = [
  'same name key (spelling or transliteration variant)',
  'same name key with its particles spaced or joined otherwise (Abu Bakar, Abubakar)',
  'same first and last name',
  'the shorter name opens the longer (family name dropped)',
] as const;

/**
 * People clusters indexed by name keys, so each new name is compared with its few candidates rather
 * than with every cluster: the whole-name key (spelling variants), first + last name, the name's
 * opening words ("Mohammed bin Zayed" opens "Mohamed bin Zayed Al Nahyan") and the surname.
 */
class PeopleIndex {
  private readonly byKey = new Map<string, Cluster[]>();
  private readonly surnames = new Map<string, Set<Cluster>>();
  /** "Salman" of "Mohammed bin Salman": found only by a short form that keeps the particle ("bin Salman"). */
  private readonly patronymics = new Map<string, Set<Cluster>>();
  /** "Abdullah" of "Abdullah II": a monarch's name before the number of the reign. */
  private readonly reignNames = new Map<string, Set<Cluster>>();

  constructor(private readonly names: NameKeys) {}

  add(cluster: Cluster, forms: string[]): void {
    for (const form of forms) {
      const keys = this.names.of(form).tokens;
      for (const key of this.names.claims(form)) this.keep(key, cluster);
      // "Mohammed bin Salman": a father's name closing the name is no surname ("Salman" alone is someone else, "bin Salman" the son).
      const surnames = this.names.fatherCloses(form) ? this.patronymics : this.surnames;
      const surname = keys[keys.length - 1];
      surnames.set(surname, (surnames.get(surname) ?? new Set()).add(cluster));
      if (keys.length === 2 && isReignNumber(form.slice(form.lastIndexOf(' ') + 1))) this.reignNames.set(keys[0], (this.reignNames.get(keys[0]) ?? new Set()).add(cluster));
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
      const keys = this.names.of(form).tokens;
      const lookups = this.names.lookups(form);
      for (let n = 0; n < lookups.length; n++) {
        const cluster = this.byKey.get(lookups[n])?.find((claimant) => countriesAgree(claimant, entity));
        if (cluster) return { cluster, rule: LOOKUP_RULES[Math.min(n, LOOKUP_RULES.length - 1)] };
      }
      // "Suzuki Keisuke" and "Keisuke Suzuki": family name first or last, as outlets write Japanese or
      // Hungarian names. Two different people of one country seldom share both names, but only then.
      if (keys.length === 2 && keys[0] !== keys[1]) {
        const swapped = this.byKey.get(`whole:${keys[1]}|${keys[0]}`)?.find((claimant) => sameKnownCountry(claimant, entity));
        if (swapped) return { cluster: swapped, rule: 'the same two names in the other order (family name first)' };
      }
    }
    // Across documents a family name's other transliteration joins only after the same given names (a surname alone may be anyone's).
    for (const form of forms) {
      if (this.names.of(form).tokens.length < 2) continue;
      const respelled = this.byKey.get(this.names.surnameSpellingKey(form))?.find((claimant) => countriesAgree(claimant, entity));
      if (respelled) return { cluster: respelled, rule: 'the same given names, the family name transliterated otherwise (Darwish, Darwich)' };
    }
    return null;
  }

  /** "King Abdullah" alone: the monarchs of that name with a reign's number ("Abdullah II"). */
  byReignName(name: string): Cluster[] {
    return [...(this.reignNames.get(name) ?? [])];
  }

  bySurname(surname: string, patronymic = false): Cluster[] {
    const fathers = patronymic ? this.patronymics.get(surname) : undefined;
    return [...(this.surnames.get(surname) ?? []), ...(fathers ?? [])];
  }
}

function sameKnownCountry(cluster: Cluster, entity: DocEntity): boolean {
  return entity.country !== null && cluster.countries.size === 1 && cluster.countries.has(entity.country);
}

function countriesAgree(cluster: Cluster, entity: DocEntity): boolean {
  if (!entity.country) return true;
  for (const country of cluster.countries) if (country !== entity.country) return false;
  return true;
}

/**
 * The keys of each name form, computed once: the same few thousand forms recur in every article
 * naming their person, and splitting and folding them again was most of this stage's time.
 */
class NameKeys {
  private readonly byForm = new Map<string, { tokens: string[]; full: string }>();
  private readonly fatherCloser = new Map<string, boolean>();
  private readonly claimsOf = new Map<string, string[]>();
  private readonly lookupsOf = new Map<string, string[]>();

  /** The index keys a cluster with this form claims (`PeopleIndex.add`), built once per form. */
  claims(form: string): string[] {
    let claims = this.claimsOf.get(form);
    if (claims === undefined) {
      const { tokens: keys, full } = this.of(form);
      claims = [`name:${full}`, this.joinedKey(form), `ends:${keys[0]}|${keys[keys.length - 1]}`];
      for (let n = 2; n < keys.length; n++) claims.push(`opens:${keys.slice(0, n).join('|')}`);
      claims.push(`whole:${keys.join('|')}`);
      if (keys.length >= 2) claims.push(this.surnameSpellingKey(form));
      this.claimsOf.set(form, claims);
    }
    return claims;
  }

  /** The index keys `PeopleIndex.find` asks for this form, in order (`LOOKUP_RULES` says why each fits), built once per form. */
  lookups(form: string): string[] {
    let lookups = this.lookupsOf.get(form);
    if (lookups === undefined) {
      const { tokens: keys, full } = this.of(form);
      lookups = [`name:${full}`, this.joinedKey(form), `ends:${keys[0]}|${keys[keys.length - 1]}`, `opens:${keys.join('|')}`];
      for (let k = 2; k < keys.length; k++) lookups.push(`whole:${keys.slice(0, k).join('|')}`);
      this.lookupsOf.set(form, lookups);
    }
    return lookups;
  }

  /** "Mahmoud Darwish" and "Mahmoud Darwich": the given names' keys and the family name's `surnameVariantKey`. */
  surnameSpellingKey(form: string): string {
    const tokens = nameTokens(form);
    return `surname-spelling:${this.of(form).tokens.slice(0, -1).join('|')}|${surnameVariantKey(tokens[tokens.length - 1])}`;
  }

  /** "Ahmad Abu Bakar" and "Ahmad Abubakar": the name key with the particles it leaves out, so that spacing or joining them makes no other person. */
  private joinedKey(form: string): string {
    return `joined:${joinedNameKey(form)}`;
  }

  /** `tokens`: the token keys of the identifying tokens (`nameTokens`); `full`: `fullNameKey`. */
  of(form: string): { tokens: string[]; full: string } {
    let keys = this.byForm.get(form);
    if (keys === undefined) {
      keys = { tokens: nameTokens(form).map(tokenKey), full: fullNameKey(form) };
      this.byForm.set(form, keys);
    }
    return keys;
  }

  /** Whether the form's last token is a father's whole name ("Mohammed bin Salman"), not a family name ("Tamim bin Hamad Al Thani"). */
  fatherCloses(form: string): boolean {
    let closes = this.fatherCloser.get(form);
    if (closes === undefined) {
      closes = patronymicStarts(form).includes(this.of(form).tokens.length - 1);
      this.fatherCloser.set(form, closes);
    }
    return closes;
  }
}

function buildActor(cluster: Cluster, names: NameKeys, numbers: DocumentNumbers): Omit<Actor, 'id'> {
  const formDocs = new Map([...cluster.formDocs].map(([form, documents]) => [form, documents.sorted(numbers)]));
  const { countryNames } = lexicon();
  const name = cluster.knownId
    ? cluster.kind === 'country'
      ? countryNames.get(cluster.knownId) ?? cluster.knownId
      : cluster.knownId
    : preferredName([...formDocs.entries()], cluster.kind === 'person', names);
  const aliasUses: AliasUse[] = [...formDocs.entries()]
    .map(([form, documentIds]) => ({ form, documentIds }))
    .sort((a, b) => a.form.localeCompare(b.form));
  const country = cluster.kind === 'country' ? cluster.knownId : [...cluster.countryVotes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  return {
    name,
    kind: cluster.kind,
    country,
    aliases: aliasUses.map((u) => u.form).filter((f) => f !== name),
    aliasUses,
    roles: cluster.roles.claims(),
  };
}

/**
 * The form used in most documents; for people only full names qualify, a monarch's title left out
 * ("Abdullah II", not "King Abdullah II"); ties go to the form without a family name in capitals
 * ("Suzuki Keisuke", not "SUZUKI Keisuke"), then to the longer form.
 */
function preferredName(forms: [string, string[]][], person: boolean, names: NameKeys): string {
  const untitled = person ? forms.filter(([f]) => !opensWithRegnalTitle(f)) : forms;
  const named = untitled.length ? untitled : forms;
  const eligible = person ? named.filter(([f]) => names.of(f).tokens.length >= 2) : named;
  const pool = eligible.length ? eligible : named;
  const capitals = (form: string) => (person ? (form.match(CAPITALS_WORD) ?? []).length : 0);
  return pool.sort((a, b) => b[1].length - a[1].length || capitals(a[0]) - capitals(b[0]) || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}

const CAPITALS_WORD = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu;
