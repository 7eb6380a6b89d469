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

describe('"accepted the credentials presented by new ambassadors of seven countries, among them X": the head of state met each envoy named', () => {
  it.each([
    ['On Tuesday, President Cyril Ramaphosa accepted the credentials presented by new ambassadors of seven countries at the Union Buildings, among them German Ambassador Andreas Peschke.', ['Andreas Peschke + Cyril Ramaphosa']],
    ['President Ilham Aliyev accepted the credentials presented by the newly appointed ambassadors of Chile and Peru, including Chilean Ambassador Rodrigo Yáñez.', ['Ilham Aliyev + Rodrigo Yáñez']],
    ['President Lula accepted the credentials of French Ambassador Emmanuel Lenain at the Planalto Palace on Monday.', ['Emmanuel Lenain + Luiz Inácio Lula da Silva']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"Also present at the meeting was the Minister of Foreign Affairs, X": one joiner, after the meeting told just before', () => {
  it.each([
    ['Prime Minister Robert Abela received on Tuesday the EU Special Representative for the Sahel, João Cravinho, at Auberge de Castille in Valletta. Also present at the meeting was the Minister of Foreign Affairs, Ian Borg.', ['Ian Borg + João Cravinho + Robert Abela']],
    ['President Gitanas Nausėda received the NATO Deputy Secretary General, Radmila Shekerinska, in Vilnius on Monday. Present at the talks was Defence Minister Dovilė Šakalienė.', ['Dovilė Šakalienė + Gitanas Nausėda + Radmila Shekerinska']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});
