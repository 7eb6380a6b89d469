/** A body's head or unit word after a title's body is no person's name; a run closed by an agreement's head word names the agreement. */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { occurredMeetings } from '../test-support';
import { scanSentence } from './scan';

/** Each person mention of `text`, as "form|role" (role "-" when none). */
function people(text: string): string[] {
  const sentence: Sentence = { documentId: 'd', start: 0, end: text.length, blockKind: 'body', filePhoto: false, quotes: [] };
  return scanSentence(text, sentence, 0, true)
    .filter((m) => m.kind === 'person')
    .map((m) => `${m.form}|${m.role ?? '-'}`);
}

describe('"the Director General of the Peruvian National Police, X": the unit word makes the run the body, no titled name (words.json bodyUnitNouns)', () => {
  it.each<[text: string, expected: string[]]>([
    ['Minister Pedro Alvarez met the Director General of the Peruvian National Police, Juan Torres.', ['Pedro Alvarez|minister']],
    ['On Monday, Minister Pedro Alvarez met the Head of the European Union Delegation to Chile, Ana Lopes.', ['Pedro Alvarez|minister']],
    ['Minister Pedro Alvarez met the commander of the Coastal Protection Force, Colonel Ibrahim Diallo, in Bamako.', ['Pedro Alvarez|minister', 'Ibrahim Diallo|colonel']],
  ])('%s', (text, expected) => {
    // The titled names: the title's holder is named after the comma, the body's words are none.
    expect(people(text).filter((p) => !p.endsWith('|-') && !/^(?:Director General|Head|commander)\|/.test(p))).toEqual(expected);
  });

  it.each<[text: string, expected: string[]]>([
    ['On Monday, Minister Pedro Alvarez met the Head of the European Union Delegation to Chile, Ana Lopes.', ['Ana Lopes + Pedro Alvarez']],
    ['On Friday, Minister Pedro Alvarez met the Director General of the Peruvian National Police, Juan Torres, at the ministry.', ['Juan Torres + Pedro Alvarez']],
  ])('the person apposed after the body is the one met: %s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"the Peoples\' Trade Treaty": a capitalised run closed by an agreement\'s head word (words.json namedThingHeads) is no person', () => {
  it.each<[text: string, expected: string[]]>([
    ["The council of the Andean Peoples' Free Trade Treaty met in Quito under the chairmanship of Ecuador's Foreign Minister, Gabriela Sommerfeld.", []],
    ['Delegates praised the Amazon Cooperation Treaty in Lima on Monday.', []],
  ])('%s', (text, expected) => {
    expect(people(text).filter((p) => /Treaty/.test(p))).toEqual(expected);
  });
});
