/**
 * Speakers (session 33, s43c): a summons told as a protest in the word orders wire copy uses, and the bare ministry of a
 * state agency's article. Hand-written, about other countries and invented people than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, statementSpeakers } from '../test-support';

describe('a summons told as a protest is the summoner\'s statement about the envoy and the envoy\'s country', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // The day right after the verb, before the envoy ("summoned on Monday the ambassador of …").
    ['Ghana\'s Ministry of Foreign Affairs summoned on Tuesday the ambassador of Togo, Koffi Mensah-Adjo, to protest against the "unacceptable remarks" of a Togolese deputy.', 'Ghana', ['Koffi Mensah-Adjo', 'Togo']],
    // A country's name with a lower-case particle ("of Côte d'Ivoire").
    ['Liberia\'s Foreign Ministry summoned the ambassador of Côte d\'Ivoire, Aya Kouadio-Brou, to protest against the "arbitrary arrest" of two traders.', 'Liberia', ['Aya Kouadio-Brou', 'Ivory Coast']],
    // "to express its …" and "describing it as …" say what the summons was for.
    ['Chile\'s Foreign Ministry summoned the ambassador of Peru, Rosa Quispe Tello, to express its "deep concern" over the closure of the border crossing.', 'Chile', ['Peru', 'Rosa Quispe Tello']],
    ['Egypt\'s Foreign Ministry summoned the Ethiopian ambassador over the filling of the dam, describing it as "a breach of international law."', 'Egypt', ['Ethiopia']],
  ])('%s', (text, speaker, targets) => {
    expect(firstStatementTargets(text, speaker)).toEqual(targets);
  });
});

describe('the bare ministry of a state agency\'s article is that state\'s', () => {
  it.each<[text: string, speakers: string[]]>([
    // Another country's minister named before: the summons still makes the bare ministry the agency's state's.
    ['Doha, 3 May 2025 (QNA) - Prime Minister Khalid Al-Mansouri received the Foreign Minister of Oman, Salim Al-Harthy.\n\nThe Ministry of Foreign Affairs summoned the ambassador of Bahrain, Yusuf Al-Jalahma, to protest against the "hostile remarks" of a Bahraini minister.', ['Qatar']],
    // Another government named only as a whole ("the Bahraini authorities") has no ministry the bare one may be.
    ['Doha, 3 May 2025 (QNA) - Prime Minister Khalid Al-Mansouri received the Foreign Minister of Oman, Salim Al-Harthy.\n\nThe ministers denounced "the hostile statements of the Bahraini authorities" at the border.\n\nThe Ministry of Foreign Affairs condemned "the unfounded allegations" made in Manama.', ['Qatar']],
    // The Spanish house style closes the agency's credit with ".-".
    ['Doha (QNA).- Prime Minister Khalid Al-Mansouri received the Foreign Minister of Oman, Salim Al-Harthy.\n\nThe Ministry of Foreign Affairs condemned "the unfounded allegations" made in Muscat.', ['Qatar']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('"X, according to a communiqué, "welcomed …"": a source set off by commas before a verb that opens the quote', () => {
  it.each<[text: string, speakers: string[]]>([
    ['President Kofi Addo-Mensah received the envoy on Tuesday.\n\nFor his part, President Addo-Mensah, according to a statement from his office, "praised the frankness of the talks with Togo."', ['Kofi Addo-Mensah']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
