/** Speakers: a person followed by the party's acronym; a summons of an envoy "of" a country; a bare ministry under a dateline in capitals. */
import { describe, expect, it } from 'vitest';
import { extractArticle, firstStatementTargets, statementSpeakers } from '../test-support';

describe('a person, then the party by its acronym, then the verb', () => {
  it.each<[text: string, speakers: string[]]>([
    ['Opposition MP Kwame Asante Boadu of the NDC criticised the government, saying the northern border "has been abandoned."', ['Kwame Asante Boadu']],
    ['Senator Ana Lucia Ferreira of the PSDB accused the cabinet of "selling the river."', ['Ana Lucia Ferreira']],
  ])('%s', (text, speakers) => {
    expect(statementSpeakers(text)).toEqual(speakers);
  });
});

describe('a summons of the envoy "of" a country, over remarks, with a protest note', () => {
  it.each<[text: string, targets: string[]]>([
    ['The Chilean foreign ministry summoned the ambassador of Bolivia, Rosa Mamani, over remarks by a Bolivian senator, and handed her a protest note on Monday.', ['Bolivia', 'Rosa Mamani']],
    ['The Chilean foreign ministry summoned the ambassador of Bolivia, Rosa Mamani, and handed her a protest note on Monday.', ['Bolivia', 'Rosa Mamani']],
  ])('%s', (text, targets) => {
    expect(firstStatementTargets(text, 'Chile')).toEqual(targets);
  });

  it('"the ministry summoned the ambassador": the envoy is no office of the ministry, which speaks for the dateline\'s state', () => {
    const text = 'Podgorica, 20 November 2026 - Montenegro\'s Foreign Minister Ervin Ibrahimović met Albania\'s foreign minister in Podgorica on Thursday.\n\nOn Wednesday the ministry summoned the ambassador of Serbia, Ana Petrović, and handed her a protest note.';
    expect(statementSpeakers(text)).toEqual(['Montenegro']);
  });
});

describe('a dateline in capitals on a line of its own names the state whose ministry speaks', () => {
  it('"NAIROBI, NOVEMBER 17": the bare ministry is Kenya', () => {
    const text = 'Kenya, Uganda agree on rail link\n\nNATION NEWS SERVICE\nNAIROBI, NOVEMBER 17\n\nUgandan Foreign Minister Jeje Odongo and Foreign Minister Musalia Mudavadi held talks yesterday.\n\nThe Ministry of Foreign Affairs said in a press release that both sides "agreed to speed up the railway."';
    expect(statementSpeakers(text)).toEqual(['Kenya']);
  });
});

describe('a place that is a given name, opening a name set off by commas, is the person\'s', () => {
  it('"the ambassador of Bolivia, Sofia Mamani,": Sofia is no Bulgarian capital', () => {
    const dataset = extractArticle('The Chilean foreign ministry summoned the ambassador of Bolivia, Sofia Mamani, and handed her a protest note on Monday.');
    expect(dataset.actors.map((a) => a.name)).not.toContain('Bulgaria');
  });
});
