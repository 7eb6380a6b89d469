/**
 * Event refiners, each doing one thing: drop self-meetings and self-targets after actor merging;
 * drop a speaker's own country from its targets; fold a meeting into a larger one of the same article and day (a caption's "X and Y meet Z" and
 * the text's "X met Z" are one meeting); merge one event reported in several articles (same
 * participants and day, or the same quoted sentence) so its evidence cites each source.
 */
import { foldedTextKey } from '../text/hash';
import type { Stage, DraftEvent } from '../types';

export const dropDegenerateEvents: Stage = (state) => ({
  ...state,
  events: state.events.map(withoutRepeatedActors).filter((e) => e.type === 'statement' || e.participants.length >= 2),
});

/** The event itself when no actor repeats: a copy of every event was most of this stage's cost. */
function withoutRepeatedActors(event: DraftEvent): DraftEvent {
  const participants = [...new Set(event.participants)];
  const targets = [...new Set(event.targets)].filter((t) => t !== event.speaker);
  if (participants.length === event.participants.length && targets.length === event.targets.length) return event;
  return { ...event, participants, targets };
}

/**
 * A minister or agency naming their own country ("Iran will not stand by", "the United States is
 * committed") speaks for it, not about it: such a target is far more often wrong than right, and a
 * wrong edge is worse than a missing one. A country speaking of itself was already dropped above.
 */
export const dropOwnCountryTargets: Stage = (state) => {
  if (!state.dataset) throw new Error('drop own-country targets needs the actors merged first');
  const actors = new Map(state.dataset.actors.map((actor) => [actor.id, actor]));
  const ownCountry = (speaker: string | null, target: string) => {
    const [from, to] = [actors.get(speaker ?? ''), actors.get(target)];
    return from !== undefined && from.kind !== 'country' && from.country !== null && to?.kind === 'country' && to.country === from.country;
  };
  return {
    ...state,
    events: state.events.map((event) => {
      if (event.type !== 'statement' || !event.targets.some((target) => ownCountry(event.speaker, target))) return event;
      return { ...event, targets: event.targets.filter((target) => !ownCountry(event.speaker, target)) };
    }),
  };
};

export const foldSubMeetings: Stage = (state) => {
  const article = articleOf(state.storedDocuments);
  const meetingsByArticle = new Map<string, DraftEvent[]>();
  for (const event of state.events) {
    if (event.type !== 'meeting') continue;
    const list = meetingsByArticle.get(article(event.documentId)) ?? [];
    list.push(event);
    meetingsByArticle.set(article(event.documentId), list);
  }
  const absorbed = new Set<DraftEvent>();
  const represents = representation(state.dataset?.actors ?? []);
  for (const meetings of meetingsByArticle.values()) foldWithinArticle(meetings, absorbed, represents);
  return { ...state, events: state.events.filter((e) => !absorbed.has(e)) };
};

/**
 * Whether a meeting's participant is at another: by itself, or, for a country, by a person of it
 * ("the talks between Ethiopia and Somalia" after Abiy met Hassan Sheikh are those talks).
 */
function representation(actors: { id: string; kind: string; country: string | null }[]): (participant: string, meeting: DraftEvent) => boolean {
  const byId = new Map(actors.map((actor) => [actor.id, actor]));
  return (participant, meeting) => {
    if (meeting.participants.includes(participant)) return true;
    const country = byId.get(participant);
    return country?.kind === 'country' && meeting.participants.some((p) => byId.get(p)?.kind === 'person' && byId.get(p)?.country === country.country);
  };
}

function foldWithinArticle(meetings: DraftEvent[], absorbed: Set<DraftEvent>, represents: (participant: string, meeting: DraftEvent) => boolean): void {
  for (const small of meetings) {
    const host = meetings.find(
      (big) =>
        big !== small &&
        !absorbed.has(big) &&
        big.status === small.status &&
        (small.date === null || dateKey(small) === dateKey(big)) &&
        (big.date !== null || small.date === null) &&
        small.participants.every((p) => represents(p, big)) &&
        // As many sides, but a country of the small one is a person of the big one: the big one says who came.
        (big.participants.length > small.participants.length || meetings.indexOf(big) < meetings.indexOf(small) || small.participants.some((p) => !big.participants.includes(p))),
    );
    if (host) {
      host.evidence.push(...small.evidence);
      absorbed.add(small);
    }
  }
}

/**
 * Events are grouped without building a key string for each: at 10k articles those strings (about
 * 172k, with the pieces a template joins) were the tail's largest transient allocation. A statement is
 * looked up by its quote key, a string it already holds; a meeting by a number mixed from its fields;
 * events sharing either are told apart by `sameReportedEvent`, chained through `nextWithSameKey`.
 */
export const mergeReportedEvents: Stage = (state) => {
  const article = articleOf(state.storedDocuments);
  const firstByKey = { statement: new Map<string | number | null, number>(), meeting: new Map<string | number | null, number>() };
  const meetingHash = meetingHasher();
  const nextWithSameKey = new Int32Array(state.events.length).fill(-1);
  const events: DraftEvent[] = [];
  // Only an event that another joins is copied (most are reported once): the stage's input stays as it was.
  const copied = new Set<number>();
  for (const event of state.events) {
    const articleId = article(event.documentId);
    const firsts = firstByKey[event.type];
    const key = event.type === 'statement' ? event.quoteKey : meetingHash(event, articleId);
    let index = firsts.get(key) ?? -1;
    let last = -1;
    while (index >= 0 && !sameReportedEvent(events[index], article(events[index].documentId), event, articleId)) {
      last = index;
      index = nextWithSameKey[index];
    }
    if (index < 0) {
      if (last >= 0) nextWithSameKey[last] = events.length;
      else firsts.set(key, events.length);
      events.push(event);
      continue;
    }
    if (!copied.has(index)) {
      events[index] = { ...events[index], evidence: [...events[index].evidence] };
      copied.add(index);
    }
    const existing = events[index];
    existing.evidence.push(...event.evidence);
    // A meeting has no targets, and a statement reported twice mostly the same ones: no new list then.
    if (event.targets.some((target) => !existing.targets.includes(target))) existing.targets = [...new Set([...existing.targets, ...event.targets])];
    existing.place ??= event.place;
  }
  return { ...state, events };
};

/** Whether two events are one reported twice: the same speaker, kind and quote, or the same meeting. */
function sameReportedEvent(a: DraftEvent, articleA: string, b: DraftEvent, articleB: string): boolean {
  if (a.type !== b.type) return false;
  // Two verbs of one speaker in one sentence ("praised X and accused Y") are two statements.
  if (a.type === 'statement') return a.speaker === b.speaker && a.kind === b.kind && a.quoteKey === b.quoteKey;
  // An undated meeting is only known to be the same one within the same article (or its copies).
  const sameDay = a.date === null ? b.date === null && articleA === articleB : dateKey(a) === dateKey(b);
  return a.status === b.status && sameDay && sameParticipants(a.participants, b.participants);
}

/** The same participants in any order (a meeting's participants are distinct). */
function sameParticipants(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p));
}

/**
 * A 31-bit number from what `sameReportedEvent` compares of a meeting: its status, its date (with its
 * precision) or, undated, its article, and its participants in any order. Strings are numbered once
 * each, so hashing one builds no string.
 */
function meetingHasher(): (event: DraftEvent, articleId: string) => number {
  const numbers = new Map<string | null, number>();
  const numberOf = (text: string | null) => {
    let n = numbers.get(text);
    if (n === undefined) numbers.set(text, (n = numbers.size));
    return n;
  };
  const mix = (h: number, n: number) => Math.imul(h ^ n, 2654435761) >>> 1;
  return (event, articleId) => {
    let participants = 0;
    for (const p of event.participants) participants = (participants + mix(0x9e3779b9, numberOf(p))) | 0;
    const day = event.date === null ? mix(numberOf(articleId), 1) : mix(numberOf(event.date), numberOf(event.datePrecision));
    return mix(mix(mix(0x41c6ce57, numberOf(event.status)), day), participants);
  };
}

/** The date as merging compares it: "in December" (its month, written as the 1st) is not December 1. */
function dateKey(event: DraftEvent): string | null {
  return event.date === null || event.datePrecision === 'day' ? event.date : `${event.date}/${event.datePrecision}`;
}

/**
 * A statement's quote as merging compares it: its `foldedTextKey` (lower-cased, each run of characters
 * other than letters and numbers read as one space, trimmed, as `dedupe` compares article bodies),
 * so that the events hold no second copy of their quotes.
 */
export function quoteKey(quote: string): string {
  return foldedTextKey(quote) ?? '';
}

function articleOf(documents: { id: string; duplicateOf: string | null }[]): (id: string) => string {
  const map = new Map(documents.map((d) => [d.id, d.duplicateOf ?? d.id]));
  return (id) => map.get(id) ?? id;
}
