/**
 * Session 33, meeting precision (m43b): edges that must NOT appear. Each case has a positive twin, the cue
 * removed, so that "no edge" cannot pass because the actors were never read.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset, EventStatus, Meeting } from '../schema';
import { extractArticle, findActor } from './test-support';

const meetings = (dataset: Dataset) => dataset.events.filter((e): e is Meeting => e.type === 'meeting');

/** Meetings of a given status that include every one of these actors (an actor never found matches nothing). */
function meetingsBetween(dataset: Dataset, names: string[], status: EventStatus): Meeting[] {
  const ids = names.map((n) => findActor(dataset, n)?.id);
  if (ids.some((id) => !id)) return [];
  return meetings(dataset).filter((m) => m.status === status && ids.every((id) => m.participants.includes(id!)));
}

describe('hearsay left unverified is no meeting that happened', () => {
  it.each([
    ['Some Portuguese-language blogs claimed that Minister Rui Sousa also met former President Carlos Pinto. The claim could not be verified.', 'Some Portuguese-language blogs claimed that Minister Rui Sousa also met former President Carlos Pinto. The claim was widely shared.'],
    ["According to some local newspapers, Minister Rui Sousa also met former President Jorge Lima on Sunday. Lima's office declined to confirm the meeting.", "According to some local newspapers, Minister Rui Sousa also met former President Jorge Lima on Sunday. Lima's office declined to give details."],
    ['Rebel-run radio reported that Ahmed Kassim had met Minister Rui Sousa in Doha. The Daily Star could not verify the report.', 'Rebel-run radio reported that Ahmed Kassim had met Minister Rui Sousa in Doha. The Daily Star could not verify the date of the next round.'],
  ])('%s', (negative, twin) => {
    const names = (text: string) => (/Carlos Pinto/.test(text) ? ['Rui Sousa', 'Carlos Pinto'] : /Jorge Lima/.test(text) ? ['Rui Sousa', 'Jorge Lima'] : ['Rui Sousa', 'Ahmed Kassim']);
    expect(meetingsBetween(extractArticle(negative), names(negative), 'occurred')).toHaveLength(0);
    expect(meetingsBetween(extractArticle(twin), names(twin), 'occurred')).toHaveLength(1);
  });
});

describe('a refused meeting is none', () => {
  it('"ruled out any meeting with X", twin "held a meeting with X"', () => {
    expect(meetingsBetween(extractArticle('Minister Rui Sousa ruled out any meeting with the rebel leader Tomas Vidal until the troops leave.'), ['Rui Sousa', 'Tomas Vidal'], 'occurred')).toHaveLength(0);
    expect(meetingsBetween(extractArticle('Minister Rui Sousa held a meeting with the rebel leader Tomas Vidal in the capital.'), ['Rui Sousa', 'Tomas Vidal'], 'occurred')).toHaveLength(1);
  });

  it('"has not ruled out a meeting with X" is a possibility, not a meeting', () => {
    expect(meetingsBetween(extractArticle('Minister Rui Sousa has not ruled out a meeting with the rebel leader Tomas Vidal.'), ['Rui Sousa', 'Tomas Vidal'], 'occurred')).toHaveLength(0);
  });
});

describe('countries of a plural role\'s list are no parties beside the named ministers', () => {
  const text = 'Foreign Minister Ana Lopes on Monday hosted the trilateral meeting of the foreign ministers of Chile, Peru and Bolivia in Santiago, attended by Peruvian Foreign Minister Elmer Schialer and Bolivian Foreign Minister Celinda Sosa.';
  it.each(['Chile', 'Peru', 'Bolivia'])('%s', (country) => {
    const dataset = extractArticle(text);
    const id = findActor(dataset, country)?.id;
    expect(meetings(dataset).filter((m) => m.status === 'occurred' && id !== undefined && m.participants.includes(id))).toHaveLength(0);
  });

  it('twin: "met representatives of the Honduran government" names no one of that side; the country stays', () => {
    expect(meetingsBetween(extractArticle('The Minister of Public Security, Mario Zamora, said he had met with representatives of the Honduran government on Monday.'), ['Mario Zamora', 'Honduras'], 'occurred')).toHaveLength(1);
  });
});

describe('a body in a title is no party', () => {
  it.each([
    ['Foreign Minister Pedro Alvarez met the Director General of the Peruvian National Police, Juan Torres, on Friday.', 'National Police'],
    ['Foreign Minister Pedro Alvarez met the Head of the European Union Delegation to Chile, Ana Lopes, on Thursday.', 'Delegation'],
    ['Foreign Minister Pedro Alvarez met the commander of the Coastal Protection Force, Colonel Ibrahim Diallo, on Friday.', 'Protection Force'],
  ])('%s', (text, body) => {
    const dataset = extractArticle(text);
    expect(dataset.actors.some((a) => a.name === body)).toBe(false);
    expect(meetings(dataset).filter((m) => m.status === 'occurred')).toHaveLength(1);
  });
});
