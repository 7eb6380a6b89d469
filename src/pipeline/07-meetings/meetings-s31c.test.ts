import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, occurredMeetings } from '../test-support';

describe('"Foreign Affairs and Regional Integration Minister X held talks with his Togolese counterpart": the first portfolio is the office', () => {
  it.each([
    ["Ghana, Togo agree on border patrols\n\nFOREIGN Affairs and Regional Integration Minister Samuel Okudzeto Ablakwa yesterday held talks with his Togolese counterpart in Accra.\n\nTogo's Minister of Foreign Affairs, Robert Dussey, said Lomé wanted calm on the border.", ['Robert Dussey + Samuel Okudzeto Ablakwa']],
    ["Kenya, Uganda agree on fishing rules\n\nForeign Affairs and Diaspora Minister Musalia Mudavadi held talks with his Ugandan counterpart in Nairobi on Monday.\n\nUganda's Minister of Foreign Affairs, Jeje Odongo, said Kampala wanted calm on the lake.", ['Jeje Odongo + Musalia Mudavadi']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"arrived on Monday and was received the same evening by President Y": met, on the day the sentence gave', () => {
  it.each([
    ["Togo's Minister of Foreign Affairs, Robert Dussey, arrived in Accra on Monday for a two-day visit and was received the same evening by President John Mahama at Jubilee House.", 'Robert Dussey', '2026-11-16'],
    ["Peru's Foreign Minister Elmer Schialer landed in Quito on Tuesday and was received the same evening by President Daniel Noboa at the Carondelet Palace.", 'Elmer Schialer', '2026-11-17'],
  ])('%s', (text, guest, day) => {
    const dataset = extractArticle(`Visit\n\n${text}`, '2026-11-19');
    const id = findActor(dataset, guest)?.id;
    const meeting = dataset.events.find((e) => e.type === 'meeting' && e.participants.includes(id ?? '-'));
    expect(meeting?.date).toBe(day);
  });
});
