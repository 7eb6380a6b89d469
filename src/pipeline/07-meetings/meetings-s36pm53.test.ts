/**
 * Meetings (session 36, pm53): the subject of a meeting told after a report's "that"; a joining sentence keeps to the item or
 * section it stands in. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

const sorted = (text: string) => occurredMeetings(text).sort();

describe('"The Nairobi daily Taifa reported that X held talks with Y": the clause after the report\'s "that" has its own subject, not the daily\'s city', () => {
  it.each([
    ['Kenyan President Samuel Kiprono flew to Addis Ababa. The Nairobi daily Taifa reported that Kiprono held talks with Ethiopian Prime Minister Dawit Bekele on Monday.', ['Dawit Bekele + Samuel Kiprono']],
    ['Croatian Foreign Minister Ivan Horvat attended the summit. Zagreb tabloid Vecernji reported on Saturday that Horvat held a private meeting with Slovenia\'s Foreign Minister Marta Kovač.', ['Ivan Horvat + Marta Kovač']],
    ['Peruvian Foreign Minister Rosa Quispe arrived in Quito on Sunday. Lima newspaper El Diario is reporting that Quispe held a telephone conversation with Ecuadorian Foreign Minister Jorge Andrade.', ['Jorge Andrade + Rosa Quispe']],
  ])('%s', (text, expected) => expect(sorted(text)).toEqual(expected));
});

describe('a joining sentence joins the meeting of its own item, and a link to another story is no new item', () => {
  it.each([
    ['Also read: a link between two paragraphs of one story', 'Foreign Minister Arjun Mehra received Maldivian Foreign Minister Ali Rasheed in New Delhi on Tuesday.\n\nThe two ministers discussed fisheries.\n\nAlso read: Monsoon rains flood Mumbai suburbs\n\nIndia\'s Minister of Shipping, Kiran Desai-Rao, also joined the meeting, according to the ministry.', ['Ali Rasheed + Arjun Mehra + Kiran Desai-Rao']],
    ['no heading between', 'President Aigul Bekova received Prime Minister of Malaysia Razak Hamid at the palace on Monday.\n\nDeputy Prime Minister Nurlan Sadykov took part in the meeting.', ['Aigul Bekova + Nurlan Sadykov + Razak Hamid']],
  ])('%s', (_label, text, expected) => expect(sorted(text)).toEqual(expected));
});

describe('a meeting told in the present stays one that took place outside a section of things to come', () => {
  it.each([
    ['the article\'s own title opening on "Agenda"', 'Agenda set for trade talks\n\nKenyan President Samuel Kiprono meets Ugandan President Joseph Okello in Kampala.', ['Joseph Okello + Samuel Kiprono']],
    ['a past meeting under an agenda heading', 'The President returned from Oslo on Monday.\n\nForthcoming visits\n\nOn Monday, President Lars Berg met Finnish President Aino Virtanen in Oslo.', ['Aino Virtanen + Lars Berg']],
  ])('%s', (_label, text, expected) => expect(sorted(text)).toEqual(expected));
});
