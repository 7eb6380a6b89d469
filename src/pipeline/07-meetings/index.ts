/**
 * Meetings: a trigger ("met", "held talks", "meeting with", "briefed", "received") with a subject
 * side and an object side, read outside quotations. Participants are the sentence's subject (or a
 * relative clause's antecedent) and the coordinated actors after the trigger. Modality cues keep
 * planned, hypothetical, denied and cancelled meetings apart. "X also attended the meeting" joins
 * X to the document's latest meeting.
 */
import type { EventStatus, Evidence, MeetingMode } from '../../schema';
import { lexicon } from '../model';
import layout from '../model/layout.json';
import publicationLines from '../model/publication-lines.json';
import wordLists from '../model/words.json';
import { actorMentions, allMatches, coordinated, GROUP_NOUN_PHRASE, GROUP_NOUNS, groupBySentence, groupMembers, groupSize, maskQuotes, normalizePhrase, once, openingDayShifts, pastMeetingVerb, phrasePattern, relativeClauses, statementVerbPattern, SUBJECT_TIME_ADVERBIAL, trailingAttribution, withCapitals } from '../text/clauses';
import { WEEKDAY_NAME } from '../text/datelines';
import { WRITTEN_DAY } from '../text/dates';
import { TEMPORAL_PREFIXES } from '../text/tokens';
import type { Article, DocEntity, DraftEvent, Mention, PipelineState, Sentence, Stage } from '../types';
import { subjectOf } from '../06-entities';
import { counterpartUnnamed, countryOf } from '../06-entities/counterparts';

interface Trigger {
  start: number;
  end: number;
  phrase: string;
  mode: MeetingMode;
  needsPersonObject: boolean;
  isNoun: boolean;
  /** "X and Y agreed in Vilnius": an act of the subjects together (triggers.json jointActs), no object. */
  jointAct: boolean;
}

/** What may stand between a trigger and its first participant (triggers.json objectGapWords): "met on Monday in Tehran with Prime Minister X", "received in audience X". */
const objectGapWords = once(() => new Set(lexicon().triggers.objectGapWords));

/** What may stand between a meeting verb and the actor just before it, its subject (a gloss in brackets first: "Abiy Ahmed (PhD) on Wednesday held"; a passive: "X was received by Y"). */
const BETWEEN_SUBJECT_AND_TRIGGER = new RegExp(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?(?:(?:also|has|had|have|was|were|been|then|later|reportedly|separately|briefly|${SUBJECT_TIME_ADVERBIAL})\s+)*$`, 'i');

/** A time inside a "received a call from" trigger: "received a phone call today from", "… on Tuesday evening from". */
const TIME_BEFORE_FROM = String.raw`(?:today|yesterday|tonight|earlier|(?:this|on\s+\p{Lu}\p{Ll}+day)(?:\s+(?:morning|afternoon|evening|night))?|this\s+week)`;

/** Between "spoke" and the rest of its trigger: "spoke for about 40 minutes by phone", "spoke separately with". */
const ADVERBIAL_AFTER_SPOKE = String.raw`(?:for\s+(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|some\s+)?(?:\d+|an?|one|two|three|several)\s+(?:minutes|hours?)|separately|briefly|again|also)`;

/** Words that open another clause after a comma (", telling", ", where", ", and the"): the clause before it ends there. */
const CLAUSE_OPENERS_AFTER_COMMA = 'telling|saying|where|which|and the|but|as|amid|while|according';

/** Where the object's clause ends: a semicolon or colon, another clause opened after a comma, or the talks' topic or purpose ("to discuss", "about"). */
const BOUNDARY = new RegExp(String.raw`[;:]|,\s*(?:${CLAUSE_OPENERS_AFTER_COMMA})\b|\s(?:to discuss|about|amid|regarding|ahead of|since|as part|in which)\b`, 'i');

export const meetings: Stage = (state, _context) => {
  const documents = new Map(state.documents.map((d) => [d.id, d]));
  const entitiesByKey = new Map(state.entities.map((e) => [e.key, e]));
  const bySentence = groupBySentence(state.mentions);
  const events: DraftEvent[] = [...state.events];
  const roleWords = roleWordSet();
  // Built the first time a joiner names whose meeting it is: most batches have none.
  let sentenceAt: Map<string, number> | undefined;
  const sentenceOf = (meeting: DraftEvent) => (sentenceAt ??= new Map(state.sentences.map((sentence, index) => [`${sentence.documentId}\u0000${sentence.start}`, index]))).get(`${meeting.documentId}\u0000${meeting.evidence[0].start}`);
  const batch: MeetingsBatch = { state, documents, entitiesByKey, bySentence, events, roleWords, sentenceOf };
  for (let index = 0; index < state.sentences.length; index++) meetingsOfSentence(batch, state.sentences[index], index);
  const last = state.sentences.at(-1);
  if (last) reportLeftUnconfirmed(documents.get(last.documentId)!.text, last, null, events);
  return { ...state, events };
};

/** What one batch's sentences are read against, and the events they add to. */
interface MeetingsBatch {
  state: PipelineState;
  documents: Map<string, Article>;
  entitiesByKey: Map<string, DocEntity>;
  bySentence: Map<number, Mention[]>;
  events: DraftEvent[];
  roleWords: Set<string>;
  sentenceOf: (meeting: DraftEvent) => number | undefined;
}

/**
 * The meetings one sentence tells, pushed to the batch's events. A function of the module, not a closure made per batch:
 * V8 holds a closure's optimised code only weakly, and lost it at each full collection, compiling it again.
 */
function meetingsOfSentence(batch: MeetingsBatch, sentence: Sentence, index: number): void {
  const { state, documents, entitiesByKey, bySentence, events, roleWords, sentenceOf } = batch;
  // Before the headline's return: the last sentence of the document before is read for its own doubt.
  if (index > 0) reportLeftUnconfirmed(documents.get(state.sentences[index - 1].documentId)!.text, state.sentences[index - 1], sentence, events);
  if (sentence.blockKind === 'headline' || sentence.filePhoto) return;
  const document = documents.get(sentence.documentId)!;
  const mentions = bySentence.get(index) ?? [];
  const masked = withScareQuotesRead(document.text, sentence, maskQuotes(document.text, sentence));
  if (representedAtMeeting(document.text, masked, sentence, mentions, events, entitiesByKey, index > 0 ? state.sentences[index - 1] : null, bySentence.get(index - 1) ?? [])) return;
  if (representedAtNamedMeeting(document.text, masked, sentence, mentions, events, entitiesByKey)) return;
  const chaired = chairedMeeting(document.text, masked, sentence, index, state.sentences, mentions, events, bySentence, entitiesByKey, roleWords);
  if (chaired) {
    events.push(chaired);
    return;
  }
  const listed = enumeratedAttendees(document.text, masked, sentence, index, state.sentences, bySentence, entitiesByKey);
  if (listed) {
    events.push(listed);
    return;
  }
  const coChaired = coChairedSession(document.text, sentence, mentions, entitiesByKey, roleWords);
  if (coChaired) {
    events.push(coChaired);
    return;
  }
  const held = index > 0 ? attendedAfterHeldUnderChair(document.text, masked, sentence, mentions, state.sentences[index - 1], bySentence.get(index - 1) ?? [], entitiesByKey, roleWords) ?? tookPartAfterHeldUnderChair(document.text, masked, sentence, mentions, state.sentences[index - 1], bySentence.get(index - 1) ?? [], entitiesByKey, roleWords) : null;
  if (held) {
    // The co-chairs' meeting told in the sentence before is this one, now with its attendees.
    const told = events.findIndex((e) => e.documentId === held.documentId && e.anchor === held.anchor);
    if (told >= 0) events[told] = held;
    else events.push(held);
    return;
  }
  if (masked.endsWith(':') && attendeeListJoined(document.text, sentence, index, state.sentences, bySentence, events, entitiesByKey)) return;
  const told = events.length;
  const joiner = joinedMeeting(document.text, masked, sentence, mentions, events, entitiesByKey, roleWords, (meeting) => onlyItsPeopleSince(meeting, index, state.sentences, bySentence, (told) => talksOfTheMeeting(document.text.slice(told.start, told.end))), (meeting, met) => namedAfterTrigger(meeting, met, sentenceOf(meeting), bySentence), (meeting) => headlineSince(document.text, meeting, index, state.sentences));
  for (const found of joiner ? triggersPastJoiningClause(masked, sentence) : findTriggers(masked, sentence.start, document.text.slice(sentence.start, sentence.end))) {
    const trigger = withCallManner(document.text, sentence, found);
    const group = groupSubjects(document.text, index, state.sentences, trigger, events, bySentence, entitiesByKey) ?? guestsOfLatestMeeting(document.text, index, state.sentences, trigger, events, bySentence, entitiesByKey) ?? possessorJustBefore(document.text, index, state.sentences, trigger, bySentence, entitiesByKey);
    const read = readMeetings(document.text, sentence, mentions, trigger, entitiesByKey, roleWords, events, group, () => followingText(document.text, state.sentences, index), (ahead) => nextSentenceMentions(state.sentences, index, bySentence, ahead));
    // "Friday 20 November: Executive Vice-President X meets Y" under "Upcoming events": an agenda's entry, still to come.
    const agendaEntry = read.length > 0 && toldInPresent(document.text, sentence, trigger) && underAgendaHeading(document.text, index, state.sentences);
    events.push(...(agendaEntry ? read.map((event) => (event.status === 'occurred' ? { ...event, status: 'planned' as const } : event)) : read));
  }
  companionsJoined(document.text, masked, sentence, mentions, events, told, entitiesByKey, roleWords, index > 0 ? state.sentences[index - 1] : null, (meeting) => onlyItsPeopleSince(meeting, index, state.sentences, bySentence));
}

/**
 * "X hosted the trilateral meeting of the foreign ministers of A, B and C, attended by B's minister Y and C's minister Z": countries
 * named only in a list after a plural role's "of" (words.json pluralRoles) are the sides of those officials. When the sentence names
 * as many people as the list holds sides, one of them of a listed country, the people stand for them: the countries go.
 * "met representatives of the Honduran government" names no one of that side.
 */
function withoutSidesOfListedOfficials(participants: string[], text: string, sentence: Sentence, mentions: Mention[], entities: Map<string, DocEntity>): string[] {
  // Most meetings are of people alone, or of countries alone: nothing to weigh.
  const kinds = new Set(participants.map((key) => entities.get(key)?.kind));
  if (!kinds.has('person') || !kinds.has('country')) return participants;
  const listed = participants.filter((key) => entities.get(key)?.kind === 'country' && listedOnly(key, sentence, text, mentions));
  if (listed.length === 0) return participants;
  const people = new Set(mentions.filter((m) => !m.inQuote && entities.get(m.entity)?.kind === 'person').map((m) => m.entity));
  const ids = new Set(listed.map((key) => entities.get(key)!.knownId));
  const sideNamed = listed.some((key) => mentions.some((m) => m.entity === key && m.modifier)) || [...people].some((key) => {
    const country = countryOf(entities.get(key)!);
    return country !== null && ids.has(country);
  });
  if (people.size < listed.length || !sideNamed) return participants;
  return participants.filter((key) => !listed.includes(key));
}

/** Whether the country is named in the meeting's sentence only in a list after a plural role's "of"; "attended by Romanian Foreign Minister X": a demonym before a title names a person's side, no party either. */
function listedOnly(key: string, sentence: Sentence, text: string, mentions: Mention[]): boolean {
  const named = mentions.filter((m) => m.entity === key && !m.modifier);
  return named.length > 0 && named.every((m) => officialsOfList().test(text.slice(sentence.start, m.start)));
}

/**
 * "The foreign ministers of A, B and C met on Wednesday, with Foreign Minister X hosting his B counterpart Y and C's Foreign
 * Minister Z joining by video": a meeting of the listed countries alone whose sentence names, after the list, one person for
 * each of them (the known sides all listed and different, at most one person of no known side: the host) is a meeting of those people.
 */
function peopleOfListedSides(participants: string[], text: string, sentence: Sentence, mentions: Mention[], entities: Map<string, DocEntity>): string[] {
  if (!participants.every((key) => entities.get(key)?.kind === 'country')) return participants;
  // "at the ministry in Athens", "by video link from Cairo": a capital there is where someone was, not a side named again.
  const named = mentions.filter((m) => m.via !== 'capital');
  if (!participants.every((key) => listedOnly(key, sentence, text, named))) return participants;
  const listEnd = Math.max(...named.filter((m) => !m.modifier && participants.includes(m.entity)).map((m) => m.end));
  const people = [...new Set(mentions.filter((m) => m.start > listEnd && !m.inQuote && entities.get(m.entity)?.kind === 'person').map((m) => m.entity))];
  if (people.length !== participants.length) return participants;
  const ids = new Set(participants.map((key) => entities.get(key)!.knownId));
  const sides = people.map((key) => countryOf(entities.get(key)!)).filter((country) => country !== null);
  const sidesListed = sides.every((country) => ids.has(country)) && new Set(sides).size === sides.length && sides.length >= people.length - 1;
  return sidesListed ? people : participants;
}

/**
 * "Vanuatu, Tonga and Samoa met …; the meeting was hosted by the Minister of Foreign Affairs, X, and attended by Tonga's minister
 * Y and Samoa's minister Z": with each other country's person named, the one country no one stands for is the side of the one
 * person of no known country, not a party of its own.
 */
function withoutSideOfCountrylessPerson(participants: string[], entities: Map<string, DocEntity>): string[] {
  const countries = participants.filter((key) => entities.get(key)?.kind === 'country');
  if (countries.length !== 1) return participants;
  const people = participants.filter((key) => entities.get(key)?.kind === 'person');
  const sides = people.map((key) => countryOf(entities.get(key)!));
  const known = sides.filter((country) => country !== null);
  const uncovered = entities.get(countries[0])!.knownId;
  if (known.length < 2 || known.length !== people.length - 1 || new Set(known).size !== known.length || known.includes(uncovered ?? '')) return participants;
  return participants.filter((key) => key !== countries[0]);
}

/**
 * "Ruritania, whose minister was delayed, was represented at the summit by its ambassador, X" (triggers.json representedSide):
 * the country took part through the person named after "by", who stands for it; the country is no party of its own.
 */
function withoutRepresentedSides(participants: string[], text: string, sentence: Sentence, mentions: Mention[], entities: Map<string, DocEntity>): string[] {
  if (!participants.some((key) => entities.get(key)?.kind === 'country')) return participants;
  const represented = (key: string) =>
    mentions.some((m) => {
      if (m.entity !== key || m.modifier) return false;
      const by = representedSideBy().exec(text.slice(m.end, sentence.end));
      return !!by && mentions.some((p) => p.start >= m.end + by[0].length && p.kind === 'person' && participants.includes(p.entity));
    });
  return participants.filter((key) => entities.get(key)?.kind !== 'country' || !represented(key));
}

/** Right after a country, a clause between commas or none, its representedSide verb, and "by" within the clause, compiled once. */
const representedSideBy = once(() => new RegExp(String.raw`^\s*(?:,[^,;]{1,80},\s*)?(?:${phrasePattern(lexicon().triggers.representedSide)})\b[^,;]{0,60}?\bby\b`, 'u'));

/** A plural role, "of", and the names of a list up to where a name stands ("the foreign ministers of the Republic of Moldova, "), compiled once. */
const officialsOfList = once(() => {
  const name = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,3}`;
  return new RegExp(String.raw`\b(?:${phrasePattern(wordLists.pluralRoles)})\s+of\s+(?:the\s+)?(?:${name}\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*(?:\p{Lu}[\p{L}'’.-]*\s+of\s+(?:the\s+)?)?$`, 'u');
});

/**
 * "Several websites reported that X had also met Y. The Daily Graphic was unable to confirm the information.", "Some channels claimed
 * that X met Y. The claim could not be verified.", "According to local media, X met Y, which could not be verified": a meeting told
 * after a report verb (triggers.json reportLeftUnconfirmed) whose sentence, after the meeting's verb, or the next sentence
 * (`next`, null at the batch's end) leaves the report unconfirmed is hearsay; one they deny ("The agency denied it") did not take place.
 */
function reportLeftUnconfirmed(text: string, told: Sentence, next: Sentence | null, events: DraftEvent[]): void {
  // Most sentences told no event: nothing to look at, and no need to read the sentences.
  const last = events.at(-1);
  if (!last || last.documentId !== told.documentId || last.evidence[0].start < told.start) return;
  const following = next && next.documentId === told.documentId ? text.slice(next.start, next.end).toLowerCase() : '';
  const doubts = (words: string) => cuePatterns().get(lexicon().triggers.modality.unconfirmed)!.test(words) || unverifiedReport().test(words);
  const doubtedNext = doubts(following);
  const deniedNext = reportDenied().test(following);
  for (let i = events.length - 1; i >= 0 && events[i].documentId === told.documentId && events[i].evidence[0].start >= told.start; i--) {
    const event = events[i];
    if (event.type !== 'meeting' || event.status !== 'occurred' || event.evidence[0].start !== told.start || !reportVerb().test(text.slice(told.start, event.anchor).toLowerCase())) continue;
    const after = text.slice(event.anchor, told.end).toLowerCase();
    if (deniedNext || reportDenied().test(after)) events[i] = { ...event, status: 'denied' };
    else if (doubtedNext || doubts(after)) events[i] = { ...event, status: 'hypothetical' };
  }
}

/**
 * "denied it", "rejected the claims" (triggers.json disputedReports denials, then one of unverifiedReport objects), in lower case, compiled once.
 * Not "denied that": what follows it is another claim, not the report.
 */
const reportDenied = once(() => {
  const { disputedReports, unverifiedReport } = lexicon().triggers;
  return new RegExp(`\\b(?:${phrasePattern(disputedReports.denials)})\\s+(?:${phrasePattern(unverifiedReport.objects.filter((object) => object !== 'that'))})\\b`);
});

/** triggers.json reportLeftUnconfirmed, compiled once. */
const reportVerb = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.reportLeftUnconfirmed)})\\b`));

/**
 * "the claim could not be verified", "could not verify the report", "declined to confirm.", "neither A nor B would confirm the
 * meeting", "Can you confirm that?" (triggers.json unverifiedReport), in lower case: a verb of knowing denied or asked for, its object one of
 * the report's nouns or none, compiled once.
 */
const unverifiedReport = once(() => {
  const { subjects, passiveNegations, participles, negations, neitherNorModals, verbs, askers, objects } = lexicon().triggers.unverifiedReport;
  const passive = `\\b(?:${phrasePattern(subjects)})\\s+(?:${phrasePattern(passiveNegations)})\\s+(?:${phrasePattern(participles)})\\b`;
  const object = `(?:\\s+(?:${phrasePattern(objects)})\\b|\\s*(?:[.,;?]|$))`;
  const active = `\\b(?:${phrasePattern(negations)})\\s+(?:${phrasePattern(verbs)})${object}`;
  const neitherNor = `\\bneither\\s[^.;]{1,80}?\\snor\\s[^.;]{1,80}?\\s(?:(?:${phrasePattern(neitherNorModals)})\\s+(?:${phrasePattern(verbs)})|${phrasePattern(participles)})${object}`;
  const asked = `\\b(?:${phrasePattern(askers)})\\s+(?:${phrasePattern(verbs)})${object}`;
  return new RegExp(`${passive}|${active}|${neitherNor}|${asked}`);
});

/**
 * "said that he had held a 'productive telephone conversation' with Y": a few quoted words the narrator's own "with" or
 * "between" goes on from are the narrator's noun phrase, read as such (the marks left blank); a quoted sentence stays masked.
 */
function withScareQuotesRead(text: string, sentence: Sentence, masked: string): string {
  let read = masked;
  for (const quote of sentence.quotes) {
    if (quote.start < sentence.start || quote.end > sentence.end) continue;
    const words = text.slice(quote.start + 1, quote.end - 1);
    if (!SCARE_QUOTE_WORDS.test(words) || !/^\s+(?:with|between)\b/.test(text.slice(quote.end, sentence.end))) continue;
    const at = quote.start + 1 - sentence.start;
    read = read.slice(0, at) + words + read.slice(at + words.length);
  }
  return read;
}

/** One to four words, no punctuation that would make them a sentence or a list. */
const SCARE_QUOTE_WORDS = /^\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,3}$/u;

/** "during a phone call", "by video link", compiled once: each manner's phrases, after a trigger in its clause and opening a sentence. */
const callMannerPatterns = once(() =>
  (Object.entries(lexicon().triggers.callManners) as [MeetingMode, string[]][]).map(([mode, phrases]) => ({
    mode,
    after: new RegExp(`\\b(?:${phrasePattern(phrases)})\\b`, 'i'),
    opening: new RegExp(`^\\s*(?:${phrasePattern(phrases)})\\b`, 'i'),
  })),
);

/**
 * A meeting verb told with the call it took place in: "briefed Y on the talks during a phone call on
 * Tuesday", "During a video conference on Monday, X received Y". The manner counts in the verb's
 * clause only ("met Y in Nairobi, days after a phone call with Z" stays in person).
 */
function withCallManner(text: string, sentence: Sentence, trigger: Trigger): Trigger {
  if (trigger.isNoun || trigger.mode !== 'in-person') return trigger;
  const rest = text.slice(trigger.end, sentence.end);
  const boundary = clauseBoundary(rest);
  const clause = clauseOverApposedNames(rest.slice(0, boundary >= 0 ? boundary : rest.length).split(','));
  const before = text.slice(sentence.start, trigger.start);
  const manner = callMannerPatterns().find((m) => m.after.test(clause) || m.opening.test(before));
  return manner ? { ...trigger, mode: manner.mode } : trigger;
}

/** The clause's first comma-separated part, and the parts after a name apposed between commas ("briefed his counterpart, X, during a phone call"). */
function clauseOverApposedNames(parts: string[]): string {
  let clause = parts[0];
  for (let k = 1; k + 1 < parts.length && APPOSED_NAME.test(parts[k]); k += 2) clause += ` ${parts[k + 1]}`;
  return clause;
}

/** Capitalised words only: a name, or a title and a name. */
const APPOSED_NAME = /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*\s*$/u;

function roleWordSet(): Set<string> {
  const words = new Set<string>();
  for (const role of lexicon().roles) for (const w of role.split(' ')) words.add(w);
  for (const h of lexicon().honorifics) for (const w of h.split(' ')) words.add(w.toLowerCase());
  for (const m of lexicon().roleModifiers) words.add(m);
  // "A and Jordanian Minister of Industry and Trade B": a title's portfolio words are the title's too.
  for (const w of lexicon().portfolioWords) words.add(w.toLowerCase());
  return words;
}

interface TriggerPattern {
  regex: RegExp;
  /** Words one of which every match contains, so a sentence without any of them is not searched; null for none. */
  words: string[] | null;
  isNoun: boolean;
  phraseOf: (m: RegExpMatchArray) => string;
  /** A meeting frame ("hosted a reception for"): its own trigger, in person, whatever its words. */
  framed?: boolean;
}

/**
 * Trigger patterns, built once: nouns before "with" may carry a place or time ("a meeting in Tehran
 * with"). A meeting frame's match holds one of its nouns as written.
 */
const triggerPatterns = once((): TriggerPattern[] => {
  const { meetingVerbs, meetingNouns, jointActs, meetingFrames } = lexicon().triggers;
  const nouns = Object.keys(meetingNouns);
  const withHeads = nouns.filter((n) => n.endsWith(' with')).map((n) => n.slice(0, -' with'.length));
  const otherNouns = nouns.filter((n) => !n.endsWith(' with'));
  const verbs = Object.keys(meetingVerbs);
  const fromHeads = verbs.filter((v) => v.endsWith(' from')).map((v) => v.slice(0, -' from'.length));
  // "received on Sunday a phone call from": the time between the verb and its object.
  const fromVerbs = [...new Set(fromHeads.map((h) => h.slice(0, h.indexOf(' '))))];
  const fromObjects = [...new Set(fromHeads.map((h) => h.slice(h.indexOf(' ') + 1)))];
  const spokeTails = verbs.filter((v) => /^spoken? /.test(v)).map((v) => v.slice(v.indexOf(' ') + 1));
  // "had breakfast on Thursday with": the time between a verb phrase and its "with".
  const withVerbHeads = verbs.filter((v) => v.endsWith(' with')).map((v) => v.slice(0, -' with'.length));
  // Nouns may open a sentence ("Talks between X and Y"): each also capitalised, rather than a
  // case-blind pattern, which would let "in a phone call" pass for a place ("talks in Tehran with").
  // "a telephone conversation on Wednesday between", "a phone call the previous day between": the call's day between the noun and its "between".
  const betweenHeads = otherNouns.filter((n) => n.endsWith(' between')).map((n) => n.slice(0, -' between'.length));
  return [
    modifiedTalksPattern(),
    { regex: new RegExp(`\\b(${phrasePattern(withCapitals(betweenHeads))})\\s+(?:${TIME_BEFORE_FROM}|${lexicon().triggers.dayShifts.map((shift) => shift.pattern).join('|')})\\s+between\\b`, 'gu'), words: ['between'], isNoun: true, phraseOf: (m: RegExpMatchArray) => `${normalizePhrase(m[1])} between` },
    // "Negotiations were held at the Ministry of Foreign Affairs between": the noun told as held, where or when, then its "between"; not "No talks were held".
    { regex: new RegExp(`(?<!\\b[Nn]o\\s+)\\b(${phrasePattern(withCapitals(betweenHeads))})\\s+(?:was|were)\\s+held${HELD_SETTING}\\s+between\\b`, 'gu'), words: ['between'], isNoun: true, phraseOf: (m: RegExpMatchArray) => `${normalizePhrase(m[1])} between` },
    { regex: new RegExp(`\\b(${phrasePattern(withCapitals(withHeads))})(?:\\s+(?:in|at|on)\\s+(?:the\\s+)?\\p{Lu}[^,.;]{0,40}?)?\\s+with\\b`, 'gu'), words: ['with'], isNoun: true, phraseOf: (m: RegExpMatchArray) => `${normalizePhrase(m[1])} with` },
    { regex: new RegExp(`\\b(?:${phrasePattern(withCapitals(otherNouns))})\\b`, 'g'), words: wordOfEvery(otherNouns), isNoun: true, phraseOf: (m: RegExpMatchArray) => normalizePhrase(m[0]) },
    lengthModifiedNounPattern(otherNouns),
    talksLengthPattern(),
    { regex: new RegExp(`\\b(${phrasePattern(fromHeads)})\\s+${TIME_BEFORE_FROM}\\s+from\\b`, 'gu'), words: ['from'], isNoun: false, phraseOf: (m: RegExpMatchArray) => `${normalizePhrase(m[1])} from` },
    { regex: new RegExp(`\\b(${phrasePattern(withVerbHeads)})\\s+${TIME_BEFORE_FROM}\\s+with\\b`, 'gu'), words: ['with'], isNoun: false, phraseOf: (m: RegExpMatchArray) => `${normalizePhrase(m[1])} with` },
    { regex: new RegExp(`\\b(${phrasePattern(fromVerbs)})\\s+${TIME_BEFORE_FROM}\\s+(${phrasePattern(fromObjects)})\\s+from\\b`, 'gu'), words: ['from'], isNoun: false, phraseOf: (m: RegExpMatchArray) => `${m[1]} ${normalizePhrase(m[2])} from` },
    // "co-chaired the political consultation with", "hosted a reception for": a verb, what it made, then whom the subject met.
    ...meetingFrames.map((frame) => ({ regex: new RegExp(`\\b(?:${phrasePattern(frame.verbs)})\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${phrasePattern(frame.nouns)})\\s+(?:${phrasePattern(frame.prepositions)})\\b`, 'gu'), words: frame.nouns, isNoun: false, phraseOf: (m: RegExpMatchArray) => normalizePhrase(m[0]), framed: true })),
    { regex: new RegExp(`\\b(spoken?)\\s+${ADVERBIAL_AFTER_SPOKE}\\s+(${phrasePattern(spokeTails)})\\b`, 'gu'), words: ['spoke'], isNoun: false, phraseOf: (m: RegExpMatchArray) => `${m[1]} ${normalizePhrase(m[2])}` },
    { regex: new RegExp(`\\b(?:${phrasePattern(verbs)})\\b`, 'g'), words: wordOfEvery(verbs), isNoun: false, phraseOf: (m: RegExpMatchArray) => normalizePhrase(m[0]) },
    { regex: new RegExp(`\\b(?:${phrasePattern(jointActs)})\\b`, 'g'), words: null, isNoun: false, phraseOf: (m: RegExpMatchArray) => normalizePhrase(m[0]) },
  ];
});

/** Where or when talks were held, before their "between": "at the Ministry of Foreign Affairs of Turkmenistan", "in Tashkent", "on Monday", "yesterday". */
const HELD_SETTING = String.raw`(?:\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,6}|on\s+\p{Lu}\p{Ll}+day|yesterday|today)){0,3}`;

/** "held official talks today with", "held lengthy, fruitful talks with": modifiers between the holding verb and "talks" (triggers.json talksModifiers). */
function modifiedTalksPattern(): TriggerPattern {
  const modifier = `(?:${phrasePattern(lexicon().triggers.talksModifiers)})`;
  return { regex: new RegExp(`\\b(held|holds|hold|holding)\\s+${modifier}(?:,?\\s+(?:and\\s+)?${modifier})?\\s+talks\\b`, 'gu'), words: ['talks'], isNoun: false, phraseOf: (m: RegExpMatchArray) => (triggerLexicon().modes.has(normalizePhrase(m[0])) ? normalizePhrase(m[0]) : `${m[1]} talks`) };
}

/** "There was a two-hour meeting between X and Y": a length between the article and its noun keeps the noun a trigger. */
function lengthModifiedNounPattern(nouns: string[]): TriggerPattern {
  const articled = nouns.filter((n) => n.startsWith('a ')).map((n) => n.slice('a '.length));
  const length = `[\\p{L}\\d]+-(?:${phrasePattern(lexicon().triggers.hostedBy.lengths)})`;
  return { regex: new RegExp(`\\b([Aa])\\s+${length}\\s+(${phrasePattern(articled)})\\b`, 'gu'), words: wordOfEvery(articled), isNoun: true, phraseOf: (m: RegExpMatchArray) => normalizePhrase(`${m[1]} ${m[2]}`) };
}

/**
 * "after more than four hours of talks": the talks' length between the preposition and its noun keeps "after talks" a trigger
 * (triggers.json talksLength). In lower case, as the gate on "talks" reads it, but for the preposition opening a sentence ("After").
 */
function talksLengthPattern(): TriggerPattern {
  const { triggers } = lexicon();
  const count = `(?:\\d+|${phrasePattern(triggers.vagueSpanOpenings.quantifiers)})`;
  return { regex: new RegExp(String.raw`\b(${phrasePattern(withCapitals(triggers.talksLength.prepositions))})\s+(?:(?:${phrasePattern(triggers.talksLength.approximations)})\s+)?${count}\s+(?:${phrasePattern(triggers.hostedBy.lengths)})s?\s+of\s+talks\b`, 'gu'), words: ['talks'], isNoun: true, phraseOf: (m: RegExpMatchArray) => `${m[1].toLowerCase()} talks` };
}

/** A word of every phrase, as a trigger pattern's `words`; null when the phrases share none. */
function wordOfEvery(phrases: string[]): string[] | null {
  const shared = phrases[0].split(' ').find((word) => phrases.every((phrase) => phrase.split(' ').includes(word)));
  return shared === undefined ? null : [shared];
}

/** Mode of every trigger phrase, and the verbs that need a person as object; built once, not per sentence. */
const triggerLexicon = once(() => {
  const { meetingVerbs, meetingNouns, meetingVerbsNeedingPersonObject, meetingVerbsNotBeforeInfinitive, jointActs, toNotInfinitive } = lexicon().triggers;
  return {
    modes: new Map([...Object.entries({ ...meetingVerbs, ...meetingNouns }), ...jointActs.map((act) => [act, 'in-person'])] as [string, MeetingMode][]),
    jointActs: new Set(jointActs),
    needingPersonObject: new Set(meetingVerbsNeedingPersonObject),
    notBeforeInfinitive: new Set(meetingVerbsNotBeforeInfinitive),
    // "to withdraw", not "according to the ministry" nor "to the Kremlin".
    infinitive: new RegExp(String.raw`(?<!\b(?:${phrasePattern(toNotInfinitive.before)})\s+)\bto\s+(?!(?:${phrasePattern(toNotInfinitive.after)})\b)\p{Ll}`, 'u'),
    // 'called on X to "present the agreement"': the first quotation after the verb opens on the infinitive (masked, it is blank).
    quotedInfinitive: /^[^"“]*?\bto\s+["“]\p{Ll}/u,
  };
});

/** "after the ", "of their ", "but no bilateral ": a determiner right before a word, which then reads as a noun. */
const NOUN_DETERMINER_BEFORE = /\b(?:the|this|that|his|her|its|their|our|no(?:\s+\p{Ll}+)?)\s+$/iu;
/** A "with" later in the same clause ("their meeting with X"): the counterpart follows, so the word stays a trigger. */
const WITH_IN_CLAUSE = /^[^,.;:]*?\bwith\b/;

/** `raw` is the sentence as written, `masked` with its quotations blanked (same offsets). */
export function findTriggers(masked: string, offset: number, raw = masked): Trigger[] {
  const { modes, needingPersonObject, notBeforeInfinitive, infinitive, quotedInfinitive, jointActs } = triggerLexicon();
  const found: Trigger[] = [];
  for (const { regex, words, isNoun, phraseOf, framed = false } of triggerPatterns()) {
    if (words !== null && !words.some((word) => masked.includes(word))) continue;
    // A match overlapping a trigger of an earlier pattern is dropped. Those triggers do not overlap
    // one another, so in text order each match needs only the first that ends after its start:
    // checking all of them was quadratic in the triggers of a long text.
    const earlier = [...found].sort((a, b) => a.start - b.start);
    let next = 0;
    for (const match of allMatches(masked, regex)) {
      const start = offset + match.index;
      while (next < earlier.length && earlier[next].end <= start) next++;
      if (next < earlier.length && earlier[next].start < start + match[0].length) continue;
      const phrase = phraseOf(match);
      // A verb and an object read apart ("receives on Sunday a courtesy call from") make a trigger only as a listed phrase.
      if (!framed && !modes.has(phrase)) continue;
      // "called on X to withdraw" is a request (a statement), not a courtesy call.
      const after = match.index + match[0].length;
      if (notBeforeInfinitive.has(phrase) && (infinitive.test(masked.slice(after)) || quotedInfinitive.test(raw.slice(after)))) continue;
      // "Speaking to X after the meeting, Y said": after a definite determiner, with no "with" in its clause, "meeting" is a noun
      // naming a meeting told before, no verb; after "no" ("but no bilateral meeting took place"), one denied.
      if (!isNoun && phrase.endsWith('ing') && NOUN_DETERMINER_BEFORE.test(masked.slice(0, match.index)) && !WITH_IN_CLAUSE.test(masked.slice(after))) continue;
      // "briefed him on his recent talks with the Armenian side": talks told as a briefing's topic name whom they were with.
      const briefedOn = isNoun && briefingTopicBefore().test(masked.slice(Math.max(0, match.index - 100), match.index));
      found.push({ start, end: start + match[0].length, phrase, mode: framed ? 'in-person' : modes.get(phrase)!, needsPersonObject: framed || briefedOn || needingPersonObject.has(phrase), isNoun, jointAct: !framed && jointActs.has(phrase) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** A briefing verb, whom, and the topic's preposition and determiner with up to two modifiers (triggers.json briefedOn), right before a meeting noun. */
const briefingTopicBefore = once(() => {
  const { briefingVerbs, briefedOn: { prepositions, determiners } } = lexicon().triggers;
  return new RegExp(`\\b(?:${phrasePattern(briefingVerbs)})\\s+(?:[^\\s,;]+\\s+){0,6}?(?:${phrasePattern(prepositions)})\\s+(?:${phrasePattern(determiners)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, 'iu');
});

/**
 * "The three leaders later joined a video call with X": a group named by its number, opening the
 * sentence a few words before the trigger, is the last meeting the document told, whether it
 * happened or is still to come ("X is scheduled to meet Y in March. The two leaders last spoke in
 * December"), when it had that many participants and no other person was named since. Null when
 * the sentence opens otherwise or no such meeting was told.
 */
function groupSubjects(text: string, index: number, sentences: Sentence[], trigger: Trigger, events: DraftEvent[], bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>): Mention[] | null {
  const sentence = sentences[index];
  const group = groupSubject().exec(text.slice(sentence.start, trigger.start));
  if (!group) return null;
  // "Both ministers": two.
  const size = group[1] ? groupSize(group[1]) : 2;
  const role = groupSubjectRoles().get((group[2] ?? group[3]).toLowerCase().replace(/\s+/g, ' '));
  const holds = (e: DocEntity) => e.roles.some((r) => role!.test(r.role.toLowerCase()));
  const meeting = events.findLast((e) => e.type === 'meeting' && e.documentId === sentence.documentId);
  if (!meeting) return role ? holdersJustBefore(text, index, sentences, size, bySentence, entities, holds) : null;
  if (meeting.participants.length !== size) return null;
  // "the two presidents": people, one of them holding the office the noun names and none another ("his counterpart X" has none).
  const people = meeting.participants.map((p) => entities.get(p));
  if (!people.every((e) => e?.kind === 'person')) return null;
  if (role && (!people.some((e) => holds(e!)) || people.some((e) => e!.roles.length > 0 && !holds(e!)))) return null;
  return meetingGroupAtOpening(meeting, index, sentences, bySentence);
}

/**
 * "On the same day, the two guests were received by Y": a counted group of guests (triggers.json guestGroup) opening the clause is
 * the visiting side of the meeting told just before: its people not of Y's country, Y being the first person named after the verb.
 * Only when every one of that meeting is a person, those of another known country than Y's as many as counted and not all of
 * them (the host stays), and no one else was named since. Null otherwise.
 */
function guestsOfLatestMeeting(text: string, index: number, sentences: Sentence[], trigger: Trigger, events: DraftEvent[], bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>): Mention[] | null {
  const sentence = sentences[index];
  const group = guestGroupOpening().exec(text.slice(sentence.start, trigger.start));
  if (!group) return null;
  const meeting = events.findLast((e) => e.type === 'meeting' && e.documentId === sentence.documentId);
  if (meeting?.status !== 'occurred') return null;
  const receiver = (bySentence.get(index) ?? []).find((m) => m.start >= trigger.end && !m.modifier && entities.get(m.entity)?.kind === 'person');
  const receiverCountry = receiver ? entities.get(receiver.entity)?.country : null;
  if (!receiverCountry || !meeting.participants.every((p) => entities.get(p)?.kind === 'person')) return null;
  // The host's country may go unsaid ("Foreign Minister X hosted …"): whoever is of no known country is no guest.
  const guests = meeting.participants.filter((p) => { const country = entities.get(p)!.country; return country && country !== receiverCountry; });
  if (guests.length !== groupSize(group[1]) || guests.length === meeting.participants.length) return null;
  return onlyItsPeopleSince(meeting, index, sentences, bySentence) ? groupMembers(guests, sentence.documentId, sentence.start) : null;
}

/** An adverbial to a comma, then "the two guests" (group 1 the number) and up to three lower-case words before the verb, compiled once. */
const guestGroupOpening = once(() => new RegExp(String.raw`^(?:[^,;]{1,40},\s+)?the\s+(two|three|four|five|six)\s+(?:${phrasePattern(lexicon().triggers.guestGroup)})\s+(?:[\p{Ll}-]+\s+){0,3}$`, 'iu'));

/**
 * A group told again ("the two ministers", "both leaders") as the people of `meeting`, when no other person was named since it;
 * they sit where the sentence opens. Null otherwise.
 */
function meetingGroupAtOpening(meeting: DraftEvent, index: number, sentences: Sentence[], bySentence: Map<number, Mention[]>): Mention[] | null {
  if (!onlyItsPeopleSince(meeting, index, sentences, bySentence)) return null;
  return groupMembers(meeting.participants, sentences[index].documentId, sentences[index].start);
}

/** "Yet her talks with": a possessive pronoun opening the sentence before a meeting noun (triggers.json possessorOpening), compiled once. */
const possessorOpening = once(() => {
  const { connectives, pronouns } = lexicon().triggers.possessorOpening;
  return new RegExp(String.raw`^(?:(?:${phrasePattern(connectives)})\s*,?\s+)?(?:${phrasePattern(pronouns)})\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu');
});

/**
 * "When X arrived in Hanoi, few expected much. Yet her talks with Y produced…": the possessor is the one person the sentence
 * just before told of, by name, role or pronoun; null when it told of none or of several, or the opening is no possessive.
 */
function possessorJustBefore(text: string, index: number, sentences: Sentence[], trigger: Trigger, bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>): Mention[] | null {
  const sentence = sentences[index];
  if (!trigger.isNoun || insideQuote(sentence) || !possessorOpening().test(text.slice(sentence.start, trigger.start))) return null;
  if (index === 0 || sentences[index - 1].documentId !== sentence.documentId) return null;
  const people = new Set((bySentence.get(index - 1) ?? []).filter((m) => m.entity && entities.get(m.entity)?.kind === 'person').map((m) => m.entity));
  return people.size === 1 ? groupMembers([...people], sentence.documentId, sentence.start) : null;
}

/** Between two names of a list: a comma or "and". */
const LIST_JOINT = /^\s*(?:,\s*(?:and\s+)?|and\s+)/;
/** Between two coordinated names: a comma or "and", then at most a country's title ("and Ecuador's Foreign Minister "). */
const COORDINATED_NAMES = new RegExp(String.raw`${LIST_JOINT.source}(?:[\p{L}.'’-]+\s+){0,6}$`, 'u');

/**
 * "X and Y agreed on Monday to … The two ministers met in Z": with no meeting told before, a group that names its office is
 * the people the sentence just before named, coordinated ("X and Y", not "X said that Y"), when it named that many and each
 * holds the office; none otherwise.
 */
function holdersJustBefore(text: string, index: number, sentences: Sentence[], size: number, bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>, holds: (e: DocEntity) => boolean): Mention[] | null {
  const sentence = sentences[index];
  if (index === 0 || sentences[index - 1].documentId !== sentence.documentId) return null;
  const names = (bySentence.get(index - 1) ?? []).filter((m) => m.kind === 'person' && m.via !== 'pronoun' && m.via !== 'role');
  const named = [...new Set(names.map((m) => m.entity))];
  const people = named.map((key) => entities.get(key));
  if (named.length !== size || !people.every((e) => e?.kind === 'person' && holds(e))) return null;
  const firsts = named.map((key) => names.find((m) => m.entity === key)!);
  if (firsts.slice(1).some((m, k) => !COORDINATED_NAMES.test(text.slice(firsts[k].end, m.start)))) return null;
  return groupMembers(named, sentence.documentId, sentence.start);
}

/**
 * Whether the sentences between a meeting and the one at `index` name no person but its participants: the text is
 * still about it. `aboutIt`, when given: and every body sentence outside a quotation names one of them or passes it
 * ("The summit opened on Tuesday" moved on; "In a statement issued after the meeting" did not).
 */
function onlyItsPeopleSince(meeting: DraftEvent, index: number, sentences: Sentence[], bySentence: Map<number, Mention[]>, aboutIt: ((sentence: Sentence) => boolean) | null = null): boolean {
  const members = new Set(meeting.participants);
  for (let k = index - 1; k >= 0 && sentences[k].documentId === sentences[index].documentId && sentences[k].start > meeting.anchor; k--) {
    const mentions = bySentence.get(k) ?? [];
    if (mentions.some((m) => m.kind === 'person' && !members.has(m.entity))) return false;
    if (aboutIt && sentences[k].blockKind === 'body' && !insideQuote(sentences[k]) && !mentions.some((m) => members.has(m.entity)) && !aboutIt(sentences[k])) return false;
  }
  return true;
}

/** Whether the trigger's verb (or the verb before its noun: "holds talks with") is in the simple present: "meets", "receives". */
function toldInPresent(text: string, sentence: Sentence, trigger: Trigger): boolean {
  const verb = trigger.isNoun ? /\b(\p{Ll}+)\s+(?:(?:a|an)\s+(?:[\p{Ll}-]+\s+)?)?$/u.exec(text.slice(sentence.start, trigger.start))?.[1] : /^\p{Ll}+/u.exec(text.slice(trigger.start, trigger.end))?.[0];
  return !!verb && PRESENT_THIRD_PERSON.test(verb);
}

/** A verb of the third person singular present ("meets", "receives", "holds"), not an auxiliary ("has met", "was received"). */
const PRESENT_THIRD_PERSON = /^(?!(?:was|has|is|does|as|his|its|this|thus|plus)$)\p{Ll}{2,}s$/u;

/**
 * Whether the sentence at `index` stands under a heading of things to come (layout.json agendaHeading: "Upcoming events of the
 * Members of the Commission", "Forthcoming visits", "Agenda"), the nearest headline before it in its document, a section's
 * heading after body text (not the article's title: "Agenda set for trade talks").
 */
function underAgendaHeading(text: string, index: number, sentences: Sentence[]): boolean {
  const documentId = sentences[index].documentId;
  for (let k = index - 1; k >= 0 && sentences[k].documentId === documentId; k--) {
    if (sentences[k].blockKind !== 'headline') continue;
    const heading = text.slice(sentences[k].start, sentences[k].end);
    if (CROSS_LINK_LINE.test(heading)) continue;
    if (!AGENDA_HEADING.test(heading)) return false;
    for (let j = k - 1; j >= 0 && sentences[j].documentId === documentId; j--) if (sentences[j].blockKind === 'body') return true;
    return false;
  }
  return false;
}

/** layout.json agendaHeading. */
const AGENDA_HEADING = new RegExp(layout.agendaHeading, 'iu');

/**
 * Whether a headline stands between the meeting's last sentence and the one at `index`: a new item of a page of readouts
 * ("* * *", "X receives Minister of Foreign Affairs of Y"), a section's heading ("Background", "Steering committee"); not a
 * link to another story set in the text ("Also read: …", layout.json crossLinkLine).
 */
function headlineSince(text: string, meeting: DraftEvent, index: number, sentences: Sentence[]): boolean {
  const told = Math.max(...meeting.evidence.map((item) => item.end));
  for (let k = index - 1; k >= 0 && sentences[k].documentId === sentences[index].documentId && sentences[k].start >= told; k--) {
    if (sentences[k].blockKind === 'headline' && !CROSS_LINK_LINE.test(text.slice(sentences[k].start, sentences[k].end))) return true;
  }
  return false;
}

/** layout.json crossLinkLine. */
const CROSS_LINK_LINE = new RegExp(layout.crossLinkLine, 'iu');

/** "In a statement issued after the meeting, the ministry said…": a sentence that tells of the meeting by its noun, as one held (not "the meeting will"). */
function talksOfTheMeeting(sentence: string): boolean {
  const named = meetingNamed().exec(sentence);
  return !!named && statusOf(sentence, named.index) === 'occurred';
}

/** Whether each of `met` is named after the meeting's trigger in the sentence that told it: whom the subject met, not the subject. */
function namedAfterTrigger(meeting: DraftEvent, met: string[], told: number | undefined, bySentence: Map<number, Mention[]>): boolean {
  const after = (bySentence.get(told ?? -1) ?? []).filter((m) => m.start >= meeting.anchor).map((m) => m.entity);
  return met.every((entity) => after.includes(entity));
}

/** A sentence of a quotation that goes on past it: its speaker is named where the quotation ends. */
function insideQuote(sentence: Sentence): boolean {
  return sentence.quotes.some((quote) => quote.start <= sentence.start && quote.end >= sentence.end);
}

// An opening adverbial, to a comma: "Later in the day, the two ministers", "Both ministers".
// A day shift may open it ("The previous day, the two presidents held …"): triggers.json dayShifts, which stage 09 counts.
const groupSubject = once(() => new RegExp(String.raw`^(?:(?:later|afterwards|earlier|separately|meanwhile)\s*,?\s+|(?:later|earlier) (?:in|on|that) [\p{L} ]{1,20},\s+|(?:${lexicon().triggers.dayShifts.map((shift) => shift.pattern).join('|')}),\s+)?(?:${GROUP_NOUN_PHRASE}|both\s+${GROUP_NOUNS})\s+(?:[\p{Ll}-]+\s+){0,3}$`, 'iu'));

/** The start and mentions of the sentence `ahead` sentences on (1, the next, when not given), or null past the document's end. */
type NextSentence = (ahead?: number) => { start: number; mentions: Mention[] } | null;

/** The meeting a trigger tells of, or one per object when the subject met them "separately". */
function readMeetings(
  text: string,
  sentence: Sentence,
  mentions: Mention[],
  trigger: Trigger,
  entities: Map<string, DocEntity>,
  roleWords: Set<string>,
  earlier: DraftEvent[],
  knownSubjects: Mention[] | null = null,
  // The text of the next sentences, read only when a meeting has several objects.
  following: () => string = () => '',
  // The mentions of the next sentence (or the one `ahead`), read only when the object is an unnamed envoy sent from somewhere or unnamed counterparts.
  next: NextSentence = () => null,
): DraftEvent[] {
  if (trigger.jointAct) return jointActMeeting(text, sentence, mentions, trigger, entities, roleWords, earlier);
  if (trigger.isNoun && meetingNounNotAnEvent(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start), text.slice(trigger.end, sentence.end))) return [];
  const actors = namedActors(mentions, entities);
  const skippable = skippableMentions(mentions);
  // "received a delegation of U.S. lawmakers led by Senator X": the delegation's leader is whom the subject met, else whom it came from.
  const representatives = representativesOf().exec(text.slice(trigger.end, sentence.end));
  const counterparts = COUNTERPARTS_FROM.exec(text.slice(trigger.end, sentence.end)) ?? representatives;
  const delegation = counterparts ?? delegationOpening().exec(text.slice(trigger.end, sentence.end)) ?? groupMembersListed().exec(text.slice(trigger.end, sentence.end)) ?? groupMembersApposed().exec(text.slice(trigger.end, sentence.end)) ?? groupMembersAfterColon().exec(text.slice(trigger.end, sentence.end));
  const message = /^receive/.test(trigger.phrase) ? messageBearer(text, sentence, actors, trigger, skippable, roleWords) : null;
  if (message?.length === 0) return [];
  // The countries after "counterparts from" are where the counterparts came from, each a side.
  const objectCandidates = counterparts ? mentions.filter((m) => m.entity && !m.modifier && !m.inQuote && (!m.locative || m.locative === 'motion') && entities.has(m.entity)) : actors;
  // "following talks in Lusaka yesterday between A and B": the list after "between" is everyone at them.
  const between = trigger.isNoun ? BETWEEN_AFTER_NOUN.exec(text.slice(trigger.end, sentence.end)) : null;
  const presenters = message ? null : credentialsPresenter(text, sentence, actors, trigger, skippable, roleWords);
  const named = message ?? presenters ?? envoyNamedNext(text, trigger, next, entities) ?? counterpartsListedNext(text, trigger, next, entities, roleWords) ?? officialsOfCountries(text, sentence, actors, trigger) ?? objectSide(text, sentence, objectCandidates, trigger, trigger.end + ((between ?? delegation)?.[0].length ?? 0), skippable, roleWords);
  // "Y, whom he met with Z": whom is the verb's object, before those named after it.
  const whom = trigger.isNoun ? null : whomClause(text, sentence, actors, trigger, entities);
  const envoy = unnamedEnvoyCountry(text, mentions, trigger, entities);
  const listed = whom ? [whom.antecedent, ...named] : named.length > 0 || message ? named : orElse(orElse(orElse(groupObjects(text, sentence, actors, trigger, entities, earlier), () => describedGroupObjects(text, sentence, trigger, entities)), () => unnamedCounterpartSide(text, mentions, trigger, entities, next)), () => envoy);
  // "the political directors of the African Union": a body's officials are not told apart from it; no meeting.
  if (representatives && (listed.length === 0 || listed.some((m) => entities.get(m.entity)?.kind !== 'country'))) return [];
  const objects = holdersApposedToCountries(text, sentence, actors, listed, skippable, roleWords);
  // "received the report of X" is no meeting with X; "received a delegation from the World Bank" is one.
  // An envoy named by no one ("received the German ambassador", "received Germany's ambassador") is a person; his country stands for him.
  const envoySide = objects.length === 1 && envoy[0]?.start === objects[0].start;
  if (trigger.needsPersonObject && (objects.length === 0 || (!delegation && !envoySide && entities.get(objects[0].entity)?.kind !== 'person'))) return [];
  if (objects.length > 0 && briefedOnHeldTalks(text, sentence, trigger, objects[objects.length - 1])) return heldTalksBriefedOn(text, sentence, mentions, trigger, objects[objects.length - 1], entities, roleWords, earlier);
  // "after talks with Y collapsed": the outcome after the object makes the talks a process too.
  if (trigger.isNoun && objects.length > 0 && processOutcome().test(text.slice(objects[objects.length - 1].end, sentence.end))) return [];
  // "welcomed Mahama's commitment": what was welcomed is the possessed thing, not the person.
  if (trigger.needsPersonObject && !envoySide && /^['’]s\b/.test(text.slice(objects[0].end))) return [];
  // "agreed to coordinate ahead of the fisheries meeting": a later meeting that times something else, not one of the subjects.
  if (objects.length === 0 && !between && referenceMeetingBefore().test(text.slice(sentence.start, trigger.start))) return [];
  // "told reporters that a meeting between X and Y...": the nouns' own list names everyone in it.
  // "X said after talks with Y": where the speech verb begins. What X said is no modality of the talks.
  const spoke = trigger.isNoun ? SPOKE_AFTER.exec(text.slice(sentence.start, trigger.start)) : null;
  const spokeAt = spoke?.index ?? null;
  const subjects = missionHeads(text, actors, entities, knownSubjects ?? (whom ? [whom.subject] : trigger.isNoun && (between || /\bbetween$/i.test(text.slice(trigger.start, trigger.end))) ? [] : subjectSide(text, sentence, actors, trigger, skippable, roleWords, entities, spokeAt === null ? null : sentence.start + spokeAt)));
  // A call has no one place: "spoke by phone with X about Syria" did not happen in Syria.
  // A side is never the place: "hosted her counterparts from Barbados and Guyana" did not meet in Guyana.
  const place = trigger.mode === 'in-person' ? placeOf(text, sentence, mentions.filter((m) => !objects.includes(m)), trigger) : null;
  const predicateAt = trigger.isNoun && objects.length > 0 ? objects[objects.length - 1].end - sentence.start : null;
  const sentenceText = text.slice(sentence.start, sentence.end);
  const status = spoke?.[1] ? 'planned' : statusOf(spokeAt === null ? sentenceText : ' '.repeat(spokeAt) + sentenceText.slice(spokeAt), trigger.start - sentence.start, predicateAt);
  // "met separately with A and B", "held separate talks with A and B", "hosted A and B for indirect talks": the subject met each, A never met B.
  // "met A and B separately in Brussels", "met A and B on Monday in separate meetings", "met A and B on Monday and Tuesday respectively": said after the list too.
  // "X met A and B. … Y also attended the meetings": the sentences after it count them as several.
  // "His Highness also met separately with A and B", its subject unread: A and B still never met each other.
  // "received the credentials of the ambassadors of A, X, and B, Y": each envoy presented his own.
  const separately = objects.length > 1 && (presenters === objects || /\bseparate(?:ly)?\b/i.test(text.slice(subjects[0]?.end ?? trigger.start, objects[0].start)) || text.slice(objects[0].end, objects[objects.length - 1].start).search(SEPARATELY_IN_LIST) >= 0 || (subjects.length > 0 && (/\bindirect\b/i.test(text.slice(sentence.start, sentence.end)) || SEPARATE_AFTER_OBJECTS.test(objectClauseAfter(text, sentence, objects[objects.length - 1])) || (!trigger.isNoun && MEETINGS_TOLD_AGAIN.test(following())))));
  const companions = objects.length > 0 && subjects.length > 0 && !separately ? companionsAfter(text, sentence, actors, objects[objects.length - 1], skippable, roleWords, mentions) : objects.length === 0 && subjects.length > 1 ? presentAtMeetingOf(text, sentence, actors, trigger, skippable, roleWords) : [];
  const groups = separately ? objects.map((object) => [...subjects, object]) : [[...subjects, ...objects, ...companions]];
  const told = groups.flatMap((group) => {
    const participants = settledSides([...new Set(group.map((m) => m.entity))], entities, { text, sentence, mentions, earlier });
    return participants.length < 2 ? [] : [meetingEvent(text, sentence, trigger, participants, place, status)];
  });
  const further = subjects.length > 0 && objects.length > 0 && !trigger.isNoun ? furtherMeeting(text, sentence, trigger, objects[objects.length - 1]) : null;
  if (!further) return told;
  // "spoke with X on Monday, and with Y the following day": the subject's second meeting, with its own object, place and date.
  const second = readMeetings(text, sentence, mentions, further, entities, roleWords, told, subjects).map((event) => ({ ...event, trigger: text.slice(trigger.start, trigger.end) }));
  return [...told, ...second];
}

/**
 * "We, the Foreign Ministers of A, B, C and D, met today in X" after the article told that meeting with its people ("Minister Y hosted
 * her colleagues Z of B and W of C; D was represented by its State Secretary"): countries listed after a plural role's "of" are the
 * sides of those officials, and the latest held meeting of the document before, when it covers all of them but at most one, names
 * them (the latest such). Each side is then the one person of that country it holds (unless a role he holds is not the listed one: a president is no
 * foreign minister), or the country itself when it holds the country; a side it does not cover is left out, the earlier account
 * being the fuller one. With no such meeting, the countries stay (whose officials are not named, their countries stand for them).
 */
function sidesRetold(participants: string[], text: string, sentence: Sentence, mentions: Mention[], entities: Map<string, DocEntity>, earlier: DraftEvent[]): string[] {
  if (participants.length < 2 || !participants.every((key) => entities.get(key)?.kind === 'country')) return participants;
  // "met today in Lima": a capital there is where they met, not a side named again.
  const listed = mentions.filter((m) => participants.includes(m.entity) && !m.modifier && m.via !== 'capital');
  const list = listed.length > 0 ? officialsListing().exec(text.slice(sentence.start, sentence.end)) : null;
  const listStart = list ? sentence.start + list.index + list[0].length - list[2].length : 0;
  if (!list || !listed.every((m) => m.start >= listStart && m.end <= listStart + list[2].length)) return participants;
  const roleHead = singularHead(list[1].toLowerCase());
  for (let k = earlier.length - 1; k >= 0; k--) {
    const held = earlier[k];
    if (held.documentId !== sentence.documentId) break;
    if (held.type !== 'meeting' || held.status !== 'occurred') continue;
    const covered = participants.map((country) => sideIn(held, country, roleHead, entities)).filter((side) => side !== null);
    if (covered.length >= participants.length - 1 && covered.length >= 2) return covered;
  }
  return participants;
}

/** The side of `country` in meeting `held`: the country itself, or the one person of it there whose roles, if any, hold `roleHead`. */
function sideIn(held: DraftEvent, country: string, roleHead: string, entities: Map<string, DocEntity>): string | null {
  if (held.participants.includes(country)) return country;
  const id = entities.get(country)!.knownId;
  const people = held.participants.filter((key) => {
    const person = entities.get(key);
    return person?.kind === 'person' && countryOf(person) === id && (person.roles.length === 0 || person.roles.some((r) => r.role.split(' ').at(-1) === roleHead));
  });
  return people.length === 1 ? people[0] : null;
}

/**
 * A plural role (group 1; words.json pluralRoles, each word in either case: "the Foreign Ministers of") and the list of names after
 * its "of" (group 2: "Denmark, Estonia and the Netherlands"), compiled once.
 */
const officialsListing = once(() => {
  const roles = wordLists.pluralRoles.map((role) => role.split(' ').map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`).join('\\s+'));
  const name = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*){0,3}`;
  return new RegExp(String.raw`\b(${roles.join('|')})\s+of\s+((?:the\s+)?${name}(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?${name})*)`, 'u');
});

/** The last word of a plural role, in the singular: "foreign ministers" → "minister", "secretaries" → "secretary". */
function singularHead(role: string): string {
  const head = role.split(' ').at(-1)!;
  return head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.replace(/s$/, '');
}

/**
 * "Prime Minister Y, who is on a two-day visit, was accompanied by X", "The Namibian President was accompanied by X", "X, who
 * accompanied Y, told reporters": right after a held meeting of Y told in the sentence before (or this one), X was at it too.
 * "Y led a delegation that included X": also after a meeting of Y told earlier, when no one else was named since (`stillAbout`).
 * Not when X has a meeting of his own told in this sentence (`toldFrom` on: "X, who accompanied Y, had talks with Z"), nor when
 * the company was on the way (triggers.json accompaniedBy.travel: "on the flight"), nor in a photo's caption.
 */
function companionsJoined(text: string, masked: string, sentence: Sentence, mentions: Mention[], events: DraftEvent[], toldFrom: number, entities: Map<string, DocEntity>, roleWords: Set<string>, previous: Sentence | null, stillAbout: (meeting: DraftEvent) => boolean): void {
  // Every sentence passes here: one cheap test spares the four patterns below on sentences that cannot hold them.
  if (!COMPANY_WORD.test(masked)) return;
  const { passive, active, delegation, leader, travel } = accompaniedPatterns();
  const byCompanion = passive.exec(masked);
  const ofDelegation = byCompanion ? null : delegation.exec(masked);
  const ledDelegation = byCompanion || ofDelegation ? null : leader.exec(masked);
  const ofCompanion = byCompanion || ofDelegation || ledDelegation ? null : active.exec(masked);
  // A photo's caption shows who stood there, not who was at the table.
  if ((!byCompanion && !ofDelegation && !ledDelegation && !ofCompanion) || sentence.blockKind === 'caption' || travel.test(masked)) return;
  const actors = actorMentions(mentions);
  const isPerson = (m: Mention) => entities.get(m.entity)?.kind === 'person';
  let companions: Mention[];
  let accompanied: (meeting: DraftEvent) => string | null;
  if (byCompanion) {
    // The relative clause between the subject and "was accompanied by" says where or why, not who.
    const head = byCompanion[1] ? masked.slice(0, byCompanion.index) : masked.slice(0, byCompanion.index).replace(RELATIVE_CLAUSE_AT_END, '');
    accompanied = accompaniedSubject(text, sentence, head, !!byCompanion[1], actors, entities);
    companions = listFrom(text, actors, sentence.start + byCompanion.index + byCompanion[0].length, skippableMentions(mentions), roleWords).filter(isPerson);
  } else if (ofDelegation) {
    // "The Chinese delegation was led by Y and included X": its members came with the one person of that country at the meeting.
    // "The delegation included X", "The delegations included X and Y": the meeting just told (or told of since), whoever's side.
    const nationality = ofDelegation[1] ?? ofDelegation[2];
    accompanied = nationality ? soleOfCountry(sentence, nationality, entities) : (meeting) => meeting.participants[0];
    companions = listFrom(text, actors, sentence.start + ofDelegation[0].length, skippableMentions(mentions), roleWords).filter(isPerson);
  } else if (ledDelegation) {
    // "Mr Peters led a delegation that included X": the members came with the one who led it, the name just before "led".
    // "In 2023, Ms Wong led a delegation that included X": a year tells of another trip.
    if (YEAR.test(masked)) return;
    // "Ms Ortega, Peru's Minister of Trade, led a delegation …": the title set off by commas is a mention of the one it follows.
    const at = sentence.start + ledDelegation.index;
    const head = actors.findLast((m) => m.end <= at);
    const gap = head ? text.slice(head.end, at) : '';
    const leader = /^\s*$/.test(gap) || (/^,\s*$/.test(gap) && titleOfNameBefore(text, head!, actors)) ? head : undefined;
    accompanied = () => leader?.entity ?? null;
    companions = listFrom(text, actors, at + ledDelegation[0].length, skippableMentions(mentions), roleWords).filter(isPerson);
  } else {
    const at = sentence.start + ofCompanion!.index;
    const companion = actors.findLast((m) => m.end <= at);
    companions = companion && /^\s*$/.test(text.slice(companion.end, at)) && isPerson(companion) ? [companion] : [];
    const after = sentence.start + ofCompanion!.index + ofCompanion![0].length;
    const named = actors.find((m) => m.start >= after && TITLE_BEFORE_NAME.test(text.slice(after, m.start)));
    accompanied = () => named?.entity ?? null;
  }
  if (companions.length === 0) return;
  const ownMeeting = events.slice(toldFrom).some((e) => e.type === 'meeting' && companions.some((m) => e.participants.includes(m.entity)));
  // A delegation's leader may be named after a sentence or two more about the same meeting: no one else named since.
  const toldAt = (e: DraftEvent) => e.evidence.some((item) => item.start === sentence.start || (previous?.documentId === sentence.documentId && item.start === previous.start)) || ((!!ledDelegation || !!ofDelegation) && stillAbout(e));
  const meeting = ownMeeting ? undefined : events.findLast((e) => {
    if (e.type !== 'meeting' || e.documentId !== sentence.documentId || e.status !== 'occurred' || !toldAt(e)) return false;
    const subject = accompanied(e);
    return subject !== null && e.participants.includes(subject);
  });
  if (!meeting) return;
  for (const companion of companions) if (!meeting.participants.includes(companion.entity)) meeting.participants.push(companion.entity);
  meeting.evidence.push({ documentId: sentence.documentId, start: sentence.start, end: sentence.end, quote: text.slice(sentence.start, sentence.end), fromCaption: false });
}

/**
 * Who "was accompanied": a name opening the sentence after at most a title ("Prime Minister Y"), the antecedent of ", who" (`relative`),
 * or "The Namibian President", the one person of that country at the meeting; null when the sentence opens otherwise.
 */
function accompaniedSubject(text: string, sentence: Sentence, head: string, relative: boolean, actors: Mention[], entities: Map<string, DocEntity>): (meeting: DraftEvent) => string | null {
  const described = accompaniedPatterns().described.exec(head);
  if (described) return soleOfCountry(sentence, described[1] ?? described[2], entities);
  const end = sentence.start + head.trimEnd().length;
  // "received a call from Y, who was accompanied by X": ", who" follows its antecedent wherever it stands.
  const subject = actors.find((m) => m.end === end && (relative || TITLE_BEFORE_NAME.test(text.slice(sentence.start, m.start))));
  return () => subject?.entity ?? null;
}

/** The one person at a meeting of the country whose nationality word ("Namibian") the document uses; null when none or several. */
function soleOfCountry(sentence: Sentence, nationality: string, entities: Map<string, DocEntity>): (meeting: DraftEvent) => string | null {
  const country = [...entities.values()].find((e) => e.documentId === sentence.documentId && e.kind === 'country' && e.forms.includes(nationality))?.knownId;
  return (meeting) => {
    const ofCountry = meeting.participants.filter((key) => entities.get(key)?.kind === 'person' && entities.get(key)?.country === country);
    return country && ofCountry.length === 1 ? ofCountry[0] : null;
  };
}

/** "Peru's Minister of Trade" in "Ms Ortega, Peru's Minister of Trade,": a role mention of the person named just before its comma. */
function titleOfNameBefore(text: string, title: Mention, actors: Mention[]): boolean {
  return title.role !== null && actors.some((m) => m.end <= title.start && m.entity === title.entity && /^,\s*[^,;]{0,40}$/.test(text.slice(m.end, title.start)));
}

/** A year, in a sentence about a delegation led: another trip than the meeting told before. */
const YEAR = /\b(?:19|20)\d{2}\b/;

/** Every accompaniedBy passive and active phrase holds "accompanied"; the delegation form holds "delegation" or "side included". */
const COMPANY_WORD = /accompanied|delegation|\bside\s+(?:also\s+)?(?:includ|compris)/i;

/** ", who is on a two-day visit," closing the words before "was accompanied by". */
const RELATIVE_CLAUSE_AT_END = /,\s*who\s+[^,;]{1,80},\s*$/;

/**
 * triggers.json accompaniedBy, compiled once: passive ("was accompanied by", group 1 ", who" before it), active (", who
 * accompanied"), a delegation's members ("The Chinese delegation … included", group 1 the nationality), a delegation's leader
 * before "led a delegation that included", a described subject ("The Namibian President", group 1 the nationality), and travel words.
 */
const accompaniedPatterns = once(() => {
  const { passive, active, subjectNouns, travel, delegationIncluded, delegationIncluding, delegationIncludedAsides } = lexicon().triggers.accompaniedBy;
  return {
    leader: new RegExp(String.raw`\s+(?:also\s+)?led\s+(?:a|an|the|his|her)\s+(?:[\p{L}-]+\s+){0,3}?delegation,?\s+(?:(?:that|which)\s+(?:${phrasePattern(delegationIncluded)})|${phrasePattern(delegationIncluding)})\s+`, 'u'),
    // "The Costa Rican delegation", "The Sudanese side": a nationality of one or two words.
    // "The delegation of Uzbekistan": the country's name after it (group 2).
    delegation: new RegExp(String.raw`^\s*[Tt]he\s+(?:(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+)?(?:delegations?|side)\s+(?:of\s+(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})\s+)?(?:was\s+led\s+by\s+[^,;]{1,60}?\s+and\s+|,\s*led\s+by\s+[^,;]{1,60},\s*)?(?:${phrasePattern(delegationIncluded)})(?:,\s*(?:${phrasePattern(delegationIncludedAsides)}),)?\s+`, 'u'),
    passive: new RegExp(String.raw`(,\s*who\s+)?\b(?:${phrasePattern(passive)})\s+`, 'i'),
    active: new RegExp(String.raw`,\s*(?:${phrasePattern(active)})\s+`, 'i'),
    // Case-blind for "President" and "president": the nationality word must still be one of a country's forms in the document.
    // "X was joined by A, while the Croatian minister was accompanied by B": the described subject may open a contrasted clause.
    // "The Deputy Prime Minister of the Czech Republic": the country named after the noun (group 2), one modifier before it.
    described: new RegExp(String.raw`^(?:[^;]*,\s*(?:while|whereas)\s+)?\s*the\s+(?:(\p{L}+)\s+(?:${phrasePattern(subjectNouns)})|(?:\p{L}+\s+)?(?:${phrasePattern(subjectNouns)})\s+of\s+(?:the\s+)?([\p{L}-]+(?:\s+[\p{L}-]+){0,3}))\s*$`, 'iu'),
    travel: new RegExp(String.raw`\b(?:${phrasePattern(travel)})\b`, 'i'),
  };
});

/**
 * "The meeting was chaired by X and attended by Y and Z", "the two ministers took part in a session of the council, chaired
 * by X and attended by Y" (triggers.json chairedAndAttended): a meeting of the chair, the attendees and who took part.
 */
function chairedMeeting(text: string, masked: string, sentence: Sentence, index: number, sentences: Sentence[], mentions: Mention[], events: DraftEvent[], bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>, roleWords: Set<string>): DraftEvent | null {
  const { chairedBy, attendedBy, opening, held, tookPart } = chairedPatterns();
  const chaired = chairedBy.exec(masked);
  if (!chaired) return activelyChairedMeeting(text, masked, sentence, mentions, entities, roleWords);
  const before = masked.slice(0, chaired.index);
  const opened = opening.exec(before) ?? held.exec(before);
  const took = opened ? null : tookPart.exec(before);
  if (!opened && !took) return null;
  const attended = attendedBy.exec(masked.slice(chaired.index + chaired[0].length));
  if (!attended) return null;
  const chairFrom = sentence.start + chaired.index + chaired[0].length;
  const attendeesFrom = chairFrom + attended[0].length;
  const actors = actorMentions(mentions);
  const skippable = skippableMentions(mentions);
  const chairs = listFrom(text, actors, chairFrom, skippable, roleWords).filter((m) => m.end <= attendeesFrom);
  const attendees = attendeeList(text, sentence, actors, attendeesFrom, roleWords);
  const takers = took ? partTakers(text, sentence, index, sentences, took, actors, events, bySentence, entities, skippable, roleWords) : [];
  if (chairs.length === 0 || attendees.length === 0 || (took && takers.length === 0)) return null;
  return chairedEvent(text, sentence, chaired, [...takers, ...chairs, ...attendees], entities);
}

/**
 * "The Council of Ministers of the IOC was held yesterday in Port-Louis under the chairmanship of X. The meeting was attended by
 * A; B; and C." (triggers.json heldUnderChair): the chair the sentence before names and the persons it was attended by met.
 */
function attendedAfterHeldUnderChair(text: string, masked: string, sentence: Sentence, mentions: Mention[], previous: Sentence, previousMentions: Mention[], entities: Map<string, DocEntity>, roleWords: Set<string>): DraftEvent | null {
  if (previous.documentId !== sentence.documentId || !attendedByOpening().test(masked)) return null;
  const chaired = heldUnderChair().exec(text.slice(previous.start, previous.end));
  if (!chaired || statusOf(text.slice(previous.start, previous.end), chaired.index) !== 'occurred') return null;
  const isPerson = (m: Mention) => entities.get(m.entity)?.kind === 'person';
  const chairs = chairsOf(text, previous, chaired, previousMentions, entities, roleWords);
  const attendees = joinersAround(text, masked, sentence, mentions, roleWords)?.joiners.filter(isPerson) ?? [];
  if (chairs.length === 0 || attendees.length === 0) return null;
  const event = heldUnderChairEvent(text, previous, chaired, [...chairs, ...attendees]);
  event.evidence.push(sentenceEvidence(text, sentence));
  return event;
}

/**
 * "The Council met on Friday under the chairmanship of X." then "Taking part in the session, held at the palace, were A; B; and
 * C." (triggers.json takingPartAfterHeldUnderChair): the persons listed met the chair the sentence before names; the meeting told
 * there from its verb gives way to this one.
 */
function tookPartAfterHeldUnderChair(text: string, masked: string, sentence: Sentence, mentions: Mention[], previous: Sentence, previousMentions: Mention[], entities: Map<string, DocEntity>, roleWords: Set<string>): DraftEvent | null {
  const opening = takingPartOpening().exec(masked);
  if (!opening || previous.documentId !== sentence.documentId) return null;
  const chaired = heldUnderChair().exec(text.slice(previous.start, previous.end));
  if (!chaired || statusOf(text.slice(previous.start, previous.end), chaired.index) !== 'occurred') return null;
  const chairs = chairsOf(text, previous, chaired, previousMentions, entities, roleWords);
  const takers = listFrom(text, actorMentions(mentions), sentence.start + opening[0].length, skippableMentions(mentions), roleWords).filter((m) => entities.get(m.entity)?.kind === 'person');
  if (chairs.length === 0 || takers.length === 0) return null;
  const event = heldUnderChairEvent(text, previous, chaired, [...chairs, ...takers]);
  event.evidence.push(sentenceEvidence(text, sentence));
  return event;
}

/** A takingPartAfterHeldUnderChair opening, a heldUnderChair.attended noun, a participial clause between commas ("held at the palace") and "were", compiled once. */
const takingPartOpening = once(() => new RegExp(String.raw`^\s*(?:${phrasePattern(lexicon().triggers.takingPartAfterHeldUnderChair)})\s+(?:[\p{L}-]+\s+){0,2}?(?:${phrasePattern(lexicon().triggers.heldUnderChair.attended)})(?:,\s+[^,;]{1,100},)?\s+(?:were|was)\s+`, 'iu'));

/**
 * "The third session of the Joint Commission was held on Tuesday in Brazzaville, co-chaired by A, Minister of Foreign Affairs,
 * and B, …" (triggers.json heldUnderChair.coChair): the co-chairs met, attendees named in the next sentence or not.
 */
function coChairedSession(text: string, sentence: Sentence, mentions: Mention[], entities: Map<string, DocEntity>, roleWords: Set<string>): DraftEvent | null {
  const sentenceText = text.slice(sentence.start, sentence.end);
  if (!/\bco-/i.test(sentenceText)) return null;
  const chaired = heldUnderChair().exec(sentenceText) ?? coChairedNoun().exec(sentenceText);
  if (!chaired || !coChairPhrase().test(chaired[0]) || statusOf(sentenceText, chaired.index) !== 'occurred') return null;
  const chairs = chairsOf(text, sentence, chaired, mentions, entities, roleWords);
  return chairs.length > 1 ? heldUnderChairEvent(text, sentence, chaired, chairs) : null;
}

/** "a senior officials' meeting co-chaired by ", "The ministerial session was co-chaired by ": a meeting noun (triggers.json chairedAndAttended) right before its co-chairs, compiled once. */
const coChairedNoun = once(() => new RegExp(String.raw`\b(?:${phrasePattern(lexicon().triggers.chairedAndAttended.nouns)})\s+(?:(?:was|were)\s+)?(?:${phrasePattern(lexicon().triggers.heldUnderChair.coChair)})\s+`, 'i'));

/** The persons listed after the chair phrase: all of them for co-chairs, else the first. */
function chairsOf(text: string, sentence: Sentence, chaired: RegExpExecArray, mentions: Mention[], entities: Map<string, DocEntity>, roleWords: Set<string>): Mention[] {
  const persons = listFrom(text, actorMentions(mentions), sentence.start + chaired.index + chaired[0].length, skippableMentions(mentions), roleWords).filter((m) => entities.get(m.entity)?.kind === 'person');
  return coChairPhrase().test(chaired[0]) ? persons : persons.slice(0, 1);
}

/** The meeting held under the chair phrase matched in `sentence`, its trigger that phrase. */
function heldUnderChairEvent(text: string, sentence: Sentence, chaired: RegExpExecArray, people: Mention[]): DraftEvent {
  const start = sentence.start + chaired.index;
  const trigger: Trigger = { start, end: start + chaired[0].length, phrase: chaired[0].trim(), mode: 'in-person', needsPersonObject: false, isNoun: false, jointAct: false };
  return meetingEvent(text, sentence, trigger, [...new Set(people.map((m) => m.entity))], null, 'occurred');
}

/** triggers.json heldUnderChair.coChair, compiled once. */
const coChairPhrase = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.heldUnderChair.coChair)})\\s*$`, 'i'));

/** "The meeting was attended by ", "The ministerial session was also attended by " (triggers.json heldUnderChair.attended), compiled once. */
const attendedByOpening = once(() => new RegExp(String.raw`^\s*the\s+(?:[\p{L}-]+\s+){0,2}?(?:${phrasePattern(lexicon().triggers.heldUnderChair.attended)})\s+was\s+(?:also\s+)?attended\s+by\s`, 'iu'));

/**
 * "The meeting was attended by the following:" then lines "(i) Hon. A, Minister of Finance, …;" … "(vi) Ms F, …": the person
 * each numbered or bulleted item opens with met the others; an item naming no one ends nothing, a line of another kind ends the list.
 */
function enumeratedAttendees(text: string, masked: string, sentence: Sentence, index: number, sentences: Sentence[], bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>): DraftEvent | null {
  const lead = attendedByOpening().exec(masked);
  if (!lead || !FOLLOWING_LIST.test(masked.slice(lead[0].length))) return null;
  const people = firstPersonOfEachListItem(text, sentence, index, sentences, bySentence, entities);
  const participants = [...new Set(people.map((m) => m.entity))];
  if (participants.length < 2) return null;
  const start = sentence.start + lead.index;
  const trigger: Trigger = { start, end: start + lead[0].length, phrase: lead[0].trim(), mode: 'in-person', needsPersonObject: false, isNoun: false, jointAct: false };
  const event = meetingEvent(text, sentence, trigger, participants, null, 'occurred');
  for (let k = index + 1; k < sentences.length && sentences[k].start <= people[people.length - 1].start; k++) event.evidence.push(sentenceEvidence(text, sentences[k]));
  return event;
}

/** "the following:" or a bare colon closing the lead of a list of attendees. */
const FOLLOWING_LIST = /^(?:the\s+following(?:\s+\p{L}+)?\s*)?:\s*$/u;

/** A meeting held (triggers.json heldUnderChair.held) and, in its clause, the phrase before its chair, compiled once. */
const heldUnderChair = once(() => {
  const { held, chair } = lexicon().triggers.heldUnderChair;
  return new RegExp(String.raw`\b(?:${phrasePattern(held)})\b[^;:.]{0,120}?,?\s+(?:${phrasePattern(chair)})\s+`, 'i');
});

/** "X chaired an IGAD ministerial meeting attended by Y and Z" (triggers.json chairedAndAttended, active): the names just before the verb chair it. */
function activelyChairedMeeting(text: string, masked: string, sentence: Sentence, mentions: Mention[], entities: Map<string, DocEntity>, roleWords: Set<string>): DraftEvent | null {
  const { active, activeCue } = chairedPatterns();
  const chaired = activeCue.test(masked) ? active.exec(masked) : null;
  // "chaired the session, with spokesperson X saying": who speaks in the "with" clause is no attendee.
  if (!chaired || withSpeakerClause().test(masked.slice(chaired.index))) return null;
  const actors = actorMentions(mentions);
  const at = sentence.start + chaired.index;
  const chairs = namesBeforeVerb(text, actors, at, skippableMentions(mentions), roleWords);
  const attendees = attendeeList(text, sentence, actors, at + chaired[0].length, roleWords);
  if (chairs.length === 0 || attendees.length === 0) return null;
  return chairedEvent(text, sentence, chaired, [...chairs, ...attendees], entities);
}

/** The in-person meeting of everyone named around a chaired phrase (`chaired`, matched in the sentence), its trigger that phrase. */
function chairedEvent(text: string, sentence: Sentence, chaired: RegExpExecArray, people: Mention[], entities: Map<string, DocEntity>): DraftEvent {
  const participants = settledSides([...new Set(people.map((m) => m.entity))], entities);
  const start = sentence.start + chaired.index;
  const trigger: Trigger = { start, end: start + chaired[0].length, phrase: chaired[0].trim(), mode: 'in-person', needsPersonObject: false, isNoun: false, jointAct: false };
  return meetingEvent(text, sentence, trigger, participants, null, statusOf(text.slice(sentence.start, sentence.end), chaired.index));
}

/**
 * "attended by A, B's minister C, FLNKS spokesman D and E": each name after the last, the words between them only a comma or
 * "and" and a title (capitalised words, role words, "of", "for", "the"), up to the first name past another word.
 */
function attendeeList(text: string, sentence: Sentence, actors: Mention[], from: number, roleWords: Set<string>): Mention[] {
  const list: Mention[] = [];
  let end = from;
  for (const m of actors.filter((a) => a.start >= from && a.end <= sentence.end)) {
    if (m.start < end) continue;
    const gap = text.slice(end, m.start);
    // "A (Paraguay) and B (Brazil)": the side in brackets after a listed name is that name's, no attendee.
    if (list.length > 0 && /^\s*\($/.test(gap) && text[m.end] === ')') {
      end = m.end + 1;
      continue;
    }
    const words = (list.length === 0 ? gap : gap.replace(LIST_JOINT, '')).split(/[\s,]+/).filter(Boolean);
    if ((list.length > 0 && !LIST_JOINT.test(gap)) || !words.every((w, k) => TITLE_WORD.test(w) || titleFunctionWords().has(w) || roleWords.has(w) || countedPluralRole(words, k))) break;
    end = m.end;
    // "the two directors-general of the Authority, A and B": the body after a role and "of", names apposed to it, is theirs.
    if (m.kind !== 'person' && /\bof\s+(?:the\s+)?$/.test(gap) && /^,\s+\p{Lu}/u.test(text.slice(m.end))) continue;
    list.push(m);
  }
  return list;
}

/** "the two directors-general of the Authority, A and B": a plural role (words.json pluralRoles), or a count word just before one. */
function countedPluralRole(words: string[], k: number): boolean {
  return PLURAL_ROLES.has(words[k]) || (countWords().has(words[k]) && PLURAL_ROLES.has(words[k + 1] ?? ''));
}

/** The count words of triggers.json vagueSpanOpenings.quantifiers ("two", "several"), compiled once. */
const countWords = once(() => new Set(lexicon().triggers.vagueSpanOpenings.quantifiers));

/** A capitalised word of a title, possessive or not ("Papua New Guinea's", "Director-General"). */
const TITLE_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/**
 * "Fiji was represented by its Permanent Secretary for Foreign Affairs", "Sweden was represented by a state secretary" (triggers.json representedBy), just after a meeting of
 * three or more told in the sentence before (or whose people it lists: "Attending were A, B and C"): the country opening the sentence
 * took part in it. "Norway was represented by State Secretary X": the named official took part, unless he is of another country.
 */
function representedAtMeeting(text: string, masked: string, sentence: Sentence, mentions: Mention[], events: DraftEvent[], entities: Map<string, DocEntity>, previous: Sentence | null, previousMentions: Mention[]): boolean {
  const represented = representedBy().exec(masked);
  if (!represented || !previous || previous.documentId !== sentence.documentId) return false;
  const country = mentions.find((m) => m.entity && m.start < sentence.start + represented[1].length && entities.get(m.entity)?.kind === 'country');
  const meeting = events.findLast((e) => e.type === 'meeting' && e.documentId === sentence.documentId && e.status === 'occurred');
  const listedBefore = (e: DraftEvent) => {
    const persons = previousMentions.filter((m) => m.kind === 'person');
    return persons.length >= 2 && persons.every((m) => e.participants.includes(m.entity));
  };
  if (!country || !meeting || meeting.participants.length < 3 || !(meeting.evidence.some((item) => item.start === previous.start) || listedBefore(meeting))) return false;
  // "France was represented by its Ambassador to Mauritius, Mrs X": its official, named after the title, is the one there.
  const representative = namedRepresentative(text, sentence.start + represented[0].length, mentions, entities, entities.get(country.entity)?.knownId ?? null) ?? (represented[2] ? country.entity : null);
  if (!representative) return false;
  const representatives = [representative, ...gappedRepresentative(text, sentence, mentions, entities, representative, sentence.start + represented[0].length)];
  const added = representatives.filter((key) => !meeting.participants.includes(key));
  // Each one added stands for the country the sentence names before "by", so none is the side of another country left unnamed.
  if (added.length > 0) meeting.participants = withoutOwnCountries([...meeting.participants, ...added], entities);
  meeting.evidence.push(sentenceEvidence(text, sentence));
  return true;
}

/**
 * "Saudi Arabia was represented by Deputy Foreign Minister X and the United Arab Emirates by Minister of State Y": the official
 * named after the second country and "by", the verb left out; none when no country follows "and". "Norway was represented by its
 * State Secretary, and Sweden by State Secretary Y": after an unnamed official (`first` is the country), the gap opens after his title.
 */
function gappedRepresentative(text: string, sentence: Sentence, mentions: Mention[], entities: Map<string, DocEntity>, first: string, from: number): string[] {
  const named = actorMentions(mentions).find((m) => m.entity === first && m.start >= from);
  const unnamedTitle = named || entities.get(first)?.kind !== 'country' ? null : UNNAMED_OFFICIAL_TITLE.exec(text.slice(from, sentence.end));
  const gapFrom = named ? named.end : unnamedTitle ? from + unnamedTitle[0].length : null;
  const gapped = gapFrom === null ? null : GAPPED_REPRESENTED.exec(text.slice(gapFrom, sentence.end));
  if (gapFrom === null || !gapped) return [];
  const country = mentions.find((m) => m.entity && m.start >= gapFrom && m.end <= gapFrom + gapped[0].length && entities.get(m.entity)?.kind === 'country');
  const second = country ? namedRepresentative(text, gapFrom + gapped[0].length, mentions, entities, entities.get(country.entity)?.knownId ?? null) : null;
  return second ? [second] : [];
}

/** "State Secretary", "deputy foreign minister": the title of an unnamed official after "its", up to the comma before the gapped country. */
const UNNAMED_OFFICIAL_TITLE = /^[\p{L}' -]{1,60}(?=,)/u;

/** ", and the United Arab Emirates by ": a second country (up to four capitalised words) and "by", its verb left out. */
const GAPPED_REPRESENTED = /^,?\s+and\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,4}by\s+/u;

/** The person named right after "was represented by" and a title ("State Secretary X"), when he is of that country or of none known. */
function namedRepresentative(text: string, after: number, mentions: Mention[], entities: Map<string, DocEntity>, country: string | null): string | null {
  const named = actorMentions(mentions).find((m) => m.start >= after && entities.get(m.entity)?.kind === 'person');
  const person = named && entities.get(named.entity);
  if (!named || person?.kind !== 'person' || !TITLE_BEFORE_NAME.test(text.slice(after, named.start))) return null;
  return !person.country || person.country === country ? named.entity : null;
}

/**
 * "Ghana, whose minister only arrived on Friday, was represented at the ministerial meeting by its ambassador in Abuja, X"
 * (triggers.json representedAtMeeting): the meeting is named, so it may have been told paragraphs before, statements between;
 * the latest held meeting of three or more whose trigger holds the same noun gains X, the country's official named after his title.
 */
function representedAtNamedMeeting(text: string, masked: string, sentence: Sentence, mentions: Mention[], events: DraftEvent[], entities: Map<string, DocEntity>): boolean {
  const represented = representedAtMeetingOpening().exec(masked);
  if (!represented) return false;
  const noun = represented[2].toLowerCase();
  const namesNoun = new RegExp(`\\b${noun}\\b`, 'i');
  const meeting = events.findLast((e) => e.type === 'meeting' && e.documentId === sentence.documentId && e.status === 'occurred' && e.participants.length >= 3 && namesNoun.test(e.trigger));
  const country = mentions.find((m) => m.entity && m.start < sentence.start + represented[1].length && entities.get(m.entity)?.kind === 'country');
  const after = sentence.start + represented[0].length;
  const named = actorMentions(mentions).find((m) => m.start >= after && entities.get(m.entity)?.kind === 'person');
  const person = named && entities.get(named.entity);
  if (!meeting || !country || !named || !person || !(named.start === after || officialTitleBeforeName().test(text.slice(after, named.start)))) return false;
  if (person.country && person.country !== entities.get(country.entity)?.knownId) return false;
  if (!meeting.participants.includes(named.entity)) meeting.participants = settledSides([...meeting.participants, named.entity], entities);
  meeting.evidence.push(sentenceEvidence(text, sentence));
  return true;
}

/** The country opening the sentence (group 1), a relative clause, "was represented at the … meeting by" (group 2: the noun) and "its"/"their", compiled once. */
const representedAtMeetingOpening = once(() => {
  const { verbs, nouns } = lexicon().triggers.representedAtMeeting;
  return new RegExp(String.raw`^(\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)(?:,\s+[^,;]{1,80},)?\s+(?:${phrasePattern(verbs)})\s+the\s+(?:[\p{L}-]+\s+){0,2}?(${phrasePattern(nouns)})\s+by\s+(?:its|their)\s+`, 'u');
});

/** "ambassador in Abuja, ", "Minister of State, ": a role (up to two words before it), where it is held, then a comma, before the official's name (unless the title is read with the name). */
const officialTitleBeforeName = once(() => new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,2}?(?:${phrasePattern(lexicon().roles)})(?:\s+(?:in|to|at|of|for)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,\s+$`, 'iu'));

/** A country's name opening the sentence (group 1), a representedBy phrase, and its own unnamed official (group 2: "its", "their", "a state secretary") or a name, compiled once. */
const representedBy = once(() => new RegExp(String.raw`^(\s*(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3})(?:${phrasePattern(lexicon().triggers.representedBy)})\s+(?:(its|their|an?)\s+)?`, 'u'));

/**
 * Who "took part in a session": the group the sentence names ("the two ministers"), the people of the latest meeting of that
 * many with no one else named since, else the names listed just before the verb.
 */
function partTakers(text: string, sentence: Sentence, index: number, sentences: Sentence[], took: RegExpExecArray, actors: Mention[], events: DraftEvent[], bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>, skippable: Mention[], roleWords: Set<string>): Mention[] {
  const group = took[1] ? groupSize(took[1]) : 0;
  if (group > 0) {
    const meeting = latestMeetingOf(group, sentence, entities, events);
    return (meeting && meetingGroupAtOpening(meeting, index, sentences, bySentence)) ?? [];
  }
  return namesBeforeVerb(text, actors, sentence.start + took.index + took[0].length - took.groups!.verbOn.length, skippable, roleWords);
}

/** The subject of the verb at `verbAt`: the actor just before it and those coordinated with it ("X and Y took part"). */
function namesBeforeVerb(text: string, actors: Mention[], verbAt: number, skippable: Mention[], roleWords: Set<string>): Mention[] {
  const before = actors.filter((m) => m.end <= verbAt);
  const last = before.pop();
  if (!last || !BETWEEN_SUBJECT_AND_TRIGGER.test(text.slice(last.end, verbAt))) return [];
  const names = [last];
  while (before.length > 0 && coordinated(text, before[before.length - 1], names[0], skippable, roleWords)) names.unshift(before.pop()!);
  return names;
}

/** triggers.json chairedAndAttended's phrases (active: "chaired a meeting attended by"), the sentence opening on the meeting or a body holding it, and a session taken part in (group 1: a group's number; verbOn: from the verb on), compiled once. */
const chairedPatterns = once(() => {
  const { chairedBy, chaired, attendedBy, withAttendees, nouns, takePart, heldBy } = lexicon().triggers.chairedAndAttended;
  const noun = `(?:${phrasePattern(nouns)})`;
  // "attended by", or a comma and "with" ("chaired the meeting of the commission, with A and B").
  const attendeesOpen = String.raw`(?:,?\s+(?:${phrasePattern(attendedBy)})|,\s+(?:${phrasePattern(withAttendees)}))`;
  return {
    // "hosted an OECS heads of government meeting in Castries, attended by": up to five modifiers, then where or when it was held
    // ("a trilateral meeting on energy at the state guest house in Dhaka, attended by": up to three such phrases).
    // "chaired in Accra a ministerial meeting of the Union attended by": where it was held may come before the noun, the body after it
    // ("of the foreign ministers of Ghana, Togo and Benin, attended by": a list of who it gathered).
    active: new RegExp(String.raw`\b(?:${phrasePattern(chaired)})\s+(?:(?:in|at)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}\s+)?(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,5}?${noun}(?:\s+(?:in|at|on)\s+[^,;:]{1,40}?|\s+of\s+[^;:]{1,80}?){0,3}${attendeesOpen}\s+`, 'iu'),
    // Every match of `active` holds an attendedBy phrase or a withAttendees word after a comma: most sentences hold neither, and this quick search spares them `active`.
    activeCue: new RegExp(String.raw`${phrasePattern(attendedBy)}|,\s+(?:${phrasePattern(withAttendees)})\b`, 'iu'),
    chairedBy: new RegExp(String.raw`\b(?:${phrasePattern(chairedBy)})\s+`, 'i'),
    attendedBy: new RegExp(String.raw`^[^;:]*?,?\s+and\s+(?:(?:was|were)\s+)?(?:${phrasePattern(attendedBy)})\s+`, 'i'),
    opening: new RegExp(String.raw`^\s*the\s+(?:[\p{L}\d-]+\s+){0,3}?${noun}\s+(?:was|were)\s+$`, 'iu'),
    // "The Council held its 166th session at the palace on Wednesday, chaired by": a body holding the meeting, where and when it was held.
    held: new RegExp(String.raw`\b(?:${phrasePattern(heldBy)})\s+(?:its|their|a|an|the)\s+(?:[\p{L}\d-]+\s+){0,3}?${noun}\b[^;:]{0,80}?,\s+$`, 'iu'),
    tookPart: new RegExp(String.raw`(?:${GROUP_NOUN_PHRASE}\s+(?:(?:also|later|then)\s+)?)?\b(?<verbOn>(?:${phrasePattern(takePart)})\s+(?:a|an|the)\s+(?:[\p{L}\d-]+\s+){0,2}?${noun}\b[^;:]{0,120}?,\s+)$`, 'iu'),
  };
});

/** triggers.json referenceMeetingBefore, then an article and up to four words before the meeting noun, compiled once. */
const referenceMeetingBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(lexicon().triggers.referenceMeetingBefore)})\s+(?:the|a|an|this|next|their|its|his|her)\s+(?:[\p{L}\d'’-]+\s+){0,4}$`, 'iu'));

/**
 * "praised Y, whom she met in Accra in March": a meeting told in a relative clause is of the one it is said of (its
 * antecedent, a person) and the clause's pronoun, when that is the sentence's own subject; null otherwise.
 */
function whomClause(text: string, sentence: Sentence, actors: Mention[], trigger: Trigger, entities: Map<string, DocEntity>): { subject: Mention; antecedent: Mention } | null {
  const clause = WHOM_PRONOUN_BEFORE.exec(text.slice(sentence.start, trigger.start));
  if (!clause) return null;
  const at = sentence.start + clause.index;
  const antecedent = actors.findLast((m) => m.end <= at);
  const pronoun = actors.find((m) => m.start > at && m.end <= trigger.start && m.via === 'pronoun');
  if (!antecedent || !pronoun || text.slice(antecedent.end, at).trim() !== '' || entities.get(antecedent.entity)?.kind !== 'person' || antecedent.entity === pronoun.entity) return null;
  const subject = subjectOf(text, sentence, actors, entities);
  // "X said Y praised Z, whom he met": a person named between the subject and Z may be whom "he" means.
  const namedBetween = (m: Mention) => subject && m.start > subject.end && m.end <= antecedent.start && m.via !== 'role' && m.entity !== subject.entity && entities.get(m.entity)?.kind === 'person';
  return subject?.entity === pronoun.entity && !actors.some(namedBetween) ? { subject: pronoun, antecedent } : null;
}

/** ", whom he met", ", whom she had first met", ", whom he will meet": a relative clause whose verb is the trigger. */
const WHOM_PRONOUN_BEFORE = /,\s+whom\s+(?:he|she)\s+(?:(?:had|has|have|will|would|first|last|also|previously|recently|once|later)\s+)*$/i;

/** "the meetings", "both meetings" (not "the meetings of the council"): several meetings told of as one thing. */
const MEETINGS_TOLD_AGAIN = /\b(?:the|both|these|those)\s+(?:two\s+)?meetings\b(?!\s+of\b)/i;

/** The text of the next sentences of the document, where it may go on about a meeting just told. */
function followingText(text: string, sentences: Sentence[], index: number): string {
  const sentence = sentences[index];
  let last = index;
  while (last < index + FOLLOWING_SENTENCES && sentences[last + 1]?.documentId === sentence.documentId) last++;
  return text.slice(sentence.end, sentences[last].end);
}

/** The mentions of the sentence `ahead` sentences after this one (the next by default), in the same document. */
function nextSentenceMentions(sentences: Sentence[], index: number, bySentence: Map<number, Mention[]>, ahead = 1): { start: number; mentions: Mention[] } | null {
  return sentences[index + ahead]?.documentId === sentences[index].documentId ? { start: sentences[index + ahead].start, mentions: bySentence.get(index + ahead) ?? [] } : null;
}

/** "received a special envoy from A", "an envoy of A", "a delegation from A": an unnamed envoy, sent from somewhere (triggers.json sentEnvoy). */
const envoyFrom = once(() => {
  const { modifiers, nouns } = lexicon().triggers.sentEnvoy;
  return new RegExp(String.raw`^\s+(?:a|an)\s+(?:(?:${phrasePattern(modifiers)})\s+)?(?:${phrasePattern(nouns)})\s+(?:from|of)\s`, 'i');
});
/** "The envoy, Mr Z,", "The envoy, A's Minister of Transport, Mr Z,": the next sentence opens by naming him. */
const theEnvoyNamed = once(() => new RegExp(String.raw`^\s*The\s+envoy,\s+(?:[^,;]{1,80},\s+)?(?:(?:${phrasePattern(lexicon().triggers.sentEnvoy.namingHonorifics)})\.?\s+)?$`));

/**
 * "received a special envoy from A. The envoy, A's minister, Mr Z, delivered …": the one met is the person the very next
 * sentence names in that opening; null when the object is no unnamed envoy or the next sentence does not open so.
 */
function envoyNamedNext(text: string, trigger: Trigger, next: NextSentence, entities: Map<string, DocEntity>): Mention[] | null {
  if (trigger.isNoun || !envoyFrom().test(text.slice(trigger.end))) return null;
  const sentence = next();
  const named = sentence?.mentions.filter((m) => entities.get(m.entity)?.kind === 'person' && text.startsWith(',', m.end) && theEnvoyNamed().test(text.slice(sentence.start, m.start)));
  return named?.length === 1 ? named : null;
}

/**
 * "hosted her Nordic and Baltic counterparts at the palace. Attending were Finland's A, Estonia's B and Latvia's C": the
 * counterparts, named by no one in the sentence, are the persons one of the next two sentences lists after its opening
 * (triggers.json listedAttendees; a sentence of background may stand between); null unless it lists two or more.
 */
function counterpartsListedNext(text: string, trigger: Trigger, next: NextSentence, entities: Map<string, DocEntity>, roleWords: Set<string>): Mention[] | null {
  if (trigger.isNoun || !pluralCounterpartsAfter().test(text.slice(trigger.end, trigger.end + 80))) return null;
  const following = [next(1), next(2)].map((candidate) => candidate && { ...candidate, opening: listedAttendeesOpening().exec(text.slice(candidate.start)) }).find((candidate) => candidate?.opening);
  if (!following?.opening) return null;
  const listed = listFrom(text, namedActors(following.mentions, entities), following.start + following.opening[0].length, skippableMentions(following.mentions), roleWords);
  const persons = listed.filter((m) => entities.get(m.entity)?.kind === 'person');
  return persons.length >= 2 && persons.length === listed.length ? persons : null;
}

/** "her Nordic and Baltic counterparts", "his Central American counterparts", "his counterparts" with no name apposed, compiled once. */
const pluralCounterpartsAfter = once(() => new RegExp(String.raw`^\s+(?:his|her|their)\s+(?:(?:\p{Lu}[\p{L}-]+\s+){1,2}(?:and\s+(?:\p{Lu}[\p{L}-]+\s+){1,2})?)?(?:${phrasePattern([...lexicon().counterpartRoles].map((role) => `${role}s`))})\b(?!,?\s+(?:\p{Lu}|H\.E\.))`, 'u'));

/** A sentence opening on triggers.json listedAttendees ("Attending were"), compiled once. */
const listedAttendeesOpening = once(() => new RegExp(`^\\s*(?:${phrasePattern(lexicon().triggers.listedAttendees)})\\s+`, 'iu'));

const FOLLOWING_SENTENCES = 3;

/**
 * "separately", "respectively", "in separate meetings" after the objects, before a comma or just after one: each object
 * met the subject alone ("…, a day after they had separately visited Lima" says nothing of the meeting).
 */
const SEPARATE_AFTER_OBJECTS = /^(?:[^,]*?\b|[^,]*,\s*)(?:separately|respectively|(?:in|at|during)\s+(?:two\s+)?separate)\b/i;

/** What follows the last object up to the end of its clause ("… separately in Brussels on Monday"). */
function objectClauseAfter(text: string, sentence: Sentence, lastObject: Mention): string {
  const rest = text.slice(lastObject.end, sentence.end);
  const boundary = clauseBoundary(rest);
  return boundary >= 0 ? rest.slice(0, boundary) : rest;
}

/**
 * "X and Y agreed on Wednesday in Vilnius to…", "X and Y co-chaired the Joint Commission in Accra": two
 * named people of two sides (every name after the first with a country of its own, not all one country) who
 * did together what needs them in one place met there.
 * The act's own clause must say where (before an infinitive or "that": "agreed to hold talks in Paris" tells
 * where the talks will be), unless it says it was a call; an auxiliary ("have agreed"), another status or a
 * single subject ("agreed with Y's view") tells of no meeting.
 */
function jointActMeeting(text: string, sentence: Sentence, mentions: Mention[], trigger: Trigger, entities: Map<string, DocEntity>, roleWords: Set<string>, earlier: DraftEvent[]): DraftEvent[] {
  const actors = namedActors(mentions, entities);
  const skippable = skippableMentions(mentions);
  const subjects = subjectSide(text, sentence, actors, trigger, skippable, roleWords, entities, null);
  const people = subjects.map((m) => entities.get(m.entity));
  if (subjects.length < 2 || people.some((p) => p?.kind !== 'person')) return [];
  if (AUXILIARY.test(text.slice(subjects[subjects.length - 1].end, trigger.start))) return [];
  // "co-chaired the 15th session of the Joint Commission": chairing one sitting together is a meeting wherever it was held.
  const sitting = chairedSitting(trigger.phrase)?.test(text.slice(trigger.end, sentence.end)) ?? false;
  // "Nigerian Foreign Minister A and Finance Minister B signed": a later name without a country of its own may share the first's.
  // Co-chairs of a sitting are two sides unless every one is known to be of the same country.
  const countries = people.map((p) => p?.country ?? null);
  if (sitting ? !countries.includes(null) && new Set(countries).size < 2 : countries.slice(1).includes(null) || new Set(countries).size < 2) return [];
  const complement = text.slice(trigger.end, sentence.end).search(/\b(?:to\s+\p{Ll}|that\b)/u);
  const actClause = complement >= 0 ? { ...sentence, end: trigger.end + complement } : sentence;
  const witnessing = WITNESSED_BY_GROUP.exec(text.slice(trigger.end, actClause.end));
  const witnesses = witnessing ? latestMeetingOf(witnessing[1] ? groupSize(witnessing[1]) : 2, sentence, entities, earlier) : null;
  const place = trigger.mode === 'in-person' ? placeOf(text, actClause, mentions, trigger) ?? witnesses?.place ?? null : null;
  if (trigger.mode === 'in-person' && place === null && !witnesses && !sitting) return [];
  if (statusOf(text.slice(sentence.start, sentence.end), trigger.start - sentence.start) !== 'occurred') return [];
  // "co-chaired the Joint Committee in Amman, with the participation of Z": Z was at the table too.
  const present = presentAtMeetingOf(text, sentence, actors, trigger, skippable, roleWords).filter((m) => entities.get(m.entity)?.kind === 'person');
  const participants = [...new Set([...subjects.map((m) => m.entity), ...(witnesses?.participants ?? []), ...present.map((m) => m.entity)])];
  if (participants.length < 2) return [];
  const event = meetingEvent(text, sentence, trigger, participants, place, 'occurred');
  // Done at the meeting it was witnessed at: dated as that meeting is, from its sentence.
  return [witnesses ? { ...event, anchor: witnesses.anchor } : event];
}

/**
 * For a joint act that chairs (a meetingFrames verb: "co-chaired"), its object naming one sitting: up to a time or place, an
 * article, up to five words and one of the frame's nouns ("co-chaired on Monday the 8th session of", "co-chaired the work of the
 * 19th session"); null for other acts ("agreed", "signed"). Compiled once per phrase.
 */
const chairedSitting = (() => {
  const byPhrase = new Map<string, RegExp | null>();
  return (phrase: string): RegExp | null => {
    if (!byPhrase.has(phrase)) {
      const frame = lexicon().triggers.meetingFrames.find((f) => f.verbs.includes(phrase));
      byPhrase.set(phrase, frame ? new RegExp(String.raw`^\s+(?:(?:on|in|at)\s+[^,;]{1,60}?\s+)?(?:the|a|an)\s+(?:[\p{L}\d'’-]+\s+){0,5}?(?:${phrasePattern(frame.nouns)})\b`, 'iu') : null);
    }
    return byPhrase.get(phrase)!;
  };
})();

/** Each groupSubjectRoles noun's role, ending the role and not right after a groupSubjectRoleNotAfter word, compiled once. */
const groupSubjectRoles = once(() => {
  const notAfter = phrasePattern(lexicon().triggers.groupSubjectRoleNotAfter);
  return new Map(Object.entries(lexicon().triggers.groupSubjectRoles as Record<string, string>).map(([noun, role]) => [noun, new RegExp(`(?<!\\b(?:${notAfter}) )\\b${role}$`, 'u')]));
});

/** "signed the accord in the presence of both leaders" ("the two presidents": group 1 the number): the people of the meeting told just before were there. */
const WITNESSED_BY_GROUP = new RegExp(String.raw`\bin the presence of (?:${GROUP_NOUN_PHRASE}|both\s+${GROUP_NOUNS})\b`, 'iu');

/**
 * The document's latest meeting that took place, when it was of `size` people; or when `size` of them were named in the sentence
 * that told it, others joining after ("X and Y held talks. Z also participated in the meeting"): then with those only.
 */
function latestMeetingOf(size: number, sentence: Sentence, entities: Map<string, DocEntity>, earlier: DraftEvent[]): DraftEvent | null {
  const meeting = earlier.findLast((e) => e.type === 'meeting' && e.documentId === sentence.documentId);
  if (meeting?.status !== 'occurred') return null;
  const told = meeting.evidence[0].quote;
  const principals = meeting.participants.length === size ? meeting.participants : meeting.participants.filter((p) => entities.get(p)?.forms.some((form) => new RegExp(`(?<!\\p{L})${phrasePattern([form])}(?!\\p{L})`, 'u').test(told)));
  return principals.length === size && principals.every((p) => entities.get(p)?.kind === 'person') ? { ...meeting, participants: principals } : null;
}

/** Mentions a subject or object scan passes over: modifiers ("Kenyan"), roles alone and places. */
function skippableMentions(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.modifier || m.via === 'role' || m.locative);
}

/** The actor mentions that resolved to an entity of the document. */
function namedActors(mentions: Mention[], entities: Map<string, DocEntity>): Mention[] {
  return actorMentions(mentions).filter((m) => entities.has(m.entity));
}

const AUXILIARY = /\b(?:has|have|had|was|were|been|will|would|could|should|may|might|must|shall)\b/i;

/**
 * "received the two ministers", "hosted the visiting ministers": the people of the latest meeting the
 * document told, by their number, or those of another country than the subject's ("visiting"), one
 * for "the visiting minister". Stand-ins at the trigger's end; none when the count does not fit.
 */
function groupObjects(text: string, sentence: Sentence, actors: Mention[], trigger: Trigger, entities: Map<string, DocEntity>, earlier: DraftEvent[]): Mention[] {
  const group = GROUP_OBJECT.exec(text.slice(trigger.end, sentence.end));
  if (!group) return [];
  const meeting = earlier.findLast((e) => e.type === 'meeting' && e.documentId === sentence.documentId && e.status === 'occurred');
  if (!meeting) return [];
  const people = meeting.participants.filter((p) => entities.get(p)?.kind === 'person');
  let members: string[];
  if (group[1]) {
    members = people.length === meeting.participants.length && people.length === groupSize(group[1]) ? people : [];
  } else {
    const host = actors.filter((m) => m.end <= trigger.start).pop();
    const hostCountry = host ? entities.get(host.entity)?.country : null;
    const visitors = hostCountry ? people.filter((p) => { const country = entities.get(p)?.country; return country && country !== hostCountry; }) : [];
    members = (group[3] ? visitors.length === 1 : visitors.length >= 2) ? visitors : [];
  }
  return groupMembers(members, sentence.documentId, trigger.end);
}

/**
 * "received the Turkish and Uzbek foreign ministers": right after the verb, "the", two or more nationalities and a plural noun of
 * triggers.json describedGroupObject, no name after it: for each nationality, the one person of that country the article named
 * before with a role the noun covers. None unless each nationality has exactly one.
 */
function describedGroupObjects(text: string, sentence: Sentence, trigger: Trigger, entities: Map<string, DocEntity>): Mention[] {
  const described = describedGroupObject().exec(text.slice(trigger.end, sentence.end));
  if (!described) return [];
  const covers = describedGroupRoles().get(described[2].toLowerCase().replace(/\s+/g, ' '))!;
  const holders = described[1].split(/,\s+(?:and\s+)?|\s+and\s+/).map((nationality) => {
    const country = [...entities.values()].find((e) => e.documentId === sentence.documentId && e.kind === 'country' && e.forms.includes(nationality))?.country;
    return country ? solePerson(entities, sentence, (e) => e.country === country && e.roles.some((r) => covers.test(r.role) && r.evidence.start < sentence.start), trigger.end) : [];
  });
  return holders.every((holder) => holder.length === 1) ? holders.flat() : [];
}

/** "the Turkish and Uzbek foreign ministers" (group 1 the nationalities, group 2 the noun), then no name, compiled once. */
const describedGroupObject = once(() => new RegExp(String.raw`^\s+the\s+(\p{Lu}\p{Ll}+(?:(?:,\s+(?:and\s+)?|\s+and\s+)\p{Lu}\p{Ll}+)+)\s+(${phrasePattern(Object.keys(lexicon().triggers.describedGroupObject))})\b(?!,?\s+\p{Lu})`, 'u'));

/** Each describedGroupObject noun's roles as one pattern (as `describedRoles`), compiled once. */
const describedGroupRoles = once(() => rolesCoveredByNoun(lexicon().triggers.describedGroupObject));

/**
 * "the IMF staff mission led by Senior Mission Chief X concluded its visit after meeting Y": a body (or country) as the one subject,
 * its mission (triggers.json missionLedBy) right after it, is the person named after "led by" and his title; the subjects as
 * they are otherwise.
 */
function missionHeads(text: string, actors: Mention[], entities: Map<string, DocEntity>, subjects: Mention[]): Mention[] {
  const kind = subjects.length === 1 ? entities.get(subjects[0].entity)?.kind : undefined;
  if (kind !== 'organization' && kind !== 'country') return subjects;
  const led = missionLedBy().exec(text.slice(subjects[0].end));
  if (!led) return subjects;
  const from = subjects[0].end + led[0].length;
  const head = actors.find((m) => m.start >= from);
  return head && entities.get(head.entity)?.kind === 'person' && TITLE_BEFORE_NAME.test(text.slice(from, head.start)) ? [head] : subjects;
}

/** " staff mission led by " after the body, compiled once. */
const missionLedBy = once(() => {
  const { nouns, led } = lexicon().triggers.missionLedBy;
  return new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${phrasePattern(nouns)})\s+(?:${phrasePattern(led)})\s+`, 'u');
});

/** The list, or when it is empty what `otherwise` gives. */
function orElse(list: Mention[], otherwise: () => Mention[]): Mention[] {
  return list.length > 0 ? list : otherwise();
}

/**
 * "held a phone conversation with his Ghanaian counterpart on Sunday": where that side is named by no one, the country
 * its nationality names stands for it. That is so only when the one person named before ("his") holds an office of a
 * counterpart family and no person of that country in the document holds one of it (who might be the counterpart).
 * None when a name follows the role (one unread is no licence for the country) or no nationality is given.
 */
function unnamedCounterpartSide(text: string, mentions: Mention[], trigger: Trigger, entities: Map<string, DocEntity>, next: NextSentence): Mention[] {
  const unnamed = unnamedCounterpart().exec(text.slice(trigger.end, trigger.end + 80));
  if (!unnamed) return [];
  const at = trigger.end + unnamed[0].indexOf(unnamed[1]);
  const nationality = mentions.find((m) => m.start === at && m.modifier && entities.get(m.entity)?.kind === 'country');
  const country = nationality ? entities.get(nationality.entity)?.knownId : null;
  const possessors = new Set(mentions.filter((m) => m.end <= trigger.start && !m.modifier && !m.inQuote && entities.get(m.entity)?.kind === 'person').map((m) => m.entity));
  const possessor = possessors.size === 1 ? entities.get([...possessors][0]) : undefined;
  const persons = [...entities.values()].filter((e) => e.kind === 'person' && e.documentId === possessor?.documentId);
  if (!nationality || !country || !possessor || !counterpartUnnamed(possessor, country, persons)) return [];
  // "held talks with his Tajik counterpart. Sirojiddin Muhriddin, who arrived …": a person of that country named with no
  // office of their own may be the counterpart, and so may one with the bare head of the possessor's office ("Cameroon's
  // Minister of External Relations, X": a "minister" for a foreign minister); the one such, named in this sentence or the
  // next two, is. Otherwise (several, or one named farther off) the side is no one rather than the country.
  const heads = new Set(possessor.roles.map((r) => r.role.split(' ').at(-1)));
  const unsure = persons.filter((person) => person !== possessor && countryOf(person) === country && (person.roles.length === 0 || person.roles.some((r) => heads.has(r.role))));
  if (unsure.length === 0) return [nationality];
  const near = [mentions, next(1)?.mentions ?? [], next(2)?.mentions ?? []].flat();
  return unsure.length === 1 && near.some((m) => m.entity === unsure[0].key) ? [{ ...nationality, entity: unsure[0].key, modifier: false }] : [];
}

/**
 * "met the German ambassador on Wednesday", "received Germany's ambassador to Poland": an envoy named by no one is his
 * country's side (triggers.json unnamedEnvoy); none when a name follows the role or a person of that country in the
 * article holds one of the envoy roles (who may be the one met).
 */
function unnamedEnvoyCountry(text: string, mentions: Mention[], trigger: Trigger, entities: Map<string, DocEntity>): Mention[] {
  if (trigger.isNoun || !lexicon().triggers.unnamedEnvoy.verbs.includes(trigger.phrase.toLowerCase())) return [];
  const unnamed = unnamedEnvoy().exec(text.slice(trigger.end, trigger.end + 120));
  if (!unnamed) return [];
  // Group 2, the country after "of", ends the match.
  const at = trigger.end + (unnamed[1] ? unnamed[0].indexOf(unnamed[1]) : unnamed[0].length - unnamed[2].length);
  const sender = mentions.find((m) => m.start === at && entities.get(m.entity)?.kind === 'country');
  const country = sender ? entities.get(sender.entity) : undefined;
  if (!sender || !country?.knownId) return [];
  const roles = lexicon().triggers.unnamedEnvoy.roles;
  const envoyNamed = [...entities.values()].some((e) => e.kind === 'person' && e.documentId === country.documentId && e.roles.some((r) => r.country === country.knownId && roles.includes(r.role.toLowerCase())));
  return envoyNamed ? [] : [sender];
}

/**
 * "the German ambassador", "Germany's ambassador to Poland" (group 1 the country), or "the Ambassador of Afghanistan", its role
 * capitalised or not (group 2 the country), then a lower-case word or a stop: no name; compiled once.
 */
const unnamedEnvoy = once(() => {
  const { roles, titledRoles } = lexicon().triggers.unnamedEnvoy;
  return new RegExp(
    String.raw`^\s+(?:(?:the\s+)?(\p{Lu}[\p{L}-]+)(?:['’]s)?\s+(?:${phrasePattern(roles)})(?:\s+(?:to|in)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)?|the\s+(?:${phrasePattern([...roles, ...titledRoles])})\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}-]+))(?=\s*(?:[.;]|,?\s+(?:\p{Ll}|$)))`,
    'u',
  );
});

/** "with his Ghanaian counterpart" (group 1 the nationality), then no name, compiled once. */
const unnamedCounterpart = once(() => new RegExp(String.raw`^\s+(?:with\s+)?(?:his|her)\s+(\p{Lu}[\p{L}-]+)\s+(?:${phrasePattern([...lexicon().counterpartRoles])})\b(?!,?\s+(?:\p{Lu}|H\.E\.))`, 'u'));

/** "the two ministers" (group 1: the number) or "the visiting ministers" / "the visiting minister" (group 3: one), right after the trigger. */
const GROUP_OBJECT = new RegExp(String.raw`^\s+(?:${GROUP_NOUN_PHRASE}|the\s+visiting\s+(?:(?:foreign\s+)?ministers|leaders|delegations|guests|(?:foreign\s+)?(minister|guest)))\b`, 'iu');

/**
 * "received X and Y, accompanied by Z, at…", "met X in Pretoria, together with Z", "received X on Tuesday, in
 * the presence of Crown Prince Z": whoever came
 * with one side was at the meeting too. The companions are the list right after the phrase, which
 * follows the last object after at most a place and a day.
 */
function companionsAfter(text: string, sentence: Sentence, actors: Mention[], lastObject: Mention, skippable: Mention[], roleWords: Set<string>, mentions: Mention[]): Mention[] {
  const rest = text.slice(lastObject.end, sentence.end);
  const phrase = companionPhrase().exec(rest);
  if (phrase) return listFrom(text, beforeAttribution(text, sentence, lastObject.end, actors), lastObject.end + phrase[0].length, skippable, roleWords);
  const sent = sentByCountry().exec(rest);
  if (sent) return envoySent(text, actors, mentions, lastObject.end, sent);
  // "received X and Y at the Presidential Office, with Z also present": the list is present only when the words saying so follow it.
  const withPresent = WITH_BEFORE_PRESENT.exec(rest);
  if (!withPresent) return [];
  const present = listFrom(text, beforeAttribution(text, sentence, lastObject.end, actors), lastObject.end + withPresent[0].length, skippable, roleWords);
  return present.length > 0 && presentAfterList().test(text.slice(present[present.length - 1].end, sentence.end)) ? present : [];
}

/**
 * "welcomed A and B, and Côte d'Ivoire sent Vice-President C": the person a country (the clause's subject, named by a country
 * mention) sent, a title before him, was at the meeting too; no one when something else was sent ("sent a message").
 */
function envoySent(text: string, actors: Mention[], mentions: Mention[], from: number, sent: RegExpExecArray): Mention[] {
  const end = from + sent[0].length;
  // Any mention: "Rwanda" in "Rwanda sent Prime Minister X" is read as the country of X's title too.
  const sender = mentions.find((m) => m.start >= from + sent[0].indexOf(sent[1]) && m.end <= end);
  const envoy = actors.find((m) => m.start >= end);
  return sender?.kind === 'country' && envoy?.kind === 'person' && TITLE_BEFORE_NAME.test(text.slice(end, envoy.start)) ? [envoy] : [];
}

/** ", and <country> sent " (triggers.json sentToMeeting) after the last object, past at most a place or a day (group 1: the country), compiled once. */
const sentByCountry = once(() => new RegExp(String.raw`^(?:\s+(?:on|in|at)\s+[^,;]{1,40}?)?,\s+and\s+((?:the\s+)?\p{Lu}[^,;]{0,40}?)\s+(?:${phrasePattern(lexicon().triggers.sentToMeeting)})\s+(?:its\s+|their\s+)?`, 'u'));

/** ", with" after the last object, past at most a place or a day: an absolute clause whose list may be said present. */
const WITH_BEFORE_PRESENT = /^(?:\s+(?:on|in|at)\s+[^,;]{1,40}?)?,\s*with\s+/;

/** triggers.json presentAfterList right after the list of ", with X and Y also present", then the sentence's end or a comma, compiled once. */
const presentAfterList = once(() => new RegExp(String.raw`^\s+(?:${phrasePattern(lexicon().triggers.presentAfterList)})\s*(?:[.,;]|$)`, 'u'));

/** The actors before a closing attribution ("…, in the presence of Z, presidential spokesman W said in a statement"): who reports the meeting was not at it. */
function beforeAttribution(text: string, sentence: Sentence, from: number, actors: Mention[]): Mention[] {
  const attribution = text.slice(from, sentence.end).search(trailingAttribution());
  return attribution < 0 ? actors : actors.filter((m) => m.start < from + attribution);
}

/**
 * "X and Y met on Monday at the residence … in Nicosia, in the presence of Z", "X and Y held a one-on-one meeting,
 * followed by delegation talks attended by Z", "X and Y met on Friday at the residence of envoy Z": with no object,
 * whoever the meeting of the subjects was held in the presence of (or hosted at the residence of), in the trigger's
 * clause or the talks that followed it, was at it too.
 */
function presentAtMeetingOf(text: string, sentence: Sentence, actors: Mention[], trigger: Trigger, skippable: Mention[], roleWords: Set<string>): Mention[] {
  const rest = text.slice(trigger.end, sentence.end);
  const boundary = clauseBoundary(rest);
  // "at the residence of the ambassador in Abu Dhabi, in the presence of Z": a phrase that names no one gives way to the next.
  for (const presence of rest.matchAll(presenceAfterMeeting())) {
    if (boundary >= 0 && presence.index > boundary) break;
    const present = listFrom(text, beforeAttribution(text, sentence, trigger.end, actors), trigger.end + presence.index + presence[0].length, skippable, roleWords);
    if (present.length > 0) return present;
  }
  return [];
}

/** triggers.json presenceAfterMeeting, compiled once: "in the presence of", or "followed by … talks attended by". */
const presenceAfterMeeting = once(() => {
  const { phrases, followedBy, nouns } = lexicon().triggers.presenceAfterMeeting;
  return new RegExp(String.raw`,?\s+(?:(?:${phrasePattern(followedBy)})\s+(?:[\p{L}-]+\s+){0,3}?(?:${phrasePattern(nouns)})\s+)?(?:${phrasePattern(phrases)})\s+`, 'gu');
});

/**
 * The list of actors that opens at `from`, past a title: "Foreign Minister X, Y and Ethiopia's State Minister Z", "the UN secretary-general's
 * personal envoy Z", "their foreign ministers, X and Y" (a role in lower case, plural too, is a title word).
 */
function listFrom(text: string, actors: Mention[], from: number, skippable: Mention[], roleWords: Set<string>): Mention[] {
  const titled = (title: string) => TITLE_BEFORE_NAME.test(title) || TITLE_BEFORE_NAME.test(withoutTitleOwners(title, roleWords).replace(/\p{Ll}[\p{Ll}-]*/gu, (word) => (roleWords.has(word) || lexicon().roleQualifiers.has(word) || PLURAL_ROLES.has(word) ? 'X' : word)));
  const at = actors.findIndex((m) => m.start >= from && titled(text.slice(from, m.start)));
  if (at < 0) return [];
  const list = [actors[at]];
  for (let k = at + 1; k < actors.length; k++) {
    const last = list[list.length - 1];
    if (titleOfNext(last, actors[k]) || coordinated(text, last, actors[k], skippable, roleWords) || titledNextInList(text.slice(last.end, titledName(actors, k).start))) {
      list.push(actors[k]);
      continue;
    }
    // "A, Vice-President of the National Assembly, and the ambassador of X, B": the bodies inside a title apposed to the last
    // name (read from the name, not from the role kept as a mention of it) are no one on the list; the titled name after ", and" goes on it.
    const name = list.find((m) => m.entity === last.entity)!;
    const apposed = APPOSED_TITLE_BEFORE_NEXT.exec(text.slice(name.end));
    const nextFrom = apposed ? name.end + apposed[0].length : -1;
    const next = apposed ? actors.findIndex((m, j) => j >= k && m.start >= nextFrom && titled(text.slice(nextFrom, m.start))) : -1;
    if (next < 0) break;
    list.push(actors[next]);
    k = next;
  }
  return list;
}

/** ", Vice-President of the National Assembly of People's Power, and ": a title of capitalised words apposed to a name of a list, before the next. */
const APPOSED_TITLE_BEFORE_NEXT = /^,\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|to|at|in|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,10},\s+and\s+/u;

/** Whether the text between two names of a list goes on to the next one's title (", and the", "; the Minister of", ", Undersecretary of X, and "). */
function titledNextInList(between: string): boolean {
  return TITLED_NEXT_IN_LIST.test(between) || APPOSED_TITLE_THEN_NEXT.test(between) || TITLED_NEXT_AFTER_SEMICOLON.test(between) || TITLES_BEFORE_NEXT.test(between);
}

/**
 * ", the Minister of State, Minister of Foreign Affairs, the National Community Abroad and African Affairs, Mr ": after a comma, only
 * the capitalised words of the next name's titles, their links and commas, and its honorific.
 */
const TITLES_BEFORE_NEXT = /^,\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*,?\s+(?:(?:of|for|and|to|at|in|on)\s+)?(?:the\s+)?){1,16}$/u;

/**
 * ", and Namibia's Minister of International Relations and Cooperation X", ", and the Director General of Borders, Colonel X": the next
 * name of a list after a title of capitalised words, whatever they are; "witnessed by A, and by the Minister B" repeats the "by";
 * "Chief of Staff at the Presidency", "Minister of State in the Office of the President": a title's own place.
 */
const TITLED_NEXT_IN_LIST = /^,?\s+and\s+(?:by\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:['’]s)?,?\s+(?:(?:of|for|and|to|at|in)\s+(?:the\s+)?)?){1,10}$/u;

/** "; the Minister of Foreign Affairs of the ", "; and the Secretary-General of the ": a list of titled names kept apart by semicolons. */
const TITLED_NEXT_AFTER_SEMICOLON = /^;\s+(?:and\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:['’]s)?,?\s+(?:(?:of|for|and|to|at)\s+(?:the\s+)?)?){0,10}$/u;

/**
 * ", Undersecretary of the Foreign Ministry for Political Affairs, and ": a title of capitalised words apposed after one name of a
 * list, then the next name.
 */
const APPOSED_TITLE_THEN_NEXT = /^,\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|to|at|in|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}.'’-]*){0,10},\s+and\s+$/u;

/**
 * ", and by the Minister of State and Chief of the Civil House, X": a role read for a name after it (through the roles of its
 * chain) stands for that name, so the list goes on to it when the text up to the name is a title; else the mention itself.
 */
function titledName(actors: Mention[], k: number): Mention {
  let j = k;
  while (j + 1 < actors.length && titleOfNext(actors[j], actors[j + 1])) j++;
  return actors[j];
}

/** "the Director of Cabinet at the Presidency, Mr. X": a role read for the name after it is that person's title, however long. */
function titleOfNext(title: Mention, name: Mention): boolean {
  return title.via === 'role' && name.entity === title.entity;
}

/**
 * ", where he was accompanied by": the visitor's companions; "at the Palace along with Z" needs no comma, nor "at the Palace in the presence of Z", nor "- together with Z" after a list apposed between dashes; ", in Baghdad, in the presence of": the place set off by commas;
 * ", in a meeting that also included Z": the meeting told by its noun after the object (triggers.json companionsAfterObject); ", Chairman
 * of the Council of X, at the Palace, in the presence of": the object's title apposed first (or its rest, past the role read as the object).
 * Compiled once.
 */
const companionPhrase = once(() => {
  const { phrases, afterComma } = lexicon().triggers.companionsAfterObject;
  return new RegExp(String.raw`^(?:(?:,\s+(?:the\s+)?|\s+of\s+(?:the\s+)?)\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|to|the)\s+)*\p{Lu}[\p{L}.'’-]*){0,12}(?=,))?(?:,?\s+(?:on|in|at)\s+[^,;]{1,40}?)?(?:,\s*(?:where\s+(?:he|she)\s+was\s+)?(?:${phrasePattern([...phrases, ...afterComma])})|\s+(?:[-–—]\s+)?(?:${phrasePattern(phrases)}))\s+`, 'u');
});

/**
 * Up to sixteen capitalised words of a title (with "of"/"for"/"at"/"to", and "the" after them, and commas between titles inside it) before
 * a name, after an optional determiner: "Minister of State at the Ministry of Foreign Affairs Dr. X", "the Minister of State, Minister of …",
 * "the Advisor to the King, Mr. X"; a body's acronym in brackets among them ("National Intelligence Agency (NIA) chief X"); two titles
 * joined ("the Prime Cabinet Secretary (PCS) and Cabinet Secretary for Foreign and Diaspora Affairs Hon. X") once role words are read.
 */
const TITLE_BEFORE_NAME = /^\s*(?:(?:the|his|her|its|their)\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|\(\p{Lu}{2,8}\))(?:['’]s)?,?\s+(?:(?:of|for|at|to)\s+(?:the\s+)?)?){0,16}$/u;

/** ", and with" after a meeting's object, before any other verb: the subject met someone else too. */
const FURTHER_MEETING = /^(?:\s+(?:on|in|at|by)\s+[^,;]{1,40})?,?\s+and\s+(?:later\s+|then\s+|also\s+)?with\b/;

/** The trigger of the subject's next meeting in the same sentence: "with" stands for the verb. */
function furtherMeeting(text: string, sentence: Sentence, trigger: Trigger, lastObject: Mention): Trigger | null {
  const match = FURTHER_MEETING.exec(text.slice(lastObject.end, sentence.end));
  if (!match) return null;
  const end = lastObject.end + match[0].length;
  return { ...trigger, start: end - 'with'.length, end, needsPersonObject: false };
}

/**
 * A meeting's sides settled, each rule a step: a country is no party of its own beside the people who stand for it. From the
 * participants alone wherever people are added (`own` null): its own named official, or the one person of no known country when
 * each other side's person is named. Where the participants are read from the meeting's sentence (`own`, its mentions), also
 * the countries that sentence names only for its people: listed after a plural role's "of" (their people in the meeting told
 * before, `sidesRetold`, or else the listed officials named), or "represented … by" one of them.
 */
function settledSides(participants: string[], entities: Map<string, DocEntity>, own: { text: string; sentence: Sentence; mentions: Mention[]; earlier: DraftEvent[] } | null = null): string[] {
  let sides = withoutOwnCountries(participants, entities);
  if (own) {
    const { text, sentence, mentions, earlier } = own;
    sides = sidesRetold(sides, text, sentence, mentions, entities, earlier);
    sides = withoutRepresentedSides(withoutSidesOfListedOfficials(peopleOfListedSides(sides, text, sentence, mentions, entities), text, sentence, mentions, entities), text, sentence, mentions, entities);
  }
  return withoutSideOfCountrylessPerson(sides, entities);
}

/** A country stands for its side only where no person of it is named: "Kazakhstan" beside its own foreign minister is no second party. */
function withoutOwnCountries(participants: string[], entities: Map<string, DocEntity>): string[] {
  const personCountries = new Set(participants.map((key) => entities.get(key)).filter((e) => e?.kind === 'person' && e.country).map((e) => e!.country));
  return participants.filter((key) => {
    const entity = entities.get(key);
    return !(entity?.kind === 'country' && entity.knownId && personCountries.has(entity.knownId));
  });
}

/** The whole sentence as a meeting's evidence. */
function sentenceEvidence(text: string, sentence: Sentence): Evidence {
  return { documentId: sentence.documentId, start: sentence.start, end: sentence.end, quote: text.slice(sentence.start, sentence.end), fromCaption: sentence.blockKind === 'caption' };
}

function meetingEvent(text: string, sentence: Sentence, trigger: Trigger, participants: string[], place: string | null, status: EventStatus): DraftEvent {
  return {
    type: 'meeting',
    documentId: sentence.documentId,
    status,
    trigger: text.slice(trigger.start, trigger.end),
    evidence: [sentenceEvidence(text, sentence)],
    anchor: trigger.start,
    participants,
    speaker: null,
    targets: [],
    place,
    mode: trigger.mode,
    kind: 'COMMENT',
    date: null,
    datePrecision: null,
    dateDerivation: { method: 'none', text: null, reason: 'not dated yet' },
    quoteKey: null,
  };
}

/** Where the meeting was: a place named after the trigger ("... in La Paz"), else one named before it. */
function placeOf(text: string, sentence: Sentence, mentions: Mention[], trigger: Trigger): string | null {
  // "a delegation from Ghana": where someone came from is not where they met.
  // "met Y, who handed over an invitation to the retreat in Goa": a relative clause the trigger is not in tells of another place,
  // unless it says where its person is ("met Y, who is on a working visit to Baku").
  const otherRelatives = relativeClauses(text.slice(sentence.start, sentence.end))
    .map((c) => ({ start: sentence.start + c.start, end: sentence.start + c.end }))
    .filter((c) => !(c.start <= trigger.start && trigger.start < c.end) && !presenceClause().test(text.slice(c.start, c.end)));
  const places = mentions.filter((m) => m.locative && m.kind === 'country' && !m.inQuote && !/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(sentence.start, m.start - 10), m.start)) && !otherRelatives.some((c) => c.start <= m.start && m.start < c.end));
  // "at the Elysee on Wednesday, as Paris seeks influence in Africa", "…, where they discussed Myanmar": another clause's places are not the meeting's.
  const rest = text.slice(trigger.end, sentence.end);
  const boundary = rest.search(OTHER_CLAUSE);
  // "X, who … met Y in New York, will travel to Tokyo": a relative clause ends at its comma.
  const relative = relativeClauseAround(text.slice(sentence.start, sentence.end), trigger.start - sentence.start);
  const nextRelative = otherRelatives.find((c) => c.start >= trigger.end)?.start ?? sentence.end;
  const clauseEnd = Math.min(trigger.end + (boundary >= 0 ? boundary : rest.length), relative ? sentence.start + relative.end : sentence.end, nextRelative);
  const after = places.find((m) => m.start >= trigger.end && m.start < clauseEnd);
  if (after) return after.form;
  // A place named by its kind first counts: "in the capital Ankara", "in the coastal city of Mombasa".
  const named = text.slice(trigger.end, clauseEnd).match(placeAfterPreposition());
  if (named && !lexicon().notNameWords.has(named[1].split(' ')[0])) return named[1];
  return places.filter((m) => m.end <= trigger.start).pop()?.form ?? null;
}

/**
 * "in La Paz", "in the coastal city of Mombasa", "in Foz do Iguaçu", "in Sharm el-Sheikh": up to three capitalised
 * words after "in" or "at" (group 1), a lower-case connector of place names (words.json placeNameConnectors) between them; a place's
 * kind before them (words.json placeKindNouns).
 */
const placeAfterPreposition = once(() => {
  const word = String.raw`\p{Lu}[\p{L}'’-]+`;
  const connector = String.raw`(?:(?:${phrasePattern(wordLists.placeNameConnectors)})[\s-]+)?`;
  return new RegExp(String.raw`^[^;]*?\b(?:in|at)\s+(?:the\s+(?:\p{Ll}+\s+)?(?:${phrasePattern(wordLists.placeKindNouns)})(?:\s+(?:${phrasePattern(wordLists.placeKindHeads)}))?(?:\s+of)?\s+)?((?:St\.\s+)?${word}(?:\s+${connector}${word}){0,2})`, 'u');
});

/** ", who is on a working visit to Baku": a relative clause that says where its person is, compiled once. */
const presenceClause = once(() => new RegExp(`^,\\s+who\\s+(?:${phrasePattern(lexicon().triggers.presenceInRelativeClause)})\\b`, 'i'));

/** Where a clause about something else begins: its places are not the meeting's ("met to discuss the dispute in Ankara" keeps Ankara). */
const OTHER_CLAUSE = new RegExp(String.raw`[;]|,\s*(?:(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|hours?|months?)\s+(?=after|before))?(?:${CLAUSE_OPENERS_AFTER_COMMA}|after|before|following)\b|\samid\b`, 'i');

/** The earlier of two `search` results (-1: not found). */
function firstOf(a: number, b: number): number {
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

/**
 * ", and the Secretary of Foreign Affairs of the Philippines, H.E. X, in Jakarta", ", and the Kenyan Minister of Defence, Y,
 * to prepare …": one more participant, by a capitalised role (a nationality may come first) and an apposed name that closes
 * the sentence, a place, a time or a purpose ("…, Y, welcomed it" is a clause).
 */
const CONTINUED_TITLED_OBJECT = /^,\s*and the\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)[^;,]{0,80},\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}?\p{Lu}[\p{L}.'’-]*(?:,\s*(?:in|on|at|during|to)\b|\s*\.?$)/u;

/**
 * Where the object's clause ends (BOUNDARY), or -1. ", and the Secretary of Foreign Affairs of X, Y" goes on
 * with one more titled participant: ", and the" before a capitalised role and its apposed name is no boundary.
 */
function clauseBoundary(rest: string): number {
  let from = 0;
  for (;;) {
    const at = rest.slice(from).search(BOUNDARY);
    if (at < 0) return -1;
    const found = from + at;
    const titled = CONTINUED_TITLED_OBJECT.exec(rest.slice(found));
    if (!titled || !capitalisedRoles().has(titled[1])) return found;
    from = found + titled[1].length;
  }
}

/** The first word of each role, capitalised as a title writes it ("Secretary", "Minister"). */
const capitalisedRoles = once(() => new Set(lexicon().roles.map((role) => role.split(' ')[0]).filter((word) => word.length > 2).map((word) => word[0].toUpperCase() + word.slice(1))));

/** "at the Ministry's General ", "in the Presidency's ": a name next is a hall of the owner (triggers.json venueOwners), not a party. */
const venueAfterOwner = once(() => new RegExp(`\\b(?:in|at)\\s+(?:the\\s+)?(?:${phrasePattern(lexicon().triggers.venueOwners)})['’]s\\s+(?:\\p{Lu}\\p{Ll}+\\s+){0,2}$`, 'iu'));

/** "in the ", "at the ", "at the General ", "in the city of ": before a name, the start of a place or hall, no party ("at the General Diwan"). */
const PLACE_OR_HALL_BEFORE = /\b(?:[Ii]n\s+the(?:\s+(?:city|town|capital)\s+of)?|[Aa]t\s+the(?:\s+\p{Lu}\p{Ll}+)?)\s+$/u;

/** The first actor after the trigger and those coordinated with it, up to a clause boundary. */
function objectSide(text: string, sentence: Sentence, actors: Mention[], trigger: Trigger, objectFrom: number, skippable: Mention[], roleWords: Set<string>): Mention[] {
  // From where the objects open: "a trilateral meeting on Monday in which X, Y and Z discussed" opens its list past "which".
  const rest = text.slice(objectFrom, sentence.end);
  const boundary = firstOf(firstOf(clauseBoundary(rest), rest.search(trailingAttribution())), rest.search(withSpeakerClause()));
  const limit = boundary >= 0 ? objectFrom + boundary : sentence.end;
  // "hold talks in the Saudi city", "met in the Iranian capital with X": a word after "in the" names the place, not a party;
  // so does a name after "at the" and one capitalised word ("during the meeting at the General Diwan": a hall, not General Diwan).
  const found = actors.filter((m) => m.start >= objectFrom && m.start < limit && !PLACE_OR_HALL_BEFORE.test(text.slice(Math.max(trigger.end, m.start - 24), m.start)) && !venueAfterOwner().test(text.slice(Math.max(trigger.end, m.start - 80), m.start)));
  const after = found.length > 0 && ownsRoleAfter(text, found[0]) ? roleHolderOnward(text, found) : (titledPersonAfterSide(text, found, roleWords) ?? postedEnvoyAfter(text, found) ?? holderApposedToBody(text, found) ?? found);
  if (after.length === 0) return [];
  const gap = text.slice(objectFrom, after[0].start);
  // "a ministerial meeting on Sudan", "talks about Ukraine": what a meeting is about is not who is at it.
  if (/^\s*(?:on|about|over|regarding|concerning)\s+(?:the\s+)?$/i.test(gap)) return [];
  // "a meeting facilitated by the United States": who made it possible is no party to it.
  if (outsideAgent().test(gap)) return [];
  // "co-chaired the 21st meeting of the Joint Commission": a body after "meeting of" is the meeting itself, not a party to it.
  if (after[0].kind === 'organization' && /^\s*of\s+(?:the\s+)?$/i.test(gap)) return [];
  // "met in Rome, at a NATO meeting hosted by Italy": a name between an article and an event noun names the gathering, no party.
  if (/\b(?:a|an|the)\s+$/i.test(gap) && gatheringNounAfter().test(text.slice(after[0].end, sentence.end))) return [];
  // The title the scan read for a titled person ("Egypt's Minister of Foreign Affairs, Emigration and Egyptian Expatriates X") is
  // part of the object, not a gap; nor does the body a title names ("General Secretary of the Communist Party of X Central
  // Committee") count towards the gap's length.
  const titleStart = after[0].via === 'title' ? after[0].start - (TITLE_RUN_BEFORE_NAME.exec(gap)?.[0].length ?? 0) : after[0].start;
  // Nor do the sides read aside for the person after them ("the Embassy of the People's Republic of China, Mr X").
  const readAside = [...skippable, ...found.filter((m) => m.end <= after[0].start)];
  const bodyLength = readAside.reduce((sum, m) => (m.start >= trigger.end && m.end <= titleStart ? sum + m.end - m.start : sum), 0);
  const objectGap = text.slice(objectFrom, titleStart);
  const titleGap = after[0].via === 'role' ? objectGap.replace(OWNER_AND_ROLE_MODIFIERS, '') : objectGap;
  // "received in audience on Monday 9 November 2026, at the Palace of the Presidency, X": a full date is one time word.
  const dayLength = (writtenDayInGap().exec(objectGap)?.[0].length ?? 0) + (weekdayInGap().exec(objectGap)?.[0].length ?? 0);
  if (titleStart - objectFrom - bodyLength - dayLength > MAX_OBJECT_GAP) return [];
  const gapWords = withoutTitleOwners(titleGap, roleWords).replace(mealAfterTo(), '').replace(callChannel(), '').split(GAP_WORD_BREAK);
  if (!gapWords.every((_, k) => objectGapWord(gapWords, k, roleWords))) return [];
  const chosen = [after[0]];
  const listed = text.slice(objectFrom, limit);
  // The list with "and, separately," blanked (read only when it has one), once for all its pairs.
  const blanked = listed.search(SEPARATELY_IN_LIST) >= 0 ? listed.replace(SEPARATELY_IN_LIST, (match) => ' '.repeat(match.length)) : null;
  for (const next of after.slice(1)) {
    const previous = chosen[chosen.length - 1];
    // "X, Chair of the Delegation for relations with the Pan-African Parliament": a body named in the tail of a role apposed to the
    // last name is of the title ("with" there coordinates no one).
    if (previous.via === 'role' && ROLE_TAIL_WITHOUT_LIST.test(text.slice(previous.end, next.start))) break;
    // "the British High Commissioner to Kenya, X, and Y": the name the role was read for goes on the list, whatever the role's owner.
    if (!titleOfNext(previous, next) && !coordinated(text, previous, next, skippable, roleWords) && !(blanked !== null && coordinatedPastSeparately(blanked, objectFrom, previous, next, skippable, roleWords))) break;
    chosen.push(next);
  }
  // The role apposed to the first name ("A, former President of X;") is a mention of A too.
  const onlyFirst = chosen.every((m) => m.entity === chosen[0].entity);
  return onlyFirst && boundary >= 0 && rest[boundary] === ';' ? [...chosen, ...semicolonListed(text, sentence, actors, chosen[0], objectFrom + boundary)] : chosen;
}

/** " of the Delegation for relations with the ": a role's tail from its "of", "for" or "to", with no comma nor "and" listing anyone after it. */
const ROLE_TAIL_WITHOUT_LIST = /^\s+(?:of|for|to)\s(?![^,;]*\band\b)[^,;]*$/;

/** An event noun (words.json venueEventNouns) right after a name: "a NATO meeting", "the Normandy format". */
const gatheringNounAfter = once(() => new RegExp(`^\\s+(?:${phrasePattern(wordLists.venueEventNouns)})\\b`, 'i'));

/**
 * "A, former President of X; B, former Foreign Minister of Y; and C, former Attorney General of Z": after the first name and its
 * apposed title, up to the semicolon at `semicolon`, the persons that open each part after it, the last opened by "and"; none
 * unless every part is a name (its honorific before it) with at most its own title apposed.
 */
function semicolonListed(text: string, sentence: Sentence, actors: Mention[], first: Mention, semicolon: number): Mention[] {
  if (first.kind !== 'person' || !titledAtMost(text, actors, first, semicolon) || /^[.\s]*$/.test(text.slice(first.end, semicolon))) return [];
  const parts = text.slice(semicolon + 1, sentence.end).split(';');
  if (parts.length > MAX_SEMICOLON_PARTS || !/^\s+and\s/.test(parts[parts.length - 1])) return [];
  const listed: Mention[] = [];
  let from = semicolon + 1;
  for (const part of parts) {
    const to = from + part.length;
    const name = actors.find((m) => m.start >= from && m.start < to && m.kind === 'person' && m.via !== 'role');
    if (!name || !NAME_OPENING_PART.test(text.slice(from, name.start)) || !titledAtMost(text, actors, name, to)) return [];
    listed.push(name);
    from = to + 1;
  }
  return listed;
}

/** Whether the words after `name`, up to `to`, are at most its own role apposed and the body or country the role is of. */
function titledAtMost(text: string, actors: Mention[], name: Mention, to: number): boolean {
  if (/^[.\s]*$/.test(text.slice(name.end, to))) return true;
  const role = actors.find((m) => m.via === 'role' && m.entity === name.entity && m.start > name.end && m.end <= to);
  return !!role && /^,\s+(?:the\s+)?$/.test(text.slice(name.end, role.start)) && ROLE_BODY_TAIL.test(text.slice(role.end, to));
}

const MAX_SEMICOLON_PARTS = 8;
/** " and Dame ": before a name of the list, "and" and up to three capitalised words (an honorific, a rank). */
const NAME_OPENING_PART = /^\s+(?:and\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** " of Trinidad and Tobago", " of the Bahamas.": the capitalised body or country a role is of, to the part's end. */
const ROLE_BODY_TAIL = /^(?:\s+(?:of|for|to|in|at)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|for|and|the)\s+)*\p{Lu}[\p{L}.'’-]*)*)?[.\s]*$/u;

/** ", with spokesperson X saying": who speaks in a "with" clause (triggers.json participleStatementVerbs) is no party to the meeting before it. */
const withSpeakerClause = once(() => new RegExp(String.raw`,\s*with\s+(?:[\p{L}.'’-]+\s+){1,6}?(?:${phrasePattern(Object.keys(lexicon().triggers.participleStatementVerbs))})\b`, 'iu'));

/** "and, separately," between two objects: the adverb between commas, after the conjunction. */
const SEPARATELY_IN_LIST = /(?<=\band),\s*separately\s*,/gi;

/** "meeting X and, separately, Y": the list goes on past the adverb (each object met the subject alone); read in the list's own text from `offset`, the adverb blanked. */
function coordinatedPastSeparately(blanked: string, offset: number, first: Mention, second: Mention, skippable: Mention[], roleWords: Set<string>): boolean {
  const shift = (m: Mention): Mention => ({ ...m, start: m.start - offset, end: m.end - offset });
  return coordinated(blanked, shift(first), shift(second), skippable.filter((m) => m.start >= offset).map(shift), roleWords);
}

/** "9 November 2026", "November 9, 2026" between a trigger and its object. */
const writtenDayInGap = once(() => new RegExp(WRITTEN_DAY, 'u'));
/** "today, Friday", "Monday" between a trigger and its object. */
const weekdayInGap = once(() => new RegExp(`\\b(?:(?:today|yesterday),\\s+)?${WEEKDAY_NAME}\\b`, 'u'));

/** Characters of gap words (names a title reads aside) beyond which an actor is too far from the trigger to be its object. */
const MAX_OBJECT_GAP = 70;

/** A capitalised word or number ("Foreign", "21st") or an acronym in brackets ("(ASEAN)"): part of a name or title. */
const NAME_OR_ACRONYM = /^[\p{Lu}\d][\p{L}\d.’'-]*$|^\(\p{Lu}{2,8}\)$/u;

/**
 * Whether the k-th gap word may stand between a trigger and its object: a connective or setting word ("with", "the",
 * "phone", "lunch"), a role ("minister", "ministers"), a word of a name or title, or a word inside a title's portfolio.
 */
function objectGapWord(words: string[], k: number, roleWords: Set<string>): boolean {
  const word = words[k];
  const lower = word.toLowerCase();
  // "received the newly appointed US Consul General, X": the participle after "newly" describes the title.
  const afterNewly = words[k - 1]?.toLowerCase() === 'newly' && /^\p{Ll}+ed$/u.test(word);
  // "at the palace in the city of Nairobi, X": the city is the setting.
  const cityOf = CITY_WORD.test(word) && words[k - 1] === 'the' && words[k + 1] === 'of';
  return !word || afterNewly || cityOf || objectGapWords().has(lower) || objectGapWords().has(lower.replace(POSSESSIVE_END, '')) || roleWords.has(lower) || PLURAL_ROLES.has(lower) || NAME_OR_ACRONYM.test(word) || portfolioAnd(words, k, roleWords) || insideTitle(words, k, roleWords) || insidePlaceName(words, k);
}

const CITY_WORD = /^(?:city|town|capital)$/;

/** Each word of the lower-case connectors of place names (words.json placeNameConnectors: "de", "las"), compiled once. */
const placeConnectorWords = once(() => new Set(wordLists.placeNameConnectors.flatMap((connector) => connector.split(' '))));

/** "received at the Palacio de las Garzas X": a connector between two capitalised words is inside a hall's or a place's name. */
function insidePlaceName(words: string[], k: number): boolean {
  const connectors = placeConnectorWords();
  if (!connectors.has(words[k])) return false;
  let before = k - 1;
  while (before >= 0 && connectors.has(words[before])) before--;
  let after = k + 1;
  while (after < words.length && connectors.has(words[after])) after++;
  return /^\p{Lu}/u.test(words[before] ?? '') && /^\p{Lu}/u.test(words[after] ?? '');
}

/**
 * "met with X's foreign policy adviser, Y": a person who owns the role is not whom the subject met. The
 * actors from the role's holder, named just after it, on; none when the holder is not read.
 */
function roleHolderOnward(text: string, actors: Mention[]): Mention[] {
  const holder = actors[1];
  return holder && POSSESSED_ROLE_BEFORE_NAME.test(text.slice(actors[0].end, holder.start)) ? actors.slice(1) : [];
}

/** "Smith's policy " before a role read as the title: its owner and the words that narrow it ("policy advisor, X") belong to the title. */
const OWNER_AND_ROLE_MODIFIERS = /\p{Lu}[\p{L}.-]*['’]s(?:\s+\p{Ll}[\p{L}-]*){1,2}\s+$/u;

/** "'s foreign policy adviser, " between an owner and a name: only the role (and a comma) stands between them. */
const POSSESSED_ROLE_BEFORE_NAME = /^['’]s\s+(?:[\p{L}-]+\s+){0,4}?[\p{L}-]+,?\s+$/u;

/** A person followed by "'s" and a role of the lexicon ("Macron's diplomatic adviser"): the owner of someone else's office. */
function ownsRoleAfter(text: string, mention: Mention): boolean {
  return mention.kind === 'person' && possessedRole().test(text.slice(mention.end, mention.end + 80));
}

/** "'s", up to four words, then a role ("'s chief foreign policy adviser"), compiled once. */
const possessedRole = once(() => new RegExp(`^['’]s\\s+(?:[\\p{L}-]+\\s+){0,4}?(?:${phrasePattern(lexicon().roles)})\\b`, 'iu'));

/**
 * "met with U.S. Under Secretary of Defense for Policy X": a country or body before a title and a name is
 * that person's side, not whom the subject met. The actors from the person on; none when the name is
 * unread (no pair rather than the side for the person); null when no title and name follow the first actor.
 */
function titledPersonAfterSide(text: string, actors: Mention[], roleWords: Set<string>): Mention[] | null {
  const side = actors[0];
  if (!side || side.kind === 'person') return null;
  const run = titledNameAfter().exec(text.slice(side.end, side.end + 160));
  if (!run || !run[1].split(/[\s,]+/).some((word) => roleHeads().has(word.toLowerCase())) || run[2].split(/\s+/).some((word) => roleWords.has(word.toLowerCase()))) return null;
  const nameStart = side.end + run[0].length - run[2].length;
  const person = actors.findIndex((m) => m.kind === 'person' && m.start >= nameStart && m.start < nameStart + run[2].length);
  return person < 0 ? [] : actors.slice(person);
}

/**
 * "received the Saudi envoy for Lebanon, Prince X,": the country after a role and "for" (or "to", "on") is where the role is
 * posted, and the titled name apposed after it is whom the subject met. The actors from that person on; null otherwise.
 */
function postedEnvoyAfter(text: string, actors: Mention[]): Mention[] | null {
  const [posting, holder] = actors;
  if (!posting || !holder || posting.kind === 'person' || holder.kind !== 'person' || holder.via !== 'title') return null;
  const role = ROLE_THEN_POSTING.exec(text.slice(Math.max(0, posting.start - 60), posting.start));
  const apposed = /^,\s+\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(posting.end, holder.start));
  return role && apposed && roleHeads().has(role[1].toLowerCase()) ? actors.slice(1) : null;
}

/**
 * "met the Chargé d'Affaires of the Embassy of China, Mr Z,", "the deputy commander of the Gang Suppression Force in Haiti,
 * Colonel Z,": the body or country after a role and "of" is the office of the person apposed after it under a rank or an
 * honorific, who is whom the subject met. The actors from that person on; null otherwise.
 */
function holderApposedToBody(text: string, actors: Mention[]): Mention[] | null {
  const at = actors.findIndex((m, k) => k > 0 && m.kind === 'person');
  const [body, holder] = [actors[at - 1], actors[at]];
  if (!body || !holder || (holder.via !== 'title' && holder.via !== 'honorific')) return null;
  const before = text.slice(Math.max(0, body.start - 80), body.start);
  const link = ROLE_LINK_BEFORE_BODY.exec(before);
  if (!link || !RANKED_APPOSITION.test(text.slice(body.end, holder.start)) || !roleEnding().test(before.slice(0, link.index))) return null;
  // Whatever was read inside the link ("the Embassy") is part of the body's name, not a party.
  const linkStart = body.start - before.length + link.index;
  return actors.slice(0, at - 1).every((m) => m.start >= linkStart) ? actors.slice(at) : null;
}

/** "of the Embassy of the ", "of the Gang ": the link from a role to the body it names (capitalised words of that name read aside). */
const ROLE_LINK_BEFORE_BODY = /\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:of\s+(?:the\s+)?)?$/u;

/** ", Mr ", " in Haiti, Colonel ": up to a place after "in", a comma and one or two capitalised title words before the name. */
const RANKED_APPOSITION = /^(?:\s+in\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})?,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,2}$/u;

/** A role of the lexicon closing the text, compiled once. */
const roleEnding = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().roles)})$`, 'iu'));

/** A role word (group 1) then "for", "to" or "on" right before the country it is posted to. */
const ROLE_THEN_POSTING = /\b([\p{L}-]+)\s+(?:for|to|on)\s+(?:the\s+)?$/u;

/**
 * Capitalised title words (with "of", "for", "and", "to", "on", "the" inside), then two to four capitalised words
 * (name particles between them: "Jan van der Berg") closing the run: a title and a name. Compiled once.
 */
const titledNameAfter = once(() => {
  const particle = `(?:${phrasePattern([...lexicon().nameParticles])})\\s+`;
  return new RegExp(`^\\s+((?:\\p{Lu}[\\p{L}.'’-]*,?\\s+(?:(?:of|for|and|to|on)\\s+(?:the\\s+)?)?){1,12})(\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:${particle}){0,2}\\p{Lu}[\\p{L}'’-]+){1,3})(?=\\s*(?:[,.;:()]|\\s\\p{Ll}|$))`, 'u');
});

/**
 * "the Minister of Foreign Affairs, Ambassador X, met Y": a name under its own title word (a rank, an honorific), apposed
 * to a role phrase, is that role's holder, though the role is not kept as a mention of him.
 */
function rankApposedToRole(text: string, sentence: Sentence, name: Mention): boolean {
  if (name.via !== 'title') return false;
  const role = ROLE_THEN_RANK.exec(text.slice(sentence.start, name.start));
  return role !== null && role[1].toLowerCase().split(/\s+/).some((word) => roleHeads().has(word));
}

/**
 * "X and his Jamaican counterpart, Y, held talks": the actor joined by "and" to the role a name is apposed to is a subject
 * beside it; none when the role opens the sentence ("Laos' special envoy on Myanmar, X, met Y").
 */
function coordinatedBeforeRole(text: string, before: Mention[], skippable: Mention[], roleWords: Set<string>): Mention[] {
  const apposed = before[before.length - 1];
  // The role is itself a mention of the apposed name.
  const earlier = before.findLast((m) => m.entity !== apposed.entity);
  if (!earlier || !ROLE_AFTER_AND.test(text.slice(earlier.end, apposed.start))) return [];
  return coordinated(text, earlier, apposed, skippable, roleWords) ? [earlier] : [];
}

/** " and his Jamaican counterpart, ", ", and the Mexican foreign minister, ": "and" (after a comma closing an apposition too), a determiner, a role, then the comma before the name. */
const ROLE_AFTER_AND = /^,?\s+and\s+(?:his|her|their|the)\s+[^,;:()]{1,60},\s+$/u;

/** A role phrase (group 1) after "the", a comma, then one capitalised title word right before the name. */
const ROLE_THEN_RANK = /\bthe\s+([\p{L}'’ -]+),\s+\p{Lu}[\p{L}.]*\s+$/u;

/** The one-word roles of the lexicon ("secretary", "commissioner", "envoy"): a title holds one. */
const roleHeads = once(() => new Set(lexicon().roles.filter((role) => !role.includes(' '))));

/** "briefed X on the talks he held in Rome on Monday with Y": the briefing tells of other talks, not of a meeting with X (triggers.json briefedOnHeldTalks). */
function briefedOnHeldTalks(text: string, sentence: Sentence, trigger: Trigger, lastObject: Mention): boolean {
  return lexicon().triggers.briefingVerbs.includes(trigger.phrase) && heldTalksAfterObject().test(text.slice(lastObject.end, sentence.end));
}

/**
 * "X briefed Y on the talks he held in Rome on Monday with Z": those talks are a meeting of X and Z, read from the "with"
 * of the held clause as a further meeting of the subject is; none when no "with" follows in that clause.
 */
function heldTalksBriefedOn(text: string, sentence: Sentence, mentions: Mention[], trigger: Trigger, briefed: Mention, entities: Map<string, DocEntity>, roleWords: Set<string>, earlier: DraftEvent[]): DraftEvent[] {
  const held = heldTalksAfterObject().exec(text.slice(briefed.end, sentence.end));
  const withAt = held ? HELD_WITH.exec(text.slice(briefed.end + held[0].length, sentence.end)) : null;
  if (!held || !withAt) return [];
  const actors = namedActors(mentions, entities);
  const subjects = subjectSide(text, sentence, actors, trigger, skippableMentions(mentions), roleWords, entities, null);
  const end = briefed.end + held[0].length + withAt[0].length;
  const talks = { ...trigger, start: end - 'with'.length, end, needsPersonObject: false };
  return subjects.length > 0 ? readMeetings(text, sentence, mentions, talks, entities, roleWords, earlier, subjects) : [];
}

/** Up to a place and a day after the held verb, then "with": "in Rome on Monday with". */
const HELD_WITH = /^(?:\s+(?:in|at|on|last|this)\s+[^,;]{1,40}?)?\s+with\b/;

/** ", on the talks (that) he (had) held", compiled once. */
const heldTalksAfterObject = once(() => {
  const { nouns, held } = lexicon().triggers.briefedOnHeldTalks;
  return new RegExp(`^,?\\s+on\\s+(?:the|his|her|their|its)\\s+(?:[\\p{Ll}-]+\\s+)?(?:${phrasePattern(nouns)})\\s+(?:that\\s+|which\\s+)?(?:he|she|they|it|we)\\s+(?:had\\s+|has\\s+|have\\s+)?(?:${phrasePattern(held)})\\b`, 'u');
});

/** "the international community's", "the bloc's": whose title follows (the object itself, a capitalised word or a role word). */
const TITLE_OWNER = /\bthe\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+['’]s\s+(?=(\p{Lu}|(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+|$))/gu;

/** The gap with the owners of a title blanked: "met the bloc's High Representative, X", "the UN chief's personal envoy X". */
function withoutTitleOwners(gap: string, roleWords: Set<string>): string {
  return gap.replace(TITLE_OWNER, (owner, next: string) => (next.length <= 1 || next.split(/\s+/).some((word) => roleWords.has(word)) ? ' '.repeat(owner.length) : owner));
}

/**
 * Capitalised words closing a gap before a name, with "of", "for", "and", "to" (and "of the") and commas inside: the
 * person's title ("Ambassador of Peru to the Philippines X").
 */
const TITLE_RUN_BEFORE_NAME = /(?:\p{Lu}[\p{L}.'’-]*(?:['’]s)?,?\s+(?:(?:of|for|and|to)\s+(?:the\s+)?)?)+$/u;

/** "the ministry's headquarters": a gap word's possessive is one too. */
const POSSESSIVE_END = /['’]s$/;

/** "had talks via videoconference with Y", "spoke over the telephone with Y": a callManners phrase is no word of the gap before the object. */
const callChannel = once(() => {
  const { phone, video } = lexicon().triggers.callManners;
  return new RegExp(`\\b(?:${phrasePattern([...phone, ...video])})\\b`, 'giu');
});

/** "to lunch", "to a working dinner" in a gap (triggers.json mealsAfterTo): how the two met, compiled once. */
const mealAfterTo = once(() => new RegExp(`\\bto\\s+(?:${phrasePattern(lexicon().triggers.mealsAfterTo)})\\b`, 'giu'));

/** Between words, and after a temporal prefix ("then-president" is "then-" and "president", as the tokenizer reads it). */
const GAP_WORD_BREAK = new RegExp(`[\\s,]+|(?<=\\b(?:${TEMPORAL_PREFIXES.join('|')})-)`, 'i');

/** "received on Thursday, on behalf of X, a written message from A": what was received is a message, not a visitor; not past a relative clause ("by X, to whom he delivered a letter from A"). */
/** "a special message from", "the letter of" (triggers.json messageBearer messages) after the verb, in its clause; and who brought it, "delivered by" (deliveredBy); compiled once. */
const messageFrom = once(() => new RegExp(String.raw`^(?:(?!\b(?:where|who|whom|which|and)\b)[^;]){0,80}?\b(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:${phrasePattern(lexicon().triggers.messageBearer.messages)})\s+(?:from|of)\b`, 'iu'));
const deliveredBy = once(() => new RegExp(String.raw`\b(?:${phrasePattern(lexicon().triggers.messageBearer.deliveredBy)})\s+(?:to\s+(?:him|her)\s+)?by\s+`, 'i'));

/**
 * "received copies of the credentials of the new Ambassador of Peru, X": the envoy who presents them met the receiver.
 * Null when the object is no credentials; else the envoy named after them (a title between), none when no one is.
 */
function credentialsPresenter(text: string, sentence: Sentence, actors: Mention[], trigger: Trigger, skippable: Mention[], roleWords: Set<string>): Mention[] | null {
  if (credentialsNoun().test(trigger.phrase)) {
    // "accepted the credentials presented by new ambassadors of 11 countries, among them X": the group names no one, X is one of them.
    const group = envoyGroup().exec(text.slice(trigger.end, sentence.end));
    return group ? listFrom(text, actors, trigger.end + group[0].length, skippable, roleWords).slice(0, 1) : null;
  }
  if (!/\breceive/.test(trigger.phrase)) return null;
  const credentials = credentialsOf().exec(text.slice(trigger.end, sentence.end));
  if (!credentials) return null;
  const from = trigger.end + credentials[0].length;
  // "the credentials of the newly appointed ambassadors of Slovenia, X, and Croatia, Y": each envoy named after his country presented his own.
  const envoys = envoysOfCountries().exec(text.slice(from, sentence.end));
  if (envoys) return envoysAfterCountries(text, actors, from + envoys[0].length);
  return listFrom(text, actors, from, skippable, roleWords).slice(0, 1);
}

/** "Slovenia, X, and Croatia, Y": each person apposed to the country before him, as long as the list goes on. */
function envoysAfterCountries(text: string, actors: Mention[], from: number): Mention[] {
  const envoys: Mention[] = [];
  let at = from;
  for (;;) {
    const country = actors.find((m) => m.start >= at);
    if (country?.kind !== 'country' || !COUNTRY_IN_LIST.test(text.slice(at, country.start))) break;
    const envoy = actors.find((m) => m.start >= country.end);
    if (envoy?.kind !== 'person' || !ENVOY_APPOSED.test(text.slice(country.end, envoy.start))) break;
    envoys.push(envoy);
    at = envoy.end;
  }
  return envoys;
}

/**
 * "received on Monday at the palace the Ministers of Foreign Affairs of Mali, X, and of Niger, Y": the holders apposed to the
 * countries after a plural title (triggers.json officialsOfCountries), all met together; null when the sentence does not go so
 * or names fewer than two.
 */
function officialsOfCountries(text: string, sentence: Sentence, actors: Mention[], trigger: Trigger): Mention[] | null {
  if (trigger.isNoun) return null;
  const officials = officialsOfCountriesOpening().exec(text.slice(trigger.end, sentence.end));
  if (!officials) return null;
  const holders = envoysAfterCountries(text, actors, trigger.end + officials[0].length);
  if (holders.length >= 2) return holders;
  const respective = holdersAfterCountryList(text, actors, trigger.end + officials[0].length);
  return respective.length >= 2 ? respective : null;
}

/**
 * "the heads of diplomacy of France and Germany, X and Y": the countries listed, a comma, then as many persons listed, one for each
 * country in turn; none unless the counts agree.
 */
function holdersAfterCountryList(text: string, actors: Mention[], from: number): Mention[] {
  const listed = (kind: 'country' | 'person', start: number, joint: RegExp): Mention[] => {
    const found: Mention[] = [];
    let at = start;
    for (const m of actors.filter((a) => a.start >= start)) {
      if (m.kind !== kind || !(found.length === 0 ? joint : COUNTRY_IN_LIST).test(text.slice(at, m.start))) break;
      found.push(m);
      at = m.end;
    }
    return found;
  };
  const countries = listed('country', from, /^(?:the\s+)?$/);
  if (countries.length < 2) return [];
  const holders = listed('person', countries[countries.length - 1].end, HOLDERS_APPOSED);
  return holders.length === countries.length ? holders : [];
}

/** Between the last country of a list and the first of its holders: a comma and at most two capitalised words of title ("Mr", "Ambassador"). */
const HOLDERS_APPOSED = /^,\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** " on Monday at the palace the Ministers of Foreign Affairs of " (no comma before the title), compiled once. */
const officialsOfCountriesOpening = once(() => new RegExp(String.raw`^(?:\s+[^,;.]{1,80}?)?\s+the\s+(?:${phrasePattern(lexicon().triggers.officialsOfCountries)})\s+of\s+(?=(?:the\s+)?\p{Lu})`, 'iu'));

/**
 * "met the political directors of France, Britain and Germany -- A, B and C --": people listed after a dash or colon, at most one for
 * each country before it, are whom the subject met; the countries otherwise.
 */
function holdersApposedToCountries(text: string, sentence: Sentence, actors: Mention[], countries: Mention[], skippable: Mention[], roleWords: Set<string>): Mention[] {
  const last = countries[countries.length - 1];
  if (countries.length < 2 || countries.some((m) => m.kind !== 'country')) return countries;
  const dash = APPOSING_DASH.exec(text.slice(last.end, sentence.end));
  if (!dash) return countries;
  const holders = listFrom(text, actors, last.end + dash[0].length, skippable, roleWords);
  // Some of the names may be read as no one: the countries are still not whom the subject met.
  if (holders.length > 0 && holders.length <= countries.length && holders.every((m) => m.kind === 'person')) return holders;
  return NAMES_LISTED.test(text.slice(last.end + dash[0].length, sentence.end)) ? [] : countries;
}

/** A dash ("--", "—", "–") or colon right after the last country of a list. */
const APPOSING_DASH = /^\s*(?:--|[—–:])\s*/;
/** "Amélie Roy, Richard Kemp and": a list opening on a name of two or more capitalised words. */
const NAMES_LISTED = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+(?:,|\s+and\s)/u;

/** Before a country of the list: nothing (the first), else a comma and "and" or a comma. */
const COUNTRY_IN_LIST = /^(?:,?\s+and\s+(?:of\s+)?|,\s+)?(?:the\s+)?$/;
/** Between a country and its envoy: a comma and at most two capitalised words of title ("Mr", "Ambassador"). */
const ENVOY_APPOSED = /^,\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

/** "the newly appointed ambassadors of " (triggers.json credentials envoyGroups), then the countries and their envoys, compiled once. */
const envoysOfCountries = once(() => new RegExp(String.raw`^(?:the\s+)?(?:new(?:ly\s+appointed)?\s+)?(?:${phrasePattern(lexicon().triggers.credentials.envoyGroups)})\s+of\s+(?=(?:the\s+)?\p{Lu})`, 'iu'));

/** "accepted the credentials presented by": a trigger that is itself a credentials phrase (triggers.json credentials nouns), compiled once. */
const credentialsNoun = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.credentials.nouns)})\\b`, 'i'));

/** "new ambassadors of 11 countries at the Great Hall, among them " (triggers.json credentials envoyGroups, then one of namedAmong), compiled once. */
const envoyGroup = once(() => {
  const { envoyGroups, namedAmong } = lexicon().triggers.credentials;
  return new RegExp(String.raw`^\s+(?:the\s+)?(?:new(?:ly\s+appointed)?\s+)?(?:${phrasePattern(envoyGroups)})\b[^;.]{0,120}?,?\s+(?:${phrasePattern(namedAmong)})\s+`, 'iu');
});

/**
 * "copies of the credentials of", "the letters of credence from" (triggers.json credentials), right after the verb, a day (a weekday
 * or one of its days) or a place ("received at the Palais du Peuple the credentials of"), compiled once.
 */
const credentialsOf = once(() => {
  const { copies, nouns, days } = lexicon().triggers.credentials;
  return new RegExp(String.raw`^\s+(?:(?:on\s+)?\p{Lu}\p{Ll}+day\s+|(?:${phrasePattern(days)})\s+)?(?:(?:at|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:du|de|des|of|the)\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s+)?(?:(?:${phrasePattern(copies)})\s+of\s+)?(?:the|his|her)\s+(?:${phrasePattern(nouns)})\s+(?:of|from)\s+`, 'u');
});

/**
 * "received a special message from A, delivered by B": B met the receiver, and A, who sent it, did
 * not. Null when no message was received; empty when no one is named bringing it.
 */
function messageBearer(text: string, sentence: Sentence, actors: Mention[], trigger: Trigger, skippable: Mention[], roleWords: Set<string>): Mention[] | null {
  const rest = text.slice(trigger.end, sentence.end);
  const message = messageFrom().exec(rest);
  if (!message) return null;
  const delivered = deliveredBy().exec(rest.slice(message[0].length));
  if (!delivered) return [];
  return listFrom(text, actors, trigger.end + message[0].length + delivered.index + delivered[0].length, skippable, roleWords);
}

const processModifier = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.processModifiers)})\\s+(?:[\\p{Ll}-]+\\s+)?$`, 'iu'));
const topicMarker = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.topicMarkers)})\\s+(?:the\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}$`, 'iu'));

/**
 * A meeting noun that tells no meeting: a process ("the stalled nuclear talks between A and B", "after talks collapsed")
 * or a subject discussed ("reviewed relations, including the indirect talks between A and B").
 */
function meetingNounNotAnEvent(before: string, after: string): boolean {
  return processModifier().test(before) || topicMarker().test(before) || processOutcome().test(after);
}
const processOutcome = once(() => new RegExp(`^\\s+(?:${phrasePattern(lexicon().triggers.processOutcomes)})\\b`, 'i'));
const outsideAgent = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.outsideAgents)})\\s+(?:the\\s+)?$`, 'i'));

/**
 * "a delegation of U.S. lawmakers led by", "received at Adi Halo yesterday a delegation led by", "met in Nairobi with a delegation of the transitional government headed by", "with the East African Community (EAC) observer team led by": a group, then whom it is led by or from;
 * "representatives of the Alliance of Vojvodina Serbs (AVS), led by its president", "the leadership of the X Party, led by its vice president": whom they are led by.
 */
const delegationOpening = once(() => {
  const ledBy = phrasePattern(lexicon().triggers.delegationLeader.ledBy);
  return new RegExp(String.raw`^\s*(?:(?:on\s+\p{Lu}\p{Ll}+day|yesterday|today|(?:in|at)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+){0,2}(?:with\s+)?(?:(?:a|an|the)\s+(?:[\p{L}.()'’-]+\s+){0,6}?(?:delegation|team|mission)\b(?:[^;]{0,60}?\b(?:${ledBy})\s+|\s+(?:from|of)\s+(?:the\s+)?)|(?:representatives|the\s+leadership)\s+of\s+[^;]{1,80}?\b(?:${ledBy})\s+)`, 'iu');
});

/** A place or a day, then "between" (or "in which", "at which"), after a meeting noun: "talks in Lusaka yesterday between", "a trilateral meeting on Monday in which". */
const BETWEEN_AFTER_NOUN = /^(?:\s+(?:(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|on\s+\p{Lu}\p{Ll}+day|yesterday|today|(?:last|this|earlier\s+this)\s+week)){0,3}\s+(?:between|in\s+which|at\s+which)\s+/u;

/**
 * "with the foreign ministers of the Nordic group, among them": a plural role, up to 80 characters without a clause break,
 * then a comma and a word that lists some of them (triggers.json groupMembersListed); the names after it are whom the subject met.
 */
const groupMembersListed = once(() => new RegExp(String.raw`^\s*(?:with\s+)?(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${phrasePattern(wordLists.pluralRoles)})\b[^,;:.]{0,80},\s*(?:${phrasePattern(lexicon().triggers.groupMembersListed)})\s+`, 'u'));

/**
 * "hosted the three foreign ministers of the Alliance of Sahel States (AES) - Mali's X, Burkina Faso's Y and Niger's Z -":
 * a plural role, up to 80 characters without a clause break, then a dash: the names apposed after it are whom the subject met.
 */
const groupMembersApposed = once(() => new RegExp(String.raw`^\s*(?:with\s+)?(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:${phrasePattern(wordLists.pluralRoles)})\b[^,;:.]{0,80}?\s+[-–—]\s+`, 'u'));

/**
 * "received on Thursday at the Villa Rosenborg the members of the Nordic Elders Group: A, …; B, …; and C, …": a group's members
 * (or a plural role) after the verb, past a day and a hall, up to 80 characters without a clause break, then a colon: the names
 * listed after it, in the same sentence, are whom the subject met, not the group.
 */
const groupMembersAfterColon = once(() => new RegExp(String.raw`^\s*(?:(?:on\s+\p{Lu}\p{Ll}+day|yesterday|today|(?:in|at)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|del|la|d['’])\s*)?\p{Lu}[\p{L}'’-]*){0,3})\s+){0,2}(?:with\s+)?(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:members|${phrasePattern(wordLists.pluralRoles)})\s+of\s+[^,;:.]{1,80}:\s+`, 'u'));

/** "hosted her counterparts from Barbados and Guyana": the countries they came from stand for them until they are named. */
const COUNTERPARTS_FROM = /^\s*(?:with\s+)?(?:his|her|their)\s+(?:\p{Ll}+\s+)?counterparts\s+from\s+(?:the\s+)?/iu;

/** "met the political directors of Britain, France and Germany": the countries stand for their officials (triggers.json representativesOf). */
const representativesOf = once(() => new RegExp(String.raw`^\s*(?:with\s+)?the\s+(?:${phrasePattern(lexicon().triggers.representativesOf)})\s+of\s+(?:the\s+)?`, 'iu'));

/**
 * A lower-case word of a title's field, up to three before its role word: "EU foreign policy chief X".
 * The function words of multi-word roles are no role word: "on the margins of the NATO summit" holds none.
 */
function insideTitle(words: string[], k: number, roleWords: Set<string>): boolean {
  for (let j = k; j < k + 3 && j < words.length && /^\p{Ll}/u.test(words[j]); j++) {
    const next = words[j + 1] ?? '';
    if (roleWords.has(next) && !titleFunctionWords().has(next)) return true;
  }
  return false;
}

/** "Minister of State for Foreign Affairs": the lower-case words inside a title (triggers.json titleFunctionWords). */
const titleFunctionWords = once(() => new Set(lexicon().triggers.titleFunctionWords));

/**
 * "and" inside a portfolio before a title ("Malaysian Investment, Trade and Industry Minister X"), between
 * two titles ("Deputy Prime Minister and Foreign Minister X"), or between two nationalities ("his
 * Moldovan and Romanian counterparts, X and Y").
 */
function portfolioAnd(words: string[], k: number, roleWords: Set<string>): boolean {
  const { portfolioWords } = lexicon();
  if (words[k] !== 'and') return false;
  // "Deputy Prime Minister and Foreign Minister X": two titles of one person.
  const titleWord = (word: string | undefined) => !!word && /^\p{Lu}/u.test(word) && roleWords.has(word.toLowerCase());
  return (portfolioWords.has(words[k - 1] ?? '') && portfolioWords.has(words[k + 1] ?? '')) || (titleWord(words[k - 1]) && titleWord(words[k + 1])) || (NATIONALITY.test(words[k - 1] ?? '') && NATIONALITY.test(words[k + 1] ?? '') && PLURAL_ROLES.has(words[k + 2]?.toLowerCase() ?? ''));
}

const NATIONALITY = /^\p{Lu}\p{Ll}+$/u;
const PLURAL_ROLES = new Set(wordLists.pluralRoles);

/** "The head of <body>, [title] ": a sentence opening (or a dateline's end) with a body's head, then the comma before the name apposed to it. */
const bodyHeadOpening = once(() => new RegExp(String.raw`(?:^|\s[–—-]+\s+)(?:the\s+)?(?:${phrasePattern(wordLists.bodyHeadRoles)})\s+of\s+[^,]{1,80},\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}$`, 'iu'));

/** The sentence subject, a relative clause's antecedent ("X, who met Y"), or a possessor ("his meeting with"). */
function subjectSide(
  text: string,
  sentence: Sentence,
  actors: Mention[],
  trigger: Trigger,
  skippable: Mention[],
  roleWords: Set<string>,
  entities: Map<string, DocEntity>,
  spokeAt: number | null,
): Mention[] {
  // "During talks with X in Nairobi, Y said": the talks belong to the main clause's subject, after them.
  const opening = text.slice(sentence.start, trigger.start);
  // Not "In Santiago he held talks with X": a verb holds the noun, after its own subject.
  if (trigger.isNoun && /^(?:during|at|in|after|following|on the sidelines of)\b[^,]{0,30}$/i.test(opening) && !HELD_BEFORE_NOUN.test(opening)) {
    const subject = subjectOf(text, sentence, actors, entities);
    return subject && subject.start > trigger.end ? [subject] : [];
  }
  const label = TRANSCRIPT_LABEL_OPENING.exec(opening);
  const before = actors.filter((m) => m.end <= trigger.start && (!label || m.start >= sentence.start + label[0].length));
  if (before.length === 0) return describedBefore(text, sentence, trigger, entities) ?? [...soleMinister(text, sentence, trigger, entities), ...apposedBefore(text, sentence, trigger, entities), ...honoredBefore(text, sentence, trigger, entities), ...delegationLeader(text, sentence, trigger, entities)];
  // "Vietnam and Cambodia agreed …, X said after talks with his Cambodian counterpart": the talks are the speaker's.
  if (spokeAt !== null) {
    const speaker = before.findLast((m) => m.end <= spokeAt);
    return speaker && /^\s*$/.test(text.slice(speaker.end, spokeAt)) ? [speaker] : [];
  }
  // "... a day after X met Y": an actor right before the verb is that verb's subject.
  const adjacent = before[before.length - 1];
  // "I had breakfast with X, and I also met Y": a first person opening the verb's own clause, read as no one, is none of the names before it.
  if (FIRST_PERSON_CLAUSE.test(text.slice(adjacent.end, trigger.start))) return [];
  // "The visit comes a week after X held a phone call with Y": the clause after "after" holds its own meeting, of its own subject.
  if (trigger.isNoun && HELD_THEN_NOUN.test(text.slice(adjacent.end, trigger.start)) && BACKGROUNDING_AFTER.test(text.slice(sentence.start, adjacent.start))) return [adjacent];
  if (!trigger.isNoun && BETWEEN_SUBJECT_AND_TRIGGER.test(text.slice(adjacent.end, trigger.start))) return listEndingAt(text, sentence, before, adjacent, skippable, roleWords);
  // "Laos' special envoy on Myanmar, X, met Y": a name apposed to its role, closed by a comma, is the subject. So is one apposed to an
  // opening "The head of Mali's Transitional Council, General X, met Y": the body is his, no party.
  const apposed = !trigger.isNoun && /^,\s*$/.test(text.slice(adjacent.end, trigger.start));
  if (apposed && (skippable.some((m) => m.via === 'role' && m.entity === adjacent.entity && m.end < adjacent.start) || bodyHeadOpening().test(text.slice(sentence.start, adjacent.start)) || rankApposedToRole(text, sentence, adjacent))) return [...coordinatedBeforeRole(text, before, skippable, roleWords), adjacent];
  const relative = text.slice(sentence.start, trigger.start).lastIndexOf(', who ');
  // "X received Y, who is on a visit, and held talks with Z": the clause closed before ", and" leaves the verb to the main clause's subject.
  if (relative >= 0 && !RELATIVE_CLOSED_BEFORE_VERB.test(text.slice(sentence.start + relative, trigger.start))) {
    const at = sentence.start + relative;
    const antecedent = before.filter((m) => m.end <= at).pop();
    // "X, Minister of Foreign Affairs of the Kingdom of Thailand, who is visiting Japan, paid": the country ends the title; its holder is the antecedent.
    const title = antecedent && antecedent.kind !== 'person' ? before.findLast((m) => m.via === 'role' && m.end <= antecedent.start) : undefined;
    // "A, B and C, who joined by video, held talks": the clause closes a list of subjects.
    return title && ROLE_TAIL_WITHOUT_LIST.test(text.slice(title.end, antecedent!.start)) ? [title] : antecedent ? listEndingAt(text, sentence, before, antecedent, skippable, roleWords) : [];
  }
  if (sentence.blockKind === 'caption') return captionSubjects(text, before, skippable, roleWords);
  // "X criticised Sudan after meeting Y": a gerund of time belongs to the main clause's subject, not to the speech verb's object.
  const ofMainClause = TIME_GERUND_BEFORE.test(opening) ? /ing\b/i.test(text.slice(trigger.start, trigger.end)) : TIME_GERUND_THEN_NOUN.test(opening);
  const reportEnd = ofMainClause ? -1 : reportedClauseStart(text, sentence, trigger);
  const reported = reportEnd < 0 ? null : (before.find((m) => m.start >= reportEnd) ?? null);
  // "X said the Crown Prince had briefed the Cabinet on his talks with Y": a reported clause's own titled subject holds the talks, never X.
  const reportedTitle = reported || reportEnd < 0 ? null : reportedTitleHolder(text, sentence, reportEnd, trigger, entities);
  if (reportedTitle) return reportedTitle;
  // "Spokesman X: The minister held …": the subject is found after the transcript's label, as `before` is.
  const subject = reported ?? subjectOf(text, afterOpeningDayShift(text, label ? { ...sentence, start: sentence.start + label[0].length } : sentence), actors, entities);
  // "His Majesty was accorded a welcome at the forecourt of X Bhavan, and called on Y": a name inside a place phrase is where, not who.
  if (!subject || subject.start >= trigger.start || PLACE_PHRASE_BEFORE.test(text.slice(sentence.start, subject.start))) return [];
  // "The envoy was received by President X at the palace, and later held talks with Y": the host is the passive's agent, not the talks' subject.
  if (PASSIVE_AGENT_BEFORE.test(text.slice(sentence.start, subject.start))) return [];
  const chosen = [subject];
  for (const next of before.filter((m) => m.start > subject.start)) {
    if (!coordinated(text, chosen[chosen.length - 1], next, skippable, roleWords)) break;
    const between = text.slice(chosen[chosen.length - 1].end, next.start);
    if (!/\band\b|,/.test(between)) break;
    chosen.push(next);
  }
  return chosen;
}

/** ", who is on a visit, and held ": a relative clause closed by a comma, then "and" and only lower-case words up to the verb (no subject of its own). */
const RELATIVE_CLOSED_BEFORE_VERB = /^,\s*who\s+[^;]{1,120},\s*and\s+(?:\p{Ll}+\s+){0,3}$/u;

/** ", and I also ", "; we then ": a clause of its own opened by a first-person subject, before its verb. */
const FIRST_PERSON_CLAUSE = /[,;]\s*(?:(?:and|but|then)\s+)?(?:I|[Ww]e)\s+(?:(?:also|then|later|have|had|has|just|separately|briefly)\s+)*$/;

/** "was received by President of Serbia ", "were welcomed by the ": a passive meeting verb and "by", then only title words, before its agent. */
const PASSIVE_AGENT_BEFORE = /\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?(?:received|welcomed|hosted|greeted)\s+by\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,6}$/u;

/** " at the forecourt of ", " in the gardens of the ": a place preposition, a noun and its "of", right before a name. */
const PLACE_PHRASE_BEFORE = /\b(?:at|in|on|outside|inside|near)\s+the\s+\p{Ll}+\s+of\s+(?:the\s+)?$/u;

/** "A, B and C": the actors of `before` listed up to `last`, joined by "and" or by a comma before it. */
function listEndingAt(text: string, sentence: Sentence, before: Mention[], last: Mention, skippable: Mention[], roleWords: Set<string>): Mention[] {
  const listed = [last];
  for (const earlier of before.filter((m) => m.end <= last.start).reverse()) {
    const between = text.slice(earlier.end, listed[0].start);
    if (!(/\band\b/.test(between) || listedBefore(text, sentence, earlier, listed)) || !coordinated(text, earlier, listed[0], skippable, roleWords)) break;
    listed.unshift(earlier);
  }
  return listed;
}

/** "A day earlier, X held talks with Y": the sentence past an opening day shift (triggers.json dayShifts), whose article is no subject. */
function afterOpeningDayShift(text: string, sentence: Sentence): Sentence {
  const opening = text.slice(sentence.start, sentence.end);
  const shift = openingDayShifts().map((r) => r.pattern.exec(opening)).find((match) => match !== null);
  return shift ? { ...sentence, start: sentence.start + opening.indexOf(',', shift[0].length) + 1 } : sentence;
}

/**
 * "In a separate engagement on Wednesday, the Minister received …": a bare "the Minister" before the verb is the one
 * minister the article named before the sentence; no one when it named none or several. A stand-in where "the Minister" stands.
 */
function soleMinister(text: string, sentence: Sentence, trigger: Trigger, entities: Map<string, DocEntity>): Mention[] {
  const bare = BARE_MINISTER_SUBJECT.exec(text.slice(sentence.start, trigger.start));
  if (!bare) return [];
  return solePerson(entities, sentence, (e) => e.roles.some((r) => MINISTER_ROLE.test(r.role) && r.evidence.start < sentence.start), sentence.start + bare[0].length - bare[1].length);
}

/** Not right after a groupSubjectRoleNotAfter word, in either case: the Minister is no one named "Prime Minister X". */
const titleNotAfterModifier = once(() => `(?<!\\b(?:${lexicon().triggers.groupSubjectRoleNotAfter.map((word) => `[${word[0]}${word[0].toUpperCase()}]${word.slice(1)}`).join('|')})[\\s-])`);

/** The one person of the sentence's article for whom `holds` is true, as the subject found at `at`; no one when none or several. */
function solePerson(entities: Map<string, DocEntity>, sentence: Sentence, holds: (person: DocEntity) => boolean, at: number): Mention[] {
  const holders = [...entities.values()].filter((e) => e.documentId === sentence.documentId && e.kind === 'person' && holds(e));
  return holders.length === 1 ? groupMembers([holders[0].key], sentence.documentId, at) : [];
}

/**
 * "It should be recalled that the President of the Republic had received Y": a title before the verb is the one person the
 * article apposed that very title to before ("The President of the Republic, Mr. X, received…", or with no comma: "Chancellor X
 * met…"); no one when none or several.
 */
function apposedBefore(text: string, sentence: Sentence, trigger: Trigger, entities: Map<string, DocEntity>): Mention[] {
  const bare = bareTitleSubject().exec(text.slice(sentence.start, trigger.start));
  if (!bare || !capitalisedRoles().has(bare[2])) return [];
  const titleWords = bare[1].slice(bare[1].indexOf(bare[2]));
  const title = phrasePattern([titleWords]);
  // "The Chairperson of the African Union Commission, H.E. X": a bare one-word title's holder may have been named with the body he heads.
  const body = titleWords === bare[2] ? String.raw`(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,5}\p{Lu}[\p{L}'’-]*,)?` : '';
  const earlier = text.slice(0, sentence.start);
  const apposed = (form: string) => new RegExp(`${titleNotAfterModifier()}\\b${title}${body},?\\s+(?:${HONORIFIC_BEFORE_NAME}\\s+)?${phrasePattern([form])}\\b`, 'u').test(earlier);
  return solePerson(entities, sentence, (e) => e.forms.some(apposed), sentence.start + bare.index + bare[0].length - bare[1].length);
}

/**
 * "His Highness also met Y": an honorific that stands alone for a person ("His Highness", "Her Majesty") before the verb is the
 * one person the article named after that very honorific before ("His Highness Prince X, Minister of …"); no one when none or several.
 */
export function honoredBefore(text: string, sentence: Sentence, trigger: Pick<Trigger, 'start'>, entities: Map<string, DocEntity>): Mention[] {
  const bare = bareHonorificSubject().exec(text.slice(sentence.start, trigger.start));
  if (!bare) return [];
  const earlier = text.slice(0, sentence.start);
  // A second honorific or a title word may stand between: "His Highness Prince X", "His Majesty Sultan X".
  const named = (form: string) => new RegExp(`\\b${phrasePattern([bare[1]])}\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}?${phrasePattern([form])}\\b`, 'u').test(earlier);
  return solePerson(entities, sentence, (e) => e.forms.some(named), sentence.start + bare.index + bare[0].length - bare[1].length);
}

/**
 * "The delegation was later received by Y": "the delegation" before the verb is the one person the article said before leads
 * a delegation ("X, who is in Addis Ababa leading a high-level delegation", "a delegation led by X"); no one when none or several.
 */
function delegationLeader(text: string, sentence: Sentence, trigger: Trigger, entities: Map<string, DocEntity>): Mention[] {
  const bare = bareDelegationSubject().exec(text.slice(sentence.start, trigger.start));
  if (!bare) return [];
  const earlier = text.slice(0, sentence.start);
  const { leading, ledBy } = lexicon().triggers.delegationLeader;
  // The whole name: "X Y" is not led by where "X Y Z" is.
  const leads = (form: string) =>
    new RegExp(`\\b${phrasePattern([form])}\\b(?!\\s+\\p{Lu})[^.;]{0,40}?\\b(?:${phrasePattern(leading)})\\s+(?:a|an|the|his|her)\\s+(?:[\\p{L}-]+\\s+){0,3}?delegation\\b|\\bdelegation\\s+(?:${phrasePattern(ledBy)})\\s+(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,6}?${phrasePattern([form])}\\b(?!\\s+\\p{Lu})`, 'u').test(earlier);
  return solePerson(entities, sentence, (e) => e.forms.some(leads), sentence.start + bare.index + bare[0].length - bare[1].length);
}

/**
 * "The Chilean diplomat was received by Y": "the", a nationality and a noun of triggers.json's descriptiveSubject, alone before
 * the verb, is the one person of that country the article named before with a role the noun covers; no one when none or several.
 * Null when the clause opens otherwise.
 */
function describedBefore(text: string, sentence: Sentence, trigger: Trigger, entities: Map<string, DocEntity>): Mention[] | null {
  // Only the words just before the verb, so a long sentence is not read again for each trigger; "^" only at the sentence's start.
  const from = Math.max(sentence.start, trigger.start - DESCRIBED_REACH);
  const blocked = from > sentence.start ? '\0' : '';
  const bare = describedSubject().exec(blocked + text.slice(from, trigger.start));
  if (!bare) return null;
  const at = from - blocked.length + bare.index + bare[0].length - bare[1].length;
  // The nationality's own country entity: the word is one of its forms in the article.
  const nationality = bare[1].split(/\s+/)[1];
  const country = [...entities.values()].find((e) => e.documentId === sentence.documentId && e.kind === 'country' && e.forms.includes(nationality))?.country;
  if (!country) return null;
  const covers = describedRoles().get(bare[2].toLowerCase())!;
  // The role as written too: "Secretary of Foreign Affairs" keeps the portfolio its canonical "secretary" drops.
  return solePerson(entities, sentence, (e) => e.country === country && e.roles.some((r) => (covers.test(r.role) || covers.test(r.evidence.quote.toLowerCase())) && r.evidence.start < sentence.start), at);
}

/** Each descriptiveSubject noun's roles as one pattern, not right after a descriptiveSubjectNotAfter word (a prime minister is no "minister"), compiled once. */
const describedRoles = once(() => rolesCoveredByNoun(lexicon().triggers.descriptiveSubject));

/** Each noun's roles as one pattern, not right after a descriptiveSubjectNotAfter word. */
function rolesCoveredByNoun(table: Record<string, string[]>): Map<string, RegExp> {
  const notAfter = phrasePattern(lexicon().triggers.descriptiveSubjectNotAfter);
  return new Map(Object.entries(table).map(([noun, roles]) => [noun, new RegExp(`(?<!(?:${notAfter}) )\\b(?:${phrasePattern(roles)})\\b`, 'u')]));
}

/** How far before the verb "The Chilean diplomat" and its adverbs may open. */
const DESCRIBED_REACH = 80;

/** `head` (group 1) opening the clause, after the sentence's start, a comma or "that", then only the `between` clauseSubjectAdverbs up to the verb. */
const clauseSubjectBeforeVerb = (head: string, between: 'described' | 'delegation' | 'titleOrHonorific') =>
  new RegExp(String.raw`(?:^|,\s*|\bthat\s+)(${head})\s+(?:(?:${phrasePattern(lexicon().triggers.clauseSubjectAdverbs[between])})\s+)*$`, 'u');

/** "The Chilean diplomat" (group 1; group 2 its noun) as the clause's subject before the verb, compiled once. */
const describedSubject = once(() => clauseSubjectBeforeVerb(String.raw`[Tt]he\s+\p{Lu}\p{Ll}+\s+(${phrasePattern(Object.keys(lexicon().triggers.descriptiveSubject))})`, 'described'));

/** "The delegation" (group 1) as the clause's subject before the verb, compiled once. */
const bareDelegationSubject = once(() => clauseSubjectBeforeVerb(String.raw`[Tt]he\s+delegation`, 'delegation'));

/** roles.json honorifics that open with "His" or "Her", alone (group 1) as the clause's subject before the verb, compiled once. */
const bareHonorificSubject = once(() => {
  const standAlone = lexicon().honorifics.filter((honorific) => /^(?:His|Her)\s/.test(honorific));
  return clauseSubjectBeforeVerb(phrasePattern(standAlone), 'titleOrHonorific');
});

/** "the President of the Republic" (group 1; group 2 its role word) opening the clause before the verb, after a comma or "that", compiled once. */
const bareTitleSubject = once(() => clauseSubjectBeforeVerb(String.raw`[Tt]he\s+(\p{Lu}\p{Ll}+)(?:\s+(?:of\s+the|of|for)\s+\p{Lu}\p{Ll}+)*`, 'titleOrHonorific'));
const HONORIFIC_BEFORE_NAME = String.raw`(?:Mr|Mrs|Ms|Dr|H\.E)\.?`;

/** A minister's role ("foreign minister", "minister of state"); a prime minister is not called "the Minister". */
const MINISTER_ROLE = /^(?!(?:deputy |vice )?prime minister\b).*\bminister\b/;

/** A transcript's speaker label opening the sentence ("Spokesman X: The minister …"): the speaker is no subject of what follows. */
const TRANSCRIPT_LABEL = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}.'’-]*:\s+`;
const TRANSCRIPT_LABEL_OPENING = new RegExp(`^${TRANSCRIPT_LABEL}`, 'u');

/**
 * A transcript's label or an opening adverbial closed by a comma, then "the Minister" or "the foreign minister" (group 1) and the words
 * BETWEEN_SUBJECT_AND_TRIGGER allows, or "had a" before a meeting noun ("the minister had a telephone conversation with").
 */
// "Our correspondent learnt that the minister had earlier held…": a reporter's finding opens on the meeting told as fact.
const BARE_MINISTER_SUBJECT = new RegExp(String.raw`^(?:${TRANSCRIPT_LABEL})?(?:[^,;:]{1,80},\s*|[^,;:]{1,80}\s(?:learnt|learned)\s+that\s+)?([Tt]he\s+(?:[Ff]oreign\s+)?[Mm]inister(?:\s+(?:also|has|had|then|later|earlier|${SUBJECT_TIME_ADVERBIAL}))*\s+(?:(?:had|held)\s+an?\s+(?:virtual\s+|video\s+|phone\s+)?)?)$`, 'iu');

/** "comes a week after", "came days after", "follows": what the clause after it tells came first, as a fact. */
const BACKGROUNDING_AFTER = /\b(?:comes|came|follows|followed)\s+(?:[\p{L}\d-]+\s+){0,3}?after\s+$/iu;
/** "X held a phone call with": only "held" (never "had planned") between a backgrounded subject and a meeting noun. */
const HELD_THEN_NOUN = /^\s+held\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

const TIME_GERUND_BEFORE = /\b(?:after|before|while|upon|when)\s+$/i;
/** "before holding talks with Y", "after a meeting with Y" is not one: the gerund's subject is the main clause's. */
const TIME_GERUND_THEN_NOUN = /\b(?:after|before|while|upon|when)\s+[a-z]+ing\s+(?:(?:a|an|the)\s+)?(?:[a-z]+\s+)?$/i;

/**
 * A speech verb then a time preposition just before a meeting noun: "said after talks", "told reporters following a meeting",
 * "said on Oct 14 after talks" (the day of the saying between them); "said before talks" (group 1) tells of talks to come.
 */
const SPOKE_AFTER = /\b(?:said|says|told\s+[^,.;]{1,30}?)\s+(?:(?:on\s+(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+day)|yesterday|today)\s+)?(?:after|following|during|at the end of|(before|ahead of))\s+(?:(?:a|the|his|her|their)\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u;

/**
 * Where the clause reported after the sentence's last speech verb before the trigger opens; -1 when there is none.
 * Its first actor is its own subject: "X said Tehran had no plans for talks with Y". A report verb's "that" opens one too:
 * "The Nairobi daily Taifa reported on Monday that X held talks with Y" (not Kenya, the daily's city).
 */
function reportedClauseStart(text: string, sentence: Sentence, trigger: Trigger): number {
  let reportEnd = -1;
  const opening = text.slice(sentence.start, trigger.start);
  for (const match of allMatches(opening, statementVerbPattern())) {
    // "He requested the Uzbek minister to convey …": a request's object is asked to act, no subject of a clause told.
    if ((lexicon().triggers.statementVerbs as Record<string, string>)[match[0]] === 'REQUEST' && OBJECT_THEN_INFINITIVE.test(opening.slice(match.index + match[0].length))) continue;
    reportEnd = sentence.start + match.index + match[0].length;
  }
  for (const match of allMatches(opening, reportThat())) reportEnd = Math.max(reportEnd, sentence.start + match.index + match[0].length);
  return reportEnd;
}

/** A report verb (triggers.json reportLeftUnconfirmed) and its "that", up to 40 characters of a clause between, compiled once. */
const reportThat = once(() => {
  const verbs = [...new Set(lexicon().triggers.reportLeftUnconfirmed.map((verb) => verb.replace(/ that$/, '')))];
  return new RegExp(`\\b(?:${phrasePattern(verbs)})\\b[^,;]{0,40}?\\bthat\\b`, 'gu');
});

/** "the Uzbek foreign minister to convey": up to five words of an object, then an infinitive. */
const OBJECT_THEN_INFINITIVE = /^\s+(?:[\p{L}.'’-]+\s+){1,5}?to\s+(?!(?:the|a|an|his|her|its|their)\b)\p{Ll}+/u;

/**
 * "X said the Crown Prince had …": when the clause reported after the last speech verb opens with a bare title ("the Crown
 * Prince"), the one person of the document who holds that role before the sentence; no one ([]) when none or several do.
 * Null when the reported clause (from `reportEnd`) opens otherwise.
 */
function reportedTitleHolder(text: string, sentence: Sentence, reportEnd: number, trigger: Trigger, entities: Map<string, DocEntity>): Mention[] | null {
  const title = REPORTED_TITLE_SUBJECT.exec(text.slice(reportEnd, trigger.start));
  const role = title?.[1].toLowerCase().replace(/\s+/g, ' ');
  if (!title || !role || !lexicon().roles.includes(role)) return null;
  const earlier = text.slice(0, sentence.start);
  // "Prince X, Crown Prince and Prime Minister,": a title apposed after the name, which the entity may keep only the last of.
  const apposedAfter = (form: string) => new RegExp(`\\b${phrasePattern([form])},\\s+${phrasePattern([title[1]])}\\b`, 'u').test(earlier);
  return solePerson(entities, sentence, (e) => e.roles.some((r) => r.role === role && r.evidence.start < sentence.start) || e.forms.some(apposedAfter), reportEnd + title[0].length);
}

/** "[said] that the Crown Prince had": a bare title (group 1) as the reported clause's subject, before its verb. */
const REPORTED_TITLE_SUBJECT = /^\s+(?:that\s+)?the\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})\s+(?:(?:also|has|had|have|was|is|then|later)\s+)*\p{Ll}+(?:ed|d)\b/u;

/**
 * "A, B and C met": once "and" joins the last two, a comma joins one of the same kind before them,
 * unless a preposition opens the sentence with it ("For Turkey, X and Y met" is no list).
 */
function listedBefore(text: string, sentence: Sentence, earlier: Mention, subjects: Mention[]): boolean {
  if (subjects.length < 2 || earlier.kind !== subjects[0].kind || !/^\s*,/.test(text.slice(earlier.end, subjects[0].start))) return false;
  return !LIST_OPENER.test(text.slice(sentence.start, earlier.start));
}

/** A preposition or the like just before a name, its title words aside: the name opens an adverbial, not a list. */
const LIST_OPENER = /\b(?:according to|unlike|like|for|in|at|after|before|despite|with|by|from|to|as|besides|than|on|over|against|about|including)\s+(?:\p{Lu}[\p{L}.’'-]*\s+)*$/iu;

/** Captions name who is shown just before the verb: "shows X, right, meeting Y", "X (R) and Y (L) meet Z". */
function captionSubjects(text: string, before: Mention[], skippable: Mention[], roleWords: Set<string>): Mention[] {
  const chosen = [before[before.length - 1]];
  for (const earlier of before.slice(0, -1).reverse()) {
    if (!coordinated(text, earlier, chosen[0], skippable, roleWords) || !/\band\b/.test(text.slice(earlier.end, chosen[0].start))) break;
    chosen.unshift(earlier);
  }
  return chosen;
}

/** Each modality cue list as one word-bounded alternation, compiled once. */
const cuePatterns = once(() => new Map(Object.values(lexicon().triggers.modality).map((cues) => [cues, new RegExp(`\\b(?:${phrasePattern(cues)})\\b`)])));

/**
 * Whether the meeting happened, from the modality cues of its sentence. `predicateAt`: where the
 * verb of a meeting noun begins, after its participants ("a meeting between X and Y could follow").
 */
export function statusOf(sentence: string, triggerAt: number, predicateAt: number | null = null): EventStatus {
  const { modality } = lexicon().triggers;
  // The month, not the modal verb: "In May, X met Y".
  // "…, a spokesperson confirmed, but declined to give details": declining to speak cancels nothing.
  const lower = ownClause(sentence.replace(/\bMay\b/g, 'm.y').toLowerCase(), triggerAt).replace(withheldSpeech(), (cue) => ' '.repeat(cue.length));
  // "would fund a laboratory, a project first raised when X met Y": a past meeting told in a "when" clause is not what "would" looks ahead to.
  const from = Math.max(0, triggerAt - 120, pastWhenClauseStart(lower, triggerAt));
  const near = lower.slice(Math.max(from, triggerAt - 45), triggerAt);
  const clause = lower.slice(from, triggerAt);
  const predicate = predicateAt === null ? '' : (lower.slice(predicateAt).match(PREDICATE_WORDS)?.[0] ?? '');
  const has = (cues: string[], where: string) => cuePatterns().get(cues)!.test(where);
  // "said there were no plans, though she did not rule out a meeting with Y": the possibility is the meeting's own modality.
  if (has(modality.possible, near)) return 'hypothetical';
  // "had not yet received a formal request for talks with Y": a meeting asked for, not one held.
  if (soughtBefore().test(near)) return 'hypothetical';
  if (has(modality.denied, withoutEncounterSince(lower)) || forgoneBefore().test(lower.slice(0, triggerAt))) return 'denied';
  // "A meeting between X and Y, which had been discussed for the sidelines of the summit, did not occur": the noun's own predicate, its relative clause blanked.
  if (predicateAt !== null && notHeldPredicate().test(lower.slice(predicateAt))) return 'denied';
  const report = reportedBefore(lower, from, triggerAt);
  if (report === 'denied') return 'denied';
  if (has(modality.cancelled, lower)) return 'cancelled';
  // "would meet X if the group releases a hostage": a condition after the verb makes the meeting hypothetical, not planned.
  if (/\bwould\b/.test(near) && has(modality.conditions, lower.slice(triggerAt))) return 'hypothetical';
  // "Asked whether he would meet Y, X said…": a question tells of no plan.
  if (has(modality.questions, near)) return 'hypothetical';
  // "A meeting between X and Y would be a major step": a judgement of a meeting that may never be.
  if (predicateAt !== null && WOULD_BE_JUDGEMENT.test(lower.slice(predicateAt))) return 'hypothetical';
  // "talks with Y planned for Friday would go ahead": a participle setting the meeting for a time (triggers.json setFor) right after its
  // participants; not once a past verb holds the noun ("held the talks with Y planned for Friday": the planned talks took place).
  if (has(modality.planned, clause) || has(modality.planned, predicate) || (predicateAt !== null && setForPredicate().test(lower.slice(predicateAt)) && !HELD_BEFORE_NOUN.test(lower.slice(0, triggerAt))) || has(modality.unscheduled, lower) || INFINITIVE_BEFORE.test(sentence.slice(Math.max(0, triggerAt - 45), triggerAt)) || NEXT_BEFORE_TRIGGER.test(near) || /\b(?:next|coming) (?:week|month|year)\b(?!['’]s)|\blater this\b|\btomorrow\b/.test(beforePurposeOfPastMeeting(sentence, lower, triggerAt))) return 'planned';
  // "A meeting between X and Y, reported by local media, has not been confirmed": told of, not known to have happened.
  if (has(modality.unconfirmed, lower)) return 'hypothetical';
  // "Reports that X met Y were dismissed": hearsay anywhere in the clause before the verb.
  // "A meeting between X and Y had been mentioned": a meeting only talked of (modality.hearsayPredicates), by its noun's own verb.
  if (has(modality.hypothetical, near) || has(modality.hypothetical, predicate) || has(modality.hearsayPredicates, predicate) || has(modality.hearsay, clause) || report === 'hearsay') return 'hypothetical';
  return 'occurred';
}

/**
 * A report of the meeting before its verb (triggers.json disputedReports): "rejected a report by a local
 * daily that X had met Y" and "reports claiming that X met Y … are incorrect" deny it (a denial verb just
 * before the report, or a falsity word after the meeting); a report alone is hearsay. Null without one.
 */
function reportedBefore(lower: string, from: number, triggerAt: number): 'denied' | 'hearsay' | null {
  const { report, denial, falsity } = disputedReportPatterns();
  const clause = lower.slice(from, triggerAt);
  const found = report.exec(clause);
  if (!found) return null;
  return denial.test(clause.slice(0, found.index)) || falsity.test(lower.slice(triggerAt)) ? 'denied' : 'hearsay';
}

/** The report ("a report by <source> that", "reports claiming that"), a denial verb up to three words before it, and a falsity word, compiled once. */
const disputedReportPatterns = once(() => {
  const { denials, nouns, sources, links, falsity } = lexicon().triggers.disputedReports;
  return {
    report: new RegExp(`\\b(?:${phrasePattern(nouns)})(?:\\s+(?:${phrasePattern(sources)})\\b[^,;]{0,60}?)?(?:\\s+(?:${phrasePattern(links)}))?\\s+that\\b`),
    denial: new RegExp(`\\b(?:${phrasePattern(denials)})\\s+(?:[a-z-]+\\s+){0,3}$`),
    falsity: new RegExp(`\\b(?:${phrasePattern(falsity)})\\b`),
  };
});

/**
 * The clause up to the purpose of a meeting told in the past tense: "held talks on Wednesday to prepare for
 * Z's visit next month, during which…" looks ahead from a meeting that took place. `sentence` keeps its case.
 */
function beforePurposeOfPastMeeting(sentence: string, lower: string, triggerAt: number): string {
  if (!pastMeetingVerb().test(lower.slice(triggerAt)) && !HELD_BEFORE_NOUN.test(lower.slice(0, triggerAt))) return lower;
  const purpose = PURPOSE_CLAUSE.exec(sentence.slice(triggerAt));
  return purpose ? lower.slice(0, triggerAt + purpose.index) : lower;
}

/** "held (bilateral) talks", "had a meeting": a meeting noun whose verb is in the past tense. */
const HELD_BEFORE_NOUN = /\b(?:held|had)\s+(?:[a-z-]+\s+){0,2}$/;

/**
 * "to" and a lower-case verb ("to finalise", not "to the", "to Moscow"), ", during which", or a trailing clause of
 * circumstance (", as both countries brace for a review next year", ", while", ", amid"; not ", as well as").
 */
const PURPOSE_CLAUSE = /\s(?:in order )?to\s+(?!(?:the|a|an|his|her|their|its|our|this|that|these|those|date)\b)\p{Ll}+\b|,\s*during which\b|,\s*(?:as|while|amid)\s+(?!well\b)/u;

/** Where a "when" clause whose verb is the trigger in the past tense opens ("…, when X met Y"), or -1. */
function pastWhenClauseStart(lower: string, triggerAt: number): number {
  if (!pastMeetingVerb().test(lower.slice(triggerAt))) return -1;
  const when = WHEN_CLAUSE_BEFORE.exec(lower.slice(0, triggerAt));
  return when ? when.index : -1;
}

/** "when" and a subject of up to eight words, no punctuation, just before the trigger. */
const WHEN_CLAUSE_BEFORE = /\bwhen\s+(?:[^\s,;.:]+\s+){1,8}$/;

/** "have not met since a brief encounter", compiled once from the model's lists. */
const encounterSincePattern = once(() => {
  const { negations, nouns } = lexicon().triggers.encounterSince;
  return new RegExp(`\\b(?:${phrasePattern(negations)})\\s+(?:[a-z]+\\s+){0,2}?since\\s+(?:(?:a|an|the|their|his|her|its)\\s+)?(?:[a-z0-9-]+\\s+){0,3}?(?:${phrasePattern(nouns)})\\b(?!\\s+(?:was|were|had|has|is|are|collapsed|ended|broke|fell)\\b)`);
});

/**
 * The clause with "have not met since <an encounter>" blanked: it denies only what came after the
 * encounter, and the encounter itself took place ("have not met since a brief encounter at the summit in December");
 * not one the clause goes on to undo ("since the summit was cancelled").
 */
function withoutEncounterSince(lower: string): string {
  return lower.replace(encounterSincePattern(), (found) => ' '.repeat(found.length));
}

/** "declined to give details", "refusing to comment" (triggers.json withheldSpeech), in lower case. */
const withheldSpeech = once(() => new RegExp(`\\b(?:declined|declining|refused|refusing)\\s+to\\s+(?:${phrasePattern(lexicon().triggers.withheldSpeech)})\\b`, 'g'));

/** "without holding talks", "instead of meeting": the verb's act not done (triggers.json forgoneBefore), just before the trigger. */
const forgoneBefore = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.forgoneBefore)})\\s+$`));

/** A request for the meeting just before its noun (triggers.json soughtNouns): "a formal request for talks", "an offer of direct talks". */
const soughtBefore = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.modality.soughtNouns)})\\s+(?:for|of)\\s+(?:[a-z-]+\\s+){0,2}$`));

/** "welcomed the next round of (peace) talks with X": a meeting still to come. */
const NEXT_BEFORE_TRIGGER = /\bnext\s+(?:(?:round|session)\s+of\s+(?:[a-z-]+\s+){0,2})?$/;

/**
 * The sentence with only the trigger's clause left (the rest blanked, offsets kept): "X, who met Y in
 * Lima, did not travel to Brasília" is no denied meeting, nor "spoke with Y, a week before a visit
 * which was later cancelled" a cancelled one.
 */
function ownClause(lower: string, triggerAt: number): string {
  const clauses = relativeClauses(lower);
  const inside = clauses.find((c) => c.start <= triggerAt && triggerAt < c.end);
  const blank = (from: number, to: number, text: string) => text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  if (inside) return blank(inside.end, lower.length, blank(0, inside.start, lower));
  return clauses.reduce((text, c) => blank(c.start, c.end, text), lower);
}

function relativeClauseAround(sentence: string, at: number): { start: number; end: number } | null {
  return relativeClauses(sentence).find((c) => c.start <= at && at < c.end) ?? null;
}

/** "to meet", "offered to host talks": the meeting is one to come (case kept: "President To Lam met" is a name). */
const INFINITIVE_BEFORE = /\bto\s+(?:[a-z]+\s+(?:(?:a|an|the|new|direct|fresh)\s+)?)?$/;

/**
 * "did not occur" (triggers.json notHeld) as a meeting noun's predicate, up to three words (a place, a day) before it,
 * past a phrase apposed between commas ("…, reported by some regional outlets, did not take place").
 */
const notHeldPredicate = once(() => new RegExp(`^\\s*(?:,\\s*(?:[^\\s,;.:"“”]+\\s+){1,14}?[^\\s,;.:"“”]+\\s*,)?[\\s,]*(?:[^\\s,;.:"“”]+\\s+){0,3}?(?:${phrasePattern(lexicon().triggers.modality.notHeld)})\\b`, 'u'));

/** The first words of a meeting noun's predicate, where its modal or auxiliary verb stands, also inside a quote: 'a meeting between X and Y "could take place…"'. */
const PREDICATE_WORDS = /^[\s,"“”‘]*(?:[\p{Ll}’'-]+\s+){0,2}[\p{Ll}’'-]+/u;

/** "planned for", "pencilled in for" (triggers.json setFor) opening a meeting noun's predicate, in lower case, compiled once. */
const setForPredicate = once(() => {
  const { verbs, tentativeVerbs } = lexicon().triggers.setFor;
  return new RegExp(String.raw`^[\s,]*(?:(?:${phrasePattern(verbs)})\s+(?:for|in)|(?:${phrasePattern(tentativeVerbs)})\s+in\s+for)\b`);
});

/** "would be" and no participle after a meeting noun's participants ("would be held" is a plan). */
const WOULD_BE_JUDGEMENT = /^[\s,"“”‘]*(?:[\p{Ll}’'-]+\s+){0,2}?would be\s+(?!held\b|\p{Ll}+(?:ed|en|wn)\b)/u;

/**
 * "X, who joined the talks, also held a video call with Y": a joining phrase in a relative clause tells of the
 * meeting before; the main clause after it tells a meeting of its own. Any other joining sentence tells no other.
 */
function triggersPastJoiningClause(masked: string, sentence: Sentence): Trigger[] {
  const phrase = anyJoinPhrase().exec(masked);
  const clause = phrase ? relativeClauses(masked).find((c) => c.start <= phrase.index && phrase.index < c.end) : undefined;
  return clause ? findTriggers(masked, sentence.start).filter((t) => t.start >= sentence.start + clause.end) : [];
}

/** Every joining phrase in one pattern, in any case and spacing: one search per sentence, not one per phrase. */
const anyJoinPhrase = once(() => new RegExp(`${phrasePattern(lexicon().triggers.joinMeeting)}|${justToldBeforePattern()}`, 'iu'));

/** triggers.json joinedJustTold.listBefore, closing the sentence or its clause ("X was present.", not "X was present at the ceremony"). */
const justToldBeforePattern = once(() => String.raw`\b(?:${phrasePattern(lexicon().triggers.joinedJustTold.listBefore)})(?=\s*(?:[,.;]|$))`);

/** Whether a joining phrase found is one of triggers.json joinedJustTold, pointing at the sentence before. */
const justToldPhrase = once(() => new RegExp(String.raw`^(?:${phrasePattern(lexicon().triggers.joinedJustTold.listAfter)}|${phrasePattern(lexicon().triggers.joinedJustTold.listBefore)})$`, 'iu'));
/**
 * The same said of the meeting, the joiners after it: "The meeting was also attended by X and Y"; a
 * manner or the meeting may stand before "by" ("was also joined virtually by", "were joined by video link by", "was joined at the talks by"), and
 * one of its participants after its noun ("Present for the meeting with Minister X were").
 */
const anyJoinedByPhrase = once(() => {
  const manner = phrasePattern(lexicon().triggers.joinManners);
  return new RegExp(
    phrasePattern([...lexicon().triggers.joinedByMeeting, ...lexicon().triggers.joinedJustTold.listAfter])
      .replaceAll(String.raw`joined\s+by`, String.raw`joined\s+(?:(?:${manner})\s+)?by`)
      .replaceAll(String.raw`\s+were`, String.raw`(?:\s+with\s+[^,;]{1,80}?)?\s+were`),
    'iu',
  );
});

/** "with Minister X" inside a joining phrase: whose meeting it is. */
const WITH_PARTICIPANT = /\s+with\s+/i;

interface Joiners {
  joiners: Mention[];
  namesTheMeeting: boolean;
  group: { size: number; ofPeople: boolean } | null;
  /** A list after a phrase that opens the sentence ("Also present were X and Y"), not one before it ("X was also present") nor one said of another thing ("The ceremony was attended by"). */
  listAfter: boolean;
  /** Who the phrase names the meeting by ("Present for the meeting with Minister X were"): the latest meeting with them all is joined. */
  meetingWith: string[];
  /** The one actor the sentence opens on before "was joined by" ("The Prime Minister was joined by X"): a meeting of theirs is joined. */
  joinedSubject: string | null;
  /** A phrase pointing at the sentence before ("Present there were", "X was present."): only its meeting is joined. */
  justTold: boolean;
}

/**
 * The joiners of a meeting: the list that ends at a joining phrase ("X and Y also took part in the
 * meeting") and the list that follows one said of the meeting ("The meeting was also attended by X
 * and Y"), both in "X and Y attended the meeting, which was also joined virtually by Z".
 * `group`: the group the phrase is said of ("the two ministers were joined by"), its size and whether it is one of people.
 */
function joinersAround(text: string, masked: string, sentence: Sentence, mentions: Mention[], roleWords: Set<string>): Joiners | null {
  const joinedBy = anyJoinedByPhrase().exec(masked) ?? signingWitnessedByGroup(masked);
  const phrase = anyJoinPhrase().exec(joinedBy ? masked.slice(0, joinedBy.index) : masked);
  // Most sentences hold neither phrase: the mention lists are built only for those that do.
  if (!joinedBy && !phrase) return null;
  const actors = actorMentions(mentions);
  const skippable = skippableMentions(mentions);
  const joiners: Mention[] = [];
  if (phrase) {
    const at = sentence.start + phrase.index;
    const before = actors.filter((m) => m.end <= at);
    const last = before.pop();
    if (last) {
      joiners.push(last);
      while (before.length > 0 && coordinated(text, before[before.length - 1], joiners[0], skippable, roleWords)) joiners.unshift(before.pop()!);
    }
  }
  const meetingWith: string[] = [];
  if (joinedBy) {
    const from = sentence.start + joinedBy.index + joinedBy[0].length;
    joiners.push(...listFrom(text, actors, from, skippable, roleWords));
    const withAt = joinedBy[0].search(WITH_PARTICIPANT);
    if (withAt >= 0) meetingWith.push(...actors.filter((m) => m.start >= sentence.start + joinedBy.index + withAt && m.end <= from).map((m) => m.entity));
  }
  if (joiners.length === 0) return null;
  // "The meeting was attended by" names it; "The two were later joined by" joins only a meeting of its paragraph.
  // "The delegations were also joined by": opening on the meeting's delegations names it too.
  // "was also present during the meeting": the meeting named right after the phrase.
  const named = phrase ? meetingNamed().test(phrase[0]) || meetingNamedAfter().test(masked.slice(phrase.index + phrase[0].length)) : meetingNamed().test(masked.slice(0, joinedBy!.index + joinedBy![0].length)) || DELEGATIONS_OPENING.test(masked.slice(0, joinedBy!.index));
  const group = joinedBy ? groupSubject().exec(masked.slice(0, joinedBy.index)) : null;
  const opening = joinedBy && !phrase ? actors.filter((m) => m.end <= sentence.start + joinedBy.index) : [];
  const joinedSubject = opening.length === 1 && SUBJECT_OPENS.test(text.slice(sentence.start, opening[0].start)) && /^\s*$/.test(text.slice(opening[0].end, sentence.start + joinedBy!.index)) ? opening[0].entity : null;
  const justTold = [phrase, joinedBy].some((found) => !!found && justToldPhrase().test(found[0].trim()));
  return { joiners, namesTheMeeting: named, group: group ? { size: groupSize(group[1]), ofPeople: group[2].toLowerCase() !== 'sides' } : null, listAfter: !phrase && PRESENCE_OPENS.test(masked.slice(0, joinedBy!.index)), meetingWith, joinedSubject, justTold };
}

/**
 * "The two leaders witnessed the signing of four agreements by X and Y" (triggers.json witnessedSigningBy): those who signed
 * before the group were at its meeting, its list after "by". Only after a group subject opening the sentence.
 */
function signingWitnessedByGroup(masked: string): RegExpExecArray | null {
  if (!/\bsigning\b/i.test(masked)) return null;
  const signing = witnessedSigning().exec(masked);
  return signing && groupSubject().test(masked.slice(0, signing.index)) ? signing : null;
}

/** A witnessedSigningBy phrase, what was signed and "by", compiled once. */
const witnessedSigning = once(() => new RegExp(String.raw`\b(?:${phrasePattern(lexicon().triggers.witnessedSigningBy)})\s+[^,;:]{1,80}?\s+by\s+`, 'iu'));

/** Before a joining phrase that opens the sentence ("Also present were"): no subject of its own, such as "The ceremony was attended by". */
const PRESENCE_OPENS = /^\s*$/;

/** Before the one actor a sentence opens on: nothing, or an article ("The Prime Minister was joined by"). */
const SUBJECT_OPENS = /^\s*(?:the\s+)?$/i;

/** "the meeting", "the talks" (triggers.json meetingNamed), compiled once; and right after a preposition ("during the meeting"). */
const meetingNamed = once(() => new RegExp(String.raw`\bthe (?:${phrasePattern(lexicon().triggers.meetingNamed)})\b`, 'i'));
const meetingNamedAfter = once(() => new RegExp(String.raw`^\s+(?:at|during|in|for)\s+the (?:${phrasePattern(lexicon().triggers.meetingNamed)})\b`, 'i'));
const DELEGATIONS_OPENING = /^\s*the\s+(?:two\s+|three\s+)?delegations\s+$/i;

/** "took part in Wednesday's talks": the meeting named by its day (group 1). */
const MEETING_NAMED_BY_DAY = new RegExp(`\\b(${publicationLines.weekdays.join('|')})['’]s (?:meeting|talks)\\b`, 'i');

/**
 * "X also took part in Wednesday's talks", a phone call told between: the one meeting of the document whose
 * telling (up to the next meeting, or this sentence) names that day; none when no meeting's or several meetings' do.
 */
function meetingOfNamedDay(text: string, masked: string, sentence: Sentence, events: DraftEvent[], isTold: (e: DraftEvent) => boolean): DraftEvent | null {
  const day = MEETING_NAMED_BY_DAY.exec(masked)?.[1];
  if (!day) return null;
  // Only a sentence naming a day looks through the batch's events.
  const told = events.filter(isTold);
  const dayWord = new RegExp(`\\b${day}\\b`, 'i');
  const starts = told.map((e) => e.evidence[0].start).filter((start) => start < sentence.start).sort((a, b) => a - b);
  const naming = told.filter((e) => {
    const start = e.evidence[0].start;
    const next = starts.find((other) => other > start) ?? sentence.start;
    return start < sentence.start && dayWord.test(text.slice(start, Math.min(next, sentence.start)));
  });
  return naming.length === 1 ? naming[0] : null;
}

/**
 * "The three-hour meeting, hosted by the head of Unmik X, ended…", "The talks were hosted by X": a sentence that
 * opens on the meeting and names its host adds the persons it names (a host country is no one at the table).
 */
function hostsOfMeeting(text: string, masked: string, sentence: Sentence, mentions: Mention[], entities: Map<string, DocEntity>, roleWords: Set<string>): Joiners | null {
  const hosted = hostedByPattern().exec(masked);
  if (!hosted) return null;
  const skippable = skippableMentions(mentions);
  const actors = actorMentions(mentions);
  const hosts = listFrom(text, actors, sentence.start + hosted[0].length, skippable, roleWords);
  // "was hosted by X, and attended by Y and Z": the guests the same sentence lists after the host were at it too.
  const attended = hosts.length > 0 ? ATTENDED_AFTER_HOST.exec(text.slice(hosts[hosts.length - 1].end, sentence.end)) : null;
  const guests = attended ? listFrom(text, actors, hosts[hosts.length - 1].end + attended[0].length, skippable, roleWords) : [];
  const joiners = [...hosts, ...guests].filter((m) => entities.get(m.entity)?.kind === 'person');
  return joiners.length > 0 ? { joiners, namesTheMeeting: true, group: null, listAfter: false, meetingWith: [], joinedSubject: null, justTold: false } : null;
}

/** Right after the host's name (and a title apposed to it), the guests' list: ", and attended by ". */
const ATTENDED_AFTER_HOST = /^(?:,[^,;]{1,80})?,?\s+and\s+(?:was\s+|were\s+)?(?:also\s+)?attended\s+by\s+/u;

/** The meeting as the sentence's subject, then its host: triggers.json hostedBy, compiled once. */
const hostedByPattern = once(() => {
  const { modifiers } = lexicon().triggers.meetingToldAfter;
  const { lengths, nouns, verbs } = lexicon().triggers.hostedBy;
  const modifier = `(?:${phrasePattern(modifiers)}|[\\p{L}\\d]+-(?:${phrasePattern(lengths)}))`;
  return new RegExp(`^\\s*the\\s+(?:${modifier}\\s+){0,2}(?:${phrasePattern(nouns)})(?:\\s*,\\s*(?:which\\s+(?:was|were)\\s+)?|\\s+(?:was|were)\\s+)(?:${phrasePattern(verbs)})\\s+`, 'iu');
});

/**
 * Whether another meeting of the document, held or not ("a summit is planned for March"), was told after `meeting`
 * and before `sentence`; a photo's caption shows the meeting told, not another.
 */
function otherMeetingSince(meeting: DraftEvent, events: DraftEvent[], sentence: Sentence): boolean {
  return events.some((e) => e !== meeting && e.type === 'meeting' && e.documentId === sentence.documentId && e.anchor > meeting.anchor && e.anchor < sentence.start && !e.evidence.every((item) => item.fromCaption));
}

/**
 * "Attending the meeting were:" and a list, one person an item ("- Speaker X", "- Y, Member of Parliament"), under headings of
 * its sides ("House of Commons of Canada"): everyone listed was at the document's latest meeting that took place.
 */
function attendeeListJoined(text: string, sentence: Sentence, index: number, sentences: Sentence[], bySentence: Map<number, Mention[]>, events: DraftEvent[], entities: Map<string, DocEntity>): boolean {
  if (!ATTENDEE_LIST_LEAD.test(text.slice(sentence.start, sentence.end))) return false;
  const meeting = events.findLast((e) => e.type === 'meeting' && e.documentId === sentence.documentId && e.status === 'occurred');
  if (!meeting) return false;
  const listed = [...new Set(firstPersonOfEachListItem(text, sentence, index, sentences, bySentence, entities).map((m) => m.entity))];
  if (listed.length === 0) return false;
  for (const person of listed) if (!meeting.participants.includes(person)) meeting.participants.push(person);
  meeting.evidence.push(sentenceEvidence(text, sentence));
  return true;
}

/**
 * The person each item of the list after the sentence at `index` opens with: the items are the sentences that follow, each
 * opened as a list item (layout.json listItem); side headings between them ("Finnish delegation:") are passed over.
 */
function firstPersonOfEachListItem(text: string, sentence: Sentence, index: number, sentences: Sentence[], bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>): Mention[] {
  const people: Mention[] = [];
  for (let k = index + 1; k < sentences.length && sentences[k].documentId === sentence.documentId; k++) {
    if (sentences[k].blockKind === 'headline') continue;
    if (!LIST_ITEM.test(text.slice(sentences[k].start, sentences[k].end))) break;
    const first = (bySentence.get(k) ?? []).find((m) => !m.inQuote && !m.modifier && m.via !== 'role' && m.via !== 'pronoun' && entities.get(m.entity)?.kind === 'person');
    if (first) people.push(first);
  }
  return people;
}

const ATTENDEE_LIST_LEAD = new RegExp(layout.attendeeListLead, 'iu');
/** "(iv) ", "(b) ", "3) ", "- ", "• ": an item of a numbered or bulleted list (layout.json listItem). */
const LIST_ITEM = new RegExp(layout.listItem, 'u');

/** triggers.json attendanceDoubts with modality's questions and unconfirmed cues, compiled once. */
const attendanceDoubt = once(() => {
  const { attendanceDoubts, modality } = lexicon().triggers;
  return new RegExp(`\\b(?:${phrasePattern([...attendanceDoubts, ...modality.questions, ...modality.unconfirmed])})\\b`);
});

/**
 * "Han met Y at the palace. Present there were A and B", "… Vice Minister A was present.": the one held meeting the
 * sentence just before told, and no other, is joined; none when it told none (a speech, a wreath laid) or several.
 */
function joinedJustTold(text: string, sentence: Sentence, found: Joiners, held: DraftEvent[], entities: Map<string, DocEntity>): boolean {
  const toldJustBefore = held.filter((e) => e.evidence.some((item) => item.documentId === sentence.documentId && item.end <= sentence.start && /^\s*$/.test(text.slice(item.end, sentence.start))));
  if (toldJustBefore.length !== 1) return false;
  const [meeting] = toldJustBefore;
  // "Present there were X, member of the Political Bureau": the bodies named in the titles were not at the table.
  const persons = found.joiners.filter((m) => entities.get(m.entity)?.kind === 'person');
  if (persons.length === 0) return false;
  for (const joiner of persons) if (!meeting.participants.includes(joiner.entity)) meeting.participants.push(joiner.entity);
  meeting.participants = settledSides(meeting.participants, entities);
  meeting.evidence.push(sentenceEvidence(text, sentence));
  return true;
}

/** "X also attended the meeting", "The meeting was also attended by X and Y": they join the latest meeting of the same document. */
function joinedMeeting(
  text: string,
  masked: string,
  sentence: Sentence,
  mentions: Mention[],
  events: DraftEvent[],
  entities: Map<string, DocEntity>,
  roleWords: Set<string>,
  // Whether no one else was named since the meeting.
  stillAbout: (meeting: DraftEvent) => boolean,
  // Whether the meeting's sentence names these people after its trigger, as those the subject met.
  metThere: (meeting: DraftEvent, met: string[]) => boolean,
  // Whether a headline stands between the meeting and this sentence.
  headedSince: (meeting: DraftEvent) => boolean,
): boolean {
  const found = joinersAround(text, masked, sentence, mentions, roleWords) ?? hostsOfMeeting(text, masked, sentence, mentions, entities, roleWords);
  // Found first: looking back through the batch's events for every sentence was a scan of them all
  // wherever the document had no meeting yet.
  // "could not confirm whether the envoy, X, attended the meeting": a doubted attendance adds no one.
  if (!found || attendanceDoubt().test(masked.toLowerCase())) return false;
  const told = (e: DraftEvent) => e.type === 'meeting' && e.documentId === sentence.documentId && e.status === 'occurred';
  // A photo's caption between the body's meeting and "The meeting was attended by" shows that meeting: the body's is joined.
  // "the two ministers were joined by": the latest meeting of two people (not "the talks between Germany and Poland"), paragraphs on.
  if (found.justTold) return joinedJustTold(text, sentence, found, events.filter(told), entities);
  const namedByDay = meetingOfNamedDay(text, masked, sentence, events, told);
  const meeting = namedByDay ?? (found.meetingWith.length > 0
    ? events.findLast((e) => told(e) && found.meetingWith.every((p) => e.participants.includes(p)) && metThere(e, found.meetingWith))
    : found.group
    ? events.findLast((e) => told(e) && e.participants.length === found.group!.size && (!found.group!.ofPeople || e.participants.every((p) => entities.get(p)?.kind === 'person')))
    : ((sentence.blockKind === 'body' && events.findLast((e) => told(e) && !e.evidence.every((item) => item.fromCaption))) || events.findLast(told)));
  // "attended the meeting" names it, wherever it was told; "was also present" paragraphs on is at the
  // summit, not at those talks, so without "the meeting" only a meeting of the same paragraph is joined,
  // or, for a list after the phrase ("Also present were X and Y"), one the paragraphs since told of no one else.
  const sameParagraph = meeting && !text.slice(meeting.evidence[meeting.evidence.length - 1].end, sentence.start).includes('\n');
  // "The talks covered the wharf. X also attended.": a paragraph that opens on the talks keeps to them.
  const paragraphOnTalks = () => talksOfTheMeeting(text.slice(text.lastIndexOf('\n', sentence.start) + 1, sentence.start));
  // "The Prime Minister was joined by X" paragraphs on: a participant's company at the meeting, when no one else was named since.
  const joinedParticipant = found.joinedSubject !== null && !!meeting && meeting.participants.includes(found.joinedSubject);
  if (!meeting || !(found.namesTheMeeting || namedByDay || sameParagraph || found.group || ((found.listAfter || joinedParticipant || paragraphOnTalks()) && stillAbout(meeting)))) return false;
  // "X and Y will meet again next month. Also present were Z and W": with another meeting told since, held or not, which one they were at is unclear.
  if (!namedByDay && found.meetingWith.length === 0 && !found.group && otherMeetingSince(meeting, events, sentence)) return false;
  // "X took part in the meeting" under another item's heading ("Head of State receives Y", "Steering committee"): the meeting
  // the page told before the heading is not the one this item's sentence speaks of, which went untold.
  if (!namedByDay && found.meetingWith.length === 0 && headedSince(meeting)) return false;
  // "also attended the meetings": each of the meetings its sentence told ("met A and B separately").
  const joined = MEETINGS_TOLD_AGAIN.test(masked) ? events.filter((e) => told(e) && e.evidence[0].start === meeting.evidence[0].start) : [meeting];
  for (const event of joined) {
    for (const joiner of found.joiners) if (!event.participants.includes(joiner.entity)) event.participants.push(joiner.entity);
    event.participants = settledSides(event.participants, entities);
    event.evidence.push(sentenceEvidence(text, sentence));
  }
  return true;
}

