/**
 * Whom a statement is aimed at where a noun for the other side of a meeting hides it: "told her counterpart", "assured
 * his guest" is the one other person the sentence, or the one before naming the speaker, names.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('targets told as a counterpart or a guest', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // The sentence before names the speaker and the one met.
    ['Chilean Foreign Minister Alberto van Klaveren held talks in Santiago with Peruvian Deputy Foreign Minister Ana Gervasi. Van Klaveren told his guest that Chile would reopen the consulate in Tacna.', 'Alberto van Klaveren', ['Ana Gervasi']],
    ['Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Nairobi. Mudavadi assured his counterpart that Kenya would keep the border open.', 'Musalia Mudavadi', ['Jeje Odongo']],
    // The same sentence names the one met.
    ['After meeting Ugandan Foreign Minister Jeje Odongo in Nairobi, Kenyan Foreign Minister Musalia Mudavadi told his counterpart that Kenya would keep the border open.', 'Musalia Mudavadi', ['Jeje Odongo']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });

  it.each<[text: string, speaker: string, targets: string[]]>([
    // "said his counterpart would…": the counterpart is the subject of the words, not told them.
    ['Kenyan Foreign Minister Musalia Mudavadi met Ugandan Foreign Minister Jeje Odongo in Nairobi. Mudavadi said his counterpart would visit Mombasa next year.', 'Musalia Mudavadi', []],
  ])('no target: %s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
