/**
 * Things that must NOT become statements of a country (session 33, statements): a bare ministry read as the ministry of a
 * foreign government the article named before only as a whole. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from './test-support';

describe('a bare ministry is not a foreign government named before as a whole', () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Uruguay and Paraguay sign waterway agreement\n\nMontevideo, November 18, 2026\n\nForeign Minister Mario Lubetkin met Paraguayan Foreign Minister Rubén Ramírez Lezcano in Montevideo on Monday.\n\nLubetkin will travel to Brasília next week to meet Brazilian authorities on river transport.\n\nIn a brief note, the Foreign Ministry denied that the minister had met the Argentine union leader Pablo Moyano-Ferreyra in Buenos Aires.', 'Brazil'],
    ['Ecuador and Peru review border trade\n\nQuito, November 18, 2026\n\nForeign Minister Gabriela Sommerfeld received the Peruvian Foreign Minister, Elmer Schialer, in Quito on Friday.\n\nSommerfeld rejected the tariffs imposed by the Colombian government on Ecuadorian goods.\n\nThe Ministry of Foreign Affairs denied that the minister had met the Peruvian candidate Rafael López-Aliaga in Lima.', 'Colombia'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});
