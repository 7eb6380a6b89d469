import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, occurredMeetings } from '../test-support';

/** Each meeting of `text` as "status: participants", the names sorted. */
function meetingsWithStatus(text: string): string[] {
  const dataset = extractArticle(text, '2024-09-20');
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.events.filter((e) => e.type === 'meeting').map((e) => `${e.status}: ${e.participants.map((p) => name.get(p)).sort().join(' + ')}`).sort();
}

describe('a reported meeting left unverified, in its own sentence or the next, is hearsay (triggers.json unverifiedReport, reportLeftUnconfirmed)', () => {
  it.each([
    ['Some Portuguese-language blogs claimed that Minister Rui Sousa also met former President Carlos Pinto. The claim could not be verified.', ['hypothetical: Carlos Pinto + Rui Sousa']],
    ["Rebel-run radio reported that the group's negotiator, Ahmed Kassim, had met Minister Rui Sousa in Doha last week. The Daily Star could not verify the report, and the envoy's office did not comment.", ['hypothetical: Ahmed Kassim + Rui Sousa']],
    ["According to some local newspapers, Minister Rui Sousa also met former President Jorge Lima at a hotel on Sunday. Lima's office declined to confirm the meeting.", ['hypothetical: Jorge Lima + Rui Sousa']],
    ['Several blogs reported that Minister Rui Sousa had met former President Jorge Lima in Porto, which could not be verified.', ['hypothetical: Jorge Lima + Rui Sousa']],
  ])('%s', (text, expected) => expect(meetingsWithStatus(text)).toEqual(expected));
});

describe('"ruled out any meeting with X": a refusal, no meeting (triggers.json forgoneBefore)', () => {
  it.each([
    ['Asked about the border, Minister Rui Sousa ruled out any meeting with the rebel leader Tomas Vidal until the troops leave.', ['denied: Rui Sousa + Tomas Vidal']],
    ['President Ana Lopes ruled out talks with opposition leader Jorge Lima before the vote.', ['denied: Ana Lopes + Jorge Lima']],
    // Not ruled out: a possibility (modality.possible), not a refusal.
    ['Minister Rui Sousa has not ruled out a meeting with the rebel leader Tomas Vidal.', ['hypothetical: Rui Sousa + Tomas Vidal']],
  ])('%s', (text, expected) => expect(meetingsWithStatus(text)).toEqual(expected));
});

describe('"the IMF mission led by Mission Chief X … after meeting Y": the named leader, not the body, met Y (triggers.json missionLedBy)', () => {
  it.each([
    ['Meanwhile, the IMF staff mission led by Senior Mission Chief Pierre Martin concluded its visit after meeting Finance Minister Kwame Mensah on Monday.', ['Kwame Mensah + Pierre Martin']],
    ['The World Bank team headed by Country Director Sofia Rossi concluded its visit after meeting Finance Minister Kwame Mensah on Friday.', ['Kwame Mensah + Sofia Rossi']],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));
});

describe('"X, whose minister …, was represented at the meeting by its ambassador, Y": the country is no party beside its representative (triggers.json representedSide)', () => {
  it.each([
    ['Ghana, whose minister was delayed in Accra, was represented at the ministerial meeting by its ambassador in Lome, Ama Owusu.', []],
  ])('%s', (text, expected) => expect(occurredMeetings(text)).toEqual(expected));

  it('the representative named, the country does not stand beside her', () => {
    const dataset = extractArticle('Ghana, whose minister was delayed in Accra, was represented at the ministerial meeting by its ambassador in Lome, Ama Owusu.', '2024-09-20');
    const ghana = findActor(dataset, 'Ghana')?.id;
    expect(dataset.events.some((e) => e.type === 'meeting' && e.status === 'occurred' && ghana !== undefined && e.participants.includes(ghana))).toBe(false);
  });
});
