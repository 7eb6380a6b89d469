/**
 * Whom a statement is aimed at where a pronoun or a clause hides it: "had told her" is the reporter, "She told him" the
 * other of the two the sentence before names, "told him Chile would…" the one person named before; and what is not
 * the speaker's target: the body an apposition places the speaker in, a report's claim, a member's capital.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('targets hidden by a pronoun or a clause', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // "X said Y had told her": the reporter is whom the teller told, when the gender fits.
    ['Senator Ana Ruiz said yesterday that President Gabriel Boric had told her last week that Chile would stay in the pact.', 'Gabriel Boric', ['Ana Ruiz']],
    ['Kenyan Senator John Mbadi said on Tuesday that President Yoweri Museveni had told him that Uganda would reopen the border.', 'Yoweri Museveni', ['John Mbadi']],
    // "She told him": the other of the two people the sentence before names with the speaker.
    ['Kenyan Minister Lydia Wanjiru hosted Ugandan Minister Okello Baguma in Nairobi on Monday. She told him that Kenya would open the border.', 'Lydia Wanjiru', ['Okello Baguma']],
    // "told him" before a name: "him" is never possessive.
    ['President Gabriel Boric received Peruvian Foreign Minister Elmer Schialer in Santiago, where Boric told him Chile would never forget its friends.', 'Gabriel Boric', ['Elmer Schialer']],
    // "said X, a researcher at Y, who said…": the speaker's body is no target, and the relative clause is a statement of its own.
    ['"Peru is no longer hedging," said Maria Lopez, a researcher at the Peruvian Institute of International Affairs, who said Boric had told her last year that Santiago wanted "more Peru, not less."', 'Maria Lopez', ['Peru']],
    ['"Peru is no longer hedging," said Maria Lopez, a researcher at the Peruvian Institute of International Affairs, who said Boric had told her last year that Santiago wanted "more Peru, not less."', 'Boric', ['Maria Lopez']],
    // What a report claimed is the report's.
    ['Brazilian Foreign Minister Mauro Vieira said Brasilia would not be drawn into media campaigns after a report in an Argentine newspaper claimed that Brazilian officials had met FARC leaders in Lima.', 'Mauro Vieira', []],
    ['Brazilian Foreign Minister Mauro Vieira criticised Argentina after a report in an Argentine newspaper claimed that Brazilian officials had met FARC leaders in Lima.', 'Mauro Vieira', ['Argentina']],
    // "a single ASEAN capital" is a place, the body itself a target.
    ['Mexican Senator Lilly Tellez criticised Marcelo Ebrard, saying he "has not visited a single ASEAN capital".', 'Lilly Tellez', ['Marcelo Ebrard']],
    ['Mexican Senator Lilly Tellez criticised ASEAN, saying it "has not answered a single letter".', 'Lilly Tellez', ['ASEAN']],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual([...targets].sort());
  });

  it.each<[text: string, speaker: string, targets: string[]]>([
    // A president people.json knows by his English name speaks for his own country.
    ['President William Lai told reporters that Taiwan would keep buying beef from its allies.', 'William Lai', []],
    // A reporter the article shows to be a man is not "her".
    ['Senator Pablo Ruiz said President Gabriel Boric had told her last week that Chile would stay in the pact.', 'Gabriel Boric', []],
    // "her counterpart" is possessive: no one is told.
    ['Senator Ana Ruiz said President Gabriel Boric had told her counterpart that Chile would stay in the pact.', 'Gabriel Boric', []],
  ])('no target: %s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
