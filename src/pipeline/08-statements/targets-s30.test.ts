/**
 * Names that are not whom the words are aimed at (session 30): the other side of a meeting the speaker says he could
 * have or that someone held; a capital naming an agreement; an organization naming a calendar; the article's own
 * country in the mouth of its official introduced by an honorific; the speaker's own government named by an opposition
 * figure whose party's name has small words in it; a government's own minister whose visit or call it tells of.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('statement targets (session 30)', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // A meeting the speaker offers to have: its other side is what the meeting would record, not whom the words are about.
    ['Chilean Foreign Minister Alberto van Klaveren said he could meet Bolivian Foreign Minister Celinda Sosa next month if the border talks resume.', 'Alberto van Klaveren', []],
    // Talks someone held: whom they were held with is their other side; whom the speaker accuses stays.
    ['Zambian opposition MP Given Lubinda said President Hakainde Hichilema "held secret talks with Paul Kagame" before the vote.', 'Given Lubinda', ['Hakainde Hichilema']],
    // A meeting told with an adverb, a manner and a day between the verb and its other side (the speaker's own minister, its subject, is no target either).
    ['The Peruvian Foreign Ministry said the border talks had been useful and that Elmer Schialer had also spoken by phone on Tuesday with Chilean Foreign Minister Alberto van Klaveren.', 'Peru', []],
    // An unnamed delegation's country, after "a": the other side of the meeting denied.
    ['The Algerian Foreign Ministry denied reports that the minister had met a UK trade delegation in Rabat last week.', 'Algeria', []],
    // A capital naming accords, plural as singular ("the Algiers accords"), is their venue.
    ['Malian Foreign Minister Abdoulaye Diop said the Algiers accords had been "abandoned" and urged ECOWAS to lift its sanctions.', 'Abdoulaye Diop', []],
    // An organization's calendar is the frame of the talks, not whom the words are about.
    ['Thai Foreign Minister Maris Sangiampongsa said the boundary talks would resume next month if the ASEAN calendar allows.', 'Maris Sangiampongsa', []],
    // A government telling of its own minister's visit or call reports it; the minister is no target, the host may be.
    ['Kenyan Foreign Minister Musalia Mudavadi travelled to Addis Ababa on Monday.\n\nKenya\'s Ministry of Foreign Affairs said in a statement that Mudavadi\'s visit "opened a new chapter" with Ethiopia.', 'Kenya', ['Ethiopia']],
    ['Chilean Foreign Minister Alberto van Klaveren returned from Lima on Monday.\n\nThe Chilean Foreign Ministry said the visit had been useful and that Van Klaveren had also spoken by phone with Argentine Foreign Minister Gerardo Werthein.', 'Chile', []],
    // "denied media reports that X would meet Y": a modifier before the reports; X is what the denial is of.
    ['The Moroccan Foreign Ministry denied media reports that Nasser Bourita would meet Israeli officials in Paris, describing them as "baseless."', 'Morocco', []],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });

  it.each<[text: string, speaker: string]>([
    // A home outlet's minister, apposed after the office with an honorific before the name, speaks for the country.
    ['Samoa hosts Japan\n\nApia, 12 March 2024 (Samoa Observer) - The Minister for Foreign Affairs, Hon. Tuila Tusa, received Japanese Foreign Minister Yoko Kamikawa on Monday.\n\nTusa said Samoa\'s foreign policy remained "open to all."', 'Tuila Tusa'],
    // An opposition deputy whose party's name has small words in it: "the government" is the speaker's own, not the visitor's.
    ['Guatemalan President Bernardo Arévalo arrived in Tegucigalpa on Monday. The Guatemalan government said the visit would focus on migration.\n\nOpposition Partido Liberal de Honduras deputy Tomás Zambrano accused the government of "giving away the border."', 'Tomás Zambrano'],
  ])('no own-country target: %s', (text, speaker) => {
    expect(targetsOf(text, speaker)).toEqual([]);
  });
});
