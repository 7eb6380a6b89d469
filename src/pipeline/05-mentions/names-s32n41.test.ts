/** Titles that open no person's name (a hall after "at the" or a building owner's possessive) and titles through a country's executive body. */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { scanSentence } from './scan';

/** Each person mention of `text`, as "form|role|country". */
function people(text: string): string[] {
  const sentence: Sentence = { documentId: 'd', start: 0, end: text.length, blockKind: 'body', filePhoto: false, quotes: [] };
  return scanSentence(text, sentence, 0, true)
    .filter((m) => m.kind === 'person')
    .map((m) => `${m.form}|${m.role ?? '-'}|${m.country ?? '-'}`);
}

describe('a title after "at the", or a rank after a building owner\'s possessive, names a hall, not a person', () => {
  it.each<[text: string, expected: string[]]>([
    ["Sheikh Nasser Al-Sabah received at the Ministry's General Diwan on Sunday Tanzanian envoy Juma Mwinyi.", ['Nasser Al-Sabah|-|-', 'Juma Mwinyi|envoy|TZA']],
    ['The two ministers spoke to reporters at the General Secretariat in Lusaka.', []],
    ["The Palace's Marshal Hall was closed to visitors on Monday.", []],
    ["The talks were held in the Presidency's General Chamber on Friday.", []],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a title that does open a name keeps its holder (negative twins)', () => {
  it.each<[text: string, expected: string[]]>([
    ['The minister received General Ahmed Okello at the Ministry on Sunday.', ['minister|minister|-', 'Ahmed Okello|general|-']],
    ["The Ministry's Secretary-General Ahmed Okello said the talks were useful.", ['Ahmed Okello|secretary-general|-']],
    ["The Army's General Ahmed Okello said the border was calm.", ['Ahmed Okello|general|-']],
    ["The envoys gathered at the President Ruto's residence on Sunday.", ['Ruto|president|-']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a title through a country's own executive body, with no second role after it, keeps the possessive's country", () => {
  it.each<[text: string, expected: string[]]>([
    ["Kyrgyzstan's Deputy Chairman of the Cabinet of Ministers Edil Baisalov met Latvian Foreign Minister Baiba Braze in Riga.", ['Edil Baisalov|deputy chairman|KGZ', 'Baiba Braze|foreign minister|LVA']],
    ["Belarus's Deputy Chairman of the Council of Ministers Viktor Karankevich visited Hanoi on Monday.", ['Viktor Karankevich|deputy chairman|BLR']],
    ["Georgia's Deputy Chairman of the Government Levan Davitashvili arrived in Baku.", ['Levan Davitashvili|deputy chairman|GEO']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a body after the executive body makes another body, whose name is no holder\'s (negative twins)', () => {
  it.each<[text: string, expected: string[]]>([
    ["Georgia's Deputy Chairman of the Government Commission Nino Tsilosani said the plan was ready.", ['Nino Tsilosani|deputy chairman|-']],
    ["Kyrgyzstan's Deputy Chairman of the Cabinet of Ministers said the plan was ready.", ['Deputy Chairman|deputy chairman|KGZ']],
  ])('%s', (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
