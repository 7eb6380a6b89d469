import { describe, expect, it } from 'vitest';
import { runPipeline } from '../index';
import { readHtml } from '../01-ingest/read-html';
import { extractArticle, findActor } from '../test-support';

/** The names of the targets of the statements `speaker` makes, sorted. */
function targetsOf(text: string, speaker: string): string[] {
  const dataset = extractArticle(text);
  const id = findActor(dataset, speaker)?.id;
  const names = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  return dataset.events.flatMap((event) => (event.type === 'statement' && event.speaker === id ? event.targets.map((t) => names.get(t)!) : [])).sort();
}

describe('own-country targets', () => {
  it.each<[string, string, string[]]>([
    ['Kenyan Foreign Minister Musalia Mudavadi said on Monday that Kenya would not accept pressure from Uganda.', 'Musalia Mudavadi', ['Uganda']],
    ['Brazilian President Luiz Inacio Lula da Silva accused Argentina on Tuesday of hurting Brazil.', 'Luiz Inacio Lula da Silva', ['Argentina']],
    // A country speaking of another is kept, and so is an official naming a foreign country.
    ['Japan said on Friday that China had violated the agreement.', 'Japan', ['China']],
  ])('%s', (text, speaker, expected) => expect(targetsOf(text, speaker)).toEqual(expected));
});

describe('one meeting reported by several articles', () => {
  const article = (path: string, text: string) => ({ path, bytes: new TextEncoder().encode(`---\ndate: 2024-03-12\n---\n${text}`) });
  const meetingDates = (second: string) =>
    runPipeline([article('a.md', 'Kenyan Foreign Minister Jomo Kariuki held talks with Ugandan Foreign Minister Apio Okello in Nairobi on December 1, 2023.'), article('b.md', second)], { readHtml })
      .dataset.events.filter((event) => event.type === 'meeting')
      .map((event) => `${event.date}/${event.datePrecision}`)
      .sort();

  it('is one event when both give its day', () => {
    expect(meetingDates('Kenyan Foreign Minister Jomo Kariuki held talks with Ugandan Foreign Minister Apio Okello in Nairobi on 1 December 2023.')).toEqual(['2023-12-01/day']);
  });

  it('a month is not the first day of it: "in December" and "on December 1" stay two', () => {
    expect(meetingDates('Kenyan Foreign Minister Jomo Kariuki held talks with Ugandan Foreign Minister Apio Okello in Nairobi in December.')).toEqual(['2023-12-01/day', '2023-12-01/month']);
  });
});
