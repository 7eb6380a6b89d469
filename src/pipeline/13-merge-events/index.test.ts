import { describe, expect, it } from 'vitest';
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
