import { describe, expect, it } from 'vitest';
import { FIXTURE_ACTORS } from '../testing/fixture';
import { foldWord, searchActors } from './search';

describe('foldWord', () => {
  it.each([
    ['Haniyeh', 'hania'],
    ['Haniya', 'hania'],
    ['Hanieh', 'hania'],
    ['Shiaa’', 'shia'],
    ['Soudani', 'sudani'],
    ['Qassem', 'kasem'],
    ['Ḥaniyah', 'hania'],
  ])('%s → %s', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
  });
});

describe('searchActors', () => {
  it.each([
    ['Haniya', 'ismail-haniyeh'],
    ['haniyeh', 'ismail-haniyeh'],
    ['Hanie', 'ismail-haniyeh'],
    ['khamenei', 'ali-khamenei'],
    ['Khamenie', 'ali-khamenei'],
    ['supreme lea', 'ali-khamenei'],
    ['Muhammad al-Soudani', 'mohammed-shia-al-sudani'],
    ['washington', 'united-states'],
    ['bli', 'antony-blinken'],
  ])('%s finds %s first', (query, id) => {
    expect(searchActors(FIXTURE_ACTORS, query)[0]?.actor.id).toBe(id);
  });

  it.each([
    ['Washington', 'Washington'],
    ['haniya', 'Haniya'],
    ['Hanieh', 'Hanieh'],
    ['haniyeh', 'Ismail Haniyeh'],
  ])('%s names the form that matched: %s', (query, form) => {
    expect(searchActors(FIXTURE_ACTORS, query)[0]).toMatchObject({ matched: form });
  });

  it.each(['', '   ', 'zzzz', 'Putin'])('%j finds nothing', (query) => {
    expect(searchActors(FIXTURE_ACTORS, query)).toEqual([]);
  });
});
