import { describe, expect, it } from 'vitest';
import { buildDataset, buildGold } from './fixtures';
import { formatDetails, formatMetrics, formatRatio } from './report';
import { score } from './score';

describe('formatRatio', () => {
  it.each([
    [{ correct: 18, total: 19, value: 18 / 19 }, '0.947 (18/19)'],
    [{ correct: 1, total: 1, value: 1 }, '1.000 (1/1)'],
    [{ correct: 0, total: 0, value: null }, 'n/a (0/0)'],
  ])('%j → %s', (ratio, text) => {
    expect(formatRatio(ratio)).toBe(text);
  });
});

describe('report lines', () => {
  const dataset = buildDataset({
    documents: [{ id: 'a', path: 'corpus/a.txt' }],
    actors: [
      { id: 'ali-khamenei', name: 'Ali Khamenei' },
      { id: 'khamenei', name: 'Khamenei' },
      { id: 'credit-score', name: 'Credit score', kind: 'organization' },
      { id: 'raisi', name: 'Raisi' },
    ],
    events: [
      { type: 'meeting', id: 'm1', participants: ['ali-khamenei', 'credit-score'], cites: ['a'] },
      { type: 'meeting', id: 'm2', participants: ['ali-khamenei', 'raisi'], cites: ['a'], date: '2023-11-05' },
      { type: 'statement', id: 's1', speaker: 'raisi', targets: ['ali-khamenei'], cites: ['a'] },
    ],
  });
  const gold = buildGold({
    actors: [{ name: 'Ali Khamenei', aliases: ['Khamenei'] }, { name: 'Ebrahim Raisi', aliases: ['Raisi'] }, { name: 'Mohammed Shia al-Sudani' }],
    meetings: [
      { doc: 'a', participants: ['Ali Khamenei', 'Ebrahim Raisi'], date: '2023-11-06' },
      { doc: 'a', participants: ['Ali Khamenei', 'Mohammed Shia al-Sudani'] },
    ],
    statements: [{ doc: 'a', speaker: 'Ali Khamenei', targets: ['Ebrahim Raisi'] }],
  });
  const report = score(dataset, gold);

  it('prints one metric a line', () => {
    expect(formatMetrics(report.metrics)).toEqual([
      'actors.recall 0.667 (2/3)',
      'actors.fragments 1',
      'actors.kindAccuracy 1.000 (2/2)',
      'meetings.precision 0.500 (1/2)',
      'meetings.recall 0.500 (1/2)',
      'meetings.dateAccuracy 0.000 (0/1)',
      'statements.speaker.precision 0.000 (0/1)',
      'statements.speaker.recall 0.000 (0/1)',
      'statements.target.precision 0.000 (0/1)',
      'statements.target.recall 0.000 (0/1)',
    ]);
  });

  it('prints the debugging lists under headings with counts', () => {
    expect(formatDetails(report.details)).toEqual([
      'actors.missed (1)',
      '  Mohammed Shia al-Sudani',
      'actors.fragments (1)',
      '  Ali Khamenei: Ali Khamenei <ali-khamenei, person>; Khamenei <khamenei, person>',
      'actors.kindMismatches (0)',
      'actors.conflated (0)',
      'meetings.missed (1)',
      '  a: Ali Khamenei + Mohammed Shia al-Sudani',
      'meetings.spurious (1)',
      '  a: Ali Khamenei + Credit score [no gold match: credit-score]  (events m1)',
      'meetings.wrongDates (1)',
      '  a: Ali Khamenei + Ebrahim Raisi gold 2023-11-06, predicted 2023-11-05 (m2)',
      'statements.speaker.missed (1)',
      '  a: Ali Khamenei',
      'statements.speaker.spurious (1)',
      '  a: Ebrahim Raisi  (events s1)',
      'statements.target.missed (1)',
      '  a: Ali Khamenei → Ebrahim Raisi',
      'statements.target.spurious (1)',
      '  a: Ebrahim Raisi → Ali Khamenei  (events s1)',
    ]);
  });
});
