/**
 * A meeting of others that a statement tells of ("claimed that X would meet Y", "a visit by Y") names its parties, not whom
 * the words are about; but a meeting denied to have taken place is about the foreign person it was said to be with
 * ("denied reports that X had met Ethiopian Prime Minister Y": every gold counts Y, session 32). A demonym before a
 * state's aggression stands for the state.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('statement targets (session 29)', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Kenyan government spokesman Isaac Mwaura denied reports that President William Ruto had met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa, calling them "fabricated."', 'Isaac Mwaura', ['Abiy Ahmed']],
    ['The Peruvian Foreign Ministry denied claims that President Dina Boluarte would meet Bolivian President Luis Arce in La Paz next week.', 'Peru', []],
    ['Fijian Foreign Minister Lisiate Rokoduru said a visit by Australian Foreign Minister Penny Wong planned for next week had been postponed.', 'Lisiate Rokoduru', []],
    ['The Lebanese Foreign Ministry condemned the repeated Israeli aggressions on the south.', 'Lebanon', ['Israel']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
