/**
 * Things that must NOT become meetings, speakers or targets (session 34, f46). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, findActor, occurredMeetings, statementSpeakers } from './test-support';

describe('"So said X" after a quotation: the adverb is no one', () => {
  it('"So said Labour Party spokesman X in a note"', () => {
    const text = 'The opposition was critical.\n"The Prime Minister rolls out the red carpet for a tyrant and calls it a partnership."\nSo said Labour Party foreign affairs spokesman Tomas Okoro in a note.';
    expect(statementSpeakers(text)).not.toContain('So');
    expect(findActor(extractArticle(text), 'So')).toBeUndefined();
  });
});

describe('the listed sides stay when the people named do not stand for each of them', () => {
  it('"with X hosting her Peruvian counterpart Y": no one named for Bolivia', () => {
    const text = 'The foreign ministers of Chile, Peru and Bolivia met on Monday in a hybrid format, with Foreign Minister Ana Ruiz hosting her Peruvian counterpart Luis Quispe at the ministry in Santiago.';
    expect(occurredMeetings(text)).not.toContain('Ana Ruiz + Luis Quispe');
  });
});

describe('a High Commission is not its own country\'s target', () => {
  it('"The Canadian High Commission says … that Canada welcomes …"', () => {
    const text = 'The Canadian High Commission in Ghana says in a post on its Facebook page that Canada "welcomes Ghana and Togo working together on trade" and remains committed to the scheme.';
    const dataset = extractArticle(text);
    const canada = findActor(dataset, 'Canada')?.id;
    expect(dataset.events.some((e) => e.type === 'statement' && canada !== undefined && e.targets.includes(canada))).toBe(false);
  });
});
