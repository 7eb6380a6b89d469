/**
 * Things that must NOT become actors, edges or speakers (session 35, a47). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, firstStatementTargets, statementSpeakers } from './test-support';

describe('a monarch\'s one name is no surname of another person', () => {
  it('"King Karim" is not Foreign Minister Abdul Karim', () => {
    const text = 'Foreign Minister Abdul Karim received the Ambassador of Chile on Monday. On Tuesday the ambassador was received by His Majesty King Karim at the palace. King Karim said Chile "is a friend".';
    expect(findActor(extractArticle(text), 'Abdul Karim')?.aliases ?? []).not.toContain('King Karim');
    expect(statementSpeakers(text)).not.toContain('Abdul Karim');
  });
});

describe('a bare "Southern Command" is any army\'s, not the United States\'', () => {
  it('no target', () => expect(firstStatementTargets('Army spokesman Avi Cohen said the Southern Command "is ready".', 'Avi Cohen')).toEqual([]));
});

describe('after "the <noun> and", a body\'s words stay no person', () => {
  it('"the ministry and Red Cross volunteers"', () => {
    const people = extractArticle('Minister Ana Ruiz thanked the ministry and Red Cross volunteers on Monday and criticised Chile.').actors.filter((a) => a.kind === 'person');
    expect(people.map((a) => a.name)).toEqual(['Ana Ruiz']);
  });
});
