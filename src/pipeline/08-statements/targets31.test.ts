/**
 * Whom a statement is not aimed at: the source a report cites ("according to the daily Y"), and the speaker's own
 * country under a name the press of that country writes ("Việt Nam").
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('targets that are a source or the speaker’s own side', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // The paper the report cites is its source.
    ['Chilean President Gabriel Boric told aides, according to O Estado de S.Paulo, that Argentina had been "polite and pragmatic."', 'Gabriel Boric', ['Argentina']],
    // "Việt Nam" is Vietnam, the speaker's own country.
    ['Vietnamese Foreign Minister Bui Thanh Son said Việt Nam would deepen its cooperation with Cambodia.', 'Bui Thanh Son', ['Cambodia']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });
});
