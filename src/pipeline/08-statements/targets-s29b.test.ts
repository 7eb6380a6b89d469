/**
 * An organization named as the frame something belongs to ("into the ASEAN family", "UN Security Council resolutions",
 * "the EAC common market protocol", "the OSCE ministerial"), or as where something is done ("raise the issue at the UN
 * Human Rights Council"), is where the words are set, not whom they are about; so is, in an opposition figure's words,
 * a legislature named bare ("without consulting the National Assembly"), the speaker's own chamber.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('statement targets: an organization as a frame (session 29)', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    ['Senegalese President Bassirou Diomaye Faye urged the juntas to "come back to the ECOWAS family."', 'Bassirou Diomaye Faye', []],
    ['Norwegian Foreign Minister Espen Barth Eide said the launch was "a clear breach of UN Security Council resolutions."', 'Espen Barth Eide', []],
    ['Tanzanian Trade Minister Selemani Jafo said the new levy "undermines the EAC common market protocol."', 'Selemani Jafo', []],
    ['Finnish Foreign Minister Elina Valtonen said the matter would be raised again at the OSCE ministerial next month.', 'Elina Valtonen', []],
    ['Danish Defence Minister Troels Lund Poulsen said the Nordic states were "the NATO allies most exposed in the High North."', 'Troels Lund Poulsen', []],
    ['South African Foreign Minister Ronald Lamola urged Indonesia to join the BRICS partner-country dialogue.', 'Ronald Lamola', ['Indonesia']],
    ['Samoan Prime Minister La\'auli Leuatea Schmidt said his government would raise the issue at the UN Human Rights Council.', 'La\'auli Leuatea Schmidt', []],
    ['Danish Foreign Minister Lars Løkke Rasmussen said Copenhagen would defend its position at the December Foreign Affairs Council.', 'Lars Løkke Rasmussen', []],
    ['Opposition Leader Raila Odinga criticised the government for "signing the treaty without consulting the National Assembly."', 'Raila Odinga', []],
    ['Opposition MP Kamla Persad-Bissessar accused the government of "bypassing the Legislative Assembly on the loan deal."', 'Kamla Persad-Bissessar', []],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
