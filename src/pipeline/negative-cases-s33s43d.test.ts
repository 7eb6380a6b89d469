/**
 * Things that must NOT become statements or targets (session 33, s43d). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from './test-support';

describe('a summons told with nothing said of it is no statement', () => {
  it.each<[text: string]>([
    ['The Latvian foreign ministry summoned on Friday the Ambassador of the Russian Federation, Oleg Sadkin.'],
    ['The Jordanian Foreign Ministry summoned the Israeli charge d\'affaires in Amman, Dan Levi-Amir, after settler attacks near Jericho.'],
    ['The opposition urged the Uruguayan government to summon the chargé d\'affaires of Argentina, Pablo Medina Ruiz.'],
  ])('%s', (text) => {
    expect(statementSpeakers(text)).toEqual([]);
  });
});
