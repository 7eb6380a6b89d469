import { describe, expect, it } from 'vitest';
import { extractArticle, occurredMeetings } from '../test-support';

/** Each meeting of `text` (published 2024-11-22) as its status, then its participants sorted and joined with " + ". */
function meetingsWithStatus(text: string): string[] {
  const dataset = extractArticle(text, '2024-11-22');
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.events.flatMap((e) => (e.type === 'meeting' ? [`${e.status}: ${e.participants.map((p) => name.get(p)).sort().join(' + ')}`] : []));
}

describe('"photographs purportedly showing X meeting Y", "X allegedly met Y": a meeting only claimed is hearsay, not one held', () => {
  it.each([
    ['Photographs circulating online purportedly showing Kenyan Foreign Minister Grace Wanjiru meeting Somali officials in Mogadishu are old.', ['hypothetical: Grace Wanjiru + Somalia']],
    ['Kenyan Foreign Minister Grace Wanjiru allegedly met Somali President Abdi Warsame in Dubai last week.', ['hypothetical: Abdi Warsame + Grace Wanjiru']],
  ])('%s', (text, expected) => expect(meetingsWithStatus(text)).toEqual(expected));
});

describe('"The envoy was received by President X at the palace, and later held talks with Y": the host is the passive\'s agent', () => {
  it.each([
    // Guard: a named guest still holds both meetings.
    ['In Nairobi on 19 November, Austrian Foreign Minister Lena Fischer was received by Kenyan President Joseph Mwangi at State House, and later held talks with Kenyan Foreign Minister Grace Wanjiru.', ['Grace Wanjiru + Lena Fischer', 'Joseph Mwangi + Lena Fischer']],
  ])('%s', (text, expected) => expect(occurredMeetings(text).sort()).toEqual(expected));
});
