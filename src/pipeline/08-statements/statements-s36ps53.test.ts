/**
 * Statements (session 36, ps53): a person told under their office alone is the audience, not a target; a speaker's
 * apposition that closes with a body's bracketed short form still describes the speaker.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, statementSpeakers } from '../test-support';

describe('a person told under their office alone is the audience, not a target', () => {
  it.each<[text: string, speaker: string, audience: string, target: string]>([
    ['Kenyan Foreign Minister Musalia Odero met Ugandan Foreign Minister Jane Akello in Kampala. Odero told the Ugandan minister that Tanzania "must reopen the Namanga crossing".', 'Musalia Odero', 'Jane Akello', 'Tanzania'],
    ['Chilean Foreign Minister Tomás Aguirre was received by President Ilse Brandvold in Oslo. Aguirre assured the President that Argentina "will not block the fishing accord".', 'Tomás Aguirre', 'Ilse Brandvold', 'Argentina'],
    ['Secretary-General Amara Njie of ECOWAS met Director General Paulo Reis of the CPLP in Abuja. Njie told the Director General that Guinea-Bissau "deserves patience".', 'Amara Njie', 'Paulo Reis', 'Guinea-Bissau'],
  ])('%s', (text, speaker, audience, target) => {
    const targets = firstStatementTargets(text, speaker);
    expect(targets).toContain(target);
    expect(targets).not.toContain(audience);
  });

  it('one told by name stays a target', () => {
    expect(firstStatementTargets('Kenyan Foreign Minister Musalia Odero met Ugandan Foreign Minister Jane Akello in Kampala. Odero told Jane Akello that Tanzania "must reopen the Namanga crossing".', 'Musalia Odero')).toContain('Jane Akello');
  });
});

describe("a body's bracketed short form closes the apposition that describes the speaker", () => {
  it.each<[text: string, speakers: string[]]>([
    ['Dr. Lena Vrisk, research director at the Institute for Border Studies (IBS), said the deal would only work "if Riga keeps the tariffs low".', ['Lena Vrisk']],
    ['Tomas Rieger, leader of the opposition Civic Union (CU), said on Friday that the government had failed Estonia.', ['Tomas Rieger']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});
