/** A possessive before a title is the person's country: past a joint title whose first role is of the country's own executive body ("Deputy Chairman of the Cabinet of Ministers and Foreign Minister X"), and past lower-case words that still belong to what it owns. */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { occurredMeetings } from '../test-support';
import { scanSentence } from './scan';

/** Each person mention of `text`, as "form|role|country". */
function people(text: string): string[] {
  const sentence: Sentence = { documentId: 'd', start: 0, end: text.length, blockKind: 'body', filePhoto: false, quotes: [] };
  return scanSentence(text, sentence, 0, true)
    .filter((m) => m.kind === 'person')
    .map((m) => `${m.form}|${m.role}|${m.country ?? '-'}`);
}

describe("a country's possessive before a joint title that holds the executive body the first role is of", () => {
  it.each<[text: string, expected: string[]]>([
    ["Uzbekistan's Deputy Chairman of the Cabinet of Ministers and Minister of Investment Laziz Kudratov signed the deal in Riga.", ['Laziz Kudratov|minister|UZB']],
    ["Armenia's Deputy Chairman of the Government and Foreign Minister Tigran Avetisyan arrived in Tbilisi on Monday.", ['Tigran Avetisyan|foreign minister|ARM']],
    ["Belarus's Deputy Chairman of the Council of Ministers and Industry Minister Pavel Karpenko visited Hanoi.", ['Pavel Karpenko|minister|BLR']],
    ["Mongolia's Chairman of the Cabinet and Finance Minister Bold Javkhlan spoke in Seoul.", ['Bold Javkhlan|finance minister|MNG']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it('the joint title\'s country lets "the Armenian delegation also included" add the delegate to the meeting', () => {
    const text = "Latvian Foreign Minister Baiba Braze held talks with Armenia's Deputy Chairman of the Government and Foreign Minister Tigran Avetisyan in Riga on Tuesday. The Armenian delegation also included Deputy Energy Minister Hakob Vardanyan.";
    expect(occurredMeetings(text)).toEqual(['Baiba Braze + Hakob Vardanyan + Tigran Avetisyan']);
  });
});

describe('lower-case words between a possessive and a title that still belong to what the possessive owns', () => {
  it.each<[text: string, expected: string[]]>([
    ["Armenia's long-serving Foreign Minister Tigran Avetisyan arrived in Tbilisi on Monday.", ['Tigran Avetisyan|foreign minister|ARM']],
    ["Mongolia's newly appointed Finance Minister Bold Javkhlan spoke in Seoul.", ['Bold Javkhlan|finance minister|MNG']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
