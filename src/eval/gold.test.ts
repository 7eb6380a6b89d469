import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldJson } from './fixtures';
import { parseGold } from './gold';

const valid = () =>
  goldJson({
    actors: [
      { name: 'Ali Khamenei', aliases: ['Khamenei'] },
      { name: 'Ebrahim Raisi', aliases: ['Raisi'] },
      { name: 'Iran', kind: 'country', aliases: ['Tehran'] },
    ],
    meetings: [{ doc: 'a', participants: ['Ali Khamenei', 'Ebrahim Raisi'], date: '2023-11-06' }],
    statements: [{ doc: 'b', speaker: 'Ebrahim Raisi', targets: ['Iran'] }],
  });

type GoldJson = ReturnType<typeof valid>;

describe('parseGold', () => {
  it('accepts the seed gold file', () => {
    const result = parseGold(JSON.parse(readFileSync('data/gold/seeds.gold.json', 'utf8')));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('accepts a valid file with extra top-level notes', () => {
    const result = parseGold({ ...valid(), about: 'notes' });
    expect(result.ok).toBe(true);
  });

  it.each<[string, (gold: GoldJson) => unknown, string]>([
    ['a missing section', ({ actors: _actors, ...rest }) => rest, 'actors:'],
    ['an unknown kind', (gold) => ({ ...gold, actors: [{ ...gold.actors[0], kind: 'people' }, ...gold.actors.slice(1)] }), 'actors.0.kind'],
    ['a bad country code', (gold) => ({ ...gold, actors: [{ ...gold.actors[0], country: 'IR' }, ...gold.actors.slice(1)] }), 'actors.0.country'],
    ['a date not in YYYY-MM-DD', (gold) => ({ ...gold, meetings: [{ ...gold.meetings[0], date: '6 Nov 2023' }] }), 'meetings.0.date'],
    ['a one-person meeting', (gold) => ({ ...gold, meetings: [{ ...gold.meetings[0], participants: ['Ali Khamenei'] }] }), 'meetings.0.participants'],
    [
      'a participant listed twice',
      (gold) => ({ ...gold, meetings: [{ ...gold.meetings[0], participants: ['Ali Khamenei', 'Ali Khamenei'] }] }),
      'meetings.0.participants: a participant is listed twice',
    ],
    [
      'a participant named by an alias',
      (gold) => ({ ...gold, meetings: [{ ...gold.meetings[0], participants: ['Ali Khamenei', 'Raisi'] }] }),
      'meetings.0.participants.1: "Raisi" is not the name of a gold actor',
    ],
    [
      'an unknown speaker',
      (gold) => ({ ...gold, statements: [{ ...gold.statements[0], speaker: 'Blinken' }] }),
      'statements.0.speaker: "Blinken" is not the name of a gold actor',
    ],
    [
      'an unknown target',
      (gold) => ({ ...gold, statements: [{ ...gold.statements[0], targets: ['Iraq'] }] }),
      'statements.0.targets.0: "Iraq" is not the name of a gold actor',
    ],
    [
      'a document not listed',
      (gold) => ({ ...gold, statements: [{ ...gold.statements[0], doc: 'c' }] }),
      'statements.0.doc: "c" is not listed under documents',
    ],
    ['a duplicate actor', (gold) => ({ ...gold, actors: [...gold.actors, gold.actors[0]] }), 'actors.3: duplicate actor name "Ali Khamenei"'],
    [
      'a name form shared by two actors',
      (gold) => ({ ...gold, actors: [...gold.actors.slice(0, 2), { ...gold.actors[2], aliases: ['Tehran', 'Mr. Raisi'] }] }),
      'actors.2: "Mr. Raisi" of "Iran" normalises to "raisi", a form of "Ebrahim Raisi"',
    ],
    [
      'an alias that is only a title',
      (gold) => ({ ...gold, actors: [{ ...gold.actors[0], aliases: ['Ayatollah'] }, ...gold.actors.slice(1)] }),
      'actors.0: "Ayatollah" normalises to an empty name',
    ],
  ])('rejects %s', (_label, corrupt, expectedProblem) => {
    const result = parseGold(corrupt(valid()));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join('\n')).toContain(expectedProblem);
  });
});
