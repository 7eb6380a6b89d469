/**
 * Whom a statement is not aimed at: the source a report cites ("according to the daily Y"), and the speaker's own
 * country under a name the press of that country writes ("Việt Nam"), or a foreign government for an opposition member.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('targets that are a source or the speaker’s own side', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // The paper the report cites is its source.
    ['Chilean President Gabriel Boric told aides, according to O Estado de S.Paulo, that Argentina had been "polite and pragmatic."', 'Gabriel Boric', ['Argentina']],
    // "Việt Nam" is Vietnam, the speaker's own country.
    ['Vietnamese Foreign Minister Bui Thanh Son said Việt Nam would deepen its cooperation with Cambodia.', 'Bui Thanh Son', ['Cambodia']],
    // "told him that <own country> expected…": the speaker's own country, subject of the words told, is the speaker's voice.
    ['Foreign Minister Ana Lucic received the Slovenian ambassador on Monday. Lucic informed him that Croatia expected Slovenia to support the Croatian position at the summit.', 'Ana Lucic', ['Slovenia']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });

  it.each<[text: string, speaker: string, targets: string[]]>([
    // An opposition member's "the government" is the home one, not the foreign government the article is about; the party's full name stands between "Opposition" and the title.
    ['Estonia and Latvia agreed to coordinate closures of border crossings with Belarus. Belarus\'s Foreign Ministry said the accusations were "groundless." Opposition New Unity – Progressive Alliance MP Janis Ozols said the government had "lost months" before reaching the deal.', 'Janis Ozols', []],
    ['Foreign Minister Tendai Moyo met a Zambian delegation in Harare. Moyo told the Zambian delegation that Zimbabwe could no longer absorb the cost of the bridge alone.', 'Tendai Moyo', []],
  ])('no target: %s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
