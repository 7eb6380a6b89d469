/**
 * Things that must NOT become statements (session 35, s51): the questions of a briefing's or an interview's
 * transcript. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, statementSpeakers } from './test-support';

describe("a reporter's or interviewer's turn in a transcript states nothing", () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Press briefing by Deputy Spokesperson Ama Owusu-Darko\n\nMS OWUSU-DARKO: Good afternoon.\n\nQUESTION: Togo said this morning that the border talks were "a failure." Do you agree?\n\nMS OWUSU-DARKO: No. The talks were useful.', 'Togo'],
    ['Press briefing by Deputy Spokesperson Ama Owusu-Darko\n\nMS OWUSU-DARKO: Good afternoon.\n\nQUESTION: On Niger: Foreign Minister Bakary Yaou-Sangare said in Niamey that the corridor needs more money. Will Ghana pay?\n\nMS OWUSU-DARKO: We will look at it.', 'Bakary Yaou-Sangare'],
    ['Press briefing of Press Secretary Lina Sorensen-Kahl\n\nSEC. SORENSEN-KAHL: Good morning.\n\nPETER HOLM (Nordic Wire): Ma\'am, the Swedish Foreign Ministry said yesterday that Oslo "is playing games with the fisheries." What is your reaction?\n\nSEC. SORENSEN-KAHL: We will leave that to the ministry.', 'Sweden'],
    ['Press briefing of Press Secretary Lina Sorensen-Kahl\n\nSEC. SORENSEN-KAHL: Good morning.\n\nPETER HOLM (Nordic Wire): And Senator Ingrid Vold-Hansen said the fisheries council is useless. Your reaction?\n\nSEC. SORENSEN-KAHL: The Senator is entitled to her opinion.', 'Ingrid Vold-Hansen'],
    ['Pampas Post\nInterview | Chile\'s deputy minister on the river treaty\n\nThe Pampas Post sat down in Santiago with Chile\'s Deputy Foreign Minister, Marta Vidal-Osorio.\n\nPampas Post: Buenos Aires says Chile must still withdraw its complaint before the treaty is signed.\n\nMarta Vidal-Osorio: That is their position, not ours.\n\nPampas Post: What comes next?\n\nMarta Vidal-Osorio: More talks.', 'Argentina'],
    ['Pampas Post\nInterview | Chile\'s deputy minister on the river treaty\n\nThe Pampas Post sat down in Santiago with Chile\'s Deputy Foreign Minister, Marta Vidal-Osorio.\n\nPampas Post: Bolivian Foreign Minister Jorge Quispe-Rojas said this week that the treaty is "a Chilean trap."\n\nMarta Vidal-Osorio: Bolivia has the right to its opinion.\n\nPampas Post: What comes next?\n\nMarta Vidal-Osorio: More talks.', 'Jorge Quispe-Rojas'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});

describe('a "since" clause dating a background state states nothing', () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Ties between SADC and the two juntas have been cold since Madagascar, Comoros and Eswatini announced their withdrawal in March 2023.', 'Comoros'],
    ['Trade across the lake has been slow since Uganda announced the closure of its border posts.', 'Uganda'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});

describe('whom an opening participle names is not the pronoun of the next sentence', () => {
  it('"Speaking alongside X, Y said … He thanked …" is Y', () => {
    const text = 'Speaking alongside Peruvian President Jorge Ruiz-Vega, Chilean President Tomas Lagos-Riquelme said that the corridor "is a road for both peoples." He thanked Brazil, saying Brasilia "has never asked Chile for anything in return."';
    expect(statementSpeakers(text)).not.toContain('Jorge Ruiz-Vega');
  });
});

describe('where the words were posted is no target', () => {
  it.each<[text: string, notTarget: string]>([
    ['Kenyan Prime Minister Daniel Otieno-Mbeki said Kenya "will not accept any line drawn on a Somali map," according to a post on his official Vkontakte page.', 'Vkontakte'],
  ])('%s', (text, notTarget) => {
    const targets = extractArticle(text).events.flatMap((e) => (e.type === 'statement' ? e.targets : []));
    expect(targets.some((t) => t.toLowerCase().includes(notTarget.toLowerCase()))).toBe(false);
  });
});
