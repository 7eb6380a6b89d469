/**
 * Turns document entities into corpus actors. Known countries and organizations merge by their
 * gazetteer id. People merge when their names share a key (spelling and transliteration variants),
 * or first and last name; a surname alone joins the one full name it fits, and stays its own actor
 * when several fit. Every merge is recorded with its forms, documents and rule.
 */
import type { Actor, AliasUse, MergeRecord, RoleClaim } from '../../schema';
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
  const dates = new Map(state.documents.map((d) => [d.id, d.date]));
  const clusters: Cluster[] = [];
  const byKnown = new Map<string, Cluster>();
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
    } else if (entity.kind === 'person' && nameTokens(entity.name).length < 2 && !entity.forms.some((f) => nameTokens(f).length >= 2)) {
      surnameOnly.push(entity);
    } else {
      const fullForms = entity.kind === 'person' ? entity.forms.filter((f) => nameTokens(f).length >= 2) : entity.forms;
      const match = clusters.find((c) => !c.knownId && c.kind === entity.kind && sameActor(c, entity, fullForms));
      if (match) {
        match.entities.push(entity);
        match.rules.add(match.entities.some((e) => e.forms.some((f) => fullForms.some((g) => fullNameKey(f) === fullNameKey(g)))) ? 'same name key (spelling or transliteration variant)' : 'same first and last name');
      } else {
        clusters.push({ entities: [entity], rules: new Set(), kind: entity.kind, knownId: null });
      }
    }
  }
  for (const entity of surnameOnly) {
    const key = tokenKey(nameTokens(entity.name)[0] ?? entity.name);
    const fits = clusters.filter((c) => c.kind === 'person' && !c.knownId && c.entities.some((e) => e.forms.some((f) => lastKey(f) === key)) && countriesAgree(c, entity));
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
  for (const cluster of clusters) {
    const actor = buildActor(cluster, dates);
    let id = slugify(actor.name);
    for (let n = 2; usedIds.has(id); n++) id = `${slugify(actor.name)}-${n}`;
    usedIds.add(id);
    actors.push({ ...actor, id });
    for (const entity of cluster.entities) actorOf.set(entity.key, id);
    const documentIds = [...new Set(cluster.entities.map((e) => e.documentId))].sort();
    const forms = [...new Set(cluster.entities.flatMap((e) => e.forms))].sort();
    if (forms.length > 1 || documentIds.length > 1) {
      const rules = [...cluster.rules];
      if (cluster.entities.some((e) => e.forms.length > 1)) rules.push('in-document coreference (surname, title, role or pronoun)');
      merges.push({ actorId: id, forms, documentIds, rule: rules.join('; ') || 'same form' });
    }
  }
  const events = state.events.map((event) => ({
    ...event,
    participants: event.participants.map((k) => actorOf.get(k) ?? k),
    speaker: event.speaker ? actorOf.get(event.speaker) ?? event.speaker : null,
    targets: event.targets.map((k) => actorOf.get(k) ?? k),
  }));
  return { ...state, events, dataset: { formatVersion: 1, documents: state.documents, actors, events: [], merges, warnings: state.warnings } };
};

function lastKey(form: string): string {
  const tokens = nameTokens(form);
  return tokens.length ? tokenKey(tokens[tokens.length - 1]) : '';
}

function sameActor(cluster: Cluster, entity: DocEntity, forms: string[]): boolean {
  if (!countriesAgree(cluster, entity)) return false;
  const known = cluster.entities.flatMap((e) => e.forms);
  if (entity.kind !== 'person') return known.some((f) => forms.some((g) => f.toLowerCase() === g.toLowerCase()));
  return known.some((f) =>
    forms.some((g) => {
      if (fullNameKey(f) === fullNameKey(g)) return true;
      const a = nameTokens(f).map(tokenKey);
      const b = nameTokens(g).map(tokenKey);
      return a.length >= 2 && b.length >= 2 && (a[0] === b[0] && a[a.length - 1] === b[b.length - 1] || startsWith(a, b) || startsWith(b, a));
    }),
  );
}

/** "Mohammed bin Zayed" starts "Mohamed bin Zayed Al Nahyan": a family name dropped. */
function startsWith(whole: string[], part: string[]): boolean {
  return part.length >= 2 && part.length < whole.length && part.every((p, i) => whole[i] === p);
}

function countriesAgree(cluster: Cluster, entity: DocEntity): boolean {
  if (!entity.country) return true;
  return cluster.entities.every((e) => !e.country || e.country === entity.country);
}

function buildActor(cluster: Cluster, dates: Map<string, string | null>): Omit<Actor, 'id'> {
  const { countryNames } = lexicon();
  const formDocs = new Map<string, Set<string>>();
  for (const entity of cluster.entities) for (const form of entity.forms) formDocs.set(form, (formDocs.get(form) ?? new Set()).add(entity.documentId));
  const name = cluster.knownId
    ? cluster.kind === 'country'
      ? countryNames.get(cluster.knownId) ?? cluster.knownId
      : cluster.knownId
    : preferredName([...formDocs.entries()], cluster.kind === 'person');
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
function preferredName(forms: [string, Set<string>][], person: boolean): string {
  const eligible = person ? forms.filter(([f]) => nameTokens(f).length >= 2) : forms;
  const pool = eligible.length ? eligible : forms;
  return pool.sort((a, b) => b[1].size - a[1].size || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
}
