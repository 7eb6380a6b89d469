/**
 * Event dates (session 36, mr36): a day before the speech verb whose "that" holds the meeting dates the report, when the
 * meeting's own clause gives its day. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

describe('"Briefing journalists today, the spokesperson stated that X held talks with Y on Tuesday": Tuesday is the meeting\'s day', () => {
  it.each([
    ['Providing the weekly press briefing to journalists today, Spokesperson Ambassador Lwazi Dube stated that Foreign Minister H.E. Dr. Kofi Mensah-Bonsu held talks with the Vice Minister of Foreign Affairs and International Cooperation of Portugal, Rui Tavares Lopes, on Tuesday at his office.', '2024-09-17'],
  ])('%s', (text, expected) => {
    const dataset = extractArticle(text, '2024-09-20');
    const ids = ['Kofi Mensah-Bonsu', 'Rui Tavares Lopes'].map((name) => findActor(dataset, name)?.id);
    const meeting = dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)));
    expect(meeting?.date).toBe(expected);
  });
});
