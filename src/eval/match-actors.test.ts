import { describe, expect, it } from 'vitest';
import { buildDataset, buildGold, type ActorSpec } from './fixtures';
import type { Gold } from './gold';
import { matchActors } from './match-actors';

const gold = buildGold({
  actors: [
    { name: 'Ali Khamenei', aliases: ['Ayatollah Ali Khamenei', 'Khamenei', 'Supreme Leader'] },
    { name: 'Mohammed Shia al-Sudani', aliases: ['al-Sudani'] },
    { name: 'Ebrahim Raisi', aliases: ['Raisi'] },
    { name: 'Pentagon', kind: 'organization', aliases: [] },
    { name: 'Iran', kind: 'country', aliases: ['Tehran'] },
  ],
});

function matchOne(actor: ActorSpec, against: Gold = gold) {
  const dataset = buildDataset({ documents: [], actors: [actor], events: [] });
  const matching = matchActors(dataset.actors, against);
  return { matches: matching.goldByPredicted.get(actor.id), scoredAs: matching.scoredAs.get(actor.id) };
}

describe('matchActors', () => {
  it.each<[string, ActorSpec, string[], string | null]>([
    ['same name', { id: 'a', name: 'Ali Khamenei' }, ['Ali Khamenei'], 'Ali Khamenei'],
    ['name equal to a gold alias', { id: 'a', name: 'Khamenei' }, ['Ali Khamenei'], 'Ali Khamenei'],
    ['alias equal to the gold name', { id: 'a', name: 'Leader', aliases: ['Ali Khamenei'] }, ['Ali Khamenei'], 'Ali Khamenei'],
    ['alias equal to a gold alias', { id: 'a', name: 'Leader', aliases: ['supreme leader'] }, ['Ali Khamenei'], 'Ali Khamenei'],
    ['title and punctuation differences', { id: 'a', name: 'Mr. Al–Sudani' }, ['Mohammed Shia al-Sudani'], 'Mohammed Shia al-Sudani'],
    ['gold form with a leading "the"', { id: 'a', name: 'The Pentagon' }, ['Pentagon'], 'Pentagon'],
    ['no form in common', { id: 'a', name: 'Credit score' }, [], null],
    ['a partial name is not a match', { id: 'a', name: 'Ali' }, [], null],
    // Conflations: the actor's own name decides what its events are scored as.
    ['name matches one, alias another', { id: 'a', name: 'Iran', aliases: ['Khamenei'] }, ['Iran', 'Ali Khamenei'], 'Iran'],
    ['only aliases match, two actors', { id: 'a', name: 'Iranian leaders', aliases: ['Khamenei', 'Raisi'] }, ['Ali Khamenei', 'Ebrahim Raisi'], null],
  ])('%s', (_label, actor, expectedMatches, expectedScoredAs) => {
    const { matches, scoredAs } = matchOne(actor);
    expect(matches).toEqual(expectedMatches);
    expect(scoredAs).toBe(expectedScoredAs);
  });

  it('never matches on an empty normal form', () => {
    const titleOnlyGold: Gold = { ...gold, actors: [{ name: 'Dr.', kind: 'person', country: null, aliases: [] }] };
    expect(matchOne({ id: 'a', name: 'Mr' }, titleOnlyGold).matches).toEqual([]);
  });

  it('lists every predicted actor matching a gold actor', () => {
    const dataset = buildDataset({
      documents: [],
      actors: [
        { id: 'ali-khamenei', name: 'Ali Khamenei' },
        { id: 'khamenei', name: 'Khamenei' },
        { id: 'raisi', name: 'Raisi' },
      ],
      events: [],
    });
    const matching = matchActors(dataset.actors, gold);
    expect(matching.predictedByGold.get('Ali Khamenei')!.map((actor) => actor.id)).toEqual(['ali-khamenei', 'khamenei']);
    expect(matching.predictedByGold.get('Ebrahim Raisi')!.map((actor) => actor.id)).toEqual(['raisi']);
    expect(matching.predictedByGold.get('Iran')).toEqual([]);
  });
});
