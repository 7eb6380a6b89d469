/**
 * Things that must NOT become statements (session 33, s43b): the person another quotes or whose words another recalls,
 * and a ministry's note of who came along to a meeting. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { statementSpeakers } from './test-support';

describe('the person quoted by another person, or whose words another recalls, says nothing here', () => {
  it.each<[text: string, notSpeaker: string]>([
    ['Deputy Minister Ilse Vantomme said Brussels would back the bid and quoted King Philippe as saying that "Luxembourg is family."', 'Philippe'],
    ['Foreign Minister Ana Dias Lopes conveyed greetings from President Joao Lourenco and quoted the Angolan president as saying that "Namibia stood with us."', 'Joao Lourenco'],
    ['The President recalled the words of former President Julius Nyerere, who said that for Angola Namibia was ready to give "everything it has."', 'Julius Nyerere'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text).join('|')).not.toContain(notSpeaker);
  });
});

describe('who came along to a meeting, closed by a ministry\'s attribution, is no statement of its country', () => {
  it.each<[text: string, notSpeaker: string]>([
    ['The Kenyan delegation also included Deputy Minister for Trade Amina Odhiambo-Kariuki, the Ministry of Foreign Affairs of Tanzania said in a statement.', 'Tanzania'],
    ['The Peruvian delegation included Vice Minister Rosa Quispe Huamán, who oversees the border programme, the Chilean Foreign Ministry said.', 'Chile'],
  ])('%s', (text, notSpeaker) => {
    expect(statementSpeakers(text)).not.toContain(notSpeaker);
  });
});
