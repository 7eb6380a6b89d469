/**
 * Dates events. In order: a date expression in the event's own sentence (nearest the trigger,
 * outside quotations); "a day after meeting X" counted back from the date the text has reached;
 * for meetings in body text, a date given in one of the two sentences before (the text is still
 * telling the same day), or the day of the meeting told before that "also" adds it to. Anything
 * else stays undated, with the reason kept.
 */
import type { DateDerivation, DatePrecision } from '../../schema';
import { lexicon } from '../model';
import layout from '../model/layout.json';
import publicationLines from '../model/publication-lines.json';
import { maskQuotes, once, openingDayShifts, phrasePattern, relativeClauses, statementVerbAlternation, timeSpanPattern, trailingAttribution } from '../text/clauses';
import { WEEKDAY_NAME } from '../text/datelines';
import { addDays, calendarDate, daysHeld, findDates, isHeaderDateLine, leadingDatelineDay, maskLeadingDateline, WRITTEN_DAY, yearlessDay, type DateMention } from '../text/dates';
import type { Article, DraftEvent, Sentence, Stage } from '../types';

const CONTEXT_SENTENCES = 2;

/** A weekday alone as a sentence ("Tuesday.", "Thursday:"), as a weekly round-up heads each day's paragraph. */
const WEEKDAY_HEADING = new RegExp(`^\\s*(?:${publicationLines.weekdays.join('|')})\\s*[.:]?\\s*$`, 'i');

/** "since May", "by 2028", "before the end of March": a bound, not a day anything happened on (nor one the story reached). */
const BOUND_BEFORE_DATE = /\b(?:since|until|by|before)\s+(?:the\s+)?$/i;

/** What dating one event may look at besides its own sentence. */
interface Context {
  sentences: Sentence[];
  datesOf: (index: number) => DateMention[];
  /**
   * The sentence opens a line and is only a day (a dateline, "BAKU, June 10.", a "Published: …"
   * line): it dates the article, not what the article tells. Not the rest of a sentence cut short
   * ("…, H.E. Ma." then "Theresa P. Lazaro, in Jakarta on 4 August 2026."), which tells its own day.
   */
  isDateLine: (index: number) => boolean;
  /** The sentence tells a meeting of its own. */
  tellsMeeting: (index: number) => boolean;
  /** A sentence of the same document before this one tells a meeting. */
  meetingToldBefore: (index: number) => boolean;
  /**
   * The dates of the sentence that tell the day the story has reached: not those inside what a
   * briefing is about ("briefed Y on the talks he held in Rome on Monday"), an earlier matter.
   */
  storyDatesOf: (index: number) => DateMention[];
  /** The sentence tells of a place left ("returned on Saturday from Washington, where…"): its day is the return's, and the story it tells came before. */
  tellsPlaceLeft: (index: number) => boolean;
  /** The sentence opens on a wire dateline ("Brussels, May 18 (QNA) - …"): a story, perhaps one item of several, begins there. */
  opensWithDateline: (index: number) => boolean;
  /** The day of the one meeting told before `event` whose sentence names it so ("the trilateral meeting"), or null. */
  namedMeetingDay: (event: DraftEvent, name: string) => DateMention | null;
  /**
   * The day of the latest meeting told before `event`, when it has one and no other day is told between them, or null;
   * with 'subject', only when `event`'s subject (its first participant) took part in that meeting; with 'anyone', when one of its participants did.
   */
  lastMeetingDay: (event: DraftEvent, shared?: 'subject' | 'anyone') => DateMention | null;
  /** The day of the first meeting the body of `event`'s document tells (its lede's, the story's own), when it took place on a day told and before `event`, or null. */
  ledeMeetingDay: (event: DraftEvent) => DateMention | null;
  /** A live blog's paragraphs stamped with a time of day (LIVE_BLOG_ENTRIES or more), found once per document; none for other pages. */
  liveEntries: Map<string, Block[]>;
}

type Block = { start: number; end: number };

interface Dated {
  date: string | null;
  datePrecision: DatePrecision | null;
  dateDerivation: DateDerivation;
}

export const eventDates: Stage = (state) => {
  const documents = new Map(state.documents.map((d) => [d.id, d]));
  const datesBySentence = new Map<number, DateMention[]>();
  const liveEntries = new Map<string, Block[]>();
  for (const d of state.documents) {
    const paragraphs = liveEntryParagraphs(d);
    if (paragraphs.length >= LIVE_BLOG_ENTRIES) liveEntries.set(d.id, paragraphs);
  }
  const datesOf = (index: number): DateMention[] => {
    let found = datesBySentence.get(index);
    if (!found) {
      const sentence = state.sentences[index];
      const document = documents.get(sentence.documentId)!;
      const quoted = maskQuotes(document.text, sentence);
      // A live entry's stamp ("9.40am:") names no day: the entry's day is the blog's (liveEntryDay).
      const stamp = liveEntries.has(document.id) ? LIVE_ENTRY_PARAGRAPH.exec(quoted)?.[1] : undefined;
      const masked = maskLeadingDateline(stamp ? ' '.repeat(stamp.length) + quoted.slice(stamp.length) : quoted);
      const itemDay = itemDatelineDay(document, sentence.start);
      found = sentence.filePhoto ? [] : findDates(masked, itemDay ?? document.referenceDate, document.referenceDateSource === 'caption').filter((d) => !BOUND_BEFORE_DATE.test(masked.slice(0, d.index)));
      found = found.map((d) => ({ ...d, index: d.index + sentence.start, ...(itemDay && d.relative ? { itemDay } : {}) }));
      datesBySentence.set(index, found);
    }
    return found;
  };
  // Lists grown in place and searched by halves: copying a list per sentence and scanning it per
  // event made a document of many sentences quadratic (a 1 MB line of sentences took seconds).
  const sentencesByDocument = new Map<string, number[]>();
  state.sentences.forEach((s, i) => {
    const list = sentencesByDocument.get(s.documentId) ?? [];
    list.push(i);
    sentencesByDocument.set(s.documentId, list);
  });
  const sentenceAt = (event: DraftEvent) => {
    // A document's sentences are in text order and do not overlap: the last one starting at or before the anchor.
    const indexes = sentencesByDocument.get(event.documentId) ?? [];
    let low = 0;
    let high = indexes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (state.sentences[indexes[middle]].start <= event.anchor) low = middle + 1;
      else high = middle;
    }
    const candidate = indexes[low - 1];
    return candidate !== undefined && event.anchor < state.sentences[candidate].end ? candidate : -1;
  };
  const textOf = (index: number) => {
    const { documentId, start, end } = state.sentences[index];
    return documents.get(documentId)!.text.slice(start, end);
  };
  const meetingSentences = new Set(state.events.filter((e) => e.type === 'meeting').map(sentenceAt));
  // Events whose sentence names another event's day ("on the same day as the trilateral meeting").
  const naming = new Set<DraftEvent>();
  const context: Context = {
    liveEntries,
    sentences: state.sentences,
    datesOf,
    isDateLine: (index) => {
      const { documentId, start, end } = state.sentences[index];
      const document = documents.get(documentId)!;
      const opensLine = start === 0 || /\n\s*$/.test(document.text.slice(Math.max(0, start - 4), start));
      const line = document.text.slice(start, end);
      // "Tuesday." opening a round-up's paragraph is the day of what the paragraph tells, not the report's.
      return opensLine && datesOf(index).some((d) => d.date) && isHeaderDateLine(line) && !WEEKDAY_HEADING.test(line);
    },
    tellsMeeting: (index) => meetingSentences.has(index),
    meetingToldBefore: (index) => {
      for (let k = index - 1; k >= 0 && state.sentences[k].documentId === state.sentences[index].documentId; k--) if (meetingSentences.has(k)) return true;
      return false;
    },
    storyDatesOf: (index) => {
      const text = textOf(index);
      const topic = briefingTopicStart(text);
      const { start } = state.sentences[index];
      const dates = topic < 0 ? datesOf(index) : datesOf(index).filter((d) => d.index < start + topic || !TOLD_IN_TOPIC.test(text.slice(topic, d.index - start)));
      return withoutDiscussedTimes(text, start, dates);
    },
    tellsPlaceLeft: (index) => cameBackFromPattern().test(textOf(index)),
    opensWithDateline: (index) => {
      const text = textOf(index);
      return maskLeadingDateline(text) !== text;
    },
    // The first pass only notes who names another event's day: that day is known once every meeting has its own.
    namedMeetingDay: (event) => {
      naming.add(event);
      return null;
    },
    lastMeetingDay: (event) => {
      naming.add(event);
      return null;
    },
    ledeMeetingDay: (event) => {
      naming.add(event);
      return null;
    },
  };
  const dated = (event: DraftEvent, withContext: Context): DraftEvent => {
    const index = sentenceAt(event);
    if (index < 0) return event;
    const document = documents.get(event.documentId)!;
    return { ...event, ...aheadIfPlanned(event, document, dateEvent(event, index, document, withContext)) };
  };
  const first = state.events.map((event) => dated(event, context));
  if (naming.size === 0) return { ...state, events: first };
  // "On the same day as the trilateral meeting": the day of the meeting it names, once every meeting has its own.
  const sentenceText = (event: DraftEvent) => {
    const index = sentenceAt(event);
    return index < 0 ? '' : textOf(index);
  };
  const named: Context = {
    ...context,
    namedMeetingDay: (event, name) => {
      if (name === '') return null;
      const words = new RegExp(`\\b${phrasePattern([name.toLowerCase()])}\\b`, 'i');
      const told = first.filter((e, i) => e.type === 'meeting' && e.status === 'occurred' && e.documentId === event.documentId && e.anchor < event.anchor && !naming.has(state.events[i]) && words.test(sentenceText(e)));
      // One meeting, or several told in one sentence ("held a trilateral meeting and a bilateral one"), on one day.
      const days = new Set(told.map((e) => (e.datePrecision === 'day' ? e.date : null)));
      const [day] = [...days];
      if (told.length === 0 || days.size !== 1 || !day || new Set(told.map(sentenceAt)).size !== 1) return null;
      return { text: told[0].dateDerivation.text ?? day, index: told[0].anchor, date: day, precision: 'day', relative: false, unresolved: null };
    },
    lastMeetingDay: (event, shared) => {
      const told = first.filter((e, i) => e.type === 'meeting' && e.status === 'occurred' && e.documentId === event.documentId && e.anchor < event.anchor && !naming.has(state.events[i])).pop();
      if (!told?.date || told.datePrecision !== 'day') return null;
      if (shared === 'subject' && !told.participants.includes(event.participants[0])) return null;
      if (shared === 'anyone' && !event.participants.some((p) => told.participants.includes(p))) return null;
      // Another day told between them moves the story off the meeting's; its own day, told after it ("The meeting took place on Wednesday"), does not.
      const [from, to] = [sentenceAt(told), sentenceAt(event)];
      for (let k = from + 1; k < to; k++) if (datesOf(k).some((d) => d.date && d.precision === 'day' && d.date !== told.date)) return null;
      return { text: told.dateDerivation.text ?? told.date, index: told.anchor, date: told.date, precision: 'day', relative: false, unresolved: null };
    },
    ledeMeetingDay: (event) => {
      const lede = first.filter((e, i) => e.type === 'meeting' && e.documentId === event.documentId && !naming.has(state.events[i]) && state.sentences[sentenceAt(e)]?.blockKind === 'body').sort((a, b) => a.anchor - b.anchor)[0];
      if (!lede?.date || lede.status !== 'occurred' || lede.datePrecision !== 'day' || lede.anchor >= event.anchor) return null;
      return { text: lede.dateDerivation.text ?? lede.date, index: lede.anchor, date: lede.date, precision: 'day', relative: false, unresolved: null };
    },
  };
  return { ...state, events: first.map((event, i) => (naming.has(state.events[i]) ? dated(state.events[i], named) : event)) };
};

/**
 * A meeting still to come is not before the day it was reported: "is due to meet X in April",
 * written in March, is the coming April. A day read back before publication stays undated. A
 * denied or hypothetical one in the future tense looks ahead too ("denied he would meet X in March").
 */
function aheadIfPlanned(event: DraftEvent, document: Article, dated: Dated): Dated {
  const reference = document.referenceDate;
  if (reference && event.status !== 'occurred' && event.status !== 'planned' && dated.dateDerivation.method === 'relative-to-publication' && scheduledFor(event, dated.dateDerivation.text)) {
    if (dated.datePrecision === 'month') return nearestMonth(dated, reference);
    if (dated.datePrecision === 'day' && DAY_AND_MONTH.test(dated.dateDerivation.text ?? '')) return nearestDay(dated, reference);
  }
  const ahead = event.status === 'planned' || (event.status !== 'occurred' && FUTURE_BEFORE_TRIGGER.test(document.text.slice(Math.max(0, event.anchor - 40), event.anchor)));
  if (!ahead || !dated.date || !reference) return dated;
  // "will meet in 2026": a year still to come, or this one.
  if (dated.datePrecision === 'year') return dated.date.slice(0, 4) >= reference.slice(0, 4) ? dated : undated(`"${dated.dateDerivation.text}" is a year before the publication date (${reference}), and the meeting is still to come`);
  if (dated.dateDerivation.method !== 'relative-to-publication') return dated;
  if (dated.datePrecision === 'month') {
    if (dated.date >= `${reference.slice(0, 8)}01`) return dated;
    // "last month" names one month, before the publication date: no later one.
    if (LOOKS_BACK.test(dated.dateDerivation.text ?? '')) return undated(`"${dated.dateDerivation.text}" is before the publication date (${reference}), and the meeting is still to come`);
    return { ...dated, date: `${Number(dated.date.slice(0, 4)) + 1}${dated.date.slice(4)}`, dateDerivation: { ...dated.dateDerivation, reason: `"${dated.dateDerivation.text}": the next such month after the publication date (${reference}), since the meeting is still to come` } };
  }
  return dated.date >= reference ? dated : undated(`"${dated.dateDerivation.text}" read against the publication date (${reference}) falls before it, and the meeting is still to come`);
}

/**
 * The words that set a meeting for a time or a place ("scheduled for", "due in"; triggers.json setFor), compiled once: before the time,
 * "initially scheduled for April", "pencilled in for May" (the month a meeting was set for, when it was set); before the place, then its
 * day, "scheduled for Addis Ababa on 24 November".
 */
const scheduledForPatterns = once(() => {
  const { verbs, tentativeVerbs } = lexicon().triggers.setFor;
  return {
    time: new RegExp(String.raw`\b(?:${phrasePattern([...verbs, ...tentativeVerbs])})\s+(?:for|in)\s+$`, 'i'),
    place: new RegExp(String.raw`\b(?:${phrasePattern(verbs)})\s+(?:for|in)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:on\s+)?$`, 'u'),
  };
});
/** A day of the month named with its month and no year: "on 24 November", "Nov. 24" (not a weekday, which counts from the publication date). */
const DAY_AND_MONTH = /^(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?\p{L}{3,9}\.?|\p{L}{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?)[,.]?$/u;

function scheduledFor(event: DraftEvent, dateText: string | null): boolean {
  if (!dateText) return false;
  const quote = event.evidence[0]?.quote ?? '';
  const { time, place } = scheduledForPatterns();
  for (let at = quote.indexOf(dateText); at >= 0; at = quote.indexOf(dateText, at + 1)) if (time.test(quote.slice(0, at)) || place.test(quote.slice(0, at))) return true;
  return false;
}

/**
 * "A meeting scheduled for Addis Ababa on 24 November has been postponed", published 18 November: the day it was set for
 * may be past or still to come, so the nearest such day to the publication date; undated when two are as near.
 */
function nearestDay(dated: Dated, reference: string): Dated {
  const [month, day] = [Number(dated.date!.slice(5, 7)), Number(dated.date!.slice(8, 10))];
  const year = Number(reference.slice(0, 4));
  const gap = (date: string) => Math.abs(Date.parse(date) - Date.parse(reference));
  const [nearest, second] = [year - 1, year, year + 1].map((y) => calendarDate(y, month, day)).filter((date): date is string => !!date).sort((a, b) => gap(a) - gap(b));
  if (!nearest || (second && gap(nearest) === gap(second))) return undated(`"${dated.dateDerivation.text}" the meeting was set for is as near the publication date (${reference}) before it as after`);
  return { ...dated, date: nearest, dateDerivation: { ...dated.dateDerivation, reason: `"${dated.dateDerivation.text}" the meeting was set for: the nearest such day to the publication date (${reference})` } };
}

/**
 * "A summit initially scheduled for April has been postponed": the month it was set for may be past
 * or still to come when the article is written, so the nearest such month to the publication date;
 * undated when two are as near (six months either way).
 */
function nearestMonth(dated: Dated, reference: string): Dated {
  const month = Number(dated.date!.slice(5, 7));
  const [year, referenceMonth] = [Number(reference.slice(0, 4)), Number(reference.slice(5, 7))];
  const distance = (y: number) => Math.abs((y - year) * 12 + month - referenceMonth);
  const [nearest, second] = [year - 1, year, year + 1].sort((a, b) => distance(a) - distance(b));
  if (distance(nearest) === distance(second)) return undated(`"${dated.dateDerivation.text}" the meeting was set for is as near the publication date (${reference}) before it as after`);
  const date = `${nearest}-${String(month).padStart(2, '0')}-01`;
  return { ...dated, date, dateDerivation: { ...dated.dateDerivation, reason: `"${dated.dateDerivation.text}" the meeting was set for: the nearest such month to the publication date (${reference})` } };
}

const LOOKS_BACK = /\b(?:last|previous|past|ago)\b/i;
/** "will meet", "would travel", and the words that set something for a time (triggers.json setFor: "scheduled for", "due to"), compiled once. */
const futureClause = once(() => new RegExp(String.raw`\b(?:will|would|shall)\s+\p{Ll}+|\b(?:${phrasePattern(lexicon().triggers.setFor.verbs)})\s+(?:for|to|in)\b`, 'u'));
const EARLIER_CLAUSE = /\bhad\s+(?:(?:already|also|previously|earlier|not)\s+)?\p{Ll}+/u;

/** Words between a speech verb and a date that put the date in another time than the speaking: "would meet", "had met", "scheduled for". */
function tellsOtherTime(between: string): boolean {
  return futureClause().test(between) || EARLIER_CLAUSE.test(between);
}
/** "will meet", "is to meet", and the modals of a meeting that may yet happen: "may meet", "could meet". */
const FUTURE_BEFORE_TRIGGER = /\b(?:will|would|shall|to|may|might|could|can)\s+(?:\p{Ll}+\s+)?$/u;

function methodFor(document: Article, mention: DateMention): DateDerivation['method'] {
  if (!mention.relative) return 'explicit';
  return document.referenceDateSource === 'caption' ? 'relative-to-caption' : 'relative-to-publication';
}

/**
 * "a day after" and the like, compiled once: as the words just before a trigger, after "came" anywhere
 * before it ("The meeting came one day after X flew to Caracas, where he was received by Y"), and alone to quote them.
 */
const relationPatterns = once(() =>
  lexicon().triggers.relativeToEvent.map((r) => ({
    ...r,
    beforeTrigger: new RegExp(`\\b(?:${r.pattern})\\s+(?:\\w+\\s+){0,1}$`, 'i'),
    afterCame: new RegExp(`\\b(?:came|comes|followed|follows)\\s+(?:only\\s+|just\\s+)?(?:${r.pattern})\\b`, 'i'),
    phrase: new RegExp(`(?:${r.pattern})`, 'i'),
  })),
);

/** "The visit came", "The official trip follows": a sentence that opens on the visit (model/triggers.json duringTheVisit nouns), up to one modifier between, before "came". */
const visitSubjectCamePattern = once(() => new RegExp(`^\\s*the\\s+(?:[\\p{Ll}-]+\\s+)?(?:${phrasePattern(lexicon().triggers.duringTheVisit.nouns)})\\s+(?:came|comes|followed|follows)\\b`, 'iu'));

/** A semicolon, or a comma before a word that opens another clause (", and", ", while", ", which"): what follows may tell another time. */
const OTHER_CLAUSE_OPENING = /;|,\s+(?:and|but|while|whereas|which|who|where|when|then)\b/i;

/** "had met", "had also held": the trigger told in the pluperfect, before the time the story has reached. */
const PLUPERFECT_BEFORE_TRIGGER = /\bhad\s+(?:(?:already|also|previously|earlier)\s+)?$/;
/** "The summit came", "The bilateral talks followed": a sentence that opens on a meeting noun (model/triggers.json meetingToldAfter) before "came". */
const meetingSubjectCamePattern = once(() => {
  const { modifiers, nouns } = lexicon().triggers.meetingToldAfter;
  return new RegExp(`^\\s*the\\s+(?:(?:${phrasePattern(modifiers)})\\s+)?(?:${phrasePattern(nouns)})\\s+(?:came|comes|followed|follows)\\b`, 'i');
});

/** "Monday's session" with the trigger elsewhere: the day is the session's, not the event's; "Monday's talks" with the trigger "talks" is its own. */
function ownsOtherNoun(text: string, day: DateMention, anchor: number): boolean {
  const end = day.index + day.text.length;
  if (!POSSESSIVE_AFTER.test(text.slice(end, end + 2))) return false;
  return !(anchor >= end && OWNED_PHRASE.test(text.slice(end, anchor)));
}

const POSSESSIVE_AFTER = /^['’]s$/;
/** The possessive and up to three modifiers before the owned noun: "'s ", "'s long-awaited ". */
const OWNED_PHRASE = /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** "X came a day after <the event>": the event's clause gives no date of its own after the phrase, so it counts from X's day. */
function cameAfter(afterCame: RegExp, before: string, own: DateMention[], sentenceStart: number): boolean {
  const found = afterCame.exec(before);
  return found !== null && !own.some((d) => d.index >= sentenceStart + found.index);
}

/**
 * "the deal signed on": a noun after a determiner, then a participle of another act (model/triggers.json otherActParticiples) right before the day;
 * or a comma, then such a participle opening a phrase about the noun before it, no comma or semicolon up to the day: "on the bridge, closed for five days last week".
 */
const otherActParticiplePattern = once(() => {
  const participles = phrasePattern(lexicon().triggers.otherActParticiples);
  return new RegExp(`\\b(?:the|a|an|this|that|its|their|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}\\p{Ll}+\\s+(?:${participles})\\s+(?:on|in|last|this|earlier)?\\s*$|,\\s*(?:${participles})\\b[^,;]*$`, 'iu');
});
/** "before leaving", "after arriving": a clause after the trigger that tells another action (model/triggers.json otherActionLinks). */
const otherActionPattern = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.otherActionLinks)})\\s+\\p{Ll}+ing\\b`, 'iu'));
/**
 * "the previous day", "the next day" after a trigger, compiled once. Not when an event follows: "on
 * Friday, the day before the summit opened" counts from the summit, which Friday already dates.
 * A word after the phrase is no event merely for starting so: "the following day at a banquet".
 * "the day before yesterday" counts from the reference, as findDates reads it.
 */
const dayShiftPatterns = once(() => lexicon().triggers.dayShifts.map((r) => ({ days: r.days, pattern: new RegExp(`\\b(?:${r.pattern})\\b(?!\\s+(?:(?:the|a|an|his|her|its|their|yesterday)\\b|[A-Z]))`) })));

function dateEvent(event: DraftEvent, index: number, document: Article, context: Context): Dated {
  const { sentences, datesOf } = context;
  const sentence = sentences[index];
  const before = document.text.slice(sentence.start, event.anchor);
  const own = datesOf(index);
  const whom = event.type === 'meeting' ? whomClauseAround(document.text, sentence, event.anchor) : null;
  if (whom) {
    const inside = own.find((d) => d.index >= whom.start && d.index < whom.end);
    return inside ? datedBy(document, inside) : undated('the meeting is told in a relative clause that gives no date of its own');
  }
  const cameBack = whereClauseAfterReturn(document.text, sentence, event.anchor);
  if (cameBack) {
    const inside = own.find((d) => d.index >= cameBack.start && d.index < cameBack.end);
    return inside ? datedBy(document, inside) : undated(`told in a "where" clause about the place ${cameBack.verb} from: it came before the return, which is all the day given dates`);
  }
  const relation = relationPatterns().find((r) => r.beforeTrigger.test(before) || cameAfter(r.afterCame, before, own, sentence.start));
  if (relation) {
    // "The visit came a day after X hosted Y for talks in Ankara on Tuesday evening": the event after the phrase gives its own day.
    const ownDay = relation.beforeTrigger.test(before) ? own.find((d) => d.index > event.anchor && d.date && d.precision === 'day' && !OTHER_CLAUSE_OPENING.test(document.text.slice(event.anchor, d.index)) && !otherActionPattern().test(document.text.slice(event.anchor, d.index))) : undefined;
    if (ownDay) return datedBy(document, ownDay);
    // "The summit came a day after X met Y": the meeting told before, which the text dated, paragraphs back.
    // "The visit came a day after X met Y": the visit the story tells, whose day its lede gives, paragraphs and a subheading back.
    const anchorMention = own.filter((d) => d.index < event.anchor && d.date && d.precision === 'day').pop() ?? contextDate(index, context) ?? (meetingSubjectCamePattern().test(before) ? context.lastMeetingDay(event) : visitSubjectCamePattern().test(before) ? context.ledeMeetingDay(event) : null);
    const phrase = before.match(relation.phrase)?.[0] ?? relation.pattern;
    if (anchorMention?.date) {
      return {
        date: addDays(anchorMention.date, relation.days),
        datePrecision: 'day',
        dateDerivation: { method: 'relative-to-event', text: phrase, reason: `"${phrase}" the events of ${anchorMention.date} ("${anchorMention.text}")` },
      };
    }
    return undated(`"${phrase}" another event, which the text does not date`);
  }
  const afterTrigger = document.text.slice(event.anchor, sentence.end);
  // "The following day, X received Y": a sentence that opens on the shift, with no day of its own, counts from the day told before.
  const beforeTrigger = document.text.slice(sentence.start, event.anchor);
  const shiftAfter = dayShiftPatterns()
    .map((r) => ({ days: r.days, match: r.pattern.exec(afterTrigger) }))
    .find((r) => r.match !== null && !own.some((d) => d.index >= event.anchor && d.index < event.anchor + r.match!.index));
  const shiftOpening = shiftAfter || own.some((d) => d.date) ? undefined : openingDayShifts().map((r) => ({ days: r.days, match: r.pattern.exec(beforeTrigger) })).find((r) => r.match !== null);
  const shift = shiftAfter ?? shiftOpening;
  if (shift?.match) {
    // "spoke with X on Monday, and with Y the following day": Monday dates the first call, and the second counts from it.
    const phrase = shift.match[0];
    // Paragraphs of background may stand between the meeting and the sentence that opens on the shift.
    // "X had met Y the previous day": the pluperfect goes back from the meeting the story told, however many sentences of quotes later.
    // "X also held talks with Z the previous day": in the simple past, only the subject of the meeting told before goes back from its day.
    // "The summit followed a phone call the previous day between X and Y": the day before the meeting told before.
    const fromLastMeeting = shiftOpening || (shiftAfter && (PLUPERFECT_BEFORE_TRIGGER.test(beforeTrigger) || meetingSubjectCamePattern().test(beforeTrigger)));
    const fromSubjectsMeeting = event.type === 'meeting' && !fromLastMeeting && shiftAfter;
    // "The following day," opening the sentence with no meeting told before names the day it counts from, as "Later that day" does: past a paragraph of what was said.
    const from = own.filter((d) => d.index < event.anchor && d.date).pop() ?? contextDate(index, context) ?? (fromLastMeeting || fromSubjectsMeeting ? context.lastMeetingDay(event, fromLastMeeting ? undefined : 'subject') : null) ?? (shiftOpening && !context.meetingToldBefore(index) ? contextDate(index, context, SAME_DAY_SENTENCES, true) : null);
    if (!from?.date || from.precision !== 'day') return undated(`"${phrase}" counts from a day the text before does not give`);
    return {
      date: addDays(from.date, shift.days),
      datePrecision: 'day',
      dateDerivation: { method: 'relative-to-event', text: phrase, reason: `"${phrase}": counted from ${from.date} ("${from.text}"), the day the text had reached` },
    };
  }
  // A date inside a relative clause ("X, who arrived on Thursday, said") dates what the clause tells, not an event outside it.
  const clauses = relativeClauses(document.text.slice(sentence.start, sentence.end)).map((c) => ({ start: sentence.start + c.start, end: sentence.start + c.end }));
  // "a trip that paved the way for Monday's session": a day in the possessive dates the noun it owns, another event unless that noun is the trigger.
  const clauseDates = own.filter((d) => !clauses.some((c) => c.start <= d.index && d.index < c.end && !(c.start <= event.anchor && event.anchor < c.end)) && !ownsOtherNoun(document.text, d, event.anchor));
  // "X also met Y, his ministry said in a statement on Wednesday": the closing attribution's day is the report's, not the meeting's.
  const reportAt = event.type === 'meeting' ? closingAttributionStart(document.text, sentence, event.anchor) : -1;
  const reportDay = reportAt <= event.anchor ? undefined : clauseDates.find((d) => d.index >= reportAt);
  const candidates = reportDay ? clauseDates.filter((d) => d.index < reportAt) : clauseDates;
  // "Y told reporters on Thursday he had met Z on Tuesday": Thursday is the report's day; Tuesday the meeting's.
  const clauseMeetingDates = event.type === 'meeting' ? ownClauseDates(document.text, candidates.filter((d) => !datesReport(document.text, sentence, d, event.anchor)), event.anchor) : candidates;
  // "X denied that he would meet Y in March": March is the meeting's, still to come, not the denial's.
  // "X said Iran had met E3 diplomats last month": last month is the reported meeting's, not the words'.
  // A year alone is what the words recall ("acknowledged the massacre in 1944"), not when they were said;
  // nor does a day in what a closing attribution reports ("X met Y in July, Z noted.").
  const closing = event.type === 'statement' ? closingAttributionStart(document.text, sentence, event.anchor) : -1;
  const attributionStart = closing < event.anchor ? closing : -1;
  const statementDates = event.type === 'statement' ? candidates.filter((d) => d.precision !== 'year' && d.index >= attributionStart && !(d.index > event.anchor && tellsOtherTime(document.text.slice(event.anchor, d.index)))) : candidates;
  // "X met Y before leaving for Z on Thursday": the day is the leaving's, and the meeting came before it.
  // "X met Y to discuss the deal signed on Monday": the day is the signing's, told in a reduced relative clause.
  const otherActionLink = (d: DateMention) => (event.type === 'meeting' && d.index > event.anchor ? otherActionPattern().exec(document.text.slice(event.anchor, d.index)) ?? otherActParticiplePattern().exec(document.text.slice(event.anchor, d.index)) : null);
  const meetingDates = clauseMeetingDates.filter((d) => !otherActionLink(d));
  const otherAction = clauseMeetingDates.find((d) => d.date && otherActionLink(d));
  if (otherAction && !meetingDates.some((d) => d.date)) return undated(`"${otherAction.text}" dates the other action that "${otherActionLink(otherAction)![0]}" tells, not the meeting`);
  const eventDates = event.type === 'statement' ? statementDates : meetingDates.length > 0 ? meetingDates : candidates;
  const pool = withoutSamePartOfDay(eventDates, document.text, sentence).sort((a, b) => Math.abs(a.index - event.anchor) - Math.abs(b.index - event.anchor));
  // "Earlier this month, X met Y on Nov. 6": the day the span holds, not the span nearer the trigger.
  const nearest = pool[0] ? dayOfSpan(document, pool[0], pool) : undefined;
  if (typeof nearest === 'string') return undated(nearest);
  // "X said Wednesday she and Y had spoken by phone. The call took place on Tuesday evening": when the sentence
  // gives no day of the meeting itself, the next sentences may.
  const toldAfter = event.type === 'meeting' && !meetingDates.some((d) => d.date) ? tookPlaceDate(index, document, context) : null;
  if (toldAfter?.date) {
    return {
      date: toldAfter.date,
      datePrecision: toldAfter.precision,
      dateDerivation: { method: methodFor(document, toldAfter), text: toldAfter.text, reason: `the next sentences say when the meeting took place: "${toldAfter.text}"` },
    };
  }
  if (nearest && event.type === 'meeting' && datesEarlierReport(document.text, sentence, nearest, event.anchor)) {
    return undated(`"${nearest.text}" dates the report of the meeting, which the words "had …" put earlier`);
  }
  if (nearest) return datedBy(document, nearest);
  const sentenceText = document.text.slice(sentence.start, sentence.end);
  // "Weeks later, X met Y": not the day the text had reached, and no other day told.
  const vagueSpan = vagueSpanOpeningPattern().exec(sentenceText);
  if (vagueSpan) return undated(`"${vagueSpan[0]}" puts the meeting an uncounted span from the day the text had reached, and the sentence gives no day of its own`);
  // "Later that day", "Earlier in the day", "on the same day": the day the text has reached, however many sentences back it was given.
  const sameDay = sentence.blockKind === 'body' ? (sameDayPattern().exec(sentenceText) ?? sameDayOpeningPattern().exec(sentenceText) ?? laterSameDayOpeningPattern().exec(sentenceText)) : null;
  // "On the same day as the trilateral meeting": that meeting's day, not the day the text had reached.
  const namedEvent = sameDay ? sameDayAs(sentenceText) : null;
  if (namedEvent !== null && event.status !== 'planned') {
    const day = context.namedMeetingDay(event, namedEvent);
    const phrase = namedEvent ? `${sameDay![0]} as the ${namedEvent}` : `${sameDay![0]} as`;
    if (!day?.date) return undated(`"${phrase}" another event: the text before dates no one meeting it names so`);
    return {
      date: day.date,
      datePrecision: 'day',
      dateDerivation: { method: 'relative-to-event', text: phrase, reason: `"${phrase}": the day of that meeting, ${day.date} ("${day.text}")` },
    };
  }
  if (sameDay && event.status !== 'planned') {
    const day = contextDate(index, context, SAME_DAY_SENTENCES, true);
    const entryDay = day?.date ? null : liveEntryDay(document, sentence, context.liveEntries.get(document.id));
    if (entryDay) return entryDay;
    if (!day?.date) return undated(`"${sameDay[0]}" counts from a day the text before does not give`);
    return {
      date: day.date,
      datePrecision: day.precision,
      dateDerivation: { method: 'relative-to-event', text: sameDay[0], reason: `"${sameDay[0]}": the day the text had reached, ${day.date} ("${day.text}")` },
    };
  }
  // The day the text has reached is when things happened, not when a planned or hoped-for meeting will.
  if (event.type === 'meeting' && event.status === 'occurred' && sentence.blockKind === 'body') {
    // "during the visit" of several days: any of them.
    const visit = duringVisitPatterns().phrase.exec(sentenceText);
    if (visit && duringVisitPatterns().multiDay.test(document.text.slice(0, sentence.start + visit.index + visit[0].length))) {
      return undated(`"${visit[0]}": the visit spans more than one day, and the sentence does not say which`);
    }
    // "Y, who is on a two-day visit to the island, also paid a courtesy call on Z": the day told before may be either.
    const span = duringVisitPatterns().multiDay.exec(sentenceText);
    if (span) return undated(`"${span[0]}": the sentence tells of more than one day and does not say which`);
    // "The three ministers were later received by X", "X also met Y during the one-day visit": the story goes on, past a paragraph of quotes ("separately" may be another day).
    // "X, who also had a phone call with Y, warned …": a meeting told aside in a relative clause is no step of the story, and the day it reached is not its day.
    // "Anwar, who hosted Xanana at Perdana Putra, said …" after a lede dated "yesterday": with no "also" or "had", the clause names the story's own meeting.
    const aside = clauses.find((c) => c.start <= event.anchor && event.anchor < c.end);
    if (aside && ADDED_OR_EARLIER.test(document.text.slice(aside.start, event.anchor))) return undated('no date in the relative clause that tells the meeting; the day the text had reached dates the story, not what the clause tells aside');
    const continued = CONTINUES_STORY.exec(sentenceText) ?? sameTimePattern().exec(sentenceText) ?? visit;
    const told = contextDate(index, context, continued ? SAME_DAY_SENTENCES : CONTEXT_SENTENCES, false, continued !== null);
    if (told?.date) {
      return {
        date: told.date,
        datePrecision: told.precision,
        dateDerivation: { method: 'context', text: told.text, reason: continued ? `no date in the sentence; "${continued[0]}" goes on from the last day the text gave, "${told.text}"` : `no date in the sentence; the sentence just before is dated "${told.text}"` },
      };
    }
    // "X met Y on Friday. [quotes] X was also received by Z": "also" adds a meeting to the one told before, with one of its participants, on its day.
    const also = ALSO_BEFORE_TRIGGER.exec(beforeTrigger) ? context.lastMeetingDay(event, 'anyone') : null;
    if (also?.date) {
      return {
        date: also.date,
        datePrecision: also.precision,
        dateDerivation: { method: 'context', text: also.text, reason: `no date in the sentence; "also" adds it to the meeting told before, on ${also.date} ("${also.text}"), with one of the same participants` },
      };
    }
  }
  if (event.type === 'meeting' && event.status === 'occurred') {
    const headerDay = dayHeaderDay(document, sentence);
    if (headerDay) return headerDay;
    const entryDay = liveEntryDay(document, sentence, context.liveEntries.get(document.id));
    if (entryDay) return entryDay;
  }
  if (reportDay) return undated(`"${reportDay.text}" dates the report of the meeting (its closing attribution), and the text before gives no day of the meeting`);
  return undated(sentence.blockKind === 'caption' ? 'the caption gives no date' : 'no date expression in the sentence or just before it');
}

type ItemRun = Block & { day: string };
/** A digest's items under datelines of their own, found once per document: each run of body paragraphs from one such dateline to the next or to a line that is not body text. */
const itemRunsOf = new WeakMap<Article, ItemRun[]>();

/**
 * "NAY PYI TAW, 13 Nov - … yesterday afternoon" in a bulletin published on the 14th: in a digest whose items carry datelines
 * of two days or more, an item's relative days count from its own dateline's day, read against the article's reference date.
 * Null for a position outside such an item, or in any other article (a single dateline's day is the publication's).
 */
function itemDatelineDay(document: Article, at: number): string | null {
  let runs = itemRunsOf.get(document);
  if (!runs) {
    runs = [];
    let current: ItemRun | null = null;
    for (const block of document.blocks) {
      if (block.kind !== 'body') {
        current = null;
        continue;
      }
      const day = leadingDatelineDay(document.text.slice(block.start, block.end), document.referenceDate);
      if (day) runs.push((current = { start: block.start, end: block.end, day }));
      else if (current) current.end = block.end;
    }
    if (new Set(runs.map((run) => run.day)).size < 2) runs = [];
    itemRunsOf.set(document, runs);
  }
  return runs.find((run) => run.start <= at && at < run.end)?.day ?? null;
}

const LIVE_ENTRY_HEADING = new RegExp(layout.liveEntryHeading, 'iu');

/** A line that is only a day, its weekday before it or in brackets after it: "NOVEMBER 16, 2026 (MONDAY)", "Monday, 16 November 2026". */
const DAY_HEADER_LINE = new RegExp(String.raw`^(?:${WEEKDAY_NAME},?\s+)?${WRITTEN_DAY}(?:\s*\(${WEEKDAY_NAME}\))?$`, 'iu');
/** A live blog entry's stamp of day and time: "Nov 21, 2026 06:30 PM IST", "Friday, 20 November 2026, 14:05". */
const DAY_STAMP_LINE = new RegExp(String.raw`^(?:${WEEKDAY_NAME},?\s+)?${WRITTEN_DAY},?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?$`, 'u');
/** How long a day header may be. */
const DAY_HEADER_CHARS = 40;
/**
 * A digest's item opening on its day in digits, bulleted, its weekday before it or not: "• 18.11 | X meets Y", "* FRI 20/11 – VISIT AT THE PALACE."
 * (the groups `head`, the day as written, and in it `weekday`, `first`, `mark`, `second`).
 */
const DIGEST_ITEM_DAY = new RegExp(String.raw`^[*•▪]\s+(?<head>(?:(?<weekday>${phrasePattern(publicationLines.headerWeekdays)})\.?,?\s+)?(?<first>\d{1,2})(?<mark>[./])(?<second>\d{1,2}))\.?\s*[|–—:-]\s*\S`, 'iu');
/** A digest's item opened by a bullet ("• During the week | …", "* OPPOSITION."): with no day of its own, it ends the day of the item above. */
const DIGEST_ITEM = /^[*•▪]\s+\S/u;

/** `text`: the header as written; `relative`: its year is the reference's (a digest's item), not stated; `stamp`: a live entry's stamp of day and time. */
type DayHeader = { start: number; date: string | null; text: string; relative: boolean; stamp?: true };
/** The day headers of a document, with their days (null for a digest's item with none), found once per document. */
const dayHeadersOf = new WeakMap<Article, DayHeader[]>();

function dayHeaders(document: Article): DayHeader[] {
  let found = dayHeadersOf.get(document);
  if (!found) {
    found = [];
    const items: DayHeader[] = [];
    for (const block of document.blocks) {
      if (block.kind === 'caption') continue;
      const opening = document.text.slice(block.start, Math.min(block.end, block.start + DAY_HEADER_CHARS)).trim();
      if (DIGEST_ITEM.test(opening)) items.push({ start: block.start, ...digestItemDay(opening, document.referenceDate), relative: true });
      if (block.end - block.start > DAY_HEADER_CHARS) continue;
      const line = document.text.slice(block.start, block.end).trim();
      const stamp = DAY_STAMP_LINE.test(line);
      const date = stamp || DAY_HEADER_LINE.test(line) ? findDates(line, null).find((d) => d.precision === 'day')?.date : null;
      if (date) found.push({ start: block.start, date, text: line, relative: false, ...(stamp ? { stamp } : {}) });
    }
    // Items with no day end the day above them only in a digest whose items give theirs.
    if (items.some((item) => item.date)) found = [...found, ...items].sort((a, b) => a.start - b.start);
    dayHeadersOf.set(document, found);
  }
  return found;
}

/**
 * The day a digest's item opens on ("• 18.11 |", "* FRI 20/11 –"), in the year that puts it nearest before the reference, or null, and the day as written.
 * Dots put the day first, as in Europe and Central Asia; with slashes, a part over 12 or the weekday tells which is the day.
 */
function digestItemDay(opening: string, reference: string | null): { date: string | null; text: string } {
  const item = DIGEST_ITEM_DAY.exec(opening)?.groups;
  if (!item || !reference) return { date: null, text: '' };
  const [first, second] = [Number(item.first), Number(item.second)];
  const readings = [[first, second], [second, first]]
    .filter(([day, month], i) => (i === 0 || item.mark === '/') && day <= 31 && month <= 12 && calendarDate(2000, month, day))
    .map(([day, month]) => yearlessDay(month, day, reference));
  const weekday = item.weekday ? publicationLines.weekdays.findIndex((name) => name.startsWith(item.weekday!.slice(0, 3).toLowerCase())) : -1;
  const fitting = weekday < 0 ? readings : readings.filter((date) => new Date(`${date}T12:00:00Z`).getUTCDay() === weekday);
  return { date: fitting.length === 1 ? fitting[0] : null, text: item.head };
}

/**
 * A blog running over several days, each under a header of its day ("NOVEMBER 16, 2026 (MONDAY)" over "1:00 pm / Marcos meets
 * Luxon / …"), or whose entries are stamped with day and time ("Nov 21, 2026 06:30 PM IST"), or a digest whose items open on
 * their days: what an entry tells with no day of its own happened on the day of the last header above it. Only with headers of
 * two days or more, or LIVE_BLOG_ENTRIES stamps: a lone day line may be the page's own date or another story's.
 */
function dayHeaderDay(document: Article, sentence: Sentence): Dated | null {
  const headers = dayHeaders(document);
  // Entries stamped with their day and time mark a live blog, even of one day.
  if (new Set(headers.map((h) => h.date).filter(Boolean)).size < 2 && headers.filter((h) => h.stamp).length < LIVE_BLOG_ENTRIES) return null;
  const header = headers.filter((h) => h.start <= sentence.start).at(-1);
  if (!header?.date) return null;
  const reason = header.relative ? `no date in the sentence; the digest's item opens on its day, "${header.text}", read against the publication date (${document.referenceDate})` : `no date in the sentence; the entry is under the day header of ${header.date}`;
  return { date: header.date, datePrecision: 'day', dateDerivation: { method: header.relative ? 'relative-to-publication' : 'explicit', text: header.relative ? header.text : header.date, reason } };
}

/**
 * A live blog's entry stamped with a time of day alone ("17:10 - Leaders begin talks") was filed on
 * the day the blog is dated: what it tells with no day of its own happened that day. Not when a
 * heading names another day, as a blog running over several days does.
 */
function liveEntryDay(document: Article, sentence: Sentence, liveEntries: Block[] | undefined): Dated | null {
  if (!document.date || sentence.blockKind !== 'body') return null;
  const line = (block: { start: number; end: number }) => document.text.slice(block.start, block.end);
  const headings = document.blocks.filter((b) => b.kind === 'headline');
  const entry = headings.filter((b) => b.end <= sentence.start).at(-1);
  const stamped = entry && LIVE_ENTRY_HEADING.test(line(entry)) ? entry : stampedParagraph(document, sentence, liveEntries);
  if (!stamped) return null;
  if (headings.some((b) => findDates(line(b), document.date).some((d) => d.date && d.date !== document.date))) return null;
  const stamp = line(stamped).match(/^\S+?(?=:?\s)/)![0];
  return { date: document.date, datePrecision: 'day', dateDerivation: { method: 'relative-to-publication', text: stamp, reason: `no date in the sentence; the live entry stamped ${stamp} was filed on the blog's day, ${document.date}` } };
}

const LIVE_ENTRY_PARAGRAPH = new RegExp(layout.liveEntryParagraph, 'u');
/** How many paragraphs must open with a time of day for the page to be a live blog, not a story that once opens on an hour. */
const LIVE_BLOG_ENTRIES = 3;

/**
 * The paragraph holding the sentence when it is a live blog's entry stamped at its opening ("9.40am:
 * X and Y begin their talks."), the page having at least LIVE_BLOG_ENTRIES such paragraphs; null
 * when it is not, or when the entry names any day but the blog's or a day it cannot read ("tomorrow").
 */
function stampedParagraph(document: Article, sentence: Sentence, liveEntries: Block[] | undefined): Block | null {
  const entry = liveEntries?.find((b) => b.start <= sentence.start && sentence.start < b.end);
  if (!entry) return null;
  const days = findDates(document.text.slice(entry.start, entry.end), document.date).filter((d) => d.index > 0);
  return days.every((d) => d.date === document.date) ? entry : null;
}

function liveEntryParagraphs(document: Article): Block[] {
  return document.blocks.filter((b) => b.kind === 'body' && LIVE_ENTRY_PARAGRAPH.test(document.text.slice(b.start, b.end)));
}

/**
 * Where the sentence's closing attribution begins (", Z noted.", ", his ministry said in a statement on
 * Wednesday."), or -1; not a verb that opens a quote ("…, Mr X said: \"…\"") after the anchor or the attribution.
 * Callers tell whether the anchor is inside it (a statement's) or before it (a meeting it reports).
 */
function closingAttributionStart(text: string, sentence: Sentence, anchor: number): number {
  const found = trailingAttribution().exec(text.slice(sentence.start, sentence.end));
  const start = found ? sentence.start + found.index : -1;
  return start >= 0 && !/[:"“]/.test(text.slice(Math.max(start, anchor), sentence.end)) ? start : -1;
}

/** The trigger's verb phrase is joined by "and" to the one before: "arrived on Monday and held talks", "and then met". */
const COORDINATED_VERB_BEFORE = /^[^,;]*\band\s+(?:(?:then|later|also|subsequently)\s+)?(?:\p{Ll}+\s+)?$/u;

/**
 * "X arrived on Monday and held talks with Y on Tuesday": a day before "and" dates the verb phrase
 * before it (the arrival), so when the trigger's phrase gives a day of its own after it, that day is the meeting's.
 */
function ownClauseDates(text: string, dates: DateMention[], anchor: number): DateMention[] {
  // Not the day of a closing attribution ("…, the ministry said on Tuesday").
  if (!dates.some((d) => d.index > anchor && d.date && d.precision === 'day' && !reportDatedPattern().test(text.slice(anchor, d.index)))) return dates;
  // "Briefing journalists today, the spokesperson stated that X held talks with Y on Tuesday": a day before the speech verb whose
  // "that" holds the trigger is the report's.
  return dates.filter((d) => d.index > anchor || !(COORDINATED_VERB_BEFORE.test(text.slice(d.index + d.text.length, anchor)) || reportedThatBetween().test(text.slice(d.index + d.text.length, anchor))));
}

/** A speech verb and its "that" (up to two words between: "stated on Friday that"), between a day and the trigger. */
const reportedThatBetween = once(() => new RegExp(`\\b(?:${statementVerbAlternation()})\\s+(?:[\\p{L}.]+\\s+){0,2}?that\\b`, 'iu'));

/** A speech verb shortly before a date ("said on Tuesday", "told reporters on Tuesday"). */
const reportDatedPattern = once(() => new RegExp(`\\b(?:${statementVerbAlternation()})\\s+(?:[\\p{L}.]+\\s+){0,2}$`, 'iu'));

/** The date is a speech verb's, before the trigger: it dates the report of the event. */
function datesReport(text: string, sentence: Sentence, date: DateMention, anchor: number): boolean {
  return date.index < anchor && reportDatedPattern().test(text.slice(sentence.start, date.index));
}

/**
 * "The ministry said on Tuesday that the minister had spoken by phone with Y": the date is the
 * report's; the meeting came before it, on a day the sentence does not give.
 */
function datesEarlierReport(text: string, sentence: Sentence, date: DateMention, anchor: number): boolean {
  return datesReport(text, sentence, date, anchor) && /\bhad\s+(?:\p{L}+\s+)?$/iu.test(text.slice(date.index, anchor));
}

/**
 * A sentence that opens on the meeting and says when it took place: "The call took place on Tuesday
 * evening", "The talks were held on Monday" (its first day), or in an apposed clause, "The meeting,
 * held on June 9, focused on…", "The talks, which took place on Monday, covered…" (only a day in
 * that clause: the rest of the sentence tells other things), or right after the noun, "The meeting on Wednesday was attended by …".
 */
const tookPlacePatterns = once(() => {
  const told = lexicon().triggers.meetingToldAfter;
  const subject = `^(?:the|their)\\s+(?:(?:${phrasePattern(told.modifiers)})\\s+)?(?:${phrasePattern(told.nouns)})`;
  return {
    main: new RegExp(`${subject}\\s+(?:${phrasePattern(told.verbs)})\\b`, 'i'),
    apposed: new RegExp(`${subject}\\s*,\\s+(?:(?:which|that)\\s+)?(?:${phrasePattern(told.apposedVerbs)})\\b[^,;]*`, 'i'),
    dayAfterNoun: new RegExp(`${subject}\\s+on\\s`, 'i'),
  };
});

/** Where a sentence that says when the meeting took place gives its day (offsets in the sentence), or null. */
function tookPlaceSpan(sentence: string): { start: number; end: number } | null {
  const { main, apposed, dayAfterNoun } = tookPlacePatterns();
  if (main.test(sentence)) return { start: 0, end: sentence.length };
  // "The meeting on Wednesday at the Presidential Complex was attended by …": the day right after the noun is the meeting's.
  const dayAfter = dayAfterNoun.exec(sentence);
  if (dayAfter) return { start: dayAfter[0].length - 3, end: dayAfter[0].length + 1 };
  const clause = apposed.exec(sentence);
  return clause ? { start: clause.index, end: clause.index + clause[0].length } : null;
}

/**
 * The day-precision date of one of the three body sentences after `index` (captions between them
 * aside) that says when "the meeting" took place; not past a sentence that tells another meeting.
 */
function tookPlaceDate(index: number, document: Article, { sentences, datesOf, tellsMeeting }: Context): DateMention | null {
  let seen = 0;
  for (let k = index + 1; seen < 3 && k < sentences.length; k++) {
    const next = sentences[k];
    if (next.documentId !== sentences[index].documentId) return null;
    if (next.blockKind !== 'body') continue;
    seen++;
    const span = tookPlaceSpan(document.text.slice(next.start, next.end));
    if (span) return datesOf(k).find((d) => d.date && d.precision === 'day' && d.index >= next.start + span.start && d.index < next.start + span.end) ?? null;
    if (tellsMeeting(k)) return null;
  }
  return null;
}

/**
 * "arrived on Monday and was received the same evening by Y": the part of the day is Monday's, no day of its own, so it
 * is dropped when the sentence gave a day before it. A copy either way, as the caller sorts it.
 */
function withoutSamePartOfDay(dates: DateMention[], text: string, sentence: Sentence): DateMention[] {
  const samePart = samePartOfDayPattern().exec(text.slice(sentence.start, sentence.end));
  const at = samePart ? sentence.start + samePart.index : -1;
  if (!samePart || !dates.some((d) => d.date && d.precision === 'day' && d.index < at)) return [...dates];
  return dates.filter((d) => d.date || d.index < at || d.index >= at + samePart[0].length);
}

/** "the same evening", "that same morning" (model/triggers.json samePartOfDay), compiled once. */
const samePartOfDayPattern = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.samePartOfDay)})\\b`, 'i'));

/** "later that day", "earlier in the day", "the same day", compiled once from the model's list. */
const sameDayPattern = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.sameDay)})\\b`, 'i'));

/** "Weeks later,", "A few days earlier,", "Later that month," at the head of the sentence (model/triggers.json vagueSpanOpenings), compiled once. */
const vagueSpanOpeningPattern = once(() => {
  const { directions, periods } = lexicon().triggers.vagueSpanOpenings;
  const span = `${timeSpanPattern(false)}\\s+(?:${phrasePattern(directions)})`;
  return new RegExp(`^\\s*(?:${span}|${phrasePattern(periods)})\\b`, 'i');
});

/** "After the talks, …" at the head of the sentence, compiled once from the model's list. */
const sameDayOpeningPattern = once(() => new RegExp(`^\\s*(?:${phrasePattern(lexicon().triggers.sameDayOpenings)})(?=\\s*,)`, 'i'));

/**
 * "In the afternoon, …" (model/triggers.json partOfDayOpenings), and a same-day opening that names whom the meeting was with:
 * "After the meeting with the Speaker, …", capitalised words after "with" ("after the talks with Russia failed, …" tells
 * another thing). Compiled once, case kept for the names.
 */
const laterSameDayOpeningPattern = once(() => {
  const { partOfDayOpenings, sameDayOpenings } = lexicon().triggers;
  const anyFirstCase = (phrases: string[]) => phrasePattern(phrases.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]));
  return new RegExp(`^\\s*(?:${anyFirstCase(partOfDayOpenings)}|(?:${anyFirstCase(sameDayOpenings)})\\s+with\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})(?=\\s*,)`, 'u');
});

/** "meanwhile", "in the meantime" (model/triggers.json sameTimeWords): the story goes on at the time it had reached. */
const sameTimePattern = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.sameTimeWords)})\\b`, 'i'));

/** "to discuss", "discussed" (model/triggers.json discussionTopicVerbs), compiled once. */
const discussionTopicPattern = once(() => new RegExp(`\\b(?:${phrasePattern(lexicon().triggers.discussionTopicVerbs)})\\b`, 'i'));

/**
 * "met in Valletta on Thursday to discuss how the pact will work once its cycle starts in June": a month or year after the
 * verb of discussion is what the talks were about, and the day told before the verb is the one the story has reached.
 * The sentence's dates (`start` its offset) without such months and years; all of them when no day comes before the verb.
 */
function withoutDiscussedTimes(text: string, start: number, dates: DateMention[]): DateMention[] {
  const topic = dates.length > 1 ? discussionTopicPattern().exec(text) : null;
  if (!topic) return dates;
  const at = start + topic.index;
  if (!dates.some((d) => d.index < at && d.date && d.precision === 'day')) return dates;
  return dates.filter((d) => d.index < at || d.precision === 'day');
}

/** "On the same day as the trilateral meeting, …" names the event whose day it is. */
const SAME_DAY_AS = /\bthe\s+same\s+day\s+as\b/i;
const NAMED_EVENT = /^\s+(?:the|their|his|her|its)\s+([\p{L}-]+(?:\s+[\p{L}-]+){0,4}?)\s*(?=[,;.]|$)/u;

/**
 * The words that name the event after "the same day as" ("trilateral meeting"), '' when something
 * else follows ("as Mr X arrived"), or null when the sentence names no event's day.
 */
function sameDayAs(sentence: string): string | null {
  const found = SAME_DAY_AS.exec(sentence);
  if (!found) return null;
  return NAMED_EVENT.exec(sentence.slice(found.index + found[0].length))?.[1].replace(/\s+/g, ' ') ?? '';
}

/** "during the one-day visit", "on the sidelines of his trip", compiled once; `multiDay` finds "a two-day visit". */
const duringVisitPatterns = once(() => {
  const { prepositions, determiners, nouns, multiDay } = lexicon().triggers.duringTheVisit;
  return {
    phrase: new RegExp(`\\b(?:${phrasePattern(prepositions)})\\s+(?:${phrasePattern(determiners)})\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:${phrasePattern(nouns)})\\b`, 'iu'),
    multiDay: new RegExp(multiDay, 'i'),
  };
});

/** "also met", "was also received by": the trigger right after "also", not after "had", "has" or "have" (an earlier, unstated time). */
const ALSO_BEFORE_TRIGGER = /(?<!\b(?:had|has|have)\s+)\balso\s+(?:(?:was|were|been)\s+)?$/i;

/** Words of a relative clause that add a meeting to the story ("who also had a call with Y") or put it before the story's time ("who had met Y"). */
const ADDED_OR_EARLIER = /\b(?:also|had|earlier|previously|already|once)\b/i;

/** Words that go on with the story told before, not off to another time ("later in the week" does). */
const CONTINUES_STORY = /\b(?:later|afterwards|subsequently)\b(?!\s+(?:in|this|that|next|on|last)\b)/i;

/** How far back "later that day" (or "later") looks for the day: a paragraph of statements may stand between (uncounted after "later that day"). */
const SAME_DAY_SENTENCES = 6;

/**
 * `namesTheDay`: the sentence names the day it means ("later that day"), so neither a caption (nor any other line that is not body text) between nor a background month ends the search.
 * `goesOn`: the sentence goes on with the story ("was later received"), so a sentence that tells no meeting and goes back before the meeting told above it ("had signed a pact on 12 March 2024") is background, as for `namesTheDay`.
 */
function contextDate(index: number, context: Context, limit = CONTEXT_SENTENCES, namesTheDay = false, goesOn = false): DateMention | null {
  const { sentences, storyDatesOf: datesOf, isDateLine } = context;
  const sentence = sentences[index];
  let seen = 0;
  for (let k = index - 1; k >= 0 && seen < limit; k--) {
    const earlier = sentences[k];
    if (earlier.documentId !== sentence.documentId) break;
    // A caption and its credit line ("(Yonhap)" above it), or a subheading, do not move the day the text had reached.
    if (namesTheDay && earlier.blockKind !== 'body') continue;
    // A caption or a link between them breaks the story: the day before it is not this sentence's.
    if (earlier.blockKind !== 'body') break;
    // "Later that day" goes back past paragraphs of what was said: a sentence with no date and no meeting of its own does not move the day.
    if (!namesTheDay || datesOf(k).length > 0 || context.tellsMeeting(k)) seen++;
    // "BAKU, Azerbaijan, June 10.", "Published: 2026.02.18.": the day of the report, where its story begins.
    if (isDateLine(k)) break;
    // "X returned on Saturday from Washington, where he held talks. In Washington he also met Z": the day is the return's, after the story.
    if (context.tellsPlaceLeft(k)) break;
    // "X was killed in July. Y had received X hours before": a month moves the text off the last day.
    // "Later that day" names a day, so a background month or year ("signed in December 2024") is passed over.
    const dated = datesOf(k).filter((d) => d.date && (!namesTheDay || d.precision === 'day')).pop();
    // A dateline's sentence begins its story: no meeting before it is of the same story.
    if (dated && namesTheDay && !context.tellsMeeting(k)) return (context.opensWithDateline(k) ? null : laterMeetingDayBefore(k, context, limit - seen, dated)) ?? dated;
    const storyDay = dated && goesOn && !context.tellsMeeting(k) ? laterMeetingDayBefore(k, context, limit - seen, dated) : null;
    if (storyDay) return storyDay;
    if (dated) return dated.precision === 'day' ? dated : null;
    // Past subheadings, not past a dateline: the day told before it is another item's of the same page.
    if (namesTheDay && context.opensWithDateline(k)) break;
  }
  return null;
}

/**
 * "X and Y held talks yesterday. Y arrived in Entebbe on Tuesday. … Later in the afternoon, Y called on Z":
 * a sentence that tells no meeting and goes back before the day of a meeting told above it is background;
 * the day the story had reached is the meeting's. Null when no such meeting is within `limit` sentences.
 */
function laterMeetingDayBefore(index: number, { sentences, storyDatesOf: datesOf, isDateLine, tellsMeeting, opensWithDateline }: Context, limit: number, background: DateMention): DateMention | null {
  let seen = 0;
  for (let k = index - 1; k >= 0 && seen < limit; k--) {
    const earlier = sentences[k];
    if (earlier.documentId !== sentences[index].documentId) break;
    // A subheading opens another item or section: the meeting told above it is of another story.
    if (earlier.blockKind === 'headline') break;
    if (earlier.blockKind !== 'body') continue;
    seen++;
    if (isDateLine(k)) break;
    if (!tellsMeeting(k)) {
      if (opensWithDateline(k)) break;
      continue;
    }
    const day = datesOf(k).filter((d) => d.date && d.precision === 'day').pop();
    return day && day.date! > background.date! ? day : null;
  }
  return null;
}

function reasonFor(document: Article, mention: DateMention): string {
  if (!mention.relative) return `stated: "${mention.text}"`;
  if (mention.itemDay) return `"${mention.text}" read against the day of its item's dateline (${mention.itemDay})`;
  const source = document.referenceDateSource === 'caption' ? 'the date of the article\'s photo caption' : 'the publication date';
  const yearFromFoot = document.referenceDateSource === 'dateline-footer-year' ? ': the dateline\'s day, in the year the article\'s foot states' : '';
  return `"${mention.text}" read against ${source} (${document.referenceDate}${yearFromFoot})`;
}

/** The date a date expression gives, or why it gives none. */
function datedBy(document: Article, mention: DateMention): Dated {
  if (!mention.date) return undated(mention.unresolved ?? `"${mention.text}" could not be read as a date`);
  return {
    date: mention.date,
    datePrecision: mention.precision,
    dateDerivation: { method: methodFor(document, mention), text: mention.text, reason: reasonFor(document, mention) },
  };
}

/**
 * "praised Y on Tuesday, whom she met in Accra in March": a meeting told in a "whom" clause is dated by that clause
 * alone; the sentence's day is the main clause's. The clause's offsets in the text, or null.
 */
function whomClauseAround(text: string, sentence: Sentence, anchor: number): { start: number; end: number } | null {
  const own = text.slice(sentence.start, sentence.end);
  const clause = relativeClauses(own).find((c) => sentence.start + c.start <= anchor && anchor < sentence.start + c.end && /^,\s+whom\b/i.test(own.slice(c.start)));
  return clause ? { start: sentence.start + clause.start, end: sentence.start + clause.end } : null;
}

/** "briefed Y on the", "informed them about his", compiled once from the model's words. */
const briefedOnPattern = once(() => {
  const { briefingVerbs, briefedOn: { prepositions, determiners } } = lexicon().triggers;
  return new RegExp(`\\b(?:${phrasePattern(briefingVerbs)})\\s+(?:[^\\s,;]+\\s+){0,6}?(?:${phrasePattern(prepositions)})\\s+(?:${phrasePattern(determiners)})\\b`, 'i');
});

/**
 * A clause of its own in what a briefing is about, before the date: "the talks he held in Rome on
 * Monday", "the visit that took place on Friday", "the talks held in Rome on Monday". Without one
 * the day is the briefing's ("briefed Y on a planned railway link in Washington on Thursday").
 */
const TOLD_IN_TOPIC = /\b(?:(?:he|she|they|we|which|that|who)\s+(?:had\s+)?(?:also\s+)?\p{Ll}+|held|conducted)\b/u;

/** Where what a briefing is about begins in the sentence ("briefed Y on |the talks he held on Monday"), or -1. */
function briefingTopicStart(sentence: string): number {
  const found = briefedOnPattern().exec(sentence);
  return found ? found.index + found[0].length : -1;
}

/** "returned on Saturday from Washington, where", compiled once from the model's verbs of coming back. */
const cameBackFromPattern = once(() => new RegExp(`\\b(${phrasePattern(lexicon().triggers.cameBackFrom)})\\b[^,;]*?\\b(?:from|after)\\b[^,;]*,\\s+where\\b`, 'i'));

/**
 * "X returned on Saturday from Washington, where he held talks with Y": the "where" clause holding
 * the anchor (to the sentence's end or a semicolon), with the verb of coming back, or null. The
 * first such clause of the sentence: a second return in one sentence is not news copy.
 */
function whereClauseAfterReturn(text: string, sentence: Sentence, anchor: number): { start: number; end: number; verb: string } | null {
  const own = text.slice(sentence.start, sentence.end);
  const found = cameBackFromPattern().exec(own);
  if (!found) return null;
  const start = sentence.start + found.index + found[0].length;
  const semicolon = own.indexOf(';', start - sentence.start);
  const end = semicolon < 0 ? sentence.end : sentence.start + semicolon;
  return anchor >= start && anchor < end ? { start, end, verb: found[1].toLowerCase() } : null;
}

/** Words between two dates that start another clause, which may tell another time. */
const clauseBreakPattern = once(() => new RegExp(`;|\\b(?:${phrasePattern(lexicon().triggers.clauseBreaks)})\\b`, 'i'));

function oneClause(text: string, a: DateMention, b: DateMention): boolean {
  const [first, second] = a.index < b.index ? [a, b] : [b, a];
  return !clauseBreakPattern().test(text.slice(first.index + first.text.length, second.index));
}

/**
 * "Earlier this month, X spoke with Y on Nov. 6", "Last week, on Tuesday, …": a span and a day in
 * one clause tell one time. The day dates it when the span holds it, whichever is nearer the
 * trigger; when the span does not, the reason it stays undated. A month beside a nearer day is
 * left alone: it is more often a background time ("agreed Thursday on a pact in force since September").
 */
function dayOfSpan(document: Article, nearest: DateMention, pool: DateMention[]): DateMention | string {
  const reference = document.referenceDate;
  const isDay = (d: DateMention) => d.date !== null && d.precision === 'day';
  const inClause = pool.filter((d) => d !== nearest && oneClause(document.text, d, nearest));
  const held = (d: DateMention) => daysHeld(d, reference, document.text.slice(Math.max(0, d.index - 10), d.index));
  const spanMention = isDay(nearest) ? inClause.find((d) => !d.date && held(d)) : held(nearest) ? nearest : undefined;
  if (!spanMention) return nearest;
  const span = held(spanMention)!;
  const days = isDay(nearest) ? [nearest] : inClause.filter(isDay);
  if (days.length === 0) return nearest;
  return days.find((d) => d.date! >= span.from && d.date! <= span.to) ?? `"${days[0].text}" falls outside "${spanMention.text}" read against the publication date (${reference})`;
}

function undated(reason: string): Dated {
  return { date: null, datePrecision: null, dateDerivation: { method: 'none', text: null, reason } };
}
