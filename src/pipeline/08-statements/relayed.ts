/**
 * Words passed on by someone else: an object pronoun that stands for the person named just before
 * ("Putin told her that…", "KCNA quoted her as criticizing…"), and a statement a speaker relays
 * ("X said Y had reminded Z that…"), which is Y's.
 */
import type { Gender } from '../text/given-names';
import { lexicon } from '../model';
import words from '../model/words.json';
import { allMatches, once, phrasePattern } from '../text/clauses';
import { genderOf } from '../06-entities/gender';
import type { DocEntity, Mention, Sentence } from '../types';

/** "him" right after a verb, or "her" when no noun follows it ("told her counterpart" is possessive; "him" never is). */
export const OBJECT_PRONOUN = /^\s+(him\b|her(?=\s*(?:[,.;:]|$|\s(?:that|to|for|of|about|on|in|during|and|at|after|before|over|as)\b)))/i;

/** A blank line: a new paragraph, where a pronoun no longer looks back. */
const PARAGRAPH_BREAK = /\n\s*\n/;

export interface PronounContext {
  text: string;
  sentences: Sentence[];
  index: number;
  bySentence: Map<number, Mention[]>;
  entities: Map<string, DocEntity>;
  /** Every mention of the document, for a person's gender. */
  mentions: Mention[];
}

/**
 * The person an object pronoun right after `verbEnd` stands for, as a mention at the pronoun: the one person
 * other than `speaker` named before it in its sentence, or, when its sentence names none, in the sentence just
 * before in the same paragraph ("Choe was received by Putin. Putin told her…"), whose gender does not clash.
 * Null when no pronoun follows or the person is not the only one.
 */
export function objectPronounReferent(context: PronounContext, verbEnd: number, speaker: string | null): Mention | null {
  const { text, sentences, index, bySentence } = context;
  const pronoun = OBJECT_PRONOUN.exec(text.slice(verbEnd, verbEnd + 20));
  const counterpart = pronoun ? null : toldCounterpart().exec(text.slice(verbEnd, verbEnd + 30));
  const object = pronoun ?? counterpart;
  if (!object) return null;
  const start = verbEnd + object[0].length - object[1].length;
  // A spokesperson passes on what their principal told someone else ("A ministry spokesman, X, said she had told him…");
  // but one the sentence calls "he" or "she" tells of their own talk ("The party's spokesman… . He said the minister had told him…").
  const people = (mentions: Mention[], end: number) => mentions.filter((m) => m.kind === 'person' && m.entity && m.entity !== speaker && context.entities.has(m.entity) && (m.via === 'pronoun' || !isRelayer(context.entities.get(m.entity))) && !m.inQuote && !m.modifier && m.end <= end);
  const own = people(bySentence.get(index) ?? [], start);
  const sentence = sentences[index];
  const previous = sentences[index - 1];
  const looksBack = own.length === 0 && previous && previous.documentId === sentence.documentId && previous.blockKind === 'body' && !PARAGRAPH_BREAK.test(text.slice(previous.end, sentence.start));
  const found = own.length > 0 ? own : looksBack ? people(bySentence.get(index - 1) ?? [], previous.end) : [];
  const entities = new Set(found.map((m) => m.entity));
  if (entities.size !== 1) return null;
  const referent = found[0];
  const mention = { ...referent, start, end: start + object[1].length, form: object[1], via: 'pronoun', sentence: index, locative: null };
  const speakerBefore = speaker !== null && (bySentence.get(index - 1) ?? []).some((m) => m.entity === speaker && !m.modifier);
  // "her counterpart" has no gender of its own; looking back a sentence, that sentence must name the speaker too ("X met Y. X told her guest…").
  if (!pronoun) return own.length > 0 || speakerBefore ? mention : null;
  const wanted = pronounGender(pronoun[1]);
  const gender = personGender(text, context.mentions, referent.entity, context.entities);
  // Looking back a sentence, the person must be known to be the pronoun's gender: "her" may be someone named earlier still;
  // unless that sentence names the speaker too ("X hosted Y. She told him…"): the pronoun is the other of the two.
  const pairBefore = own.length === 0 && gender === null && speakerBefore;
  if (gender !== wanted && (own.length === 0 ? !pairBefore : gender !== null)) return null;
  return mention;
}

/** " her counterpart that", " his guest about" right after the verb (words.json toldCounterpartNouns); not "said his counterpart would", where the counterpart speaks. */
const toldCounterpart = once(() => new RegExp(String.raw`^\s+(?:[Hh]is|[Hh]er|[Tt]heir)\s+(${phrasePattern(words.toldCounterpartNouns)})(?=\s*[.;:]|\s+(?:that|about|of|on|during|at|in)\b)`, 'u'));

/** A spokesperson or press secretary (roles.json relayRoles): one who passes on what their principal said, never the person a pronoun stands for. */
export function isRelayer(person: DocEntity | undefined): boolean {
  return person?.roles.some((r) => lexicon().relayRoles.has(r.role)) ?? false;
}

/** "her" is a woman, "him" a man. */
function pronounGender(pronoun: string): Gender {
  return pronoun.toLowerCase() === 'her' ? 'female' : 'male';
}

/** A person's gender from their title or given name, else from "X said she…"; null when unknown or mixed. */
function personGender(text: string, allMentions: Mention[], entity: string, entities: Map<string, DocEntity>): Gender | null {
  const ofPerson = allMentions.filter((m) => m.entity === entity);
  return genderOf(text, ofPerson, entities.get(entity)?.forms ?? []) ?? saidPronounGender(text, ofPerson);
}

/** "Choe said her country…", "X said she…": the pronoun right after the person's "said" gives their gender; one answer or null. */
function saidPronounGender(text: string, mentions: Mention[]): Gender | null {
  const found = new Set(mentions.map((m) => SAID_PRONOUN.exec(text.slice(m.end, m.end + 12))?.[1].toLowerCase()).filter((word) => word !== undefined).map((word): Gender => (word === 'she' || word === 'her' ? 'female' : 'male')));
  return found.size === 1 ? [...found][0] : null;
}

const SAID_PRONOUN = /^\s+said\s+(she|he|her|his)\b/i;

/**
 * "X said the Prime Minister had reminded her colleague that …": the words are the teller's (Y), told to the object (Z),
 * not the reporter's. Y is the person named right after the reporting verb (or its "that"), Z the actor right after the
 * telling verb, if any. Null when the clause after the verb is not so.
 */
export function relayedTelling(text: string, mentions: Mention[], verbEnd: number, reporter: string, entities: Map<string, DocEntity>, allMentions: Mention[]): { teller: Mention | null; told: Mention | null } | null {
  const named = mentions.find((m) => m.start >= verbEnd && !m.inQuote);
  if (!named?.entity || entities.get(named.entity)?.kind !== 'person' || named.modifier || !REPORTED_SUBJECT.test(text.slice(verbEnd, named.start))) return null;
  const telling = tellingAfter().exec(text.slice(named.end, named.end + 40));
  if (!telling) return null;
  const holder = named.via === 'role' && named.country === null ? reportersOwnHolder(named, reporter, entities) : named.entity;
  const teller = holder === null ? null : { ...named, entity: holder };
  const objectFrom = named.end + telling[0].length;
  const told = teller && (mentions.find((m) => m.start >= objectFrom && m.entity && m.entity !== teller.entity && entities.has(m.entity) && !m.inQuote && !m.modifier && !m.locative && TOLD_OBJECT_GAP.test(text.slice(objectFrom, m.start))) ?? null);
  // "had reminded her colleague": the one other person of the article who holds the teller's office.
  const colleague = teller && !told && colleagueNoun().test(text.slice(objectFrom, objectFrom + 30)) ? colleagueOf(teller.entity, entities) : null;
  // "X said Y had told her": the reporter tells what was said to them, when the pronoun fits the reporter's gender.
  const toldReporter = teller && !told && !colleague && reporterAsPronoun(text, objectFrom - 1, reporter, allMentions, entities);
  const toldEntity = colleague ?? (toldReporter ? reporter : null);
  return { teller, told: toldEntity ? { ...named, entity: toldEntity, start: objectFrom, end: objectFrom } : told };
}

/**
 * Whether "him" or "her" right after `at` is `reporter`, unless the article shows the reporter to be of the other gender.
 * A spokesperson passes on what their principal told someone else ("A ministry spokesman, X, said she had told him…").
 */
function reporterAsPronoun(text: string, at: number, reporter: string, allMentions: Mention[], entities: Map<string, DocEntity>): boolean {
  const pronoun = TOLD_PRONOUN.exec(text.slice(at, at + 20));
  const person = entities.get(reporter);
  if (!pronoun || person?.kind !== 'person' || isRelayer(person)) return false;
  const gender = personGender(text, allMentions, reporter, entities);
  return gender === null || gender === pronounGender(pronoun[1]);
}

/** "told her that", "told him last year", "told her earlier": the pronoun, then what was told or when (not "told her counterpart"). */
const TOLD_PRONOUN = /^\s+(him|her)(?=\s*(?:[,.;:]|$|\s(?:that|earlier|last|this|yesterday|recently|previously|privately|then|on|in|during|at|when|after|before)\b))/i;

/** The one person other than `person` in the document who holds one of `person`'s roles, or null. */
function colleagueOf(person: string, entities: Map<string, DocEntity>): string | null {
  const own = entities.get(person);
  if (!own) return null;
  const roles = new Set(own.roles.map((r) => r.role));
  const others = [...entities.values()].filter((e) => e.documentId === own.documentId && e.key !== person && e.kind === 'person' && e.roles.some((r) => roles.has(r.role)));
  return others.length === 1 ? others[0].key : null;
}

/** "his colleague", "her counterpart" (roles.json counterpartRoles) with no name after it. */
const colleagueNoun = once(() => new RegExp(String.raw`^(?:his|her)\s+(?:${phrasePattern([...lexicon().counterpartRoles])})\b(?!\s*,?\s*\p{Lu})`, 'u'));

/**
 * "Symmonds said the Prime Minister had…" in an article naming two prime ministers: a bare role in a minister's report is
 * the holder from the reporter's own country, when exactly one; the role's one holder when the article names one; else null.
 */
function reportersOwnHolder(role: Mention, reporter: string, entities: Map<string, DocEntity>): string | null {
  const holders = roleHolders(role.documentId, role.role ?? '', entities);
  if (holders.length <= 1) return role.entity;
  return countrysHolder(holders, entities.get(reporter)?.country ?? null, reporter);
}

/** The people of a document who hold `role`. */
function roleHolders(documentId: string, role: string, entities: Map<string, DocEntity>): DocEntity[] {
  return [...entities.values()].filter((e) => e.documentId === documentId && e.kind === 'person' && e.roles.some((r) => r.role === role));
}

/** The one holder of `country` other than `speaker`, or null. */
function countrysHolder(holders: DocEntity[], country: string | null, speaker: string): string | null {
  const own = country === null ? [] : holders.filter((e) => e.country === country && e.key !== speaker);
  return own.length === 1 ? own[0].key : null;
}

/**
 * "Opposition Leader X questioned the trip, saying the Prime Minister should…" in an article naming several prime ministers:
 * each bare role ("the Prime Minister", no name after it) between `from` and `to` of `masked` (quotes masked) is the one holder of
 * the speaker's country, or of `home` (the article's country) for a speaker of none. Roles the article gives one holder are
 * mentions already; none when the country has no single holder.
 */
export function bareRoleHolders(masked: string, offset: number, from: number, to: number, documentId: string, speaker: string, home: string | null, entities: Map<string, DocEntity>): string[] {
  const clause = masked.slice(from - offset, to - offset);
  // Most clauses have no "the" at all: the role alternation is not worth running there.
  if (!clause.includes('the')) return [];
  const country = entities.get(speaker)?.country ?? home;
  return allMatches(clause, bareRolePattern())
    .map((match) => roleHolders(documentId, match[1].toLowerCase(), entities))
    .filter((holders) => holders.length > 1)
    .map((holders) => countrysHolder(holders, country, speaker))
    .filter((key): key is string => key !== null);
}

/** "the Prime Minister", "the President": a capitalised role with no name after it. */
const bareRolePattern = once(() => new RegExp(String.raw`\bthe\s+(${phrasePattern(lexicon().roles.map((role) => role.replace(/(^|\s)\p{Ll}/gu, (letter) => letter.toUpperCase())))})\b(?!['’]|\s+\p{Lu})`, 'gu'));

/** Between the reporting verb and the teller: at most when it was said ("on Thursday"), "that", an article and a title. */
const REPORTED_SUBJECT = /^\s+(?:(?:on\s+\p{Lu}\p{Ll}+day|yesterday|today|afterwards|later),?\s+)?(?:that\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** Before the told object: at most a determiner and a title ("Ugandan President "). */
const TOLD_OBJECT_GAP = /^(?:(?:the|his|her|its|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
const tellingAfter = once(() => new RegExp(`^\\s+had\\s+(?:${phrasePattern(words.relayedTellingVerbs)})\\s+`));

/**
 * "he quoted Prime Minister X, for whom …", "conveyed the best wishes of President X to the prime minister": the people
 * whose words or courtesies the speaker passes on, and to whom (words.json passedOnWords), after `from`: no targets.
 */
export function passedOnParties(text: string, mentions: Mention[], from: number): Set<string> {
  const passedOn = new Set<string>();
  for (const m of mentions) {
    if (m.start < from || !m.entity || m.kind !== 'person') continue;
    const before = text.slice(Math.max(from, m.start - 90), m.start);
    if (passedOnBefore().test(before)) passedOn.add(m.entity);
  }
  return passedOn;
}

const passedOnBefore = once(() => {
  const { quotingVerbs, courtesyNouns } = words.passedOnWords;
  const titled = String.raw`(?:(?:the|his|her|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}`;
  const quoting = String.raw`\b(?:${phrasePattern(quotingVerbs)})\s+(?:to\s+[^,;"“”]{1,50}?\s+)?(?:the\s+words\s+of\s+)?`;
  const courtesy = String.raw`\b(?:${phrasePattern(courtesyNouns)})\s+(?:of|from)\s+(?:[^,;"“”]{1,50}?\s+to\s+)?`;
  return new RegExp(String.raw`(?:${quoting}|${courtesy})${titled}$`, 'u');
});

/**
 * "as President Ramaphosa has said, 'South Africa will not beg'": whom a speaker cites as the source of words they
 * repeat is no one they speak of. The entities of a sentence named only so (every mention of them after `from`).
 */
export function citedSources(text: string, mentions: Mention[], from: number): Set<string> {
  const after = mentions.filter((m) => m.entity && m.start >= from);
  // The anchored verb test first: it fails at once on most mentions, the "as" test scans back from every position.
  const isCited = (m: Mention) => citingVerbAfter().test(text.slice(m.end, m.end + 40)) && CITING_AS_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
  const citedMentions = after.filter(isCited);
  if (citedMentions.length === 0) return new Set();
  const cited = new Set(citedMentions.map((m) => m.entity));
  return new Set([...cited].filter((entity) => after.every((m) => m.entity !== entity || citedMentions.includes(m))));
}

/** "as ", "as the ", "as President ": "as" opening a clause, then at most a determiner and a title. */
const CITING_AS_BEFORE = /(?:^|[,;:'‘"“]\s*|\s)as\s+(?:(?:the|his|her|its|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** " has said,", " noted": the source's reporting verb, maybe after an auxiliary, closing the "as" clause. */
const citingVerbAfter = once(() => new RegExp(String.raw`^\s+(?:(?:has|had|have)\s+)?(?:often\s+|repeatedly\s+|rightly\s+)?(?:${phrasePattern(words.relayedRelativeReportingVerbs)})\s*[,;'’"”]`, 'u'));
