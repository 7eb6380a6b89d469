/**
 * Statements: a speech verb outside quotations with its speaker, either before it ("X said",
 * "X, Iran's foreign minister, warned") or after it ('..." said X'). A news outlet is not a speaker:
 * its report is re-read for the actor it quotes ("Tasnim quoted X as saying", '"X praised ...,"
 * state TV said'). Targets are the other actors the sentence names after the verb or in the quote,
 * less places and adjectives (`isTarget`).
 */
import type { StatementKind } from '../../schema';
import { lexicon, officialCountryName } from '../model';
import words from '../model/words.json';
import { allMatches, GROUP_NOUN_PHRASE, groupBySentence, groupMembers, groupSize, institutionOfBefore, isNicknameQuote, listLead, maskQuotes, normalizePhrase, once, pastMeetingVerb, phrasePattern, statementVerbAlternation, statementVerbAt, statementVerbPattern, SUBJECT_TIME_ADVERBIAL, timeSpanPattern, trailingAttribution, withCapitals } from '../text/clauses';
import { signOffCredit, staffBylineCredit } from '../text/credits';
import { fullNameKey } from '../text/names';
import { isDatelineOrItsLinePlace } from '../text/datelines';
import type { Article, DocEntity, DraftEvent, Mention, PipelineState, Sentence, Stage } from '../types';
import { knownPersonBySurname, subjectOf } from '../06-entities';
import { findTriggers, honoredBefore } from '../07-meetings';
import { answerLabel, hasQuestionLabelLines, inQuestionTurn, intervieweeMention, labelledTurnSpeaker, opensWithFirstPerson } from '../06-entities/interview';
import { quoteKey } from '../13-merge-events';
import { bareRoleHolders, citedSources, isRelayer, passedOnParties, OBJECT_PRONOUN, objectPronounReferent, relayedTelling, type PronounContext } from './relayed';

// A period may follow the subject: an abbreviation ends its name ("Marcos Jr. said"), the sentence goes on.
// No two whitespace runs may stand side by side in these patterns: a long run of spaces before a
// mismatch would be split between them in every possible way (100 KB took minutes).
// "X, who criticised Y": the antecedent speaks the relative clause's verb.
/** A verb in the past tense: regular ones by their ending, and the irregular ones news uses most. */
const PAST_TENSE_VERB = String.raw`(?:\p{Ll}+ed|met|held|spoke|told|began|took|gave|made|sent|paid|led|brought|saw|went|came)`;

const BETWEEN_SUBJECT_AND_VERB = new RegExp(String.raw`^\.?(?:['’]s office)?(?:\s*\([^()]{1,40}\))?(?:\s*,[^,;“”"]{1,150},(?:\s*who)?|\s*,(?:\s*who)?)?\s*(?:(?:also|has|had|have|then|later|earlier|again|repeatedly|publicly|previously|reportedly|further|once again|himself|herself|itself|themselves|${phrasePattern(words.mannerAdverbs)}|(?:for|on) (?:his|her|its|their) part,?|${SUBJECT_TIME_ADVERBIAL})\s+)*$`, 'i');

export const statements: Stage = (state) => {
  const documents = new Map(state.documents.map((d) => [d.id, d]));
  const entities = new Map(state.entities.map((e) => [e.key, e]));
  const bySentence = groupBySentence(state.mentions);
  const events: DraftEvent[] = [...state.events];
  // Each document's meeting anchors, looked up per verb without building a key string for each.
  const meetingAnchors = new Map<string, Set<number>>();
  for (const e of state.events) if (e.type === 'meeting') meetingAnchors.set(e.documentId, (meetingAnchors.get(e.documentId) ?? new Set()).add(e.anchor));
  const meetingsTold = meetingsBySentence(state.events);
  const deniedMeetings = new Set(state.events.filter((e) => e.type === 'meeting' && e.status === 'denied').flatMap((e) => e.evidence.map(({ documentId, start }) => `${documentId}@${start}`)));
  const affiliated = new Set(state.mentions.filter((m) => m.affiliation !== null).map((m) => m.entity));
  // Each interview's interviewee, whom stage 06 marked.
  const interviewees = new Map(state.entities.filter((e) => e.interviewee).map((e) => [e.documentId, e.key]));
  // Each document's people, whom a transcript's turn labels may name.
  const peopleByDocument = new Map<string, DocEntity[]>();
  for (const e of state.entities) {
    if (e.kind !== 'person') continue;
    const people = peopleByDocument.get(e.documentId);
    if (people) people.push(e);
    else peopleByDocument.set(e.documentId, [e]);
  }
  // "the Lukashenko regime" in an article that names him nowhere else: the dictionary person, added to the entities.
  const leadersBySurname: DocEntity[] = [];
  const homes = homeCountries(state.sentences, state.mentions, entities, documents);
  // Whether each document sets a reporter's turns by label lines, read once per document.
  const questionLabelLines = new Map<string, boolean>();
  const batch: StatementsBatch = { state, documents, entities, bySentence, events, meetingAnchors, meetingsTold, deniedMeetings, affiliated, interviewees, peopleByDocument, leadersBySurname, homes, questionLabelLines };
  for (let index = 0; index < state.sentences.length; index++) statementsOfSentence(batch, state.sentences[index], index);
  const withLeaders = leadersBySurname.length === 0 ? state.entities : [...state.entities, ...leadersBySurname];
  return { ...state, entities: withLeaders, events: withoutOwnBodyTargets(withoutComplaintMatterTargets(withoutHomeCountryTargets(withRebuttedClaimants(withoutVoicedBodies(events, documents, entities), documents), homes, state.sentences, state.mentions, entities, documents), homes, entities, documents), state.mentions, entities) };
};

/** What one batch's sentences are read against, and the events and leaders they add to. */
interface StatementsBatch {
  state: PipelineState;
  documents: Map<string, Article>;
  entities: Map<string, DocEntity>;
  bySentence: Map<number, Mention[]>;
  events: DraftEvent[];
  meetingAnchors: Map<string, Set<number>>;
  meetingsTold: ReturnType<typeof meetingsBySentence>;
  deniedMeetings: Set<string>;
  affiliated: Set<string>;
  interviewees: Map<string, string>;
  peopleByDocument: Map<string, DocEntity[]>;
  leadersBySurname: DocEntity[];
  homes: ReturnType<typeof homeCountries>;
  questionLabelLines: Map<string, boolean>;
}

/**
 * The statements of one body sentence, pushed to the batch's events. A function of the module, not a closure made per
 * batch: V8 holds a closure's optimised code only weakly, and lost it at each full collection, compiling it again.
 */
function statementsOfSentence(batch: StatementsBatch, sentence: Sentence, index: number): void {
  const { state, documents, entities, bySentence, events, meetingAnchors, meetingsTold, deniedMeetings, affiliated, interviewees, peopleByDocument, leadersBySurname, homes, questionLabelLines } = batch;
  if (sentence.blockKind !== 'body') return;
  const text = documents.get(sentence.documentId)!.text;
  const masked = maskQuotes(text, sentence);
  const verbs = [...findVerbs(masked, sentence.start), ...liveBlogVerbs(masked, sentence.start), ...quoteOpeningVerbs(text, sentence), ...namingVerbs(text, masked, sentence), ...protestSummonsVerbs(masked, sentence.start)].sort((a, b) => a.start - b.start);
  const allVerbs = [...verbs, ...participleVerbs(text, masked, sentence.start, verbs), ...withSubjectVerbs(masked, sentence.start)];
  const eventsBefore = events.length;
  // "He told me that …": who told the interviewee the words they pass on is no target of theirs.
  const tellers = new Set<string>();
  // An interview's answer is the interviewee's words, where no speaker of its own is found.
  // A transcript's turn is the words of the person its label names.
  const answered = () => {
    if (events.length !== eventsBefore) return;
    if (!questionLabelLines.has(sentence.documentId)) questionLabelLines.set(sentence.documentId, hasQuestionLabelLines(text));
    const turn = labelledTurnSpeaker(text, state.sentences, index, questionLabelLines.get(sentence.documentId)!, peopleByDocument.get(sentence.documentId) ?? []);
    if (turn && inQuestionTurn(text, sentence, questionLabelLines.get(sentence.documentId)!)) return;
    const interviewee = interviewees.get(sentence.documentId);
    const label = turn ?? (interviewee ? answerLabel(text, sentence) : null);
    const answerer = turn?.speaker ?? interviewee;
    const answer = label && answerer ? answerStatement(text, sentence, index, bySentence, entities, answerer, label, allVerbs.length > 0, meetingsTold, deniedMeetings) : null;
    const targets = answer?.targets.filter((target) => !tellers.has(target)) ?? [];
    if (answer && targets.length > 0) events.push({ ...answer, targets });
  };
  // Most sentences have no speech verb: their mentions are not sorted out.
  if (allVerbs.length === 0) {
    const listed = listedStatement(text, state.sentences, index, bySentence, entities);
    if (listed) events.push(listed);
    answered();
    return;
  }
  // "Question (Jane Roe, Radio X): Minister, your counterpart said …": a reporter's question states nothing.
  if (!questionLabelLines.has(sentence.documentId)) questionLabelLines.set(sentence.documentId, hasQuestionLabelLines(text));
  if (inQuestionTurn(text, sentence, questionLabelLines.get(sentence.documentId)!)) return;
  const mentions = (bySentence.get(index) ?? []).filter((m) => m.entity === '' || entities.has(m.entity));
  const aboutMentions = withStateForms(text, sentence, index, mentions, state.mentions, entities, leadersBySurname);
  const pronounContext: PronounContext = { text, sentences: state.sentences, index, bySentence, entities, mentions: state.mentions };
  const speakers = new Set<string>();
  const spoken: Spoken[] = [];
  for (const verb of allVerbs) {
    // "X welcomed Y to Chequers" was read as a meeting: the same verb is not also a statement.
    if (meetingAnchors.get(sentence.documentId)?.has(verb.start)) continue;
    if (deniedReport(text, verb, verbs)) continue;
    if (courtesyErrand().test(text.slice(verb.start, verb.start + 200))) continue;
    // "welcomed his Azerbaijani counterpart at the palace", "welcomed the visiting delegation": a greeting, not words about anyone.
    if (welcomedGuest().test(text.slice(verb.start, verb.start + 80))) continue;
    // "New Zealand pledged NZ$30 million", "Japan announced a $300 million line of credit": a sum given is an act, not words.
    if ((verb.kind === 'SUPPORT' || pledgedSumVerbs().has(text.slice(verb.start, verb.end).toLowerCase())) && pledgedSum().test(text.slice(verb.end, verb.end + 40))) continue;
    // "Relations have been frosty since X announced its withdrawal": the clause only dates a background state.
    if (SINCE_CLAUSE.test(text.slice(Math.max(sentence.start, verb.start - 100), verb.start))) continue;
    // ", who, he said, had stressed": the parenthesis only tells whose report the relative clause is.
    if (relayingParenthesis().test(text.slice(sentence.start, verb.end))) continue;
    // "He recalled what President X had told him": the subject's account, not X's statement.
    // "He recalled the words of X, who said …": likewise, X's words only inside the subject's account.
    if (recountedWords().test(text.slice(sentence.start, verb.start)) || recountedSaying().test(text.slice(sentence.start, verb.start))) continue;
    if (longHeldStance(text, sentence, verb)) continue;
    // "He told me that …", "he assured me", "He congratulated us." in an answer: the first person relays the words, no
    // statement of the one who told them.
    if (FIRST_PERSON_OBJECT.test(text.slice(verb.end, verb.end + 4))) {
      const teller = speakerOf(text, sentence, mentions, verb, verbs, entities, pronounContext);
      if (teller) tellers.add(teller.entity);
      continue;
    }
    const passive = passiveStatement(text, sentence, mentions, verb) ?? rebuttedClaim(text, mentions, verb, spoken);
    if (passive) {
      spoken.push(passive);
      continue;
    }
    // "X held talks with Y on Monday, the ministry said": who reports a meeting says nothing of anyone.
    const meetingBefore = meetingToldBefore(text, masked, sentence, verb);
    const cancellation = meetingBefore === 'cancelled';
    if (meetingBefore === 'held' || (!cancellation && reportsMeetingAfter(text, sentence, verb, allVerbs, meetingsTold))) continue;
    const subject = verb.withSubject ? withPhraseSubject(text, mentions, verb) : verb.participle ? participleSpeaker(text, sentence, mentions, verb, entities) : (speakerOf(text, sentence, mentions, verb, verbs, entities, pronounContext) ?? honoredSpeaker(text, sentence, verb, entities));
    // "I had a meeting with X, and she confirmed that …": the first person tells what the one they met said.
    if (subject?.via === 'pronoun' && FIRST_PERSON_SUBJECT.test(masked.slice(0, subject.start - sentence.start))) {
      tellers.add(subject.entity);
      continue;
    }
    const own = subject && verb.envoyEnd !== undefined ? summoningCountry(mentions, verb, subject, entities, homes.get(sentence.documentId) ?? null) : subject;
    if (own?.kind === 'organization' && readsOutAct(text, masked, sentence, verb)) continue;
    if (own) spoken.push({ verb, speaker: own, coordinated: false, cancellation });
    const shared = own ? null : coordinatedSpeaker(text, verb, verbs, spoken);
    if (shared) spoken.push({ verb, speaker: shared, coordinated: true });
    const body = own || shared ? null : communiqueBody(text, state.sentences, index, verb, bySentence);
    if (body) spoken.push({ verb, speaker: body.speaker, coordinated: false, members: body.members });
    else if (!own && !shared) for (const member of groupSpeakers(text, state.sentences, index, verb, meetingsTold, entities)) spoken.push({ verb, speaker: member, coordinated: false });
  }
  const voices = ownCountryVoices(text, spoken, allVerbs, mentions, entities, affiliated);
  const voiceStarts = new Set([...voices.values()].flatMap((voice) => voice.map((mention) => mention.start)));
  const reported = reportedHomeCountries(text, spoken, entities);
  // "X said Armenia welcomed Y and called on Z to…": the verb coordinated with the voiced one is X's too.
  const voicedBy = new Map([...reported, ...[...voices].flatMap(([verb, [voice]]) => spoken.filter((item) => item.verb === verb).map((item) => [voice.start, item.speaker] as const))]);
  const speaking = spoken
    .map((item) => (item.coordinated && voicedBy.has(item.speaker.start) ? { ...item, speaker: voicedBy.get(item.speaker.start)! } : item))
    .filter((item) => !voiceStarts.has(item.speaker.start) && !reported.has(item.speaker.start));
  const relaying = speaking.filter((item) => relaysAnother(text, sentence, item, speaking, entities));
  const speakingNow = speaking.filter((item) => !relaying.includes(item) && !reportedPastWords(text, item, speaking, relaying, entities));
  for (const { verb, speaker, coordinated, passiveSubject, rebuttal, cancellation, members } of speakingNow) {
    const clauseEnd = Math.min(relativeClauseEnd(text, sentence, verb, verbs), coordinatedVerbStart(text, sentence, verb, verbs), nestedSpeakerStart(verb, speaker, speaking, sentence), ownRelativeStart(text, verb, speaker, speaking, sentence));
    const voiced = new Set((voices.get(verb) ?? []).map((voice) => voice.entity));
    if (passiveSubject) {
      if (speakers.has(speaker.entity) || passiveSubject.entity === speaker.entity) continue;
      speakers.add(speaker.entity);
      const event = statementEvent(text, sentence, aboutMentions, verb, speaker, clauseEnd, rebuttal);
      events.push({ ...event, targets: [...new Set([passiveSubject.entity, ...event.targets, ...toldPronoun(pronounContext, verb, speaker.entity)])] });
      continue;
    }
    if (coordinated) {
      // "… and thanked Egypt": a second statement of the same speaker, when it says something of someone;
      // "… and described Namibia as": a neutral verb too, when what follows its object is what it calls them.
      // "… and said Vietnam would not accept pressure from China": a saying verb's words are the whole clause after it.
      const saying = clauseSayingVerbs().has(text.slice(verb.start, verb.end).toLowerCase());
      const wordsEnd = saying ? clauseEnd : objectEnd(text, mentions, verb, clauseEnd);
      const event = statementEvent(text, sentence, aboutMentions, verb, speaker, Math.min(clauseEnd, wordsEnd), true);
      // "… and said La Paz would defend its lithium": the speaker's own country is the voice, not whom the words are about.
      const ownCountry = entities.get(speaker.entity)?.country ?? null;
      const targets = [...new Set([...event.targets, ...toldPronoun(pronounContext, verb, speaker.entity)])].filter((target) => !(saying && ownCountry !== null && entities.get(target)?.knownId === ownCountry));
      // "… and called Armenia "a trusted neighbour"": a naming verb's quote after its object is what it calls them.
      const named = namingVerbKinds()[text.slice(verb.start, verb.end).toLowerCase()] !== undefined && OPENING_QUOTE_NEXT.test(text.slice(wordsEnd, clauseEnd));
      if ((event.kind !== 'COMMENT' || saying || named || DESCRIBED_AS.test(text.slice(wordsEnd, clauseEnd))) && targets.length > 0) events.push({ ...event, targets });
      continue;
    }
    // "X said the Prime Minister had reminded her colleague that …": the Prime Minister's words, told to the colleague.
    const telling = relayedTelling(text, mentions, verb.end, speaker.entity, entities, state.mentions);
    if (telling) {
      // A teller named by a role the article gives to several people, none of the reporter's country, is no one known.
      if (!telling.teller || speakers.has(telling.teller.entity)) continue;
      speakers.add(telling.teller.entity);
      const event = statementEvent(text, sentence, aboutMentions, verb, telling.teller, clauseEnd);
      events.push({ ...event, targets: telling.told ? [telling.told.entity] : [] });
      continue;
    }
    const relay = relayedRelative(text, mentions, verb, clauseEnd);
    // "X conveyed the greetings of Y, who, he said, had stressed …": all X says is Y's words.
    if (relay?.only) continue;
    for (const joint of [...coSpeakers(text, mentions, speaker, verb), speaker]) {
      if (speakers.has(joint.entity)) continue;
      speakers.add(joint.entity);
      const event = statementEvent(text, sentence, aboutMentions, verb, joint, relay?.start ?? clauseEnd);
      const told = toldPronoun(pronounContext, verb, joint.entity);
      const cited = citedSources(text, mentions, verb.end);
      const passedOn = passedOnParties(text, mentions, verb.end);
      const deniedOwn = deniedOwnSide(text, sentence, mentions, verb.end, entities.get(joint.entity)?.country ?? null, entities);
      // "…, officials said.": a neutral saying verb closing the sentence (a short rest only: the pattern backtracks on long runs of spaces).
      const closingSaid = event.kind === 'COMMENT' && sentence.end - verb.end <= 40 && clauseSayingVerbs().has(text.slice(verb.start, verb.end).toLowerCase()) && CLOSING_VERB.test(text.slice(verb.end, sentence.end));
      const ownActs = ownActsTold(text, aboutMentions, verb, joint.entity, entities);
      const targets = event.targets.filter((target) => !voiced.has(target) && target !== relay?.source && !cited.has(target) && !passedOn.has(target) && !deniedOwn.has(target) && !ownActs.has(target) && !members?.has(target) && !(closingSaid && ownPerson(entities, joint.entity, target)));
      const envoys = verb.envoyEnd === undefined ? [] : envoysCountries(aboutMentions, verb.end, verb.envoyEnd, entities);
      // "saying the Prime Minister should…" where the article names several: the speaker's (or the article's) own.
      const holders = bareRoleHolders(masked, sentence.start, verb.end, relay?.start ?? clauseEnd, sentence.documentId, joint.entity, homes.get(sentence.documentId) ?? null, entities).filter((key) => !targets.includes(key));
      events.push({ ...event, targets: cancellation ? [] : [...new Set([...targets, ...envoys, ...holders, ...told])] });
    }
  }
  answered();
}

/** "welcomed the visiting minister.", "welcomed his counterpart at …": the welcome verb, a determiner, a guest's noun or office (roles.json), then the clause ends or a place or company follows. */
const welcomedGuest = once(() => new RegExp(String.raw`^welcom(?:ed|es|ing)\s+(?:the|his|her|their|its)\s+(?:[\p{L}-]+\s+){0,2}?(?:${phrasePattern([...lexicon().roles, ...words.welcomedGuestNouns])})s?(?=\s*(?:[.,;]|$)|\s+(?:at|to|in|on|with|and|for)\b)`, 'iu'));

// "asked Y to convey his greetings to Z": a courtesy passed on, no statement.
const courtesyErrand = once(() => {
  const { verbs, errands, nouns } = words.courtesyErrands;
  return new RegExp(String.raw`^(?:${phrasePattern(verbs)})\s+(?:[\p{L}.'’-]+\s+){1,6}?to\s+(?:${phrasePattern(errands)})\s+(?:his|her|their|its|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:${phrasePattern(nouns)})\b`, 'iu');
});

/**
 * "The Green Party criticized the deal. Its spokesperson, X, said …", "The party criticized the deal, with its leader X
 * saying …": the body's unquoted reaction is voiced by the member named right after, whose statement stands for it.
 */
function withoutVoicedBodies(events: DraftEvent[], documents: Map<string, { text: string }>, entities: Map<string, DocEntity>): DraftEvent[] {
  return events.filter((event) => {
    const kind = event.type === 'statement' ? entities.get(event.speaker!)?.kind : undefined;
    if (kind !== 'organization' && kind !== 'person') return true;
    const { start, end } = event.evidence[0];
    const text = documents.get(event.documentId)!.text;
    // "Analdex welcomed the deal. Its president, X, said": "Its" takes up no person, so a name taken for one is a body's.
    if (kind === 'person') return !NON_PERSON_MEMBER_APPOSED.test(text.slice(end, end + 160));
    const saying = memberSaying().exec(text.slice(event.anchor, end));
    // Only the body's own words, unquoted, before the member's.
    const reactionEnd = saying ? event.anchor + saying.index : end;
    if (/["“”]/.test(text.slice(start, reactionEnd))) return true;
    return saying === null && !MEMBER_APPOSED.test(text.slice(end, end + 160));
  });
}

// ", its president, X, said": a member's role and name apposed after the body's possessive.
const APPOSED_MEMBER = String.raw`\s+[^,.;"“”]{1,60},\s*\p{Lu}[^,.;"“”]{1,60},\s*(?:\p{Ll}+\s+)?\p{Ll}+`;
const MEMBER_APPOSED = new RegExp(String.raw`^[ \t]+(?:Its|Their)${APPOSED_MEMBER}`, 'u');
const NON_PERSON_MEMBER_APPOSED = new RegExp(String.raw`^[ \t]+Its${APPOSED_MEMBER}`, 'u');
// A spokesperson saying it is the body's own voice ("…, with spokesperson X saying …").
const memberSaying = once(() => new RegExp(String.raw`,\s*with\s+(?:(?:its|their|the)\s+)?(?:(?!(?:${phrasePattern(words.bodySpokespersonWords)})\b)\p{Ll}+\s+){1,3}(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}saying\b`, 'u'));

/**
 * "Y told reporters that… . X rejected the remark, saying…", "X dismissed the claims as…": what X rejects is the
 * statement of the sentence right before, so X speaks of its speaker, when that sentence has one.
 */
function withRebuttedClaimants(events: DraftEvent[], documents: Map<string, { text: string }>): DraftEvent[] {
  // Each document's statements, in order: a batch's other documents are never searched.
  const saidIn = new Map<string, DraftEvent[]>();
  for (const e of events) {
    if (e.type !== 'statement') continue;
    const said = saidIn.get(e.documentId);
    if (said) said.push(e);
    else saidIn.set(e.documentId, [e]);
  }
  return events.map((event) => {
    const text = documents.get(event.documentId)!.text;
    if (event.type !== 'statement' || event.kind !== 'REJECT' || !rejectedClaimAfter().test(text.slice(event.anchor + event.trigger.length, event.anchor + event.trigger.length + 40))) return event;
    const said = saidIn.get(event.documentId)!;
    const sentenceStart = event.evidence[0].start;
    const last = said.filter((e) => e.evidence[0].start < sentenceStart).at(-1);
    if (!last || !SAME_PARAGRAPH_NEXT.test(text.slice(last.evidence[0].end, sentenceStart))) return event;
    const claimants = new Set(said.filter((e) => e.evidence[0].start === last.evidence[0].start).map((e) => e.speaker));
    const [claimant] = claimants;
    return claimants.size === 1 && claimant && claimant !== event.speaker && !event.targets.includes(claimant) ? { ...event, targets: [claimant, ...event.targets] } : event;
  });
}

/** Only the sentence right before in the same paragraph: across a paragraph break the rebuttal may answer anything said earlier. */
const SAME_PARAGRAPH_NEXT = /^["”’]?[ \t]*$/;

/** " the remark", " these claims": the rejecting verb's object is something said before (words.json rebuttedClaimNouns). */
const rejectedClaimAfter = once(() => new RegExp(String.raw`^\s+(?:the|that|these|those|such)\s+(?:${phrasePattern(words.rebuttedClaimNouns)})s?\b`));

/**
 * "The OSCE's Special Representative in Moldova, X, …, saying the OSCE…", "UN Secretary-General X" and later
 * "Mr X said the UN would…": an organization a title anywhere in the article ties the speaker to is the one
 * the speaker speaks for, not of; so is a country ("France's Permanent Representative X …, saying Paris…") and
 * whoever sent the delegation the speaker led.
 */
function withoutOwnBodyTargets(events: DraftEvent[], mentions: Mention[], entities: Map<string, DocEntity>): DraftEvent[] {
  const bodies = new Map<string, Set<string>>();
  const names = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, value: string) => map.set(key, (map.get(key) ?? new Set()).add(value));
  for (const m of mentions) {
    if (m.affiliation !== null) add(bodies, m.entity, m.affiliation);
    if (m.kind !== 'person') add(names, m.entity, m.knownId ?? m.form);
  }
  const ownBody = (speaker: string | null, target: string) => entities.get(target)?.kind !== 'person' && [...(names.get(target) ?? [])].some((name) => bodies.get(speaker ?? '')?.has(name));
  return events.map((event) => {
    if (event.type !== 'statement' || !event.targets.some((t) => ownBody(event.speaker, t))) return event;
    return { ...event, targets: event.targets.filter((t) => !ownBody(event.speaker, t)) };
  });
}

/**
 * "X said Kenya welcomed Uganda's decision": the speaker's own country as the subject of the reported clause is the
 * speaker's voice, not a second speaker; what it welcomed is the speaker's statement, about Uganda, not Kenya. A
 * person whose country the text never gives and who holds no body's title speaks for the country so named. The
 * country's mention (and a partner's sharing it as subject), by the verb of the statement it is the voice in.
 */
function ownCountryVoices(text: string, spoken: Spoken[], verbs: Verb[], mentions: Mention[], entities: Map<string, DocEntity>, affiliated: Set<string>): Map<Verb, Mention[]> {
  const voices = new Map<Verb, Mention[]>();
  for (const { verb, speaker, passiveSubject } of spoken) {
    const person = entities.get(speaker.entity);
    if (person?.kind !== 'person' || passiveSubject) continue;
    const subject = mentions.find((m) => m.start >= verb.end && (REPORTED_SUBJECT_GAP.test(text.slice(verb.end, m.start)) || toldThenSubject(text.slice(verb.end, m.start))));
    const country = entities.get(subject?.entity ?? '');
    if (!subject || subject.modifier || country?.kind !== 'country') continue;
    // "X noted that Yerevan and Baku had shown…": a partner sharing the clause's subject with the speaker's own country speaks with it.
    // Told the press, a partner sharing the subject is whom the words are about ("told reporters that Finland and Estonia would…").
    const partner = toldPressThenSubject().test(text.slice(verb.end, subject.start)) ? undefined : mentions.find((m) => m.start >= subject.end && COSUBJECT_GAP.test(text.slice(subject.end, m.start)) && !m.modifier && entities.get(m.entity)?.kind === 'country');
    const subjectOfClause = partner ? PREDICATE_OPENING.test(text.slice(partner.end)) : verbs.some((v) => v.start >= subject.end && VERB_AFTER_SUBJECT.test(text.slice(subject.end, v.start))) || (toldThenSubject(text.slice(verb.end, subject.start)) && FINITE_PREDICATE.test(text.slice(subject.end)));
    if (!subjectOfClause) continue;
    if (person.country === country.knownId || (person.country === null && !affiliated.has(person.key))) voices.set(verb, partner ? [subject, partner] : [subject]);
  }
  return voices;
}

const COSUBJECT_GAP = /^\s+and\s+(?:the\s+)?$/;
/** A pair's predicate, of any verb: "Yerevan and Baku had shown". */
const PREDICATE_OPENING = /^\s+\p{Ll}/u;
const VERB_AFTER_SUBJECT = /^\s+(?:(?:also|has|had|have|would|will)\s+)?$/;
const REPORTED_SUBJECT_GAP = /^\s+(?:that\s+)?$/;
/** "told her counterpart that", "informed him that": whom the words were told, then the reported clause's subject. */
const TOLD_THEN_SUBJECT_GAP = /^\s+(?:him|her|them|(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+that\s+$/u;
/** "that Manila hoped", "that Sofia expected", "that Dhaka could no longer": a finite verb after the subject of the reported clause (maybe the quote's first word, 'that Quito "expects'). */
const FINITE_PREDICATE = /^\s+(?:["“]\s*\p{Ll}+\s|(?:(?:also|always|still|now|no longer|not)\s+)*(?:would|will|could|can|should|must|may|might|was|is|had|has|have|\p{Ll}+ed)\s)/u;

/** "told her counterpart that", "told reporters after the meeting that": whom the words were told, then the reported clause's subject. */
function toldThenSubject(gap: string): boolean {
  return TOLD_THEN_SUBJECT_GAP.test(gap) || toldPressThenSubject().test(gap);
}

const toldPressThenSubject = once(() => new RegExp(String.raw`^\s+(?:${phrasePattern(words.pressAudienceNouns)})(?:\s+(?:after|following)\s+the\s+\p{Ll}+)?\s+that\s+$`, 'u'));

/**
 * "Foreign Minister X said Malawi "looks to Zambia…"" in a Malawian outlet: a home outlet names
 * its own government's officials with no nationality, so such an official, whose country the text
 * never gives, speaks for the article's home country, not about it (as `dropOwnCountryTargets` has
 * it for a speaker whose country is known).
 */
function withoutHomeCountryTargets(events: DraftEvent[], homes: Map<string, string>, sentences: Sentence[], mentions: Mention[], entities: Map<string, DocEntity>, documents: Map<string, { text: string }>): DraftEvent[] {
  if (homes.size === 0) return events;
  const officials = new Set(mentions.filter((m, n) => homes.has(m.documentId) && titledHomeOffice(documents.get(m.documentId)!.text, sentences[m.sentence], m, mentions[n - 1])).map((m) => m.entity));
  // "Minister Y Z" after "Djiboutian Foreign Minister X Y Z": a shorter form of a person of a given country is that person, whom the names did not join.
  const nationals = new Map<string, DocEntity[]>();
  for (const e of entities.values()) {
    if (e.kind !== 'person' || e.country === null) continue;
    const ofDocument = nationals.get(e.documentId);
    if (ofDocument) ofDocument.push(e);
    else nationals.set(e.documentId, [e]);
  }
  for (const key of officials) {
    const official = entities.get(key);
    if (official && (nationals.get(official.documentId) ?? []).some((e) => e.key !== key && ` ${e.name} `.includes(` ${official.name} `))) officials.delete(key);
  }
  const isHome = (key: string, home: string) => entities.get(key)?.kind === 'country' && entities.get(key)?.knownId === home;
  return events.map((event) => {
    const home = homes.get(event.documentId);
    const speaker = entities.get(event.speaker ?? '');
    if (event.type !== 'statement' || !home || speaker?.country !== null || !officials.has(speaker.key) || !event.targets.some((t) => isHome(t, home))) return event;
    return { ...event, targets: event.targets.filter((t) => !isHome(t, home)) };
  });
}

/**
 * "criticised the government over its relations with India and China", "slammed the Government, saying the Prime Minister
 * was "playing Beijing and Canberra"": a complaint against the speaker's own government (the speaker's country, or the
 * outlet's home) is about that government; another country named in its grounds is only its matter. Not "criticised the
 * government of Nicaragua": that government is another country's.
 */
function withoutComplaintMatterTargets(events: DraftEvent[], homes: Map<string, string>, entities: Map<string, DocEntity>, documents: Map<string, { text: string }>): DraftEvent[] {
  return events.map((event) => {
    if (event.type !== 'statement' || event.kind !== 'ACCUSE') return event;
    const own = entities.get(event.speaker ?? '')?.country ?? homes.get(event.documentId) ?? null;
    const text = documents.get(event.documentId)!.text;
    if (own === null || !ownGovernmentObject().test(text.slice(event.anchor + event.trigger.length, event.anchor + event.trigger.length + 60))) return event;
    const isMatterCountry = (key: string) => {
      const target = entities.get(key);
      return target?.kind === 'country' && target.knownId !== own;
    };
    return event.targets.some(isMatterCountry) ? { ...event, targets: event.targets.filter((key) => !isMatterCountry(key)) } : event;
  });
}

/**
 * "the government", "the Federal Government's", "his own government", "the Pierre administration" (words.json
 * ownGovernmentNouns); not "the government of Nicaragua" or "in Kabul". Nor "accused the government of "dancing to
 * Canberra's tune"": the golds split on whether the country in such a charge is aimed at, so it stays.
 */
const ownGovernmentObject = once(() => new RegExp(String.raw`^\s+(?:the|his|her|their)\s+(?:own\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:${phrasePattern(withCapitals(words.ownGovernmentNouns))})(?:['’]s)?\b(?!\s+(?:of|in)\b)`, 'u'));

/**
 * "Foreign Minister X", "the ministry's Official Spokesperson X", "Vice Minister of Foreign Affairs X", "the Minister of
 * Trade, X": a government office as the title before a person's name, or apposed before it, held now.
 */
function titledHomeOffice(text: string, sentence: Sentence, m: Mention, previous: Mention | undefined): boolean {
  const { homeOfficeRoles } = lexicon();
  if (m.kind !== 'person' || m.country !== null) return false;
  const apposed = m.via !== 'title' && previous?.via === 'role' && previous.country === null && previous.sentence === m.sentence && (m.via === 'honorific' ? APPOSED_HONORIFIC_GAP : APPOSED_GAP).test(text.slice(previous.end, m.start));
  const title = m.via === 'title' ? m : apposed ? previous : undefined;
  const styled = title?.role ? null : styledTitleBefore(text, sentence, m, previous);
  const role = title?.role ?? styled?.role;
  if (!role) return false;
  // "vice minister of foreign affairs": the office is named before its portfolio.
  const office = role.split(/ (?:of|for) /)[0];
  if (!homeOfficeRoles.some((home) => office === home || office.endsWith(` ${home}`))) return false;
  const titleStart = title?.start ?? styled!.start;
  return !pastOfficeBefore().test(text.slice(Math.max(sentence.start, titleStart - 60), titleStart));
}

/**
 * "Minister of Foreign Affairs II Yang Berhormat Dato Seri X": a title the honorifics kept from being read as one, right
 * before them, with no one else's name between; its words in lower case, and where it starts.
 */
function styledTitleBefore(text: string, sentence: Sentence, m: Mention, previous: Mention | undefined): { role: string; start: number } | null {
  if (m.via !== 'honorific') return null;
  const found = STYLED_TITLE_BEFORE.exec(text.slice(sentence.start, m.start));
  if (!found) return null;
  const start = sentence.start + found.index;
  return previous && previous.end > start ? null : { role: found[0].trim().toLowerCase(), start };
}

/** "Minister of Foreign Affairs II Yang Berhormat Dato Seri Setia Awang Haji ": a capitalised title, its portfolio, then the style. */
const STYLED_TITLE_BEFORE = /(?<![\p{L}'’.-])\p{Lu}\p{Ll}+(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}'’.-]*))*\s+$/u;

const APPOSED_GAP = /^\s*,\s*$/;
/** "The Minister for Foreign Affairs, Hon. X", "The Prime Minister, Lord X": the honorific the name was found after. */
const APPOSED_HONORIFIC_GAP = /^\s*,\s*(?:\p{Lu}\p{L}*\.?\s+){1,3}$/u;

/** "Former prime minister X": a past office ends in the words before the name. */
const pastOfficeBefore = once(() => new RegExp(`(?:^|[^\\p{L}])(?:${phrasePattern(lexicon().pastOfficeModifiers)})\\s*(?:\\p{L}+\\s+){0,4}$`, 'iu'));

/**
 * The country each article is written from, where all it shows agrees: the place of its dateline
 * ("Lilongwe, May 3 (MANA) -") and the country of each person it names with no nationality whom
 * `model/people.json` knows ("Prime Minister X" in that country's press). Not a country whose
 * nationality the text gives someone: an outlet marks foreigners so ("Chilean Foreign Minister
 * Y … thanked President Z" is a foreign outlet's, whatever Z's country), and such a country does
 * not speak against another ("Djiboutian Foreign Minister Y" beside an unmarked Ethiopian). The
 * dateline's country is the home all the same: an outlet writing from its capital may give its own
 * minister's state in full ("Minister of Foreign Affairs of the Republic of Indonesia X").
 */
function homeCountries(sentences: Sentence[], mentions: Mention[], entities: Map<string, DocEntity>, documents: Map<string, { text: string }>): Map<string, string> {
  const shown = new Map<string, Set<string>>();
  const show = (documentId: string, country: string) => shown.set(documentId, (shown.get(documentId) ?? new Set()).add(country));
  const firstBodySentence = new Map<string, number>();
  sentences.forEach((sentence, index) => {
    if (sentence.blockKind === 'body' && !firstBodySentence.has(sentence.documentId)) firstBodySentence.set(sentence.documentId, index);
  });
  const nationalityGiven = new Set<string>();
  const givenCountries = new Set<string>();
  const datelines = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'person' && m.country !== null) {
      nationalityGiven.add(m.entity);
      givenCountries.add(`${m.documentId}@${m.country}`);
    }
    const text = documents.get(m.documentId)!.text;
    const firstBody = firstBodySentence.get(m.documentId);
    // "KATHMANDU, NOVEMBER 17" on a line of its own above the body is a dateline as much as one opening it.
    const dateline = isDatelineOrItsLinePlace(text, m, sentences, firstBody) || placeOfPublicationLine(text, sentences[m.sentence], m);
    if (dateline && m.kind === 'country' && m.knownId) {
      show(m.documentId, m.knownId);
      datelines.add(`${m.documentId}@${m.knownId}`);
    }
  }
  // "By Monitor Reporter", "Published in The Express Tribune, …": a national paper's own credit places it as a dateline does.
  for (const [documentId, { text }] of documents) {
    const home = homePressOf(text, firstBodySentence.has(documentId) ? sentences[firstBodySentence.get(documentId)!].start : 0);
    if (home === null) continue;
    show(documentId, home);
    datelines.add(`${documentId}@${home}`);
  }
  for (const entity of entities.values()) {
    if (entity.kind === 'person' && entity.country !== null && !nationalityGiven.has(entity.key)) show(entity.documentId, entity.country);
  }
  const homes = new Map<string, string>();
  for (const [documentId, countries] of shown) {
    const unmarked = [...countries].filter((country) => !givenCountries.has(`${documentId}@${country}`) || datelines.has(`${documentId}@${country}`));
    if (unmarked.length === 1) homes.set(documentId, unmarked[0]);
  }
  return homes;
}

/** The country of the national paper (agencies.json homePress) a staff byline before the body or a sign-off credits, or null; null too when they name two. */
function homePressOf(text: string, bodyStart: number): string | null {
  const { homePress } = lexicon();
  const credited = [staffBylineCredit(text.slice(0, bodyStart)), signOffCredit(text)].filter((name): name is string => !!name);
  const homes = new Set(credited.map((name) => homePress.get(name.trim().toLowerCase()) ?? null));
  return homes.size === 1 ? [...homes][0] : null;
}

/** "Sunday, 20 September 2026 | Kabul, Afghanistan": a headline line with a year, then the place after a bar, is where the outlet writes from. */
function placeOfPublicationLine(text: string, sentence: Sentence, m: Mention): boolean {
  if (sentence.blockKind !== 'headline' || m.kind !== 'country' || !m.knownId) return false;
  const line = text.slice(sentence.start, sentence.end);
  const bar = line.lastIndexOf('|');
  return bar >= 0 && YEAR.test(line.slice(0, bar)) && m.start > sentence.start + bar && PLACE_AFTER_BAR.test(text.slice(sentence.start + bar + 1, m.start));
}

const YEAR = /\b(?:19|20)\d{2}\b/;
/** Only the place's own words before it: "| Kabul, " before "Afghanistan". */
const PLACE_AFTER_BAR = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s*,?\s*){0,3}$/u;

/**
 * "The Algerian presidency said that Mr Tebboune had stressed…", "Mr Maris told X that…, ministry
 * spokesman Y said": a government or a spokesperson passing on the words of a person of its own
 * country, who is the one speaking. Not "Kenyan officials requested …, Ruto said": there the
 * person's verb closing the sentence passes on the government's words.
 */
function relaysAnother(text: string, sentence: Sentence, item: Spoken, spoken: Spoken[], entities: Map<string, DocEntity>): boolean {
  const relayer = entities.get(item.speaker.entity);
  if (!relayer || item.coordinated || item.passiveSubject) return false;
  // "the Council said General X told Y that…": all the body says is what a named person said.
  if (relayer.kind === 'organization') return spoken.some((other) => other.verb.start > item.verb.start && entities.get(other.speaker.entity)?.kind === 'person' && RELAYED_AT_ONCE.test(text.slice(item.verb.end, other.speaker.start)));
  const spokesperson = relayer.kind === 'person' && isRelayer(relayer);
  if (relayer.kind !== 'country' && !spokesperson) return false;
  // A spokesperson of no stated country speaks for whoever they relay; a government, for a person of its own country
  // or of none the text gives ("Wisma Putra said that Mohamad stressed": a home outlet names its minister bare).
  const country = relayer.kind === 'country' ? relayer.knownId : relayer.country;
  // 'Mr X "reaffirmed …", the ministry said.': a government whose verb closes the sentence reports whoever spoke before it.
  const closing = !spokesperson && AFTER_CLAUSE.test(text.slice(sentence.start, item.speaker.start)) && CLOSING_ATTRIBUTION_REST.test(text.slice(item.verb.end, sentence.end));
  return spoken.some((other) => {
    const person = entities.get(other.speaker.entity);
    if (closing && other.verb.start < item.verb.start && person?.kind === 'person') return true;
    const passedOn = !CLOSING_VERB.test(text.slice(other.verb.end, sentence.end)) && (spokesperson || other.verb.start > item.verb.start);
    return passedOn && person !== relayer && person?.kind === 'person' && !isRelayer(person) && (person.country === country || (spokesperson && country === null) || (!spokesperson && person.country === null));
  });
}

/**
 * "X said Y had welcomed …": what a person reports another had said earlier is a quote of a quote, the reporter's
 * words, not a statement of Y's own. Not when the reporter relays (a spokesperson or government passing on its own
 * side's words, which `relaysAnother` credits to the one relayed).
 */
function reportedPastWords(text: string, item: Spoken, spoken: Spoken[], relaying: Spoken[], entities: Map<string, DocEntity>): boolean {
  if (item.coordinated || item.passiveSubject || !PLUPERFECT_GAP.test(text.slice(item.speaker.end, item.verb.start))) return false;
  // "… tells reporters that Y had told him …": the reporter's account of what Y told him, unless a spokesperson
  // reports it ("A ministry spokesman said that she had told him …" passes on Y's own words).
  if (REPORTED_THAT.test(text.slice(Math.max(0, item.speaker.start - 6), item.speaker.start)) && TOLD_THE_REPORTER.test(text.slice(item.verb.start, item.verb.end + 8))) {
    return !spoken.some((reporter) => reporter.verb.end <= item.speaker.start && isRelayer(entities.get(reporter.speaker.entity)));
  }
  return spoken.some((reporter) => !relaying.includes(reporter) && reporter.speaker.entity !== item.speaker.entity && entities.get(reporter.speaker.entity)?.kind === 'person' && reporter.verb.end <= item.speaker.start && REPORTED_SUBJECT_GAP.test(text.slice(reporter.verb.end, item.speaker.start)));
}

const REPORTED_THAT = /\bthat\s+$/;
const TOLD_THE_REPORTER = /^told\s+(?:him|her)\b/i;
/** "I had …", "we met …" outside quotes: a first-person subject before a clause of the sentence. */
const FIRST_PERSON_SUBJECT = /(?:^|[\s,;])(?:I|[Ww]e)\s+\p{Ll}/u;
/** " me", " us" right after a verb (lower case: "told US officials" names a country). */
const FIRST_PERSON_OBJECT = /^\s+(?:me|us)\b/;

/** " had ": the reported clause's verb in the past before the past of its report. */
const PLUPERFECT_GAP = /^\s+had\s+$/;

/** " that General ": between a body's verb and the person it relays, only "that" and a title. */
const RELAYED_AT_ONCE = /^\s+(?:that\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * "Mirzoyan said … that Armenia welcomed X and called on Y": a minister's own country, the subject of
 * the clause he reports, is what he says, not a second speaker. Returns who reports each, by the country's mention start.
 */
function reportedHomeCountries(text: string, spoken: Spoken[], entities: Map<string, DocEntity>): Map<number, Mention> {
  const reporters = new Map<number, Mention>();
  for (const item of spoken) {
    const country = entities.get(item.speaker.entity);
    if (country?.kind !== 'country' || item.coordinated || item.passiveSubject) continue;
    const reporter = spoken.find((other) => {
      const person = entities.get(other.speaker.entity);
      return person?.kind === 'person' && !isRelayer(person) && person.country === country.knownId
        && other.verb.end <= item.speaker.start && REPORTED_CLAUSE_OPENING.test(text.slice(other.verb.end, item.speaker.start));
    });
    if (reporter) reporters.set(item.speaker.start, reporter.speaker);
  }
  return reporters;
}

/** From a speech verb to its "that" clause's subject: "said in a statement after the meeting that ". */
const REPORTED_CLAUSE_OPENING = /^[^;:"“”]{0,60}?\bthat\s+(?:the\s+)?$/;

/** What may follow a verb that closes its sentence: '…," Ruto said on Monday.' */
const CLOSING_VERB = /^(?:\s+\p{L}+){0,2}\s*[.!?]?\s*$/u;
/** A comma or a closing quotation mark, and at most an article, before an attribution's subject. */
const AFTER_CLAUSE = /[,"”]\s*(?:the\s+)?$/i;

interface Spoken {
  verb: Verb;
  speaker: Mention;
  /** Spoken by the subject of the verb it is coordinated with. */
  coordinated: boolean;
  /** "X was criticised by Y": the passive's subject, whom Y spoke about. */
  passiveSubject?: Mention;
  /** ", a claim Y rejected": Y's words are only what follows the verb; what precedes is the claim. */
  rebuttal?: boolean;
  /** "The visit was called off, the ministry said": the news that a meeting will not happen, about none of its sides. */
  cancellation?: boolean;
  /** A body's communiqué: the countries whose people sat in its session, its own members, no targets. */
  members?: Set<string>;
}

interface Verb {
  start: number;
  end: number;
  kind: StatementKind;
  /** ", accusing X of…": spoken by the main clause's subject. */
  participle?: boolean;
  /** ", with spokesperson X saying that…": spoken by the subject of its "with" phrase. */
  withSubject?: boolean;
  /** "summoned the Russian ambassador, X, to protest…": where the envoy (and his name) end; the envoy's country (a demonym too) and the envoy named are the targets. */
  envoyEnd?: number;
}

/** After a comma, or after a statement issued ("issued a communique on Friday accusing…"): the document's words are its issuer's. */
const participlePattern = once(() => {
  const { participleStatementVerbs, documentIssuingVerbs, statementDocuments } = lexicon().triggers;
  const issuedDocument = String.raw`\b(?:${phrasePattern(documentIssuingVerbs)})\s+(?:a|an|its|their)\s+(?:joint\s+)?(?:${phrasePattern(statementDocuments)})(?:\s+[\p{L}\d]+){0,3}?`;
  return new RegExp(String.raw`(?:,|${issuedDocument})\s+(${phrasePattern(Object.keys(participleStatementVerbs))})\b`, 'gu');
});

/** Participles after a comma, in a sentence with no finite speech verb before them ("…, the ministry said, adding" is that verb's). */
function participleVerbs(text: string, masked: string, offset: number, verbs: Verb[]): Verb[] {
  const kinds = lexicon().triggers.participleStatementVerbs as Record<string, StatementKind>;
  return allMatches(masked, participlePattern())
    .map((match) => {
      const start = offset + match.index + match[0].length - match[1].length;
      return { start, end: start + match[1].length, kind: kinds[normalizePhrase(match[1])], participle: true };
    })
    .filter((verb) => !verbs.some((finite) => finite.start < verb.start))
    .filter((verb) => !predicativeParticiples().has(text.slice(verb.start, verb.end).toLowerCase()) || NAME_THEN_PREDICATE.test(text.slice(verb.end, verb.end + 80)));
}

const predicativeParticiples = once(() => new Set(lexicon().triggers.predicativeParticiples));
/** ' Chaves "a puppet"', ' Ruto a mercenary': a capitalised name, then a quotation or an indefinite article. */
const NAME_THEN_PREDICATE = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:["“]|an?\s)/u;

/** The sentence's subject, when it comes before the participle: "X hit back on Monday, accusing Y of…". */
function participleSpeaker(text: string, sentence: Sentence, mentions: Mention[], verb: Verb, entities: Map<string, DocEntity>): Mention | null {
  const subject = subjectOf(text, sentence, mentions, entities);
  return subject && subject.end <= verb.start && !subject.inQuote ? subject : null;
}

/** "…, with spokesperson X (…) saying that…": a participle after the subject of a "with" phrase, which says it. */
function withSubjectVerbs(masked: string, offset: number): Verb[] {
  const kinds = lexicon().triggers.participleStatementVerbs as Record<string, StatementKind>;
  return allMatches(masked, withSubjectPattern()).map((match) => {
    const start = offset + match.index + match[0].length - match[1].length;
    return { start, end: start + match[1].length, kind: kinds[normalizePhrase(match[1])], withSubject: true };
  });
}

const withSubjectPattern = once(() => new RegExp(String.raw`,\s*with\s+(?:(?:its|their|the|a)\s+)?(?:\p{Ll}+\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*\s+){1,5}(?:\([^()]{1,40}\)\s+)?(${phrasePattern(Object.keys(lexicon().triggers.participleStatementVerbs))})\b`, 'gu'));

/** The name that ends right before the participle, parentheses aside. */
function withPhraseSubject(text: string, mentions: Mention[], verb: Verb): Mention | null {
  return mentions.findLast((m) => m.end <= verb.start && !!m.entity && !m.inQuote && /^\s*(?:\([^()]{1,40}\)\s*)?$/.test(text.slice(m.end, verb.start))) ?? null;
}

const relayedVerbPattern = once(() => new RegExp(`^\\s*(?:["“]\\s*)?(?:${statementVerbAlternation()})\\b`));

/**
 * "X has called Y "a dictator"": a naming verb outside quotations, then a name and the quotation that opens right after it;
 * "X attacked Y for "arming the militias"": a reproach verb, a name, "for" and the quotation.
 */
function namingVerbs(text: string, masked: string, sentence: Sentence): Verb[] {
  const kinds = namingVerbKinds();
  const said = text.slice(sentence.start, sentence.end);
  // Both patterns end before an opening double quote: most sentences have none, and are not searched.
  if (!OPENING_DOUBLE_QUOTE.test(said)) return [];
  return [...allMatches(said, namingVerbPattern()), ...allMatches(said, reproachVerbPattern())]
    .filter((match) => masked.startsWith(match[1], match.index))
    .map((match) => ({ start: sentence.start + match.index, end: sentence.start + match.index + match[1].length, kind: kinds[normalizePhrase(match[1])] }));
}

const OPENING_DOUBLE_QUOTE = /["“]/;

/** Each naming and reproach verb's kind (triggers.json namingVerbs, reproachVerbs), merged once rather than per sentence. */
const namingVerbKinds = once(() => ({ ...lexicon().triggers.namingVerbs, ...lexicon().triggers.reproachVerbs }) as Record<string, StatementKind>);
const NAME_BEFORE_QUOTE = String.raw`\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}`;
// "called Lula a "corrupt communist"": an article may open what the quotation calls them; "called the accusations over the
// drone "groundless"": words said before (triggers.json namedMatters), what they are about aside.
const namingVerbPattern = once(() => {
  const { namingVerbs, namedMatters } = lexicon().triggers;
  const namedMatter = String.raw`\s+the\s+(?:${phrasePattern(namedMatters)})(?:\s+[\p{L}-]+){0,4}?\s+`;
  return new RegExp(String.raw`\b(${phrasePattern(Object.keys(namingVerbs))})(?:${NAME_BEFORE_QUOTE}|${namedMatter})(?:an?\s+)?(?=["“])`, 'gu');
});
const reproachVerbPattern = once(() => new RegExp(String.raw`\b(${phrasePattern(Object.keys(lexicon().triggers.reproachVerbs))})${NAME_BEFORE_QUOTE}for\s+(?=["“])`, 'gu'));

/** "summoned Finland's ambassador over what it called…", "summoned the Ugandan envoy to protest…": a summons told as a protest (triggers.json protestSummons). */
function protestSummonsVerbs(masked: string, offset: number): Verb[] {
  return allMatches(masked, protestSummonsPattern()).map((match) => ({ start: offset + match.index, end: offset + match.index + match[2].length, kind: 'ACCUSE', envoyEnd: offset + match.index + match[1].length }));
}

/**
 * Who summons an envoy when a bare ministry does ("the foreign ministry summoned Kenya's ambassador in Juba"): a ministry
 * summons the envoys posted to its own country, so the seat of the post names it; with no seat given, a ministry read as
 * the envoy's own country ("summoned Sudan's chargé d'affaires" after "Sudan's Foreign Ministry said") is the article's home
 * country's, or no one known.
 */
function summoningCountry(mentions: Mention[], verb: Verb, subject: Mention, entities: Map<string, DocEntity>, home: string | null): Mention | null {
  if (subject.via !== 'focal-government') return subject;
  const envoy = mentions.filter((m) => m.start >= verb.end && m.end <= verb.envoyEnd!);
  const seat = envoy.find((m) => m.locative === 'place' && entities.get(m.entity)?.kind === 'country');
  const envoyCountries = new Set(envoy.filter((m) => m !== seat && entities.get(m.entity)?.kind === 'country').map((m) => m.entity));
  const summoner = seat && !envoyCountries.has(seat.entity) ? seat.entity : envoyCountries.has(subject.entity) ? `${subject.documentId}#${home}` : subject.entity;
  const country = entities.get(summoner);
  return country?.kind === 'country' && !envoyCountries.has(summoner) ? { ...subject, entity: summoner, knownId: country.knownId, country: country.knownId } : null;
}

/** The countries named before the summoned envoy's noun ("Finland's", "the Russian"). */
function envoysCountries(mentions: Mention[], from: number, to: number, entities: Map<string, DocEntity>): string[] {
  return [...new Set(mentions.filter((m) => m.start >= from && m.end <= to && entities.get(m.entity)?.kind === 'country').map((m) => m.entity))];
}

/**
 * The verb (group 2) and the envoy (group 1 ends there): maybe the day first ("summoned on Monday the ambassador of …"), the
 * envoy's country (a possessive or a demonym) or the envoy "of" a country ("the Ambassador of Côte d'Ivoire"), the envoy's
 * name set off by commas (maybe after the seat of his post, "in Quito", the summoner's own country), at most a short
 * adverbial ("on Monday") and what the summons was "over" or came "after" set off by commas, then the cue.
 */
const protestSummonsPattern = once(() => {
  const { verbs, envoys, cues } = lexicon().triggers.protestSummons;
  const envoy = phrasePattern(withCapitals(envoys));
  const envoyOfCountry = String.raw`(?:${envoy})\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:d['’])?\p{Lu}[\p{L}.'’-]*){0,3}`;
  return new RegExp(String.raw`\b((${phrasePattern(verbs)})\s+(?:on\s+\p{Lu}\p{Ll}+day\s+)?(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:${envoy})\b|${envoyOfCountry})(?:(?:\s+in\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*(?=,))?)(?:\s+(?:on|in|late|early)\s+[^,;:"“”]{1,30}?)?(?:,?\s+(?:over|after)\s+[^,;:"“”]{1,80}?(?=,))?,?\s+(?:${phrasePattern(cues)})\b`, 'gu');

});

/** "10:40 AM - Ambassador X accuses France of…", "4.00pm: X criticises…": a live blog's timestamped entry reports words in the present tense. */
function liveBlogVerbs(masked: string, offset: number): Verb[] {
  if (!LIVE_BLOG_TIMESTAMP.test(masked)) return [];
  return verbsMatching(masked, offset, liveBlogVerbPattern(), lexicon().triggers.liveBlogStatementVerbs as Record<string, StatementKind>);
}

const LIVE_BLOG_TIMESTAMP = /^\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*[-–—:]\s/;
const liveBlogVerbPattern = once(() => new RegExp(`\\b(?:${phrasePattern(Object.keys(lexicon().triggers.liveBlogStatementVerbs))})\\b`, 'g'));

function findVerbs(masked: string, offset: number): Verb[] {
  return verbsMatching(masked, offset, statementVerbPattern(), lexicon().triggers.statementVerbs as Record<string, StatementKind>);
}

function verbsMatching(masked: string, offset: number, pattern: RegExp, kinds: Record<string, StatementKind>): Verb[] {
  return allMatches(masked, pattern).map((match) => ({
    start: offset + match.index,
    end: offset + match.index + match[0].length,
    kind: kinds[normalizePhrase(match[0])],
  }));
}

/**
 * "The Minister used the occasion to:" then "- Call on X to…", "- Express appreciation to Y…": each item of the
 * list that opens with a speech verb's base form is a statement of the lead's subject. Only items straight
 * after the lead (or after other items); an item with no speech verb first ("- To convene…") says nothing.
 */
function listedStatement(text: string, sentences: Sentence[], index: number, bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>): DraftEvent | null {
  const item = sentences[index];
  const itemVerb = LIST_ITEM_VERB.exec(text.slice(item.start, item.end));
  const kind = itemVerb ? baseFormKind(itemVerb[2]) : undefined;
  if (!itemVerb || !kind) return null;
  let leadIndex = index - 1;
  while (leadIndex >= 0 && sentences[leadIndex].documentId === item.documentId && LIST_ITEM.test(text.slice(sentences[leadIndex].start, sentences[leadIndex].end))) leadIndex--;
  const lead = sentences[leadIndex];
  if (!lead || lead.documentId !== item.documentId || lead.blockKind !== 'body') return null;
  const opening = listLead().exec(text.slice(lead.start, lead.end));
  if (!opening) return null;
  const leadVerb: Verb = { start: lead.start + opening.index, end: lead.end, kind };
  const speaker = speakerOf(text, lead, (bySentence.get(leadIndex) ?? []).filter((m) => entities.has(m.entity)), leadVerb, [], entities);
  if (!speaker) return null;
  const verb: Verb = { start: item.start + itemVerb.index + itemVerb[1].length, end: item.start + itemVerb[0].length, kind };
  const mentions = (bySentence.get(index) ?? []).filter((m) => m.entity === '' || entities.has(m.entity));
  return statementEvent(text, item, mentions, verb, speaker, item.end);
}

/**
 * "A: Chile chose to take sides.": a sentence of an interview's answer, with no speech verb, is the interviewee's
 * statement about the actors it names. Not one that tells of a meeting, nor the interviewee's account of their own
 * acts ("We have invited Peru to …", "We support the OAS") unless a speech verb makes it one ("We urged Peru to …").
 */
function answerStatement(text: string, sentence: Sentence, index: number, bySentence: Map<number, Mention[]>, entities: Map<string, DocEntity>, interviewee: string, label: { start: number; end: number }, hasSpeechVerb: boolean, meetingsTold: Map<string, DraftEvent[]>, deniedMeetings: Set<string>): DraftEvent | null {
  if (meetingsTold.has(`${sentence.documentId}@${sentence.start}`)) return null;
  // "I have not met Minister X": a meeting the answerer denies says something of the one not met.
  const denial = deniedMeetings.has(`${sentence.documentId}@${sentence.start}`);
  if (!hasSpeechVerb && !denial && opensWithFirstPerson(text.slice(sentence.start, sentence.end))) return null;
  // "The minister had a telephone conversation with X": an answer telling of a meeting the meetings stage did not take is no statement either.
  if (!hasSpeechVerb && !denial && findTriggers(maskQuotes(text, sentence), sentence.start, text.slice(sentence.start, sentence.end)).length > 0) return null;
  // "He told Mr. X that …": the answer passes on a third person's words to another, none of the answerer's (not "She told me that …").
  if (hasSpeechVerb && THIRD_PERSON_OPENING.test(text.slice(sentence.start, sentence.start + 20))) return null;
  // "Secretary Rubio understood perfectly.", "X was with us in the room", "X is expected in Budapest": without a speech
  // verb, a quote or a denial, an answer tells what people did or will do; it speaks of countries and bodies. Of a
  // person's conduct over time too ("President X has ignored every appeal"): a stance the answer holds against them.
  const ofPeople = hasSpeechVerb || denial || sentence.quotes.length > 0;
  const mentions = (bySentence.get(index) ?? []).filter((m) => (m.entity === '' || entities.has(m.entity)) && (ofPeople || m.kind !== 'person' || CONDUCT_OVER_TIME.test(text.slice(m.end, m.end + 40))));
  const speaker = intervieweeMention(sentence, index, label, interviewee);
  const event = statementEvent(text, sentence, mentions, { start: sentence.start, end: sentence.start, kind: 'COMMENT' }, speaker, sentence.end);
  return event.targets.length > 0 ? { ...event, trigger: text.slice(label.start, label.end) } : null;
}

/** A person's present perfect right after their name ("has ignored", "has been lobbying", "has not kept"): conduct over time, not one event. */
const CONDUCT_OVER_TIME = /^\s+(?:has|have)\s+(?:(?:not|never|always|also|repeatedly|long)\s+)?\p{Ll}+(?:ed|en|wn|ne|pt|ld)\b/u;
const THIRD_PERSON_OPENING = /^(?:He|She|They)\s(?!told\s+(?:me|us)\b)/;

const LIST_ITEM = /^[-–—•]\s/;
const LIST_ITEM_VERB = /^([-–—•]\s+)(\p{Lu}\p{Ll}+(?:\s+(?:on|for))?)\b/u;

/** The kind of the speech verb whose base form opens a list item ("Call on" is "called on", "Reiterate" "reiterated"). */
function baseFormKind(verb: string): StatementKind | undefined {
  const kinds = lexicon().triggers.statementVerbs as Record<string, StatementKind>;
  const [head, ...rest] = normalizePhrase(verb).split(' ');
  const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
  return kinds[`${head}d${tail}`] ?? kinds[`${head}ed${tail}`] ?? kinds[`${head}${head.at(-1)}ed${tail}`] ?? (tail ? baseFormKind(head) : undefined);
}

/**
 * 'X "urged both parties to refrain…"': a quotation that opens with the speech verb right after a word of the
 * subject quotes the verb too; the verb starts at the quotation mark, so the subject stands just before it.
 */
function quoteOpeningVerbs(text: string, sentence: Sentence): Verb[] {
  const kinds = lexicon().triggers.statementVerbs as Record<string, StatementKind>;
  return sentence.quotes.flatMap((q) => {
    const opening = QUOTE_OPENING_VERB().exec(text.slice(q.start, q.end));
    // "X, according to a communiqué from the Presidency, "welcomed …"": a source set off by commas may stand before the verb.
    if (!opening || !(/\p{L}\s$/u.test(text.slice(Math.max(sentence.start, q.start - 2), q.start)) || SOURCE_BEFORE_QUOTE.test(text.slice(sentence.start, q.start)))) return [];
    return [{ start: q.start, end: q.start + opening[0].length, kind: kinds[normalizePhrase(opening[1])] }];
  });
}

const SOURCE_BEFORE_QUOTE = /\p{L},\s+according\s+to\s+[^,;:"“”]{3,60},\s$/u;
const QUOTE_OPENING_VERB = once(() => new RegExp(`^["“](${statementVerbAlternation()})\\b`));

function isMedia(text: string, m: Mention | undefined, npEnd: number): boolean {
  if (!m) return false;
  if (m.via === 'outlet') return true;
  const tail = text.slice(m.end, npEnd).toLowerCase().trim();
  return lexicon().mediaHeads.some((h) => tail === h || tail.endsWith(` ${h}`));
}

/** "Brazil and Colombia called on…", "Kenya, Uganda and Tanzania said": the subjects coordinated before the speaker speak too. */
function coSpeakers(text: string, mentions: Mention[], speaker: Mention, verb: Verb): Mention[] {
  if (speaker.end > verb.start) return [];
  const before = mentions.filter((m) => m.end <= speaker.start && m.entity && !m.modifier && !m.locative && !m.inQuote);
  const joined: Mention[] = [];
  let next = speaker;
  for (const m of before.reverse()) {
    const link = text.slice(m.end, next.start);
    if (!(next === speaker ? /^\s*(?:,\s*)?and\s+$/ : /^\s*,\s*$/).test(link)) break;
    joined.unshift(m);
    next = m;
  }
  return joined;
}

/** "In a joint statement, X said", "Asked whether…, X said": an opening phrase before the subject. */
const OPENING_PHRASE = /^\s*(?:in|on|at|during|after|following|speaking|asked|when asked)\b[^,;“”"]{0,60},\s*/i;

/** Where the verb's clause starts: past a quote before it and an opening phrase ("On Monday, "). */
function clauseStartOf(text: string, sentence: Sentence, verb: Verb): number {
  const sentenceStart = Math.max(sentence.start, ...sentence.quotes.filter((q) => q.end <= verb.start && !isNicknameQuote(text, q)).map((q) => q.end));
  const opening = OPENING_PHRASE.exec(text.slice(sentenceStart, verb.start));
  return sentenceStart + (opening ? opening[0].length : 0);
}

/**
 * "X was sharply criticised by Y", "X has been praised by the Y government": Y speaks of X. Only
 * verbs that say something of someone; the subject heads the clause as a speaker would.
 */
function passiveStatement(text: string, sentence: Sentence, mentions: Mention[], verb: Verb): Spoken | null {
  if (verb.kind === 'COMMENT' || verb.participle) return null;
  const clauseStart = clauseStartOf(text, sentence, verb);
  const auxiliary = PASSIVE_WITH_ADVERB.exec(text.slice(clauseStart, verb.start));
  if (!auxiliary) return null;
  const candidates = mentions.filter((m) => m.entity && !m.locative && !m.inQuote && m.via !== 'outlet');
  // "by UNRWA Commissioner-General X": an unknown title leaves the body standing before the name; no agent.
  const agent = candidates.find((m) => !m.modifier && m.start >= verb.end && AGENT_GAP.test(text.slice(verb.end, m.start)) && !NAME_GOES_ON.test(text.slice(m.end, m.end + 40)));
  const subjectEnd = clauseStart + auxiliary.index;
  // "Ghana's proposal was welcomed by Y" is about Ghana.
  const subject = candidates.filter((m) => m.start >= clauseStart && m.end <= subjectEnd && m.via !== 'demonym').pop();
  const gap = subject ? text.slice(subject.end, subjectEnd) : '';
  if (!agent || !subject || !(subject.modifier ? POSSESSED_NOUN : BETWEEN_SUBJECT_AND_VERB).test(gap) || !isActorHead(text, subject, clauseStart, -1)) return null;
  return { verb, speaker: agent, coordinated: false, passiveSubject: subject };
}

/**
 * "X accused Y of fraud, a claim dismissed by Z as…", "…, a charge Z rejected as…": Z rejects what the
 * sentence's speaker before said, so speaks of that speaker.
 */
function rebuttedClaim(text: string, mentions: Mention[], verb: Verb, spoken: Spoken[]): Spoken | null {
  const claimant = spoken.at(-1)?.speaker;
  if (verb.kind !== 'REJECT' || verb.participle || !claimant) return null;
  const before = rebuttedClaimBefore().exec(text.slice(claimant.end, verb.start));
  if (!before) return null;
  const candidates = mentions.filter((m) => m.entity && m.entity !== claimant.entity && !m.locative && !m.inQuote && m.via !== 'outlet' && !m.modifier);
  const agent = before[1]
    ? candidates.find((m) => m.start >= verb.start - before[1].length && /^\s+$/.test(text.slice(m.end, verb.start)))
    : candidates.find((m) => m.start >= verb.end && AGENT_GAP.test(text.slice(verb.end, m.start)) && !NAME_GOES_ON.test(text.slice(m.end, m.end + 40)));
  return agent ? { verb, speaker: agent, coordinated: false, passiveSubject: claimant, rebuttal: true } : null;
}

/**
 * ", a claim " before a passive verb, or ", a charge Foreign Ministry spokesman X " / ", a remark the Chilean
 * president " (captured) before an active one.
 */
const rebuttedClaimBefore = once(() => new RegExp(String.raw`${rebuttedClaimOpening()}((?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,7}(?:\p{Ll}+\s+)?)?$`, 'u'));
/** ", a remark " or ",\" a remark " (a quote closed after its comma): the claim's apposition, after which another speaker's rebuttal follows. */
const rebuttedClaimOpening = once(() => String.raw`,["”]?\s*(?:a|an|the)\s+(?:${phrasePattern(words.rebuttedClaimNouns)})\s+`);
/** ", a remark Chile's president rejected": what follows is no longer the claimant's words. */
const rebuttedClaimClause = once(() => new RegExp(rebuttedClaimOpening(), 'u'));

/** The auxiliary of a passive, with one adverb: " was sharply ". */
const PASSIVE_WITH_ADVERB = /\s(?:was|were|is|are|has been|have been|had been)\s+(?:[a-z]+ly\s+)?$/;
const NAME_GOES_ON = /^\s+\p{Lu}/u;
const POSSESSED_NOUN = /^['’]s(?:\s+\p{Ll}[\p{L}-]*){1,3}$/u;
/** "said he and Chilean Foreign Minister ", "she and her Chilean counterpart ": a pronoun, "and" and a title just before a name. */
const PRONOUN_AND_TITLE = /\b(?:he|she)\s+and\s+(?:(?:the|his|her)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}(?:counterpart,?\s+)?$/u;
/** "by" and up to four capitalised words of a title before the agent: "by Peruvian President ". */
const AGENT_GAP = /^\s+by\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * "The interim government of X requested…": the government a person leads is their country speaking, not
 * the person; no speaker when the article does not name that country.
 */
/**
 * "A State Department spokesperson said": a national government department's unnamed spokesperson is its country's voice,
 * as "a foreign ministry spokesperson" is; the country as a mention at the department's place, when the document names it.
 */
function departmentsCountry(m: Mention, entities: Map<string, DocEntity>): Mention | null {
  const body = entities.get(m.entity);
  if (m.kind !== 'organization' || body?.kind !== 'organization' || body.country === null || !GOVERNMENT_DEPARTMENT.test(body.name)) return null;
  return asCountryOf(m, body, entities);
}

/** "US State Department", "Ministry of Defence": the name of a government's department. */
const GOVERNMENT_DEPARTMENT = /\b(?:Department|Ministry)\b/;

function leadersCountry(leader: Mention, entities: Map<string, DocEntity>): Mention | null {
  const person = entities.get(leader.entity);
  if (person?.kind !== 'person' || person.country === null) return null;
  return asCountryOf(leader, person, entities);
}

/** `m` read as the country of `actor`, when the actor's document names that country; else null. */
function asCountryOf(m: Mention, actor: DocEntity, entities: Map<string, DocEntity>): Mention | null {
  const country = [...entities.values()].find((e) => e.kind === 'country' && e.documentId === actor.documentId && e.knownId === actor.country);
  return country ? { ...m, kind: 'country', entity: country.key } : null;
}

const NEITHER_NOR_SUBJECT = /^\s*neither\s[^,;:"“”]{1,80}\snor\s[^,;:"“”]{1,80}$/i;
const INTERPOSED_AS_CLAUSE = /,\s*as\s+(?!well\b)[^,;:"“”]{1,60}$/;
const THAT_AFTER_COMMA = /^[^,;:"“”]{0,4},\s*that\b/;

function speakerOf(text: string, sentence: Sentence, mentions: Mention[], verb: Verb, verbs: Verb[], entities: Map<string, DocEntity>, pronounContext?: PronounContext): Mention | null {
  const verbText = text.slice(verb.start, verb.end).toLowerCase();
  const clauseStart = clauseStartOf(text, sentence, verb);
  const leading = text.slice(clauseStart, verb.start);
  // "whether X had requested...", "if X warned...": not a statement that was made.
  if (/\b(?:whether|if|unless)\b/i.test(leading)) return null;
  // "Neither the party nor the embassy confirmed the meeting": the verb is denied to each of them.
  if (NEITHER_NOR_SUBJECT.test(leading)) return null;
  // "Some like to say, as King X said, that …": an "as" clause set inside another's saying compares; the words after it are the other's.
  if (INTERPOSED_AS_CLAUSE.test(text.slice(Math.max(sentence.start, verb.start - 80), verb.start)) && THAT_AFTER_COMMA.test(text.slice(verb.end, verb.end + 12))) return null;
  const usable = mentions.filter((m) => !m.inQuote && !m.locative);
  const before = usable.filter((m) => m.end <= verb.start && m.start >= clauseStart);
  const nearest = before[before.length - 1];
  const relays = RELAY_VERB.test(verbText);
  // "X was quoted as saying": the passive's subject is the speaker, not whoever follows.
  const passive = relays ? PASSIVE_AUXILIARY.exec(leading) : null;
  // "X quoted Y as saying": a person who quotes another speaks, and the quoted words stay nobody's statement.
  const personQuotes = relays && ((nearest?.kind === 'person' && BETWEEN_SUBJECT_AND_VERB.test(text.slice(nearest.end, verb.start))) || personQuotesAfterOwnVerb(text, sentence, usable, leading));
  if (!passive && ((relays && !personQuotes) || isMedia(text, nearest, verb.start) || mediaTail().test(leading))) {
    return relayedSpeaker(text, sentence, mentions, verb, pronounContext);
  }
  const nicknamed = nicknamedSubject(text, clauseStart, leading, before);
  if (nicknamed) return nicknamed;
  const subjectEnd = passive ? clauseStart + passive.index : verb.start;
  const spokespersonBodies = new Set(before.filter((m) => governmentSpokesperson(text, m, subjectEnd) || (departmentsCountry(m, entities) !== null && spokespersonThenVerb().test(text.slice(m.end, subjectEnd)))));
  for (const candidate of before.filter((m) => (!m.modifier || spokespersonBodies.has(m)) && m.entity).reverse().slice(0, 4)) {
    const reporting = verbBefore(candidate.start, verbs);
    const reportingVerbEnd = reporting && reporting.end > clauseStart ? reporting.end : -1;
    // "Dr X of the University of Y said": the scholar speaks, not the place the university is named after.
    if (candidate.kind !== 'person' && institutionOfBefore().test(text.slice(Math.max(clauseStart, candidate.start - 40), candidate.start))) continue;
    // "Professor X of Y University said": the institution (even one taken for a person) is the scholar's affiliation, not the speaker.
    if (candidate.kind !== 'country' && scholarsInstitution(text, candidate)) continue;
    // "Moldovan and Romanian officials said": unnamed officials of two sides at once are a bare attribution, neither's voice.
    if (jointOfficials(text, before, candidate)) return null;
    // "Maltese officials said such a meeting could still take place": unnamed officials source a meeting that may come, they take no position.
    if (candidate.via === 'government' && MEETING_THAT_MAY_COME.test(text.slice(verb.end, verb.end + 80))) return null;
    // "X, who, according to the ministry, expressed": the attribution set off by commas passed the words on.
    const gap = spokespersonBodies.has(candidate) ? '' : subjectGap(text.slice((placeAfter(text, mentions, candidate) ?? partyAfter(text, mentions, candidate))?.end ?? candidate.end, subjectEnd), candidate);
    const antecedent = ANTECEDENT_GAP.test(gap);
    // "Y spoke with X, who expressed support, according to a ministry readout": the readout's author passed X's words on
    // (not "according to a readout from the State Department", X's own government's).
    if (antecedent && relayedByOtherSource(text, sentence, mentions, verb, entities.get(candidate.entity))) return null;
    const headFrom = Math.max(reportingVerbEnd, antecedent ? objectStart(text, clauseStart, candidate) : -1);
    // "The interim government of X requested": not X but the government, which is X's country.
    const ledGovernment = candidate.kind === 'person' && ledGovernmentBefore().test(text.slice(clauseStart, candidate.start));
    if (!BETWEEN_SUBJECT_AND_VERB.test(gap) || (!ledGovernment && !isActorHead(text, candidate, clauseStart, headFrom) && !unnamedSpokesperson(text, candidate, clauseStart, spokespersonBodies) && !spokespersonFor(text, candidate, clauseStart) && !officialAtSeat(text, candidate, clauseStart)) || insideRelativeClause(text, clauseStart, candidate) || insideInterposedPhrase(text, clauseStart, candidate, subjectEnd)) continue;
    // "X said he and Y reaffirmed …": the reporter's pronoun leads the subject, so Y only shares what X reports.
    if (reportingVerbEnd > sentence.start && PRONOUN_AND_TITLE.test(text.slice(reportingVerbEnd, candidate.start))) return null;
    // "Kim Yo Jong, the sister of leader Kim Jong Un, slammed...": a name inside the apposition is not
    // the subject; the name before it is, and an unknown one leaves the statement without a speaker.
    if (insideApposition(text, clauseStart, candidate, subjectEnd)) return before.find((m) => m.entity && !m.modifier && m.end <= candidate.start && /^\s*,/.test(text.slice(m.end, candidate.start))) ?? null;
    if (companyOfCountry(text, mentions, candidate)) return null;
    if (candidate.kind === 'organization' && spokespersonBodies.has(candidate)) return departmentsCountry(candidate, entities);
    return ledGovernment ? leadersCountry(candidate, entities) : candidate;
  }
  if (passive) return null;
  // The tail alone: the pattern, ending the string, would rescan a long run of spaces from each of them.
  if (SUBJECT_SHARING_VERB.test(leading.slice(-24))) {
    // 'X called the talks "a gathering of sponsors" and said': the quote is the first verb's object; the subject stands before it.
    const objectQuote = before.length === 0 && QUOTE_THEN_AND.test(leading) ? sentence.quotes.filter((q) => q.end <= verb.start).at(-1) : undefined;
    if (!objectQuote) return subjectOfCoordinatedVerb(text, mentions, before, verb, verbs, clauseStart);
    const start = clauseStartOf(text, sentence, { ...verb, start: objectQuote.start });
    return subjectOfCoordinatedVerb(text, mentions, usable.filter((m) => m.end <= objectQuote.start && m.start >= start), verb, verbs, start);
  }
  // '"…", has said X': a translated style puts the perfect's auxiliary before the postposed verb.
  const quotedJustBefore = /["”’]\s*,?\s*(?:has\s+)?$/.test(text.slice(Math.max(sentence.start, verb.start - 8), verb.start));
  if (!quotedJustBefore || !postposedVerbs().has(verbText)) return null;
  const after = usable.find((m) => m.start >= verb.end && !m.modifier);
  return after?.entity && entities.has(after.entity) && postposedSubjectGap(text.slice(verb.end, after.start), after) ? after : null;
}

/**
 * "X said … and quoted Y as saying", "X conveyed greetings from Y and quoted him as saying": a quoting verb that shares the
 * subject of the sentence's first verb, a person (no outlet), is that person's quote of another, not an outlet's report.
 */
function personQuotesAfterOwnVerb(text: string, sentence: Sentence, usable: Mention[], leading: string): boolean {
  if (!SUBJECT_SHARING_VERB.test(leading.slice(-24))) return false;
  // "The Azerbaijani minister, in turn, said … and quoted President X as saying": an official named by role alone quotes X too.
  if (officialRoleOpens(text.slice(sentence.start, sentence.start + 60))) return true;
  const subject = usable.find((m) => m.entity && !m.modifier && m.start >= sentence.start);
  return subject?.kind === 'person' && subject.via !== 'outlet' && !isMedia(text, subject, subject.end);
}

/** "The Azerbaijani minister", "The Kenyan top diplomat": a sentence opening on a nationality and a person's role (its last word one of the roles). */
function officialRoleOpens(opening: string): boolean {
  const role = OPENING_NATIONAL_ROLE.exec(opening)?.[1];
  return !!role && (lexicon().roles.includes(role) || lexicon().genericRoles.has(role));
}

const OPENING_NATIONAL_ROLE = /^\s*The\s+\p{Lu}[\p{L}-]*\s+(?:\p{Ll}+\s+)?(\p{Ll}+)\b(?![\p{L}-])/u;

/**
 * "ArcelorMittal Liberia said", "MTN Ghana said": a country's name right after a word spelt as no English word is (a
 * capital inside it, or all in capitals) and no mention holds closes a company's name: its local arm, no voice of the country.
 */
function companyOfCountry(text: string, mentions: Mention[], candidate: Mention): boolean {
  if (candidate.kind !== 'country' || (candidate.via !== 'name' && candidate.via !== 'alias')) return false;
  const word = WORD_RIGHT_BEFORE.exec(text.slice(Math.max(0, candidate.start - 40), candidate.start));
  return !!word && COMPANY_SPELLING.test(word[1]) && !lexicon().notNameWords.has(word[1]) && !mentions.some((m) => m.end === candidate.start - 1);
}

/** The capitalised word right before a name, one space between (group 1). */
const WORD_RIGHT_BEFORE = /(?<![\p{L}'’.-])(\p{Lu}[\p{L}&-]*) $/u;
/** "ArcelorMittal", "MTN", "Airtel4": a capital inside the word, or a word in capitals. */
const COMPANY_SPELLING = /^\p{Lu}+$|^\p{Lu}\p{L}*\p{Ll}\p{Lu}|\d/u;

/** "X of Keio University", "X of the Lowy Institute": an academic institution right after a capitalised name and "of". */
function scholarsInstitution(text: string, m: Mention): boolean {
  return academicHead().test(text.slice(m.start, m.end)) && NAME_THEN_OF.test(text.slice(Math.max(0, m.start - 40), m.start));
}

const academicHead = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.academicInstitutionHeads)})\b`, 'u'));
const NAME_THEN_OF = /\p{Lu}[\p{L}.'’-]*\s+of\s+(?:the\s+)?$/u;

/** A country's group of officials ("Romanian officials", words.json capitalGroups) coordinated after another country ("Moldovan and "). */
function jointOfficials(text: string, before: Mention[], m: Mention): boolean {
  if (m.via !== 'government' || !officialsGroupEnd().test(text.slice(m.start, m.end))) return false;
  return before.some((other) => other.kind === 'country' && other.end <= m.start && /^\s+and\s+$/.test(text.slice(other.end, m.start)));
}

const MEETING_THAT_MAY_COME = /^\s+(?:that\s+)?(?:such\s+an?|the|a|this|that)\s+(?:[\p{L}-]+\s+){0,2}(?:meeting|talks|visit|summit)\s+(?:could|may|might)\s/u;

const officialsGroupEnd = once(() => new RegExp(`\\b(?:${phrasePattern(words.capitalGroups)})$`));

/**
 * "…the greetings of Y, who, he said, had stressed that …", "…Y's office, which he claimed had said that …": a relative
 * clause in which the speaker (a pronoun set off as a parenthesis) passes on the antecedent's words. The speaker's words end
 * where it opens (`start`); its antecedent (`source`) said them, so is no target; `only` when the verb's object is no more
 * than that source ("conveyed the greetings of Y"): the speaker then says nothing of their own. Null without such a clause.
 */
function relayedRelative(text: string, mentions: Mention[], verb: Verb, clauseEnd: number): { start: number; source: string; only: boolean } | null {
  const relay = relayedRelativeStart(text.slice(verb.end, clauseEnd));
  if (relay < 0) return null;
  const start = verb.end + relay;
  const source = mentions.filter((m) => m.entity && m.end <= start && m.start >= verb.end).at(-1);
  if (!source) return null;
  return { start, source: source.entity, only: ONLY_SOURCE_OBJECT.test(text.slice(verb.end, source.start)) && RELAY_ANTECEDENT_TAIL.test(text.slice(source.end, start)) };
}

/** ", who, he said": a relative pronoun, then a pronoun and its reporting verb. */
const RELAYING_PARENTHESIS = String.raw`,\s*(?:who|which),?\s+(?:he|she|they)\s+(?:${phrasePattern(words.relayedRelativeReportingVerbs)})`;
/** ", who, he said, had ": the parenthesis, its comma and space, then maybe an auxiliary and its space. */
const relayingGap = once(() => new RegExp(String.raw`${RELAYING_PARENTHESIS},?\s+((?:had|has|have)\s+)?`, 'gu'));

/** Where ", who, he said, had stressed", ", which he claimed had said" (the parenthesis, then a speech verb) opens in `clause`; -1 if nowhere. */
function relayedRelativeStart(clause: string): number {
  const gap = relayingGap();
  gap.lastIndex = 0;
  for (let match = gap.exec(clause); match; gap.lastIndex = match.index + 1, match = gap.exec(clause)) {
    const end = match.index + match[0].length;
    if (statementVerbAt(clause, end) || (match[1] !== undefined && statementVerbAt(clause, end - match[1].length))) return match.index;
  }
  return -1;
}
/** "He recalled what President X had told him": words the subject recounts are its account, not the quoted person's statement (words.json recountedWordsVerbs). */
const recountedWords = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.recountedWordsVerbs)})\s+what\s+(?:[^\s,;:"“”]+\s+){1,6}$`, 'u'));
/** "He recalled the words of X, who ": the relative clause tells what the recounted words said (words.json recountedSayingNouns). */
const recountedSaying = once(() => new RegExp(String.raw`\b(?:${phrasePattern([...words.recountedWordsVerbs, ...words.recountedSayingVerbs])})\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:${phrasePattern(words.recountedSayingNouns)})\s+of\s+[^,;:"“”]{1,100},\s*who\s+(?:(?:had|has|once|then|famously|often)\s+)*$`, 'u'));
/** The parenthesis ending the text, up to its reporting verb. */
/**
 * "have been frosty since", a state dated by the clause (not "the first contact since X requested", an act), and then
 * the clause's named subject (not "since 1957 and said") up to the verb:
 * no punctuation, or commas only in a list closed by "and"/"or".
 */
const SINCE_CLAUSE = /\bbeen\s+(?:\p{Ll}+\s+){1,3}since\s+(?=(?:the\s+)?\p{Lu})(?:(?:[^,;:.!?"“”]{1,40},\s+)+[^,;:.!?"“”]{0,40}\b(?:and|or)\s+)?[^,;:.!?"“”]{1,80}$/u;
const relayingParenthesis = once(() => new RegExp(`${RELAYING_PARENTHESIS}$`, 'u'));
/** " of the Custodian of the Two Holy Mosques King ": only "of" and the source's titles between a conveying verb and the source. */
const ONLY_SOURCE_OBJECT = /^\s+of\s+(?:(?:the|of|\p{Lu}[\p{L}.'’-]*)\s+)*$/u;
/** The source's own name may go on after its mention ("King Salman bin Abdulaziz Al Saud"), up to the relative clause. */
const RELAY_ANTECEDENT_TAIL = /^(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/**
 * "His Majesty warned that …": a style alone opening the clause is the one person the article named after that style before
 * (stage 07 finds a meeting's subject so). Not in a reported clause: "Y recalled that His Majesty had said" is a quote of a quote.
 */
function honoredSpeaker(text: string, sentence: Sentence, verb: Verb, entities: Map<string, DocEntity>): Mention | null {
  if (REPORTED_STYLE_SUBJECT.test(text.slice(sentence.start, verb.start))) return null;
  return honoredBefore(text, sentence, verb, entities)[0] ?? null;
}

/** "that His Majesty had ": a style alone as the subject of a "that" clause, before its verb. */
const REPORTED_STYLE_SUBJECT = /\bthat\s+(?:His|Her)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?\s+(?:\p{Ll}+\s+)*$/u;

/** "according to": what opens a source that passed the words on, inserted, opening or closing the sentence. */
const ACCORDING_TO = String.raw`according\s+to\s`;
/** "according to the Russian ministry": a source that passed the words on, up to the comma that closes it. */
const ATTRIBUTION = String.raw`${ACCORDING_TO}[^,;"“”]{1,60}`;
/**
 * ", in a statement by his spokesman, Y," set off by commas: the subject's own aide (his, its) gave out the subject's
 * words, the aide's name in apposition to the role.
 */
const AIDES_STATEMENT = String.raw`in\s+a\s+statement\s+(?:issued\s+|signed\s+)?by\s+(?:his|her|its|their)\s[^,;"“”]{1,80},\s*[^,;"“”]{1,60}`;
/** ", according to the Russian ministry," or an aide's statement set off by commas between a subject and its verb. */
const INSERTED_ATTRIBUTION = new RegExp(String.raw`,\s*(?:${ATTRIBUTION}|${AIDES_STATEMENT})(?=,)`, 'i');

/**
 * "X's foreign ministry spokesperson denounced": an unnamed spokesperson of a government body (the mention
 * runs to its head, words.json governmentHeads) speaks for the body as the body itself would; a named one
 * ("X's government spokesman, Y, said") is the subject, and a spokesperson of anyone else stays nobody.
 */
/** "A Kremlin spokesman said", "A foreign ministry spokesperson said": the article is the spokesperson's, who speaks for the body. */
function unnamedSpokesperson(text: string, m: Mention, clauseStart: number, spokespersonBodies: Set<Mention>): boolean {
  return spokespersonBodies.has(m) && /^\s*an?\s+$/i.test(text.slice(clauseStart, m.start));
}

/** "A spokeswoman for the Green Party said": the unnamed spokesperson of a body or a country speaks for it; a person's aide is left alone. */
function spokespersonFor(text: string, m: Mention, clauseStart: number): boolean {
  return m.kind !== 'person' && spokespersonForOpening().test(text.slice(clauseStart, m.start));
}

const spokespersonForOpening = once(() => new RegExp(String.raw`^\s*an?\s+(?:${phrasePattern(words.bodySpokespersonWords)})\s+for\s+(?:the\s+)?$`, 'i'));

/** "A diplomat at the Kremlin said", '"…," an aide at the Elysee said': an unnamed official at a seat of power (a country's alias) speaks for its country. */
function officialAtSeat(text: string, m: Mention, clauseStart: number): boolean {
  return m.kind === 'country' && m.via === 'alias' && officialAtSeatOpening().test(text.slice(clauseStart, m.start));
}

const officialAtSeatOpening = once(() => new RegExp(String.raw`(?:^|[,"”’]+)\s*an?\s+(?:${phrasePattern(words.seatOfficials)})\s+(?:at|in)\s+(?:the\s+)?$`, 'i'));

function governmentSpokesperson(text: string, m: Mention, subjectEnd: number): boolean {
  // "A Kremlin spokesman denied": a seat of power (a country's alias) speaks for its country as a ministry does.
  const seatOfPower = m.kind === 'country' && m.via === 'alias';
  return (m.via === 'government' || seatOfPower) && spokespersonThenVerb().test(text.slice(m.end, subjectEnd));
}

const spokespersonThenVerb = once(() => new RegExp(String.raw`^\s+(?:${phrasePattern(words.bodySpokespersonWords)})\s+(?:also\s+|${SUBJECT_TIME_ADVERBIAL}\s+)?$`, 'i'));

/**
 * '"…," said Mr X', '"…," said Kenyan Foreign Minister X', '"…," said the Ugandan foreign minister(, X)':
 * between the verb and the speaker only an honorific, the name's own title (capitalised words, a
 * demonym among them), or a determiner and a demonym before a role (which stands for its holder).
 */
function postposedSubjectGap(gap: string, speaker: Mention): boolean {
  if (/^\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s*)?$/.test(gap)) return true;
  if (speaker.via === 'title') return TITLE_BEFORE_NAME.test(gap);
  return speaker.via === 'role' && DETERMINER_BEFORE_ROLE.test(gap);
}

const TITLE_BEFORE_NAME = /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}$/u;
const DETERMINER_BEFORE_ROLE = /^\s+(?:the|his|her|its|their)\s+(?:\p{Lu}[\p{L}'’-]*\s+)?$/u;

/** Occurred meetings by each sentence of their evidence (`documentId@start`). */
function meetingsBySentence(events: DraftEvent[]): Map<string, DraftEvent[]> {
  const bySentence = new Map<string, DraftEvent[]>();
  for (const event of events) {
    if (event.type !== 'meeting' || event.status !== 'occurred') continue;
    for (const { documentId, start } of event.evidence) {
      const key = `${documentId}@${start}`;
      const told = bySentence.get(key);
      if (told) told.push(event);
      else bySentence.set(key, [event]);
    }
  }
  return bySentence;
}

/**
 * "They also exchanged views and stressed…", "The two ministers stressed…": a joint statement of
 * the people of the meeting just told, "they" only right after it, a group by its number a few
 * sentences on when it has as many people. Each member speaks; no one when the meeting is unclear.
 */
function groupSpeakers(text: string, sentences: Sentence[], index: number, verb: Verb, meetingsTold: Map<string, DraftEvent[]>, entities: Map<string, DocEntity>): Mention[] {
  const sentence = sentences[index];
  const opening = text.slice(sentence.start, verb.start);
  const group = GROUP_SPEAKERS.exec(opening);
  const joint = !group && jointStatementSignatories().test(opening);
  if (!group && !joint) return [];
  const number = group?.[2] ?? group?.[5];
  const size = joint || group?.[1] ? 0 : number ? groupSize(number) : 2;
  const ofPeople = (group?.[3] ?? group?.[4] ?? '').toLowerCase() !== 'sides';
  // A joint statement's signatories are the people of the last meeting told, up to eight sentences back.
  const lookBack = joint ? JOINT_STATEMENT_LOOK_BACK : size === 0 ? 1 : 3;
  let seen = 0;
  for (let k = index - 1; k >= 0 && seen < lookBack; k--) {
    const before = sentences[k];
    if (before.documentId !== sentence.documentId) break;
    if (before.blockKind !== 'body') continue;
    seen++;
    const told = meetingsTold.get(`${before.documentId}@${before.start}`) ?? [];
    if (told.length === 0) continue;
    const meeting = told[told.length - 1];
    const fits = (size === 0 || meeting.participants.length === size) && (!ofPeople || meeting.participants.every((p) => entities.get(p)?.kind === 'person'));
    if (told.length > 1 || !fits) return [];
    return groupMembers(meeting.participants, sentence.documentId, sentence.start, index);
  }
  return [];
}

/**
 * "The GCC Ministerial Council held its 166th session … . In their final communique, the ministers called on Iran …": a
 * session's closing document is the body's whose session it was, not each member's (the body named as the subject of a
 * session held, a few sentences back); the countries named from there on, whose people sat in it, are its members.
 */
function communiqueBody(text: string, sentences: Sentence[], index: number, verb: Verb, bySentence: Map<number, Mention[]>): { speaker: Mention; members: Set<string> } | null {
  const sentence = sentences[index];
  if (!finalCommuniqueSignatories().test(text.slice(sentence.start, verb.start))) return null;
  for (let k = index - 1; k >= 0 && k >= index - JOINT_STATEMENT_LOOK_BACK; k--) {
    const before = sentences[k];
    if (before.documentId !== sentence.documentId) break;
    const subject = bySentence.get(k)?.[0];
    if (before.blockKind !== 'body' || subject?.kind !== 'organization' || !subject.entity || !/^(?:the\s+)?$/i.test(text.slice(before.start, subject.start)) || !sessionHeld().test(text.slice(subject.end, before.end))) continue;
    const members = new Set<string>();
    for (let j = k; j < index; j++) for (const m of bySentence.get(j) ?? []) if (m.kind === 'country' && m.entity) members.add(m.entity);
    return { speaker: subject, members };
  }
  return null;
}

/** "In their final communiqué, the ministers" (triggers.json sessionHeld finalDocuments, words.json jointStatementSignatories). */
const finalCommuniqueSignatories = once(() => new RegExp(String.raw`^in\s+(?:their|its|the)\s+final\s+(?:${phrasePattern(lexicon().triggers.sessionHeld.finalDocuments)})\s*,\s+the\s+(?:${phrasePattern(words.jointStatementSignatories)})\s+[^,;:"“”]{0,80}$`, 'iu'));
/** " held its 166th session", " concluded its annual meeting" (triggers.json sessionHeld), compiled once. */
const sessionHeld = once(() => {
  const { verbs, nouns } = lexicon().triggers.sessionHeld;
  return new RegExp(String.raw`^\s+(?:${phrasePattern(verbs)})\s+(?:its|their|the)\s+(?:[\p{L}\d-]+\s+){0,2}(?:${phrasePattern(nouns)})\b`, 'u');
});

/** "In a joint statement, ": the opening of a sentence that gives a joint document's words. */
const JOINT_STATEMENT_OPENING = String.raw`in\s+a\s+joint\s+(?:statement|communiqu[eé]|declaration)\s*,\s+`;

/**
 * "They", "the two ministers", "both leaders", "In a joint statement, the four officials" opening the sentence, in the verb's
 * clause: officials only by their number (group 5), which the meeting's people must match.
 */
const GROUP_SPEAKERS = new RegExp(String.raw`^(?:(?:later|afterwards|meanwhile|also)\s*,?\s+|${JOINT_STATEMENT_OPENING})?(?:(they)|${GROUP_NOUN_PHRASE}|both\s+(leaders|ministers|presidents|sides)|the\s+(two|three|four|five|six)\s+officials)\s+[^,;:"“”]{0,80}$`, 'iu');

/** "In a joint communiqué, the ministers", "In a joint statement, the leaders" (words.json jointStatementSignatories): the signatories, by no number. */
const jointStatementSignatories = once(() => new RegExp(String.raw`^${JOINT_STATEMENT_OPENING}the\s+(?:${phrasePattern(words.jointStatementSignatories)})\s+[^,;:"“”]{0,80}$`, 'iu'));

/** How many sentences back a joint statement's signatories may have met. */
const JOINT_STATEMENT_LOOK_BACK = 8;

/**
 * "X visited Ulaanbaatar and said…", "X opened the forum with Y and said…": a speech verb with no
 * subject of its own, coordinated with a verb that is no speech verb, is spoken by that verb's
 * subject, the clause's first actor. (After a speech verb, coordinatedSpeaker gives the speaker.)
 */
function subjectOfCoordinatedVerb(text: string, mentions: Mention[], before: Mention[], verb: Verb, verbs: Verb[], clauseStart: number): Mention | null {
  const subject = before.find((m) => !m.modifier && m.entity);
  if (!subject || (verbBefore(verb.start, verbs)?.end ?? -1) > subject.start || !isActorHead(text, subject, clauseStart, -1)) return null;
  // "The Prime Minister said Guatemala wanted … and urged Belize": a subject after a speech verb is the reported clause's,
  // and the later verb is the unnamed speaker's as likely as the country's.
  if ((verbBefore(subject.start, verbs)?.end ?? -1) > clauseStart) return null;
  // Only a title's words before the subject, after a connective ("Separately, "): no punctuation, no verb in "-ed", no
  // preposition that makes the name another noun's ("The accord with X was signed but said nothing").
  // "According to the ministry, X raised … and urged": the source opening the sentence passed the words on.
  const rest = text.slice(placeAfter(text, mentions, subject)?.end ?? subject.end, verb.start);
  // "The Benelux secretary-general, X, was absent but said", "X, the Benelux secretary-general, was …": an apposition set off by commas.
  const apposed = APPOSITION_AFTER_SUBJECT.exec(rest);
  const opening = text.slice(clauseStart, subject.start).replace(connectiveOpening(), '').replace(ATTRIBUTION_OPENING, '');
  if (opening.length > 80 || /[,;:"“”]|\b(?:\p{Ll}+ed|with|against|about|from|by|near)\b/u.test(opening)) return null;
  return FINITE_VERB_AFTER_SUBJECT.test(apposed ? rest.slice(apposed[0].length) : rest) ? subject : null;
}

const ATTRIBUTION_OPENING = new RegExp(String.raw`^\s*${ATTRIBUTION},\s*`, 'i');

/** "Separately, ", "In addition, ": a connective opening the sentence (words.json sentenceConnectives). */
const connectiveOpening = once(() => new RegExp(`^\\s*(?:${phrasePattern(words.sentenceConnectives)}),\\s*`, 'i'));

const FINITE_VERB_AFTER_SUBJECT = new RegExp(String.raw`^\s+(?:(?:also|then|later|on\s+\p{Lu}\p{Ll}+day)\s+)?(?:${PAST_TENSE_VERB}|(?:was|were)(?:\s+not)?)\s`, 'u');
/** ", the Benelux secretary-general," or, after a title that opened the clause, ", X,": an apposition beside the subject. */
const APPOSITION_AFTER_SUBJECT = /^,\s[^,;:"“”]{1,60},(?=\s)/;

/** The sentence closes with "according to" a source that does not name the speaker's own country. */
function relayedByOtherSource(text: string, sentence: Sentence, mentions: Mention[], verb: Verb, speaker: DocEntity | undefined): boolean {
  const source = CLOSING_SOURCE.exec(text.slice(verb.end, sentence.end));
  if (!source) return false;
  const country = speaker?.country ?? null;
  if (country === null) return true;
  const from = verb.end + source.index;
  return !mentions.some((m) => m.start >= from && m.end <= sentence.end && (m.knownId === country || m.country === country));
}

/** What stands between a subject and its verb, less an inserted attribution and, after a person, the person's institution (" of Makerere University") or party (" of the SDF"). */
function subjectGap(between: string, subject: Mention): string {
  const gap = between.replace(INSERTED_ATTRIBUTION, '');
  if (subject.via === 'focal-government') return gap.replace(PORTFOLIO_TAIL, '');
  return subject.kind === 'person' ? gap.replace(institutionAfter(), '').replace(ACRONYM_AFFILIATION_AFTER, '').replace(nicknameApposed(), '') : gap;
}

/**
 * '"El Jefe", as X is known among his supporters, said': a nickname in quotes opens the sentence and the gloss after it names
 * whom it means, the verb's subject; the one person named in the gloss.
 */
function nicknamedSubject(text: string, clauseStart: number, leading: string, before: Mention[]): Mention | null {
  const gloss = NICKNAME_GLOSS.exec(leading);
  if (!gloss || !/["”]$/.test(text.slice(clauseStart - 1, clauseStart)) || before.length !== 1) return null;
  const [named] = before;
  return named.kind === 'person' && named.entity && named.start === clauseStart + gloss[1].length ? named : null;
}

/** ', as X is known among his supporters, ' (group 1: up to the name), the tail of the words before the verb. */
const NICKNAME_GLOSS = /^(\s*,\s+as\s+)[^,;]{1,60}?\s+is\s+(?:\p{Ll}+ly\s+)?(?:known|called|nicknamed)\b[^,;"“”]{0,60},\s*$/u;

/** ', alias "Ti Tig"', ', known as "Tiger"' before the comma that closes it: the subject's nickname (words.json nicknameMarkers). */
const nicknameApposed = once(() => new RegExp(String.raw`^,\s+(?:${phrasePattern(words.nicknameMarkers)})\s+["“][^"“”]{1,40}["”](?=\s*,)`, 'i'));

/** "The Ministry of Foreign Affairs and Cooperation said", "…, Francophonie and Congolese Abroad informs", "the Ministry of Information dismissed": the rest of a ministry's portfolio. */
const PORTFOLIO_TAIL = /^(?:(?:,\s*\p{Lu}\p{Ll}+)*\s+and\s+(?:\p{Lu}\p{Ll}+\s+){0,2}|\s+of\s+(?:\p{Lu}\p{Ll}+\s+){0,2})\p{Lu}\p{Ll}+(?=\s|,)/u;

/** " of the SDF", " of VMRO-DPMNE": the party or body, by its acronym, that a person's name is followed by. */
const ACRONYM_AFFILIATION_AFTER = /^\s+of\s+(?:the\s+)?[A-Z][A-Z-]{1,9}(?=\s|,)/;

/** " of Makerere University", " of the University of Y": the scholar's institution after their name. */
const institutionAfter = once(() => new RegExp(String.raw`^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}(?:${phrasePattern(words.academicInstitutionHeads)})\b(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,3})?(?=\s|,)`, 'u'));

/** "The Chinese embassy in Manila said": the place right after the subject locates it. */
function placeAfter(text: string, mentions: Mention[], subject: Mention): Mention | undefined {
  return mentions.find((m) => m.locative === 'place' && m.start > subject.end && /^\s+in\s+$/.test(text.slice(subject.end, m.start)));
}

/** "Senator X of the Colorado Party said": the body right after a person names the person's own, not the subject. */
function partyAfter(text: string, mentions: Mention[], subject: Mention): Mention | undefined {
  if (subject.kind !== 'person') return undefined;
  return mentions.find((m) => m.kind === 'organization' && m.start > subject.end && /^\s+of\s+(?:the\s+)?$/.test(text.slice(subject.end, m.start)));
}

/**
 * The candidate closes an apposition to a name that opens the clause: "X Y, the sister of Z, said"
 * (one to four capitalised words, then ", the"/", a"); "For his part, the representative..., Z,
 * said" opens with no name, so Z is the subject.
 */
function insideApposition(text: string, clauseStart: number, candidate: Mention, subjectEnd: number): boolean {
  // "… at the Centre for Policy Dialogue (CPD), said": the body's short form in brackets still closes its name.
  const gap = text.slice(candidate.end, subjectEnd).replace(BRACKETED_SHORT_FORM, '');
  const leading = text.slice(clauseStart, candidate.start);
  return (/^\s*,/.test(gap) && OPENING_NAME_APPOSED.test(leading)) || (APPOSITION_CLOSE.test(gap) && AFFILIATION_APPOSED.test(leading));
}

/**
 * "Political scientist X, of the Y Foundation, said", "X, a researcher at the Z Institute, said": a body closing a phrase
 * of affiliation set off by commas just before the verb describes the subject, who stands before it; so does a role
 * served, after its country ("X, Diplomatic Adviser to the Kenyan President, wrote"), or a committee whose portfolios a comma
 * splits ("X, chairman of the Senate's Foreign Affairs, Defence and Security Committee, said").
 */
const AFFILIATION_APPOSED = /,\s+(?:[\p{L}'’-]+\s+){0,3}(?:of|to|at|from)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}(?:(?:\p{Lu}[\p{L}'’.-]*\s+|of\s+(?:the\s+)?){1,6}\p{Lu}[\p{L}'’.-]*,\s+)?$/u;
const APPOSITION_CLOSE = /^\s*,\s*(?:\p{Ll}+\s+)?$/u;
const BRACKETED_SHORT_FORM = /^\s*\(\p{Lu}[\p{Lu}\p{Ll}.&-]{0,11}\)/u;

/**
 * "X, who criticised the United States, said": the United States closes a relative clause, not the subject.
 * "Reporters who followed X asked…": a relative clause without commas is its head noun's, so its object does not speak.
 */
function insideRelativeClause(text: string, clauseStart: number, candidate: Mention): boolean {
  const leading = text.slice(clauseStart, candidate.start);
  return OPEN_RELATIVE_CLAUSE.test(leading) || RESTRICTIVE_RELATIVE_VERB.test(leading);
}

/**
 * "X, in a statement posted on Threads, said", "X, writing on Facebook, said": a name closing a phrase set off by
 * commas that opens with words.json interposedPhraseOpeners is the channel or the place of the words; the
 * subject stands before the phrase.
 */
function insideInterposedPhrase(text: string, clauseStart: number, candidate: Mention, subjectEnd: number): boolean {
  const leading = text.slice(clauseStart, candidate.start);
  if (candidate.kind === 'person' && voicingPhraseBefore().test(leading)) return false;
  return /^\s*,/.test(text.slice(candidate.end, subjectEnd)) && interposedPhraseBefore().test(leading);
}

/**
 * "The opposition, through its ranking member on defence, X, said": the body spoke through the member the phrase names, who
 * is the speaker. Not through its spokesperson, whose words are the body's own ("The embassy, through its spokesperson X, warned").
 */
const voicingPhraseBefore = once(() => new RegExp(`,\\s*(?:${phrasePattern(words.voicingPhraseOpeners)})\\s+(?:its|his|her|their)\\s(?![^,;“”"]*\\b(?:${phrasePattern(words.bodySpokespersonWords)})\\b)[^,;“”"]*(?:,[^,;“”"]*)?$`, 'i'));

// The phrase may hold an apposition of its own: "The Cabinet, in its session chaired by X, Crown Prince and Prime Minister, welcomed".
const interposedPhraseBefore = once(() => new RegExp(`,\\s*(?:${phrasePattern(words.interposedPhraseOpeners)})\\s[^,;“”"]*(?:,[^,;“”"]*)?$`, 'i'));

/** Also a participle's phrase: "X, speaking by phone with Y on Sunday, thanked…" is X's. */
const OPEN_RELATIVE_CLAUSE = /,\s*(?:who|which|whose|\p{Ll}+ing)\s[^,;]*$/iu;
/**
 * "who followed", "that accompanied the Chilean president,", "who travelled with": a relative pronoun and its verb, then at most
 * a few words (the candidate's title) before the candidate; not "said that X", which has no verb between.
 */
const RESTRICTIVE_RELATIVE_VERB = new RegExp(String.raw`\b(?:who|that)\s+(?:(?:had|have|has)\s+)?${PAST_TENSE_VERB}\s+(?:[\p{L}.'’-]+\s+){0,5}$`, 'u');

/** A name of one to five words ("Majed al-Ansari", "Mohammed bin Salman" with its particles), then ", the"/", a" or a lower-case word (", diplomatic adviser to"). */
const OPENING_NAME_APPOSED = (() => {
  const particle = phrasePattern(words.nameParticles);
  const word = String.raw`(?:(?:(?:${particle})-)?\p{Lu}[\p{L}'’.-]*|${particle})`;
  // Not an adverbial after the name: "X, in Sofia on Monday, Y said" leaves Y the subject.
  const adverbial = String.raw`(?:in|on|at|during|after|before|from|with|for|by|meanwhile|however|speaking|who|which|whose|also|too|then|though)\b`;
  return new RegExp(String.raw`^\s*(?:${word}\s+){0,4}${word},\s+(?:the|a|an|(?!${adverbial})\p{Ll}[\p{L}-]*)\s`, 'u');
})();

const PASSIVE_AUXILIARY = /\s(?:was|were|is|are|has been|have been|had been)\s+$/i;
/** The words before a statement's verb ending on a media word (media.json mediaHeads: "state media said", "the newspaper reported"), compiled once. */
const mediaTail = once(() => new RegExp(String.raw`\b(?:${phrasePattern(lexicon().mediaHeads)})\s*$`, 'i'));
/** Verbs that may come before their subject after a quotation ('"…," said X'). */
const postposedVerbs = once(() => new Set(lexicon().triggers.postposedStatementVerbs));

/** "…, who said": the verb is a relative clause's, whose antecedent is the name just before. */
const ANTECEDENT_GAP = /,\s*who\s+(?:\p{Ll}+\s+){0,2}$/u;

/**
 * "received a delegation led by Senator X, who said", "met X, who said": where the noun phrase of a name that is a
 * verb's or "by"'s or "with"'s object starts, or -1. Not "a source close to X, who said": "to" leaves the source the head.
 */
function objectStart(text: string, clauseStart: number, candidate: Mention): number {
  const governing = allMatches(text.slice(clauseStart, candidate.start), OBJECT_GOVERNOR).pop();
  return governing ? clauseStart + governing.index + governing[0].length : -1;
}

const OBJECT_GOVERNOR = new RegExp(String.raw`\b(?:by|with|${PAST_TENSE_VERB})\s+`, 'gu');

/**
 * The mention heads the noun phrase before the verb: "a source close to X said" is not X speaking.
 * A title just before the name is the name's own ("Foreign Ministry spokesperson Wang Wenbin said").
 */
function isActorHead(text: string, m: Mention, clauseStart: number, reportingVerbEnd: number): boolean {
  // "Officials said X had praised", "X said in a statement that Y welcomed": a reported clause opens after the verb, or after its "that".
  const from = reportingVerbEnd >= 0 ? reportingVerbEnd : clauseStart;
  // "Democratic Party leader X said": a word of a body's name before the title is no head noun ("party officials").
  // "The spokesperson of the Sudanese Sovereignty Council X": the body the name's title is of belongs to the title.
  // "The Central Bank of Kenya said": a body of the country that is none of its government is no voice of it.
  if (lexicon().nonActorHeads.has(BODY_BEFORE_OF.exec(text.slice(from, m.start))?.[1].toLowerCase() ?? '')) return false;
  const titled = m.via === 'title' && m.affiliation !== null ? text.slice(from, m.start).replace(BODY_OF_TITLE, ' ') : text.slice(from, m.start);
  const span = titled.replace(NAME_WORD_AFTER_NAME_WORD, (word) => ' '.repeat(word.length));
  // "Malaysia wants a fair price, Malaysian Foreign Minister X said": the noun phrase opens after the last comma.
  const lastClause = span.toLowerCase().split(',').pop()!;
  // "The meeting came a day after X accused Y": the time clause opens a noun phrase of its own; what the clause tells happened.
  const spanAfter = lastClause.includes('after') ? allMatches(lastClause, spanAfterPattern()).pop() : undefined;
  const reported = spanAfter ? lastClause.slice(spanAfter.index + spanAfter[0].length) : lastClause;
  // "A statement from the Turkish Embassy said": the statement's author speaks.
  if (statementFrom().test(reported)) return true;
  // "The interim government of X requested": the government speaks, not its leader.
  if (m.kind === 'person' && ledGovernmentBefore().test(text.slice(from, m.start))) return false;
  // "…, in a statement that Algiers dismissed": a relative clause on a statement, headed by the name.
  const lead = (reportingVerbEnd >= 0 ? reported.split(/\bthat\s/).pop()! : reported.split(statementThat()).pop()!).split(/\s+/).filter(Boolean);
  // "the ministry's official representative X": every word of the name's own title is the title's, not a head noun.
  if (m.via === 'title') {
    const titleWords = new Set(m.role?.split(' ') ?? []);
    lead.pop();
    while (lead.length > 0 && titleWords.has(lead[lead.length - 1])) lead.pop();
  }
  // "The opposition party X said": the party noun right before a party's name says what the name is, it is no head.
  if (m.kind === 'organization' && partyNouns().has(lead[lead.length - 1])) lead.pop();
  return !lead.some((w) => lexicon().nonActorHeads.has(w.replace(/[,.]/g, '')) || ['a', 'an', 'some', 'several', 'many'].includes(w));
}

/** "a day after ", "hours after ", "two weeks after ": a counted span before "after" (the spans of triggers.json vagueSpanOpenings and words.json sameDaySpanUnits). */
const spanAfterPattern = once(() => new RegExp(`\\b${timeSpanPattern(true)}\\s+after\\s+`, 'g'));

/** "government of ", "administration of President ": a government named by its leader (words.json leaderGovernmentHeads), up to four words of the leader's title between. */
const ledGovernmentBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(withCapitals(words.leaderGovernmentHeads))})\s+of\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`, 'u'));

/** "party", "movement": nouns that say a name is a party's (words.json partyAppositionNouns). */
const partyNouns = once(() => new Set(words.partyAppositionNouns));

/** "statement that ", "communiqué which ": a statement document, then the relative pronoun of a clause about it. */
const statementThat = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.statementDocuments)})\\s+(?:that|which)\\s`));

/** "A statement from the", "a joint communiqué issued by", compiled once from triggers.json statementDocuments. */
const statementFrom = once(() => new RegExp(`^\\s*(?:a|the)\\s+(?:joint\\s+|written\\s+)?(?:${phrasePattern(lexicon().triggers.statementDocuments)})\\s+(?:from|by|issued by)\\s+(?:the\\s+)?$`));

/** "of the Sudanese Sovereignty Council " closing the words before a titled name. */
const BODY_OF_TITLE = /\s(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,6}$/u;

/** The head of a body named by its country: "Bank" of "the Central Bank of ". */
const BODY_BEFORE_OF = /(\p{Lu}[\p{L}'’-]*)\s+of\s+(?:the\s+)?$/u;

/** ", who according to him": the one who quotes is the source of the quoted person's words. */
const QUOTER_AS_SOURCE = /^\s*,\s*who\s+according\s+to\s+(?:him|her)\b/;

/** A capitalised word right after another ("Party" of "People's Party"). */
const NAME_WORD_AFTER_NAME_WORD = /(?<=\p{Lu}[\p{L}'’.-]*\s)\p{Lu}[\p{L}'’-]*/gu;

/** An outlet's report: "quoted X as saying", or an actor followed by a speech verb inside the report. */
function relayedSpeaker(text: string, sentence: Sentence, mentions: Mention[], verb: Verb, pronounContext?: PronounContext): Mention | null {
  const verbText = text.slice(verb.start, verb.end).toLowerCase();
  const candidates = mentions.filter((m) => m.entity && !m.modifier && !m.locative && m.via !== 'outlet');
  // "KCNA quoted her as criticizing the United States": the pronoun is who speaks, never the name after it.
  if (RELAY_VERB.test(verbText) && OBJECT_PRONOUN.test(text.slice(verb.end, verb.end + 20))) return pronounContext ? objectPronounReferent(pronounContext, verb.end, null) : null;
  // "a diplomatic source quoted by LRT, the Polish side…": who was quoted stands before "quoted by", unnamed here.
  if (verbText === 'quoted' || verbText === 'cited') {
    const quoted = /^\s+by\b/.test(text.slice(verb.end, verb.end + 4)) ? undefined : candidates.find((m) => m.start >= verb.end);
    // "The visitor quoted President Y, who according to him described …": a person's account of Y's words, no statement by Y.
    return quoted && !QUOTER_AS_SOURCE.test(text.slice(quoted.end, quoted.end + 40)) ? quoted : null;
  }
  return candidates.find((m) => relayedVerbPattern().test(text.slice(m.end, sentence.end))) ?? null;
}

/**
 * Whom a statement is about: an actor named after the verb or in the quote, but not a place where
 * something happened ("attacks in Iraq and Syria") or a capital someone travels to, an adjective
 * ("Palestinian fighters", "the Iranian capital": a people or a place, rarely whom the speaker
 * addresses; "the Syrian government" is read as the country's government), an outlet, or the
 * speaker. A country named after a motion word stays: "exports to Israel" is about Israel.
 */
function isTarget(text: string, m: Mention, speaker: Mention): boolean {
  // "it" is more often the deal or the plan than an organization named before.
  if (!m.entity || m.entity === speaker.entity || m.via === 'outlet' || (m.via === 'demonym' && !namesStateAgents(text, m)) || (m.via === 'pronoun' && m.kind === 'organization') || namesRelative(text, m) || namesCurrency(text, m)) return false;
  // "a line through India", "a corridor through Russia's Altai region": the land a route crosses, not whom the words are about.
  if (m.kind === 'country' && routeThroughBefore().test(text.slice(Math.max(0, m.start - 30), m.start))) return false;
  return m.locative === null || (m.locative === 'motion' && m.via === 'name');
}

/** "a corridor through ": a route noun (words.json routeNouns) and "through" right before a name, compiled once. */
const routeThroughBefore = once(() => new RegExp(`\\b(?:${phrasePattern(words.routeNouns)})\\s+through\\s+(?:the\\s+)?$`));

/**
 * "New Delhi valued the Kingdom's leadership": a state named by its form alone stands for the one country
 * named before it in the article whose official name has that form ("Kingdom of Saudi Arabia"); when none
 * or several fit, for no one. Only whom the words are about: such a form never makes a speaker here.
 */
function withStateForms(text: string, sentence: Sentence, index: number, mentions: Mention[], all: Mention[], entities: Map<string, DocEntity>, leadersBySurname: DocEntity[]): Mention[] {
  const forms: Mention[] = [];
  for (const match of text.slice(sentence.start, sentence.end).matchAll(standaloneStateForm())) {
    const start = sentence.start + match.index + match[0].length - match[1].length;
    const fitting = new Map(all.filter((m) => m.documentId === sentence.documentId && m.start < start && m.kind === 'country' && m.knownId !== null && entities.has(m.entity) && hasStateForm(m.knownId, match[1])).map((m) => [m.entity, m]));
    if (fitting.size !== 1) continue;
    const [country] = fitting.values();
    forms.push(standIn(country, start, match[1], 'state-form', /^['’]s?\b/.test(text.slice(start + match[1].length)), index));
  }
  for (const match of text.slice(sentence.start, sentence.end).matchAll(leaderGovernment())) {
    const start = sentence.start + match.index + match[0].indexOf(match[1]);
    const leaders = new Map(all.filter((m) => m.documentId === sentence.documentId && m.start < start && m.kind === 'person' && entities.get(m.entity)?.name.split(' ').pop() === match[1]).map((m) => [m.entity, m]));
    if (leaders.size > 1) continue;
    const leader = leaders.size === 1 ? [...leaders.values()][0] : dictionaryLeader(sentence, index, start, match[1], mentions, entities, leadersBySurname);
    if (leader) forms.push(standIn(leader, start, match[1], 'leader-government', true, index));
  }
  return forms.length === 0 ? mentions : [...mentions, ...forms].sort((a, b) => a.start - b.start);
}

/**
 * "criticised Belarus … the Lukashenko regime" where the article names no Lukashenko before: the one dictionary person
 * with that surname (06-entities knownPersonBySurname), as an entity of the document made once. Only where the
 * sentence names the person's country by its name too ("abuses of the Ortega regime, which Nicaraguans fled" may
 * tell of a rule, not of the man); a surname two dictionary people share names no one.
 */
function dictionaryLeader(sentence: Sentence, index: number, start: number, surname: string, mentions: Mention[], entities: Map<string, DocEntity>, leadersBySurname: DocEntity[]): Mention | null {
  const known = knownPersonBySurname(surname);
  if (!known || !mentions.some((m) => m.kind === 'country' && m.knownId === known.country && (m.via === 'name' || m.via === 'alias'))) return null;
  const key = `${sentence.documentId}#person:${fullNameKey(known.name)}`;
  let entity = entities.get(key);
  if (!entity) {
    entity = { key, documentId: sentence.documentId, kind: 'person', name: known.name, forms: [known.name, surname], country: known.country, roles: [], knownId: null };
    entities.set(key, entity);
    leadersBySurname.push(entity);
  }
  return { documentId: sentence.documentId, start, end: start + surname.length, form: surname, kind: 'person', entity: key, country: entity.country, role: null, via: 'leader-government', modifier: true, locative: null, sentence: index, inQuote: false, knownId: null, affiliation: null };
}

/** A mention of `actor`'s entity where `form` stands for it in the sentence `index`. */
function standIn(actor: Mention, start: number, form: string, via: Mention['via'], modifier: boolean, index: number): Mention {
  return { ...actor, start, end: start + form.length, form, via, role: null, earlierRoles: undefined, modifier, locative: null, sentence: index, inQuote: false, affiliation: null };
}

/** "the Milei administration", "the Marape-led government": a government named by its leader's surname (words.json leaderGovernmentHeads) stands for the leader. */
const leaderGovernment = once(() => new RegExp(String.raw`\bthe (\p{Lu}\p{Ll}+)(?:-led)? (?:${phrasePattern(words.leaderGovernmentHeads)})\b`, 'gu'));

/** "Kingdom" of "Kingdom of Saudi Arabia", "Republic" of "Federal Republic of Germany". */
function hasStateForm(iso3: string, form: string): boolean {
  return (officialCountryName(iso3) ?? '').split(' ').includes(form);
}

/** "the Kingdom", "the Sultanate's": a form after "the" with no name after it ("the Kingdom of Spain", "the Republic Day"). */
const standaloneStateForm = once(() => new RegExp(String.raw`\bthe (${phrasePattern(words.standaloneStateForms)})\b(?!\s+(?:of\b|\p{Lu}))`, 'gu'));

/** "the leader of Kenya's northern neighbour", "Japan's closest ally": another state, told by its relation to the one named (`words.json` relationalStateNouns). */
function namesRelative(text: string, m: Mention): boolean {
  return relationalStateNoun().test(text.slice(m.end, m.end + 40));
}

const relationalStateNoun = once(() => new RegExp(String.raw`^['’]s?\s+(?:\p{Ll}+\s+){0,2}(?:${phrasePattern(words.relationalStateNouns)})\b`, 'u'));

/** "150 million US dollars", "in Singapore dollars": a country's name in a currency's name (`words.json` currencyNouns). */
function namesCurrency(text: string, m: Mention): boolean {
  return currencyNounAfter().test(text.slice(m.end, m.end + 20));
}

const currencyNounAfter = once(() => new RegExp(`^\\s+(?:${phrasePattern(words.currencyNouns)})\\b`));

/** "thanked Kenyan police officers", "from Afghan soil", "French intelligence officials": a demonym before its state's agents or territory stands for the state. */
function namesStateAgents(text: string, m: Mention): boolean {
  const [, first, second] = /^\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(text.slice(m.end, m.end + 40)) ?? [];
  const head = second !== undefined && demonymAgentBranches().has(first) && demonymTargetHeads().has(second) ? second : first;
  if (head === undefined || !demonymTargetHeads().has(head)) return false;
  const before = /(\p{Ll}+)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, m.start - 30), m.start))?.[1];
  if (before === undefined) return true;
  return !demonymTargetRoutes().has(before) && !(demonymTerritoryInside().has(before) && demonymTerritoryPlaces().has(head));
}

const demonymTargetHeads = once(() => new Set(words.demonymTargetHeads));
const demonymAgentBranches = once(() => new Set(words.demonymAgentBranches));
const demonymTargetRoutes = once(() => new Set(words.demonymTargetRoutes));
const demonymTerritoryPlaces = once(() => new Set(words.demonymTerritoryPlaces));
const demonymTerritoryInside = once(() => new Set(words.demonymTerritoryInside));

/**
 * "said Patrick Youssef, the Red Cross's regional director", "said X, the UN's relief chief": the
 * speaker's own organization, in the apposition that describes the speaker, is not whom he speaks about.
 */
function describesSpeaker(text: string, m: Mention, next: Mention | undefined, speaker: Mention): boolean {
  if (!m.modifier) return false;
  const describesRole = next?.entity === speaker.entity && /^['’]s\s+$/.test(text.slice(m.end, next.start));
  return describesRole || (m.start > speaker.end && /^\s*,\s*(?:the\s+)?$/i.test(text.slice(speaker.end, m.start)));
}

/** "said X, a researcher at the Y Institute": the body the apposition places the speaker in is theirs, not whom they speak of. */
function speakersPlace(text: string, m: Mention, speaker: Mention): boolean {
  return m.kind === 'organization' && m.start > speaker.end && PLACE_IN_APPOSITION.test(text.slice(speaker.end, m.start));
}

const PLACE_IN_APPOSITION = /^\s*,\s*(?:an?|the)\s+(?:\p{Ll}+\s+){1,3}(?:at|with|from)\s+(?:the\s+)?$/u;

/** "U.S. Secretary of State Marco Rubio", "Kenya's foreign minister X": the country is the person's affiliation; the person is the target. */
function namesAffiliation(m: Mention, next: Mention | undefined): boolean {
  return m.modifier && next?.kind === 'person' && !!next.entity && next.affiliation === (m.knownId ?? m.form);
}

/**
 * "X said during his meeting with Y that...", "in a phone call with Y", "after talks with his Thai counterpart Y",
 * "on the sidelines of a meeting with Y": Y is whom the speaker met, which the meeting records; what was said is about
 * whoever the words name. Talks as a topic ("the talks between the US and Iran") are not this: the phrase must open
 * with during, in, at, after, following, before, ahead of or on the sidelines of. Between the noun and Y only Y's
 * title: determiners, capitalised words and role words.
 */
const meetingCounterpartPattern = once(
  () => new RegExp(`\\b(?:during|in|at|after|following|before|ahead of|on the sidelines of)\\s+(?:(?:his|her|their|its|a|an|the)\\s+)?(?:\\p{Ll}+\\s+)?(?:${phrasePattern(Object.keys(lexicon().triggers.meetingNouns))})\\s+${counterpartTitleWords()}$`, 'u'),
);

const counterpartTitleWords = once(() => `(?:(?:the|his|her|their|its|a|an|[A-Z][\\p{L}.'’-]*|${phrasePattern(lexicon().roles)})\\s+){0,5}`);

/** "He said this after meeting President Y", "before holding talks with Y": a meeting verb's "-ing" form after a time conjunction (`triggers.json` `meetingVerbs`). */
const meetingGerundCounterpartPattern = once(() => {
  const gerunds = Object.keys(lexicon().triggers.meetingVerbs).filter((verb) => /^\p{Ll}+ing\b/u.test(verb));
  return new RegExp(`\\b(?:after|following|before|ahead of|while|when)\\s+(?:${phrasePattern(gerunds)})\\s+(?:with\\s+)?${counterpartTitleWords()}$`, 'u');
});

function metDuringStatement(text: string, sentence: Sentence, m: Mention): boolean {
  // "the issue had been raised with the Congolese side": the side talked with, as in "talks with Y".
  if (m.via === 'side' && /\bwith\s+the\s+$/i.test(text.slice(Math.max(sentence.start, m.start - 12), m.start))) return true;
  const before = text.slice(Math.max(sentence.start, m.start - 100), m.start);
  return meetingCounterpartPattern().test(before) || meetingGerundCounterpartPattern().test(before) || ownMeetingReportedPattern().test(before) || (thirdPartyMeetingPattern().test(before) && !deniedMeetingPerson(text, sentence, m)) || heldTalksParty(text, sentence, m, before);
}

/**
 * "denied that X had met Rwandan President Y": the foreign person a meeting denied to have taken place was with is whom the
 * denial is about (the golds count Y), not an unnamed group ("had met Ukrainian officials", where the golds disagree), nor
 * the other side of a meeting only agreed to ("denied that X had ever agreed to meet Y").
 */
function deniedMeetingPerson(text: string, sentence: Sentence, m: Mention): boolean {
  const before = text.slice(sentence.start, m.start);
  return m.kind === 'person' && m.via !== 'role' && m.country !== null && !/^['’]s?\b/.test(text.slice(m.end, m.end + 2)) && DENIED_MEETING_HELD.test(before) && deniedMeetingCue().test(before.toLowerCase());
}

/**
 * "dismissed as fabrication a report claiming that X had secretly met Y": the speaker's compatriot X, whose meeting the
 * speaker denies, is the side the speaker stands for, not whom the denial is about (the golds count Y).
 */
function deniedOwnSide(text: string, sentence: Sentence, mentions: Mention[], from: number, country: string | null, entities: Map<string, DocEntity>): Set<string> {
  const own = new Set<string>();
  if (country === null) return own;
  for (const m of mentions) {
    if (m.start < from || m.kind !== 'person' || entities.get(m.entity)?.country !== country) continue;
    if (DENIED_MEETING_SUBJECT.test(text.slice(m.end, m.end + 40)) && deniedMeetingCue().test(text.slice(sentence.start, m.start).toLowerCase())) own.add(m.entity);
  }
  return own;
}

const DENIED_MEETING_SUBJECT = /^\s+(?:had|has|have)\s+(?:(?:also|already|previously|secretly|ever)\s+)?(?:met|spoken|talked)\b/;

/** "that X had met Rwandan President ": a meeting told as held ("had met", "has spoken with"), then up to five words of title before the name. */
const DENIED_MEETING_HELD = /\b(?:had|has|have)\s+(?:(?:also|already|previously|secretly|ever)\s+)?(?:met|spoken|talked)\s+(?:with\s+)?(?:(?:the|his|her|a|an|\p{Lu}[\p{L}.'’-]*|\p{Ll}+)\s+){0,5}$/u;

/** "denied reports that X had met Y", "a visit by Y": the parties of a meeting of others the words tell of (`words.json` `thirdPartyMeetingAbout`). */
const thirdPartyMeetingPattern = once(() => {
  const verb = String.raw`\bthat\s+(?!(?:he|she|they|I|we)\s)(?:the\s+)?(?:[\p{L}.'’-]+\s+){1,4}(?:${phrasePattern(words.thirdPartyMeetingAuxiliaries)})\s+(?:(?:${phrasePattern(words.thirdPartyMeetingAdverbs)})\s+)?(?:${phrasePattern(words.thirdPartyMeetingVerbs)})${MEETING_MANNER}\s+(?:with\s+)?`;
  const noun = String.raw`\b(?:${phrasePattern(words.thirdPartyMeetingNouns)})\s+`;
  return new RegExp(`(?:${verb}|${noun})${counterpartTitleWords()}$`, 'u');
});

/**
 * 'said X "held secret talks with Y"': the other side of talks someone held, whoever held them. Not in a denial ("denied
 * reports that X had held talks with Y", "dismissed as fiction a claim that…"): the golds count whom the denial is about.
 */
function heldTalksParty(text: string, sentence: Sentence, m: Mention, before: string): boolean {
  return heldTalksPattern().test(before) && !deniedMeetingCue().test(text.slice(sentence.start, m.start).toLowerCase());
}

const heldTalksPattern = once(() => new RegExp(String.raw`\b(?:held|had|holding)\s+(?:(?:a|an)\s+)?(?:\p{Ll}+\s+)?(?:${phrasePattern(words.heldMeetingNouns)})\s+with\s+${counterpartTitleWords()}$`, 'u'));

/** "spoken by phone on Monday with Y": how and when, between a meeting verb and its other side. */
const MEETING_MANNER = String.raw`(?:\s+by\s+(?:tele)?phone)?(?:\s+(?:on\s+)?\p{Lu}\p{Ll}+day)?`;

/**
 * "told Lusa that he had spoken by telephone with Y", "says he had met Y", "said he could meet Y if…": the speaker's own
 * meeting, had or offered, which the meeting records. Not a denial ("denied that he had met Y"): what is denied is about
 * Y; nor "would meet Y", which may be denied ("denied reports that he would meet Y").
 */
const ownMeetingReportedPattern = once(() => {
  const reported = String.raw`\b(?:he|she|they)\s+(?:(?:had|has|have)\s+(?:met|spoken|talked)|(?:${phrasePattern(words.ownMeetingModals)})\s+(?:meet|speak|talk))`;
  return new RegExp(String.raw`(?<!\bden(?:y|ies|ied|ying)\s+(?:that\s+)?)${reported}${MEETING_MANNER}\s+(?:with\s+)?${counterpartTitleWords()}$`, 'u');
});

/**
 * Another speaker's clause: ", while Y urged", or after a quote closing past its comma: '…," while Y urged'; or, with no
 * comma, '…of being "asleep" while Y expanded…': the words end with the quote; what happens meanwhile is the reporter's background.
 */
const OTHER_CLAUSE = /(?:,["”]?|["”])\s+(?:while|whereas)\s|;\s/;

/** '…," according to a statement from the Prime Minister's Office.': the source closing the sentence passed the words on; it is not whom they are about. */
const CLOSING_SOURCE = new RegExp(String.raw`,\s+${ACCORDING_TO}[^,;]{1,80}$`);

/** "X said Y would not be drawn in after a report claimed that Z…" (words.json reportSources, reportNouns): what the report claimed is its own, not the speaker's words; compiled once. */
const reportBackground = once(() => new RegExp(String.raw`\b(?:after|following|amid)\s+(?:an?\s+|the\s+)?(?:(?:${phrasePattern(words.reportSources)})\s+)?(?:${phrasePattern(words.reportNouns)})\b`));

/** "X pledged … as Foreign Minister Y hosted Z": who acts in the "as" clause is not what was said (not "as well as", "such as", "as saying"). */
const AS_CLAUSE = new RegExp(String.raw`(?:,\s*|\s)(?<!\b(?:well|such|so)\s)as\s+(?:(?:the|his|her|its|their)\s+)?\p{Lu}(?:[\p{L}.'’-]*\s+){1,6}?${PAST_TENSE_VERB}\b`, 'u');

/**
 * "…, a plan first raised when Ruto met Museveni in 2023": a "when" clause telling of a past meeting is
 * background to the words, not what was said; whom it names met, which the meeting records.
 */
const backgroundMeetingClause = once(() => {
  const pastMeetingVerbs = Object.keys(lexicon().triggers.meetingVerbs).filter((verb) => pastMeetingVerb().test(verb));
  return new RegExp(String.raw`\bwhen\s+(?:(?:he|she|they|the|\p{Lu}[\p{L}.'’-]*)\s+){1,5}(?:${phrasePattern(pastMeetingVerbs)})\b`, 'u');
});

/** Where the last clause of `before` starts: just after its last OTHER_CLAUSE (", while", '" while', ";"), else at 0. */
function lastClauseBoundary(before: string): number {
  let start = 0;
  for (const match of allMatches(before, OTHER_CLAUSE_EVERYWHERE)) start = match.index + match[0].length;
  return start;
}

const OTHER_CLAUSE_EVERYWHERE = new RegExp(OTHER_CLAUSE.source, 'g');

/** "concerned about groups in the northern provinces of Peru": the country holding the place where something happens, not whom the words are about. */
function placeWithinCountry(text: string, sentence: Sentence, m: Mention): boolean {
  return m.kind === 'country' && territoryPartBefore().test(text.slice(Math.max(sentence.start, m.start - 50), m.start));
}

const territoryPartBefore = once(() => new RegExp(String.raw`\bin\s+(?:(?:the|its|their)\s+)?(?:\p{Ll}+\s+){0,2}(?:${phrasePattern(words.territoryPartNouns)})\s+of\s+(?:the\s+)?$`, 'u'));

/**
 * '…, in an apparent reference to past remarks by X about Y': an actor only modifying what the writer takes the words to
 * allude to (remarks, a dispute, "the 1995 resolution of X") is not whom they are about; "in a veiled reference to Beijing" names the target itself.
 * The clause runs to the next comma.
 */
function insideReferenceClause(text: string, sentence: Sentence, m: Mention): boolean {
  return referenceClauseBefore().test(text.slice(sentence.start, m.start));
}

const referenceClauseBefore = once(() => new RegExp(String.raw`\b[Ii]n\s+(?:an?\s+)?(?:(?:${phrasePattern([...words.assertedReferenceWords, ...words.hedgedReferenceWords])})\s+)?(?:reference|allusion)\s+to\s+(?:(?:the|his|her|its|their)\s+)?(?!(?:the|his|her|its|their)\s)[\p{Ll}\d][^,;"“”]*$`, 'u'));

/** "…, in an apparent reference to China": the writer's guess at whom the words are about, not what they say ("in a veiled reference to X" asserts it). */
function hedgedReference(text: string, sentence: Sentence, m: Mention): boolean {
  return hedgedReferenceBefore().test(text.slice(Math.max(sentence.start, m.start - 60), m.start));
}

const hedgedReferenceBefore = once(() => new RegExp(String.raw`\b[Ii]n\s+(?:an?\s+)?(?:${phrasePattern(words.hedgedReferenceWords)})\s+(?:reference|allusion)\s+to\s+(?:the\s+)?$`, 'u'));

/**
 * "the backbone of NATO's eastern flank", "the ASEAN region": an organization naming a stretch of land or sea, where
 * something happens; "into the ASEAN family", "UN Security Council resolutions": the frame something belongs to.
 */
function organizationArea(text: string, m: Mention): boolean {
  return m.kind === 'organization' && organizationAreaAfter().test(text.slice(m.end, m.end + 40));
}

const organizationAreaAfter = once(() => new RegExp(String.raw`^(?:['’]s)?\s+(?:\p{Ll}+(?:-\p{Ll}+)?\s+)?(?:${phrasePattern([...words.organizationAreaNouns, ...words.organizationFrameworkNouns])})\b`, 'u'));

/** "accused X in a speech to the National Assembly" (words.json addressNouns): where the words were said, not whom they are about. */
function addressedVenue(text: string, sentence: Sentence, m: Mention): boolean {
  return addressedBefore().test(text.slice(Math.max(sentence.start, m.start - 40), m.start));
}

const addressedBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.addressNouns)})\s+(?:to|before|at)\s+(?:the\s+)?$`, 'i'));

/**
 * "X told the Security Council that…", "X assured the Senate that…": a body the words were told to, right after the
 * verb, is their audience, not whom they are about; so is a person told under their office alone ("assured the
 * President that…", "told the Thai minister that…"). A person told by name ("X told Y that…") stays: the golds count Y;
 * so does a counterpart ("told his Afghan counterpart that…"), as relayed.ts reads "told her counterpart".
 */
function toldAudience(text: string, verb: Verb, m: Mention): boolean {
  if (!(m.kind === 'organization' || (m.kind === 'person' && m.via === 'role' && !lexicon().counterpartRoles.has(m.role ?? ''))) || !addresseeVerbs().has(text.slice(verb.start, verb.end).toLowerCase()) || !ADDRESSEE_END.test(text.slice(m.end, m.end + 8))) return false;
  return (m.kind === 'organization' ? ADDRESSEE_GAP : OFFICE_ADDRESSEE_GAP).test(text.slice(verb.end, m.start));
}

const addresseeVerbs = once(() => new Set(words.addresseeVerbs));
/** "told La Estrella de Panamá that", "told Radio Voz de Ecuador that": a country closing the name of whom the words were told names no one spoken of. */
function toldAudienceNamedForCountry(text: string, verb: Verb, m: Mention): boolean {
  return m.kind === 'country' && addresseeVerbs().has(text.slice(verb.start, verb.end).toLowerCase()) && audienceNameBefore().test(text.slice(verb.end, m.start)) && ADDRESSEE_END.test(text.slice(m.end, m.end + 8));
}

const audienceNameBefore = once(() => new RegExp(String.raw`^\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:${phrasePattern(words.partyNameConnectors.filter((connector) => connector !== 'the'))})\s+$`, 'u'));

const ADDRESSEE_GAP = /^\s+(?:(?:the|his|her|its|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}$/u;
/** "the ", "the visiting ", "his Chilean ": before an office named without its holder's name. */
const OFFICE_ADDRESSEE_GAP = /^\s+(?:the|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}$/u;
const ADDRESSEE_END = /^\s*(?:,\s*)?(?:that\b|["“])/;

/** "in a statement issued by his media aide, X", "through his spokesman, X": who passed the words on, not whom they are about. */
function conveyedBy(text: string, sentence: Sentence, m: Mention): boolean {
  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
  return conveyedByBefore().test(before) || SOURCE_ACCORDING_TO.test(before);
}

/** "wrote on Facebook that", "according to a post on his official Facebook page": where the words were posted, not whom they are about. */
function postingPlatform(text: string, sentence: Sentence, m: Mention): boolean {
  return m.kind !== 'country' && (POSTED_ON_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 40), m.start)) || PLATFORM_PAGE_AFTER.test(text.slice(m.end, m.end + 12)));
}

const POSTED_ON_BEFORE = /\b(?:said|wrote|writing|posted|posting|post|published|message|statement|video)\s+on\s+(?:(?:his|her|its|their|the)\s+)?(?:official\s+)?$/i;
const PLATFORM_PAGE_AFTER = /^(?:['’]s)?\s+(?:page|account|post|channel|feed|profile|handle)\b/i;

/** "told aides, according to the daily Y, that…": the source the report cites, not whom the words are about. */
const SOURCE_ACCORDING_TO = /\baccording\s+to\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** "issued by his", "relayed by the" (words.json conveyingVerbs), "through his": up to the name of who passed the words on; compiled once. */
const conveyedByBefore = once(() => new RegExp(String.raw`\b(?:(?:${phrasePattern(words.conveyingVerbs)})\s+by\s+(?:(?:his|her|its|their|the|a)\s+)?|(?:through|via)\s+(?:his|her|its|their)\s+)(?:[\p{L}-]+\s+){0,3}?(?:[\p{L}-]+\s*,\s*)?$`, 'iu'));

/**
 * "Bolivia has demanded access to the sea since losing its coast", "Tokyo has long insisted for decades that …": a stance
 * held since a past event or for years is background, not words said now. Not "since Monday": a recent statement.
 */
function longHeldStance(text: string, sentence: Sentence, verb: Verb): boolean {
  return perfectBefore().test(text.slice(Math.max(sentence.start, verb.start - 20), verb.start)) && longHeldSpan().test(text.slice(verb.end, sentence.end));
}

const perfectBefore = once(() => new RegExp(String.raw`\b(?:has|have)\s+(?:(?:${phrasePattern(words.longHeldAdverbs)})\s+)?$`));
const longHeldSpan = once(() => new RegExp(String.raw`\b(?:since\s+(?:(?:the|its|their|his|her)\s|\p{Ll}+ing\b|\d{4}\b|(?:${phrasePattern(words.longHeldSinceWords)})\b)|for\s+(?:(?:${phrasePattern(words.longHeldSpanCounts)})\s+)?(?:${phrasePattern(words.longHeldSpanUnits)})\b)`, 'u'));

/** "welcomed the Chisinau talks", "denounced the Seoul meeting": a capital naming a gathering by its venue. */
function namesVenueOfGathering(text: string, m: Mention): boolean {
  if (m.kind === 'organization') return hostedGathering(text, m);
  return (m.via === 'capital' || (m.kind === 'country' && lexicon().capitalNames.has(m.form))) && venueEventNoun().test(text.slice(m.end, m.end + 40));
}

const venueEventNoun = once(() => new RegExp(`^\\s+(?:${phrasePattern(words.venueEventNouns)})\\b`));

/**
 * "the upcoming ASEAN Summit", "ahead of the Caribbean Community foreign ministers' meeting", "the Forum's "Blue
 * Pacific" declaration", "a meeting of SADC defence ministers": an organization naming its own gathering (or its
 * members') is where the words were set, not whom they are about.
 */
function hostedGathering(text: string, m: Mention): boolean {
  return organizationGathering().test(text.slice(m.end, m.end + 60)) || OWN_NAMED_GATHERING.test(text.slice(m.end, m.end + 80)) || membersGathering(text, m);
}

/** "'s "Ocean of Peace" declaration", "'s summit": the organization's own gathering or text, its name in quotes or none. */
const OWN_NAMED_GATHERING = new RegExp(String.raw`^['’]s(?:\s+["“][^"”]{1,60}["”])?\s+(?:${phrasePattern(words.venueEventNouns)})\b`, 'u');

/** "a meeting of ECOWAS security chiefs": a gathering of the holders of a role (a known role in the plural) in the organization. */
function membersGathering(text: string, m: Mention): boolean {
  if (!gatheringOfBefore().test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
  const members = /^\s+(?:(\p{Ll}+)\s+)?(\p{Ll}+)s\b/u.exec(text.slice(m.end, m.end + 40));
  return !!members && (knownRoles().has(members[2]) || (!!members[1] && knownRoles().has(`${members[1]} ${members[2]}`)));
}

const gatheringOfBefore = once(() => new RegExp(`\\b(?:${phrasePattern(words.venueEventNouns)})\\s+of\\s+(?:the\\s+)?$`, 'i'));

// Only whose gathering it is may stand between ("foreign ministers'", "leaders'"): "the AU would host a summit" is the AU acting.
const organizationGathering = once(() => new RegExp(`^(?:(?:\\s+\\p{Ll}+){0,2}\\s+\\p{Ll}+(?:s['’]|['’]s))?\\s+(?:${phrasePattern(withCapitals(words.venueEventNouns))})\\b`, 'u'));

/**
 * "help North Macedonia on its EU path", "Sweden's NATO bid": an organization named as what someone
 * else's noun is of (a path, a bid, a seat) is that noun's attribute, not whom the words are about.
 */
function possessedInstitution(text: string, m: Mention): boolean {
  if (m.kind === 'organization' && possessorsAccessionBefore().test(text.slice(Math.max(0, m.start - 40), m.start))) return true;
  if (m.kind !== 'organization' || !POSSESSOR_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) return false;
  // A noun follows, not a preposition or a verb ("Iran's Revolutionary Guards in Syria"): the closed words never start a name.
  const next = /^\s+(\p{Ll}+)\b/u.exec(text.slice(m.end, m.end + 30));
  return !!next && !lexicon().notNameWords.has(next[1][0].toUpperCase() + next[1].slice(1));
}

/** "Ukraine's accession to the EU", "Georgia's membership in NATO": the organization the possessor joins (words.json accessionNouns). */
const possessorsAccessionBefore = once(() => new RegExp(String.raw`\p{L}['’]s?\s+(?:${phrasePattern(words.accessionNouns)})\s+(?:to|in|into|with)\s+(?:the\s+)?$`, 'u'));

const POSSESSOR_BEFORE = /(?:\b(?:its|his|her|their|our|your)|\p{L}['’]s)\s+$/iu;

/**
 * "Opposition leader X said the government needed to…", "the opposition senator X accused the government": in the
 * opposition's mouth, or a party figure's ("PTI founder X"), a bare "the government" is the speaker's own country's, which the speaker speaks of from within.
 */
function opposedToGovernment(text: string, sentence: Sentence, speaker: Mention): boolean {
  const before = text.slice(Math.max(sentence.start, speaker.start - 90), speaker.start);
  return oppositionTitleBefore().test(before.slice(-50)) || oppositionPartyTitleBefore().test(before);
}

/** "without consulting the National Assembly": a legislature named bare, no country before it (words.json ownLegislatureNames). */
function ownLegislature(text: string, m: Mention): boolean {
  return m.kind === 'organization' && ownLegislatureNames().has(m.form) && BARE_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

const ownLegislatureNames = once(() => new Set(words.ownLegislatureNames));
/** A lower-case word ("the", "consulting") or nothing before the name; not "French" or "Kenya's". */
const BARE_BEFORE = /(?:(?<![\p{L}'’])\p{Ll}+|[^\p{L}\s'’]|^)\s*$/u;

/** "Opposition leader X", "the opposition Patriotic Front senator X", "party chairman X", "PTI founder X" (words.json domesticOppositionTitleWords). */
const oppositionTitleBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.domesticOppositionTitleWords)})(?:\s+[\p{L}'’-]+){0,3}\s+$`, 'iu'));

/**
 * "Opposition Homeland Union – Christian Democrats MP X", "Opposition Fuerza del Pueblo deputy X": the party's full name, of
 * capitalised words, dashes and the small words inside a name (words.json partyNameConnectors), between the word and the
 * title, which may be lower case.
 */
const oppositionPartyTitleBefore = once(() => new RegExp(String.raw`(?:^|[^\p{L}])(?:${phrasePattern(withCapitals(words.domesticOppositionTitleWords))})(?:\s+(?:\p{Lu}[\p{L}'’.-]*|[–—]|(?:${phrasePattern(words.partyNameConnectors)})(?=\s+\p{Lu})))+(?:\s+\p{Ll}+){0,2}\s+$`, 'u'));

/**
 * "settled within the framework of the United Nations", "under the auspices of the AU", "for the next session of the
 * Joint Economic Council": the setting, not whom the words are about.
 */
function underFramework(text: string, sentence: Sentence, m: Mention): boolean {
  if (m.kind !== 'organization') return false;
  const before = text.slice(Math.max(sentence.start, m.start - 60), m.start);
  return settingOfBefore().test(before) || recurringSessionOfBefore().test(before) || adheredToBefore().test(before);
}

/**
 * "Kenya was committed to the East African Community (EAC) Customs Union": the bloc a party holds to (words.json
 * adherenceWords), and a body named within it, is that party's own side.
 */
const adheredToBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.adherenceWords)})\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:\(\p{Lu}+\)\s+)?){0,5}\(?$`, 'u'));

const recurringSessionOfBefore = once(() => new RegExp(`\\b(?:${phrasePattern(words.recurringSessionOpeners)}|\\d+(?:st|nd|rd|th))\\s+(?:${phrasePattern(words.venueEventNouns)})\\s+of\\s+(?:the\\s+)?$`, 'i'));

/** "within the framework of the", "under the auspices of" (words.json settingNouns), compiled once. */
const settingOfBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.settingNouns)})\s+of\s+(?:the\s+)?$`, 'i'));

/**
 * "rejected the statements of the US official", "the UK envoy said": a country's short name before an unnamed holder's
 * role is that person's country, an adjective as "the American official" is; the words are about the person.
 */
function countryOfUnnamedHolder(text: string, m: Mention): boolean {
  return m.kind === 'country' && m.modifier && m.via !== 'demonym' && roleAfter(text, m, ROLE_WORDS_AFTER);
}

/**
 * "criticised the UN Secretary-General's envoy X", "thanked Ghana for its role as AU chair": a body before a role
 * (its title capitalised or not) names the office of the holder named right after it, or of the one "as" says plays
 * it; the words are about that holder. "thanked the UN chief" names no one else: the body stays.
 */
function officeOfHolder(text: string, m: Mention, next: Mention | undefined): boolean {
  if (m.kind !== 'organization' || !roleAfter(text, m, TITLE_WORDS_AFTER)) return false;
  const holderNamed = next?.kind === 'person' && HOLDER_TITLE_GAP.test(text.slice(m.end, next.start));
  return holderNamed || ROLE_PLAYED_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * "denied meeting X, the commander of Chad's Republican Guard, in …": a body or country in the apposition after
 * a person's name only says who that person is; the words are about the person.
 */
function describesPersonBefore(text: string, m: Mention, mentions: Mention[], index: number): boolean {
  if (m.kind === 'person' || !APPOSITION_CLOSES_AFTER.test(text.slice(m.end, m.end + 60))) return false;
  const person = mentions.slice(0, index).findLast((other) => other.kind === 'person' && other.via !== 'role');
  return !!person && PERSON_DESCRIBED_GAP.test(text.slice(person.end, m.start));
}

/** ", the commander of ", ", a senior adviser to the ", ", the head of Sudan's ": an apposition's title, then the body it names. */
const PERSON_DESCRIBED_GAP = /^,\s+(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:of|to|at|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*(?:['’]s)?\s+){0,4}$/u;
/** The rest of the name, then the comma closing the apposition. */
const APPOSITION_CLOSES_AFTER = /^(?:['’]s)?(?:\s+[\p{L}.'’-]+){0,4}\s*,/u;

/** '"As President X told us last year, …"': whom the speaker cites in their own words lends them the words, not their aim. */
function citedInOwnWords(text: string, m: Mention): boolean {
  // The anchored verb after the name first: it fails at once for almost every mention.
  return citedAsVerbAfter().test(text.slice(m.end, m.end + 30)) && CITED_AS_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start));
}

const CITED_AS_BEFORE = /["“]\s*As\s+(?:(?:the|our|my)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** After the cited name: an auxiliary or adverb (words.json citedInOwnWordsModifiers), then a verb of saying (citedInOwnWordsVerbs), compiled once. */
const citedAsVerbAfter = once(() => new RegExp(String.raw`^\s+(?:(?:${phrasePattern(words.citedInOwnWordsModifiers)})\s+)?(?:${phrasePattern(words.citedInOwnWordsVerbs)})\b`));

/** "claimed the Prime Minister \"is afraid of Brussels\"": what the words say someone fears tells of the one afraid. */
function fearedObject(text: string, m: Mention): boolean {
  return fearedObjectBefore().test(text.slice(Math.max(0, m.start - 30), m.start));
}

const fearedObjectBefore = once(() => new RegExp(`\\b(?:${phrasePattern(words.fearedObjectWords)})\\s+(?:the\\s+)?$`, 'i'));

const HOLDER_TITLE_GAP = /^(?:['’]s)?(?:\s+[\p{L}-]+(?:['’]s)?){1,5}\s+$/u;
const ROLE_PLAYED_BEFORE = /\bas\s+(?:the\s+)?$/;

/** Whether the one or two words `after` finds right after the mention are a known role. */
function roleAfter(text: string, m: Mention, after: RegExp): boolean {
  const found = after.exec(text.slice(m.end, m.end + 40));
  if (!found) return false;
  const [first, second] = [found[1].toLowerCase(), found[2]?.toLowerCase()];
  return knownRoles().has(first) || (!!second && knownRoles().has(`${first} ${second}`));
}

const ROLE_WORDS_AFTER = /^\s+(\p{Ll}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?/u;
const TITLE_WORDS_AFTER = /^\s+(\p{L}[\p{L}-]*)(?:\s+(\p{L}[\p{L}-]*))?/u;

/** "said the two discussed Iran": a name right after "discussed" is the talks' topic (words.json topicVerbs); "discussed sanctions against Iran" aims its own noun at Iran, "had not discussed Ukraine" denies something of it. */
function discussedTopic(text: string, sentence: Sentence, m: Mention): boolean {
  return topicVerbBefore().test(text.slice(Math.max(sentence.start, m.start - 30), m.start));
}

/**
 * "the Cyprus file should be debated": a place named as what a file or an issue is about is its topic, not whom the words are aimed at;
 * "implementing the Washington agreement", "the Astana format": a capital (not an acronym) naming an agreement or a format (words.json
 * namedThingHeads) is that thing's name.
 */
function namesMatter(text: string, m: Mention): boolean {
  return /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 5), m.start)) && (matterNounAfter().test(text.slice(m.end, m.end + 30)) || ((m.via === 'capital' || (m.via === 'alias' && /^\p{Lu}\p{Ll}+$/u.test(m.form))) && namedThingAfter().test(text.slice(m.end, m.end + 20))));
}

const namedThingAfter = once(() => new RegExp(`^\\s+(?:${phrasePattern(words.namedThingHeads.map((head) => head.toLowerCase()))})\\b`));

const matterNounAfter = once(() => new RegExp(`^(?:\\s+\\p{Ll}+)?\\s+(?:${phrasePattern(words.topicNouns)})\\b`, 'u'));

/** "to work through ASEAN", "a gateway to the EU": a body named as the channel or the goal of what is done is not whom the words are aimed at. */
function bodySetting(text: string, sentence: Sentence, m: Mention): boolean {
  return m.kind === 'organization' && (bodySettingBefore().test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) || bodyVenueBefore().test(text.slice(Math.max(sentence.start, m.start - 80), m.start)));
}

/** "raise the issue at the UN Human Rights Council", "at the December Foreign Affairs Council": where the words are set; not after a word aiming at it (words.json bodyVenueAimingWords). */
const bodyVenueBefore = once(() => new RegExp(String.raw`(?<!\b(?:${phrasePattern(words.bodyVenueAimingWords)})\s+)\bat\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$`, 'u'));

const bodySettingBefore = once(() => new RegExp(`\\b(?:${phrasePattern(words.bodySettingWords)})\\s+(?:the\\s+)?$`, 'i'));

const topicVerbBefore = once(() => new RegExp(`(?<!\\b(?:not|never)\\s+)\\b(?:${phrasePattern(words.topicVerbs)})\\s+(?:the\\s+)?$`, 'i'));
const knownRoles = once(() => new Set(lexicon().roles));

/**
 * '"the future of ECOWAS"', '"the spirit of the East African Community"', '"as ASEAN's youngest member"': quoted words that
 * name a bloc only as what something belongs to describe that thing, and aim at no bloc.
 */
function quotedBodyBelonging(text: string, sentence: Sentence, m: Mention): boolean {
  return m.kind === 'organization' && m.inQuote && (NOUN_OF_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 30), m.start)) || memberAfter().test(text.slice(m.end, m.end + 30)));
}

const NOUN_OF_BEFORE = /\bthe\s+\p{Ll}+\s+of\s+(?:the\s+)?$/u;
/** "'s members", "'s permanent chair" (words.json bodyMemberNouns), compiled once. */
const memberAfter = once(() => new RegExp(String.raw`^['’]s\s+(?:\p{Ll}+\s+)?(?:${phrasePattern(words.bodyMemberNouns)})\b`, 'u'));

/** "for a non-permanent seat in the United Nations Security Council", "its candidacy to the Human Rights Council": the body a seat is in is where it is sought, not whom the words are about. */
function bodyHoldingSeat(text: string, sentence: Sentence, m: Mention): boolean {
  return m.kind === 'organization' && seatInBefore().test(text.slice(Math.max(sentence.start, m.start - 30), m.start));
}

/** "seat in the ", "candidacy to " (words.json seatNouns, candidacyNouns), compiled once. */
const seatInBefore = once(() => new RegExp(String.raw`\b(?:(?:${phrasePattern(words.seatNouns)})\s+(?:in|on|at)|(?:${phrasePattern(words.candidacyNouns)})\s+(?:to|for))\s+(?:the\s+)?$`, 'i'));

/**
 * '"Mr. X said that the ministry is ready and called on Peru to act," Y said.': inside the quote X speaks; what
 * follows X's speech verb in the quote is X's words, of which Y says only that X said them.
 */
function quotedSpeakersWords(text: string, sentence: Sentence, mentions: Mention[], m: Mention, speaker: Mention): boolean {
  const quote = m.inQuote ? sentence.quotes.find((q) => q.start <= m.start && m.end <= q.end) : undefined;
  // '"X praised …," state TV said': an outlet's quote of the speaker's own words is the speaker's.
  return !!quote && mentions.some((other) => other.kind === 'person' && other.entity && other.entity !== speaker.entity && other.start >= quote.start && other.end <= m.start && relayedVerbPattern().test(text.slice(other.end, m.start)));
}

/** "the Chile – Peru Joint Commission": a body after a country and a dash is the rest of a joint body's name, not a body of its own. */
function jointBodyPart(text: string, m: Mention, previous: Mention | undefined): boolean {
  return m.kind === 'organization' && previous?.kind === 'country' && /^\s*[–—-]\s*$/.test(text.slice(previous.end, m.start));
}

/** "X said he had no information": a subject pronoun just after the verb is most often the speaker, not whom the words are about. */
function speakerPronoun(text: string, verb: Verb, m: Mention): boolean {
  return m.via === 'pronoun' && SUBJECT_PRONOUN_AFTER_VERB.test(text.slice(verb.end, m.end));
}

const SUBJECT_PRONOUN_AFTER_VERB = /^\s+(?:that\s+)?(?:he|she|it|they)$/i;

/**
 * "X, who has criticised Y, told reporters that Z…", "X, whom Y praised, said": the relative clause's words end where the
 * main verb starts; "X, who has said that Y…, did not receive Z": or at the comma that closes the clause before it.
 */
function relativeClauseEnd(text: string, sentence: Sentence, verb: Verb, verbs: Verb[]): number {
  if (!RELATIVE_PRONOUN_BEFORE.test(text.slice(sentence.start, verb.start))) return sentence.end;
  const closed = text.slice(verb.end, sentence.end).search(MAIN_PREDICATE_AFTER_COMMA);
  // A comma closes the clause: "X, who said Kenya welcomed Y" goes on into the reported clause's verb.
  const main = verbs.find((next) => next.start > verb.end && text.slice(verb.end, next.start).includes(','));
  return Math.min(main?.start ?? sentence.end, closed >= 0 ? verb.end + closed : sentence.end);
}

const MAIN_PREDICATE_AFTER_COMMA = new RegExp(String.raw`,\s+(?:(?:did|does|do|has|had|have|was|is|were|will|would|could|can|also|then|later)\s|${PAST_TENSE_VERB}\b)`, 'u');

/** "warned that Lebanon could not bear another war and thanked Egypt": the first verb's words end where "and <verb>" begins. */
function coordinatedVerbStart(text: string, sentence: Sentence, verb: Verb, verbs: Verb[]): number {
  return verbs.find((next) => next.start > verb.end && COORDINATED_VERB.test(text.slice(verb.end, next.start)))?.start ?? sentence.end;
}

/**
 * " NZ$30 million", " a further 125 million euros", " US$20m": a sum of money right after the verb (the word before it at
 * most; words.json pledgedSumModifiers, pledgedSumScales, and currencyNouns with pledgedSumCurrencies).
 */
const pledgedSumVerbs = once(() => new Set(words.pledgedSumVerbs));

const pledgedSum = once(() => {
  const modifier = phrasePattern(words.pledgedSumModifiers);
  const scale = phrasePattern(words.pledgedSumScales);
  const currency = phrasePattern([...words.currencyNouns, ...words.pledgedSumCurrencies]);
  return new RegExp(String.raw`^\s+(?:(?:${modifier})\s+)?(?:[A-Z]{0,3}\$|€|£|¥|₹|\d[\d.,]*\s*(?:${scale})?\s+(?:${currency}))`);
});
/** "… met Y and said": a verb joined to the one before it. */
const COORDINATED_VERB = /,?\s+and\s+(?:also\s+)?$/;
/** "… met Y and said", "… was not present but said": a verb joined to the one before it or set against it, sharing its subject. */
const SUBJECT_SHARING_VERB = /,?\s+(?:and|but)\s+(?:also\s+)?$/;
/** What is left of a clause that a quote closed: only "and" before the second verb. */
const QUOTE_THEN_AND = /^[,.]?\s+and\s+(?:also\s+)?$/;

/** "… and thanked Egypt": a verb with no subject of its own is spoken by the subject of the verb it is coordinated with. */
function coordinatedSpeaker(text: string, verb: Verb, verbs: Verb[], spoken: Spoken[]): Mention | null {
  const previous = verbBefore(verb.start, verbs);
  if (!previous || !COORDINATED_VERB.test(text.slice(previous.end, verb.start))) return null;
  return spoken.find((s) => s.verb === previous)?.speaker ?? null;
}

/** "X denied reports that Y had requested talks": what is denied was not said, as far as the text goes. */
function deniedReport(text: string, verb: Verb, verbs: Verb[]): boolean {
  const previous = verbBefore(verb.start, verbs);
  if (previous?.kind !== 'REJECT') return false;
  const between = text.slice(previous.end, verb.start);
  return /\bthat\s/.test(between) && !COORDINATED_VERB.test(between);
}

/** The last speech verb that ends at or before `position` (the verbs are in text order and do not overlap). */
function verbBefore(position: number, verbs: Verb[]): Verb | undefined {
  return verbs.findLast((other) => other.end <= position);
}

/** "The spokesman said X welcomed Y": the words from X on are X's statement, not about X. */
function nestedSpeakerStart(verb: Verb, speaker: Mention, spoken: Spoken[], sentence: Sentence): number {
  const nested = spoken.find((other) => other.verb.start > verb.end && other.speaker.entity !== speaker.entity && other.speaker.start >= verb.end);
  return nested?.speaker.start ?? sentence.end;
}

/** "said X, a researcher, who said Y had told her…": the speaker's own relative clause after the name is a statement of its own. */
function ownRelativeStart(text: string, verb: Verb, speaker: Mention, spoken: Spoken[], sentence: Sentence): number {
  const own = spoken.find((other) => other.verb.start > verb.end && other.speaker.entity === speaker.entity && speaker.end <= other.verb.start);
  const relative = own ? OWN_RELATIVE_BEFORE.exec(text.slice(speaker.end, own.verb.start)) : null;
  return own && relative ? speaker.end + relative.index : sentence.end;
}

const OWN_RELATIVE_BEFORE = /,\s*who\s+(?:(?:also|had|has|have|then|later)\s+)?$/;

/**
 * "… and urged the world to stop attacks on Iran": a verb that borrows its subject says something
 * only of its object, the actors just after it ("and thanked Egypt", "and warned Tokyo and Seoul");
 * the words end after them.
 */
function objectEnd(text: string, mentions: Mention[], verb: Verb, clauseEnd: number): number {
  let end = verb.end;
  for (const m of mentions) {
    if (m.start < end || m.start >= clauseEnd) continue;
    if (!(end === verb.end ? DIRECT_OBJECT_GAP : OBJECT_LIST_GAP).test(text.slice(end, m.start))) break;
    end = m.end;
  }
  return end;
}

/**
 * Up to four capitalised words (a title) after an optional determiner: "the Egyptian President", "its Ukrainian";
 * after "that" too ("and demanded that Mr X table…": the "that" clause's subject is whom the demand is about), and after
 * a thing of theirs ("and praised "the wise leadership" of President X", "and criticised the decision of Y").
 */
const DIRECT_OBJECT_GAP = /^\s*(?:that\s+|(?:the\s+)?(?:["“][^"“”]{1,60}["”]|(?:\p{Ll}+\s+){0,2}\p{Ll}+)\s+of\s+)?(?:(?:the|its|his|her|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** "described X as …", "regarded X as …": the object, then what it is called. */
const DESCRIBED_AS = /^\s+as\s/;
/** 'called Armenia "a trusted neighbour"': a quotation opening right after the object is what a naming verb calls it. */
const OPENING_QUOTE_NEXT = /^\s*["“]/;
/** "Tajik President X did not travel, officials in Dushanbe said": a government neutrally saying what its own people did reports it, says nothing of them. */
function ownPerson(entities: Map<string, DocEntity>, speaker: string, target: string): boolean {
  const voice = entities.get(speaker);
  const person = entities.get(target);
  return voice?.kind === 'country' && person?.kind === 'person' && person.country === voice.knownId;
}

/**
 * "The ministry said that X had also spoken by phone with Y", "said X's visit opened a new page": a government telling of
 * its own person's meeting or visit reports it, says nothing of them (whom they met may be said something of).
 */
function ownActsTold(text: string, mentions: Mention[], verb: Verb, speaker: string, entities: Map<string, DocEntity>): Set<string> {
  const told = mentions.filter((m) => m.start >= verb.end && m.kind === 'person' && ownPerson(entities, speaker, m.entity) && ownActAfter().test(text.slice(m.end, m.end + 60)));
  return new Set(told.map((m) => m.entity));
}

const ownActAfter = once(() => new RegExp(String.raw`^(?:['’]s\s+(?:${phrasePattern(words.visitNouns)})\b|\s+(?:${phrasePattern(words.thirdPartyMeetingAuxiliaries)})\s+(?:(?:${phrasePattern(words.thirdPartyMeetingAdverbs)})\s+)?(?:${phrasePattern(words.thirdPartyMeetingVerbs)})\b)`, 'u'));

/** "… and said Vietnam would not accept …": coordinated speech verbs whose words are the whole clause after them (words.json clauseSayingVerbs). */
const clauseSayingVerbs = once(() => new Set(words.clauseSayingVerbs));
const OBJECT_LIST_GAP = /^(?:['’]s)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:the|its|his|her|their)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$|^\s+$/u;

/**
 * What a clause (outside quotes) that a closing attribution ends tells of a meeting, a visit or a call: 'held' when it
 * reports one; 'cancelled' when it announces that one will not take place ("A planned visit by X was called off, the
 * Foreign Office said"), the body's own news, about no one; null when it tells of none, or denies one ("A meeting
 * between X and Y is not on the agenda, spokesman Z said"): a denial is something the speaker says of X and Y.
 */
function meetingToldBefore(text: string, masked: string, sentence: Sentence, verb: Verb): 'held' | 'cancelled' | null {
  const clause = meetingClauseBefore(text, masked, sentence, verb);
  if (clause === null) return null;
  if (cancelledMeetingCue().test(clause)) return 'cancelled';
  return deniedMeetingCue().test(clause) ? null : 'held';
}

/** The clause (in lower case) before a closing attribution when it tells of a meeting, or null. */
function meetingClauseBefore(text: string, masked: string, sentence: Sentence, verb: Verb): string | null {
  const comma = attributionComma(text, sentence, verb, true);
  return comma >= 0 && meetingWordPattern().test(masked.slice(0, comma - sentence.start)) ? text.slice(sentence.start, comma).toLowerCase() : null;
}

/**
 * "A spokesman said the President had held a phone call with X on Tuesday on trade.": what the verb reports is only the
 * meeting told right after it, with no other speech verb or quotation in the rest of the sentence.
 */
function reportsMeetingAfter(text: string, sentence: Sentence, verb: Verb, verbs: Verb[], meetingsTold: Map<string, DraftEvent[]>): boolean {
  if (!clauseSayingVerbs().has(text.slice(verb.start, verb.end).toLowerCase()) || verbs.some((other) => other.start > verb.end)) return false;
  if (/["“”]/.test(text.slice(verb.end, sentence.end))) return false;
  const meetings = meetingsTold.get(`${sentence.documentId}@${sentence.start}`) ?? [];
  return meetings.some((meeting) => meeting.anchor > verb.end && MEETING_REPORTED_AFTER.test(text.slice(verb.end, meeting.anchor)));
}

const MEETING_REPORTED_AFTER = /^\s+(?:that\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,6}(?:had\s+|has\s+)?(?:also\s+)?(?:held\s+(?:an?\s+)?(?:\p{Ll}+\s+)?)?$/u;

/** "X and Y also signed a joint declaration, the Presidential Office said": a body's readout of what others did. */
function readsOutAct(text: string, masked: string, sentence: Sentence, verb: Verb): boolean {
  const comma = attributionComma(text, sentence, verb, true);
  return comma >= 0 && bodyReadoutPattern().test(masked.slice(0, comma - sentence.start));
}

const bodyReadoutPattern = once(() => new RegExp(String.raw`\b(?:${phrasePattern(lexicon().triggers.bodyReadoutWords)})\b`, 'i'));

const deniedMeetingCue = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.modality.denied)})\\b`));
const cancelledMeetingCue = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.modality.cancelled)})\\b`));

const meetingWordPattern = once(() => {
  const { meetingVerbs, meetingNouns, meetingReportWords } = lexicon().triggers;
  return new RegExp(String.raw`\b(?:${phrasePattern([...Object.keys(meetingVerbs), ...Object.keys(meetingNouns), ...meetingReportWords])})\b`, 'i');
});

/**
 * The comma that opens a closing attribution, or -1: the verb closes its sentence after a comma,
 * with at most when and where it was said ("…, X said on Monday."), or closes its clause when
 * `clauseMayFollow` (", the Presidency said, days before…"). Stricter than `trailingAttribution`,
 * which lets any words follow the verb ("said on Monday that the border would reopen").
 */
function attributionComma(text: string, sentence: Sentence, verb: Verb, clauseMayFollow = false): number {
  const rest = text.slice(verb.end, sentence.end);
  if (!CLOSING_ATTRIBUTION_REST.test(rest) && !(clauseMayFollow && ATTRIBUTION_THEN_CLAUSE.test(rest))) return -1;
  const comma = text.lastIndexOf(',', verb.start);
  return comma > sentence.start ? comma : -1;
}

/** "…, the Presidency said, days before…": the attribution closes its clause; not 'X said, "…"', which opens a quote. */
const ATTRIBUTION_THEN_CLAUSE = /^(?:\s+(?:on|in|at)\s+[^,;:“”"]{1,40})?\s*,(?!\s*["“])/;

const CLOSING_ATTRIBUTION_REST = /^(?:\s+(?:on|in|at|to|during|after|without|late|early|earlier|later)\b(?:(?!\bthat\b)[^,;:“”"]){0,60})?\s*(?:[.!?]\s*)?$/;

const RELATIVE_PRONOUN_BEFORE = /,\s*(?:who\s+(?:\p{Ll}+\s+){0,2}|whom\s[^,;]{1,80})$/u;

const RELAY_VERB = /^(?:quoted|cited)$/i;

/** "Putin told her that…", "X met Y and told him…": whom the pronoun stands for is told it; not "quoted her as saying", where she speaks. */
function toldPronoun(context: PronounContext, verb: Verb, speaker: string): string[] {
  if (RELAY_VERB.test(context.text.slice(verb.start, verb.end))) return [];
  const referent = objectPronounReferent(context, verb.end, speaker);
  return referent ? [referent.entity] : [];
}

/** "denied reports that X had met Y": who is said to have met is the denial's subject, not whom it speaks against (Y, the other side, may be). */
function deniedMeetingSubject(text: string, verb: Verb, m: Mention): boolean {
  return verb.kind === 'REJECT' && m.start >= verb.end && deniedMeetingSubjectBefore().test(text.slice(verb.end, m.start)) && deniedMeetingAfterSubject().test(text.slice(m.end, m.end + 60));
}

// "denied (the) reports that X", "denied Armenian media reports that X", "rejected reports in Western media that X",
// "denies the allegations published in a weekly newspaper that X".
const deniedMeetingSubjectBefore = once(() => new RegExp(String.raw`^\s+(?:(?:the|these|those|such)\s+)?(?:(?:[\p{L}-]+\s+){0,2}(?:${phrasePattern(words.deniedMeetingReports)})\s+(?:(?:published|carried|circulated|circulating)\s+)?(?:(?:in|on|by)\s+(?:(?:the|a|an|some|certain)\s+)?(?:\p{Lu}[\p{L}-]*\s+)?(?:\p{Ll}+\s+){1,2})?)?that\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`, 'u'));
const deniedMeetingAfterSubject = once(() => new RegExp(String.raw`^\s+(?:(?:had|has|have|would|will|did)\s+)?(?:(?:not|never|ever)\s+)?(?:${phrasePattern(words.deniedMeetingVerbs)})\b`, 'u'));

/** "I did not meet Mr Y", "she has never met Y": whom a meeting is denied with is not spoken against; nor who is denied to have met. */
function deniedMeetingParty(text: string, sentence: Sentence, verb: Verb, m: Mention): boolean {
  if (deniedMeetingSubject(text, verb, m)) return true;
  return deniedMeetingBefore().test(text.slice(Math.max(sentence.start, m.start - 80), m.start)) && !/^['’]s\b/.test(text.slice(m.end, m.end + 3));
}

const deniedMeetingBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.deniedMeetingNegations)})\s+(?:${phrasePattern(words.deniedMeetingVerbs)})\s+(?:with\s+)?(?:(?:the|Mr|Mrs|Ms|Dr)\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$`, 'iu'));

function statementEvent(text: string, sentence: Sentence, mentions: Mention[], verb: Verb, speaker: Mention, clauseEnd: number, coordinated = false): DraftEvent {
  // Who reports the statement ("…, officials said.") is not whom it is about.
  const rest = text.slice(verb.end, clauseEnd);
  const attribution = rest.search(trailingAttribution());
  // "X said A ..., while Y criticized B": the clause after "while" is another speaker's.
  const otherClause = rest.search(OTHER_CLAUSE);
  const asClause = rest.search(AS_CLAUSE);
  const ends = [attribution, otherClause, asClause, rest.search(backgroundMeetingClause()), rest.search(CLOSING_SOURCE), rest.search(rebuttedClaimClause()), rest.search(reportBackground())].filter((at) => at >= 0);
  const contentEnd = ends.length > 0 ? verb.end + Math.min(...ends) : clauseEnd;
  // A quote before the verb is the speaker's only within the speaker's own clause: not "X said A, while Y warned",
  // nor the first verb's words before a coordinated one ("accused X of "…" and urged Y").
  const contentStart = coordinated ? verb.end : sentence.start + lastClauseBoundary(text.slice(sentence.start, verb.start));
  // "Malaysia wants a fair price, Malaysian Foreign Minister X said.": the clause before a closing attribution is what was said.
  const reportedBefore = !coordinated && attributionComma(text, sentence, verb) >= 0 ? text.lastIndexOf(',', speaker.start) : -1;
  // A loop, not a filter's closure made per call, whose optimised code V8 lost at full collections.
  const targets: string[] = [];
  for (let n = 0; n < mentions.length; n++) {
    const m = mentions[n];
    if (m.start < contentEnd && (m.start >= verb.end || (m.inQuote && m.start >= contentStart) || (m.end <= reportedBefore && m.start >= contentStart)) && isTarget(text, m, speaker) && !deniedMeetingParty(text, sentence, verb, m) && !describesSpeaker(text, m, mentions[n + 1], speaker) && !speakersPlace(text, m, speaker) && !namesAffiliation(m, mentions[n + 1]) && !metDuringStatement(text, sentence, m) && !addressedVenue(text, sentence, m) && !placeWithinCountry(text, sentence, m) && !insideReferenceClause(text, sentence, m) && !hedgedReference(text, sentence, m) && !organizationArea(text, m) && !conveyedBy(text, sentence, m) && !postingPlatform(text, sentence, m) && !speakerPronoun(text, verb, m) && !namesVenueOfGathering(text, m) && !possessedInstitution(text, m) && !((m.via === 'focal-government' || ownLegislature(text, m)) && opposedToGovernment(text, sentence, speaker)) && !underFramework(text, sentence, m) && !jointBodyPart(text, m, mentions[n - 1]) && !countryOfUnnamedHolder(text, m) && !officeOfHolder(text, m, mentions[n + 1]) && !describesPersonBefore(text, m, mentions, n) && !citedInOwnWords(text, m) && !fearedObject(text, m) && !discussedTopic(text, sentence, m) && !namesMatter(text, m) && !bodySetting(text, sentence, m) && !bodyHoldingSeat(text, sentence, m) && !quotedBodyBelonging(text, sentence, m) && !quotedSpeakersWords(text, sentence, mentions, m, speaker) && !toldAudience(text, verb, m) && !toldAudienceNamedForCountry(text, verb, m)) targets.push(m.entity);
  }
  const quote = text.slice(sentence.start, sentence.end);
  // "X quoted Y as saying …": whom X quotes and what Y said are Y's words, about no one of X's.
  const quotesAnother = speaker.end <= verb.start && RELAY_VERB.test(text.slice(verb.start, verb.end)) && !PASSIVE_AUXILIARY.test(text.slice(speaker.end, verb.start));
  return {
    type: 'statement',
    documentId: sentence.documentId,
    status: 'occurred',
    trigger: text.slice(verb.start, verb.end),
    evidence: [{ documentId: sentence.documentId, start: sentence.start, end: sentence.end, quote, fromCaption: false }],
    anchor: verb.start,
    participants: [],
    speaker: speaker.entity,
    targets: quotesAnother ? [] : [...new Set(targets)],
    place: null,
    mode: 'in-person',
    kind: verb.kind,
    date: null,
    datePrecision: null,
    dateDerivation: { method: 'none', text: null, reason: 'not dated yet' },
    quoteKey: quoteKey(quote),
  };
}
