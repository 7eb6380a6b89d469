/**
 * "Mudavadi and his Ethiopian counterpart held talks": a counterpart with no name beside it is the
 * one person of that country in the document who holds the possessor's office, the same role or
 * one of its counterpart family (a president's counterpart may be a prime minister). Anything less
 * certain (no possessor, several people before it, two who fit) names no one: a guessed participant
 * would draw a meeting that did not happen.
 */
import { lexicon } from '../model';
import { once, phrasePattern } from '../text/clauses';
import type { DocEntity, Mention } from '../types';

/** The counterpart role mentions (`pending`) that name one person, with that person's entity. */
export function resolveCounterparts(text: string, pending: Mention[], resolved: Mention[], byKey: Map<string, DocEntity>): Mention[] {
  const persons = [...byKey.values()].filter((entity) => entity.kind === 'person');
  const found: Mention[] = [];
  for (const mention of pending) {
    if (!mention.country || !POSSESSIVE_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) continue;
    const possessor = possessorOf(mention, resolved, byKey);
    const holder = possessor ? holderOfOffice(possessor, mention.country, persons) : null;
    if (holder) found.push({ ...mention, entity: holder.key });
  }
  return found;
}

/** "his Ethiopian counterpart", "her Indian peer": a possessive pronoun, then at most the nationality. */
const POSSESSIVE_BEFORE = /\b(?:his|her)\s+(?:\p{Lu}[\p{L}-]*\s+)?$/u;

/**
 * "Foreign Minister A and his Comorian counterpart Dr. X", "received his Chilean counterpart, X": X holds A's office
 * in X's own country, when that office is one of a counterpart family other than the leaders' (a president's
 * counterpart may be a prime minister) and A, the one person named before in the sentence, holds exactly one such.
 * `m`: the counterpart role mention apposed to X, or X's own mention titled by it.
 */
export function counterpartOffice(text: string, m: Mention, resolved: Mention[], byKey: Map<string, DocEntity>): string | null {
  if (!m.country || !counterpartBefore().test(text.slice(Math.max(0, m.start - 60), m.start))) return null;
  const possessor = possessorOf(m, resolved, byKey);
  const { counterpartFamily, leaderRoles } = lexicon();
  const offices = new Set(possessor?.roles.map((r) => r.role).filter((role) => counterpartFamily.has(role) && !leaderRoles.has(role)));
  return offices.size === 1 ? [...offices][0] : null;
}

/** "his Comorian " before the role mention, or "his Comorian counterpart Dr. " (a comma, or abbreviated honorifics) before the name it titles. */
const counterpartBefore = once(() => new RegExp(String.raw`\b(?:his|her)\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:(?:${phrasePattern([...lexicon().counterpartRoles])})(?:,\s*|\s+)(?:\p{Lu}\p{Ll}{0,4}\.\s+)*)?$`, 'u'));

/** The one person named before the counterpart in its sentence (by name, role or pronoun), outside quotes. */
function possessorOf(mention: Mention, resolved: Mention[], byKey: Map<string, DocEntity>): DocEntity | null {
  const before = new Set(
    resolved
      .filter((m) => m.sentence === mention.sentence && m.start < mention.start && !m.inQuote && !m.modifier && byKey.get(m.entity)?.kind === 'person')
      .map((m) => m.entity),
  );
  return before.size === 1 ? byKey.get([...before][0])! : null;
}

/** The one person of `country` who holds one of the possessor's roles, else one of their families'. */
function holderOfOffice(possessor: DocEntity, country: string, persons: DocEntity[]): DocEntity | null {
  const { roles, families } = officesOf(possessor);
  const candidates = persons.filter((person) => person !== possessor && countryOf(person) === country);
  const sameRole = candidates.filter((person) => person.roles.some((r) => roles.has(r.role)));
  if (sameRole.length > 0) return sameRole.length === 1 ? sameRole[0] : null;
  const sameFamily = candidates.filter((person) => holdsFamilyOffice(person, families));
  return sameFamily.length === 1 ? sameFamily[0] : null;
}

/** The possessor's roles and the counterpart families they belong to. */
function officesOf(possessor: DocEntity): { roles: Set<string>; families: Set<number> } {
  const roles = new Set(possessor.roles.map((r) => r.role));
  return { roles, families: new Set([...roles].flatMap((role) => lexicon().counterpartFamily.get(role) ?? [])) };
}

function holdsFamilyOffice(person: DocEntity, families: Set<number>): boolean {
  return person.roles.some((r) => families.has(lexicon().counterpartFamily.get(r.role) ?? -1));
}

/**
 * Whether the possessor's counterpart in `country` is named nowhere in the document: the possessor holds an office of a
 * counterpart family and no person of that country holds it or another of its family. False when the office is unknown.
 */
export function counterpartUnnamed(possessor: DocEntity, country: string, persons: DocEntity[]): boolean {
  const { roles, families } = officesOf(possessor);
  if (families.size === 0) return false;
  return !persons.some((person) => person !== possessor && countryOf(person) === country && (person.roles.some((r) => roles.has(r.role)) || holdsFamilyOffice(person, families)));
}

/** A person's country: their own, else that of the first role they hold with one. */
export function countryOf(person: DocEntity): string | null {
  return person.country ?? person.roles.find((r) => r.country)?.country ?? null;
}
