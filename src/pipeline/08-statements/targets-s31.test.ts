/**
 * Whom the words are aimed at (session 31, t38): a complaint against the speaker's own government is about that
 * government; another country named in its grounds is only its matter.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets as targetsOf } from '../test-support';

describe('statement targets (session 31, t38)', () => {
  it.each<[text: string, speaker: string, targets: string[]]>([
    // The charge against the government names another country: it is what the charge is about, not whom.
    ['Malawian opposition leader Peter Banda criticised the government for "bending over backwards" for Tanzania.', 'Peter Banda', []],
    ['Ghanaian opposition leader Kwame Asante slammed the government for its handling of ties with Togo.', 'Kwame Asante', []],
    // The government's policy, and an administration named after its head, are the government too.
    ["Latvian opposition leader Janis Ozols criticised the government's policy on Belarus and Russia.", 'Janis Ozols', []],
    ['Chilean opposition leader Rosa Molina criticised the Boric administration over its silence on Argentina.', 'Rosa Molina', []],
    // The grounds given in a "saying" clause after the complaint.
    ['Senegalese opposition leader Awa Diop criticised the government, saying it "cares more about Gambia than about our fishermen".', 'Awa Diop', []],
  ])('%s', (text, speaker, targets) => {
    expect(targetsOf(text, speaker)).toEqual(targets);
  });
});
