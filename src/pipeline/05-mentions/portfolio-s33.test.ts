/** A ministry's second portfolio after "and" ("Foreign Affairs and European Integration") is a field, never a person's name. */
import { describe, expect, it } from 'vitest';
import type { Sentence } from '../types';
import { statementSpeakers } from '../test-support';
import { scanSentence } from './scan';

/** Each person mention's form in `text`. */
function people(text: string): string[] {
  const sentence: Sentence = { documentId: 'd', start: 0, end: text.length, blockKind: 'body', filePhoto: false, quotes: [] };
  return scanSentence(text, sentence, 0, true)
    .filter((m) => m.kind === 'person')
    .map((m) => m.form);
}

describe('a run after "<portfolio word> and" closed by a portfolio word goes on with the portfolio', () => {
  it.each<[text: string, expected: string[]]>([
    ['The Ministry of Foreign Affairs and European Integration summoned the Ambassador of Belarus, Ivan Petrov, on Monday.', ['Ivan Petrov']],
    ['The Ministry of Foreign Affairs and Regional Integration said the talks would resume.', []],
    ['The Ministry of Trade and Industrial Development welcomed the decision.', []],
    // Not closed by a portfolio word: a person after "and" stays a person.
    ['The Minister of Foreign Affairs and Pedro Alvarez met the press.', ['Pedro Alvarez']],
  ])('%s', (text, expected) => {
    // The named persons (role-only mentions such as "Ambassador" aside).
    expect(people(text).filter((form) => !/^(?:Ambassador|Minister of Foreign Affairs)$/.test(form))).toEqual(expected);
  });

  it('the bare ministry is no speaker called "European Integration"', () => {
    const text = 'The Ministry of Foreign Affairs and European Integration summoned on Friday the Ambassador of Belarus, Ivan Petrov, and said the incident was "a flagrant violation."';
    expect(statementSpeakers(text)).not.toContain('European Integration');
  });
});
