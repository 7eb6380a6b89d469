/**
 * Targets (session 33, s43d): a protest summons names the envoy and his country as whom it is about, also when the day
 * comes before the envoy ("summoned on Monday the chargé d'affaires of …"), the envoy is an "Ambassador of" title, the
 * summons came "after" something, or what follows is the ministry's concern, what it called the matter, or what it said.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('a protest summons: the envoy named and his country are whom it is about', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['The Chilean foreign ministry summoned the ambassador of Peru, Rosa Quispe Huamán, to protest the closure of the border.', 'Chile', ['Peru', 'Rosa Quispe Huamán']],
    ['The Ghanaian foreign ministry summoned on Monday the chargé d\'affaires of Côte d\'Ivoire, Yao Kouadio-Brou, to protest against the arrest of two traders.', 'Ghana', ['Ivory Coast', 'Yao Kouadio-Brou']],
    ['The Latvian foreign ministry summoned on Friday the Ambassador of the Russian Federation, Oleg Sadkin, after a drone crashed near Daugavpils, and said the incident was "a provocation."', 'Latvia', ['Oleg Sadkin', 'Russia']],
    ['The Uruguayan foreign ministry summoned the chargé d\'affaires of Argentina, Pablo Medina Ruiz, to express its "deep concern" over the detention of three fishermen.', 'Uruguay', ['Argentina', 'Pablo Medina Ruiz']],
    ['The Jordanian Foreign Ministry summoned the Israeli charge d\'affaires in Amman, Dan Levi-Amir, over settler attacks near Jericho, describing them as "a flagrant violation of international law."', 'Jordan', ['Dan Levi-Amir', 'Israel']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('"told reporters after the meeting that <own country> …": the speaker\'s own country is the voice, not whom the words are about', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Nikos Dendias-Karras told reporters after the meeting that Athens "expects Ankara to withdraw the survey ship."', 'Nikos Dendias-Karras', ['Türkiye']],
    ['Ruth Okello told journalists that Kampala "expects Nairobi to settle the rail debt this year."', 'Ruth Okello', ['Kenya']],
    ['Ugandan Foreign Minister Ruth Okello told reporters after the talks that Uganda and Kenya would "act together" on the rail debt.', 'Ruth Okello', ['Kenya']],
    ['Ambassador Kofi Mensah-Boateng told the Security Council that Accra "stands with the people of Sudan."', 'Kofi Mensah-Boateng', ['Sudan']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('a country closing the name of whom the words were told ("told La Voz de Bolivia that") is no target', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Finance Minister Marcela Ruiz told La Voz de Bolivia that Brazil remains "the first buyer of our gas."', 'Marcela Ruiz', ['Brazil']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});

describe('an organization before a framework noun with a hyphenated modifier ("the Asean five-point consensus") is its frame, no target', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['The Thai foreign ministry said its contacts with Naypyitaw "remain within the ASEAN five-point consensus."', 'Thailand', ['Myanmar']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
