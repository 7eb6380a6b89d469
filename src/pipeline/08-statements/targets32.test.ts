/**
 * Names that are only the topic of the words, not whom they are aimed at: a place named as the matter a file or an
 * issue is about ("the Cyprus file", "the Kashmir issue"), and a body named as the channel or the goal of what is
 * done ("through ASEAN", "via the African Union", "a gateway to the European Union").
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('names that are only a topic', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // "the Cyprus file": the matter under discussion, named by the place it concerns.
    ['Opposition leader Kemal Kilicdaroglu accused the government of "improvising," saying the Cyprus file should be debated in parliament.', 'Kemal Kilicdaroglu', []],
    ['Greek Foreign Minister Giorgos Gerapetritis said the Cyprus issue "will not be solved by deadlines."', 'Giorgos Gerapetritis', []],
    // A lowercase word may stand between the place and the topic noun; whom the words are aimed at stays.
    ['Chilean Foreign Minister Alberto van Klaveren urged Bolivia to return to talks, saying the Peru border question was settled long ago.', 'Alberto van Klaveren', ['Bolivia']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });

  it.each<[text: string, speaker: string, targets: string[]]>([
    // The body the speaker's country would act through is the channel, not whom the words are aimed at.
    ['Indonesian Foreign Minister Sugiono said Jakarta wanted Cambodia and Thailand "to settle the dispute through ASEAN rather than alone."', 'Sugiono', ['Cambodia', 'Thailand']],
    // The body aid is sent through is its channel.
    ['Kenyan Foreign Minister Musalia Mudavadi said Kenya would keep sending aid to Sudan "via the African Union."', 'Musalia Mudavadi', ['Sudan']],
    // What a country is a gateway to is where it leads, not whom the words are aimed at.
    ['Kazakh Foreign Minister Murat Nurtleu said Kazakhstan regarded Azerbaijan as "a gateway to the European Union."', 'Murat Nurtleu', ['Azerbaijan']],
  ])('channel or goal: %s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });
});
