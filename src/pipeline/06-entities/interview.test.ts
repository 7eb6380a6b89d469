import { describe, expect, it } from 'vitest';
import type { Dataset, Meeting, Statement } from '../../schema';
import { extractArticle, findActor } from '../test-support';

const INTERVIEWEE = 'Mahmoud Thabit Kombo';

/** A bare "Q:" / "A:" interview of a Tanzanian minister, whose introduction names him alone. */
function interview(answer: string, introduction = 'Kombo spoke to The Citizen about the talks and the region. Excerpts:'): string {
  return `Kombo: "Dialogue is the only way"\n\nTanzania's Minister of Foreign Affairs, Mahmoud Thabit Kombo, returned from Lusaka on Sunday after a regional ministerial meeting on the border.\n\n${introduction}\n\nQ: How are relations with your neighbours?\n\nA: ${answer}\n\nQ: And the regional summit?\n\nA: The summit will take place in Arusha later this year.`;
}

const idOf = (dataset: Dataset, name: string) => findActor(dataset, name)?.id;

function metInterviewee(dataset: Dataset, counterpart: string): boolean {
  const ids = [idOf(dataset, INTERVIEWEE), idOf(dataset, counterpart)];
  return dataset.events.some((e) => e.type === 'meeting' && e.status === 'occurred' && ids.every((id) => id && (e as Meeting).participants.includes(id)));
}

function intervieweeTargets(dataset: Dataset): string[] {
  const speaker = idOf(dataset, INTERVIEWEE);
  const said = dataset.events.filter((e): e is Statement => e.type === 'statement' && e.speaker === speaker);
  return said.flatMap((s) => s.targets.map((t) => dataset.actors.find((a) => a.id === t)!.name));
}

describe("an interview's answers are the interviewee's words", () => {
  it.each<[answer: string, counterpart: string]>([
    ['I spoke with my Zambian counterpart, Mulambo Haimbe, by phone last week and told him that Tanzania wants open borders.', 'Mulambo Haimbe'],
    ['Relations are good. I met the Malawian Foreign Minister, Nancy Tembo, in Lilongwe on Friday.', 'Nancy Tembo'],
  ])('"I" in an answer is the interviewee who met: %s', (answer, counterpart) => {
    expect(metInterviewee(extractArticle(interview(answer)), counterpart)).toBe(true);
  });

  it.each<[answer: string, target: string]>([
    ['Malawi chose to close the border without warning.', 'Malawi'],
    ['We have always been patient. President Lazarus Chakwera has ignored every appeal from the region.', 'Lazarus Chakwera'],
    ['I spoke with my Zambian counterpart, Mulambo Haimbe, by phone last week and told him that Tanzania wants open borders.', 'Mulambo Haimbe'],
  ])('an answer speaks of the actors it names: %s', (answer, target) => {
    expect(intervieweeTargets(extractArticle(interview(answer)))).toContain(target);
  });

  it.each<[introduction: string]>([
    ['In an interview with The Citizen, Kombo spoke about the border dispute.'],
    ['Kombo sat down with The Citizen to discuss the border dispute. Excerpts:'],
  ])('the introduction may name the interviewee in other words: %s', (introduction) => {
    const dataset = extractArticle(interview('Malawi chose to close the border without warning. I met the Malawian Foreign Minister, Nancy Tembo, in Lilongwe on Friday.', introduction));
    expect(intervieweeTargets(dataset)).toContain('Malawi');
    expect(metInterviewee(dataset, 'Nancy Tembo')).toBe(true);
  });
});
