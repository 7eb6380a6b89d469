/**
 * Things that must NOT become statements (session 33, s43c): a summons with no protest told, and a bare ministry after
 * another government that acts in the text. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from './test-support';

describe('a summons that tells no protest says nothing, whatever the word order', () => {
  it.each<[text: string]>([
    ['Ghana\'s Ministry of Foreign Affairs summoned on Tuesday the ambassador of Togo, Koffi Mensah-Adjo, for consultations on the border.'],
    ['Liberia\'s Foreign Ministry summoned the ambassador of Côte d\'Ivoire, Aya Kouadio-Brou, to discuss the reopening of the border.'],
  ])('%s', (text) => {
    expect(statementSpeakers(text)).toEqual([]);
  });
});

describe('a bare ministry after another government that acts is not the agency\'s state\'s', () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Doha, 3 May 2025 (QNA) - The Bahraini government has recalled its envoy from Muscat.\n\nThe Ministry of Foreign Affairs condemned "the unfounded allegations" made in Muscat.', 'Qatar'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});

describe('a source set off by commas before a quote that opens with no speech verb makes no statement', () => {
  it.each<[text: string]>([
    ['The talks in Accra, according to a diplomat present, "ended without any agreement on the tariffs."'],
  ])('%s', (text) => {
    expect(statementSpeakers(text)).toEqual([]);
  });
});
