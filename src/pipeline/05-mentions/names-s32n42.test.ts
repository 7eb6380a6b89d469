/**
 * Names (session 32, n42): a junior minister's title, a field closed by "Property", an economist, an opposition figure,
 * a given name that is also an honorific, and bodies named by a national chamber, a company suffix, a Spanish or French head,
 * a camel-case company and its country, a members' body, a capitalised "All", an acronym that spells lower-case words.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, occurredMeetings, statementSpeakers } from '../test-support';

describe('people named after a title the lists did not hold', () => {
  it.each<[text: string, speakers: string[]]>([
    // An occupation opening the sentence is a title, no word of the name.
    ['Economist Rodrigo Pérez-Lindo of the Catholic University said Paraguay cannot keep the peg.', ['Rodrigo Pérez-Lindo']],
    // "Prince" before an initial is a given name, not a prince's title.
    ['Senator Prince K. Mensah-Bonsu said Ghana would not sign the levy.', ['Prince K. Mensah-Bonsu']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('a role before the name', () => {
  /** The roles of the actor named `name` in `text`. */
  const rolesOf = (text: string, name: string) => findActor(extractArticle(text), name)?.roles.map((r) => r.role);

  it('"Minister Delegate" is one role: "Delegate" names no one, the name after the field holds the role', () => {
    const dataset = extractArticle('President Macky Sall received the Minister Delegate for Maritime Affairs, Jean-Luc Moreau, in Dakar on Monday.');
    expect(dataset.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort()).toEqual(['Jean-Luc Moreau', 'Macky Sall']);
  });
  it('"Property" closes the field: the apposed name holds the role', () => {
    expect(rolesOf('The Secretary of State for Land and Property, Celso Macuácua, said Mozambique would finish its land register in March.', 'Celso Macuácua')).toEqual(['secretary of state']);
  });
  it('"the exiled opposition figure X": a person, though an article opens the phrase', () => {
    expect(occurredMeetings('Spanish Foreign Minister Ana Ruiz met the exiled opposition figure Omar Belhadj in Madrid on Monday.')).toEqual(['Ana Ruiz + Omar Belhadj']);
  });
});

describe('bodies named whole', () => {
  it.each<[text: string, body: string]>([
    ['The Mongolian National Chamber of Commerce and Industry said the new Chinese tariff would hurt exporters.', 'Mongolian National Chamber of Commerce and Industry'],
    ['Ghana Gas Limited said the pipeline to Togo would reopen in May.', 'Ghana Gas Limited'],
    ['Grupo Sierra said Peru would lose the contract.', 'Grupo Sierra'],
    ['TotalEnergies Uganda said the pipeline to Tanzania would be finished in 2027.', 'TotalEnergies Uganda'],
    ["The Jamaican Association of Sugar Producers said Haiti's ban would cost exporters dearly.", 'Jamaican Association of Sugar Producers'],
    ["The opposition All Progressives Congress said Nigeria's budget was a fiction.", 'All Progressives Congress'],
    ['The Confédération syndicale malienne (CSM) said Mali had broken its promise to Guinea.', 'Confédération syndicale malienne'],
  ])('%s', (text, body) => {
    const dataset = extractArticle(text);
    expect(statementSpeakers(text)).toEqual([body]);
    expect(findActor(dataset, body)?.kind).toBe('organization');
  });

  it('a Spanish, Portuguese or French head word opens no title: the member after the party is the speaker', () => {
    expect(statementSpeakers('Mouvement Réformateur MP Julie Vandamme said Belgium would not sign.')).toEqual(['Julie Vandamme']);
  });
});

describe('a name after "the" and a verb', () => {
  it('"The minister met X": a verb that meets closes the phrase "the" opened, the name after it is a person', () => {
    expect(occurredMeetings('Ghanaian Foreign Minister Kofi Mensah arrived in Lomé on Monday.\n\nThe minister met Faure Gnassingbé at the Presidency.')).toEqual(['Faure Gnassingbé + Kofi Mensah']);
  });
});
