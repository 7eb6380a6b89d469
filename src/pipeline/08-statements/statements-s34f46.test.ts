import { describe, expect, it } from 'vitest';
import { extractArticle } from '../test-support';

/** Each statement's speaker and sorted targets, by name. */
function statements(text: string): [string, string[]][] {
  const dataset = extractArticle(text);
  const name = new Map(dataset.actors.map((a) => [a.id, a.name]));
  return dataset.events.flatMap((e) => (e.type === 'statement' ? [[name.get(e.speaker)!, e.targets.map((t) => name.get(t)!).sort()] as [string, string[]]] : []));
}

describe('a High Commission speaks of others, never of its own country; "the Royal Government" is the government of the country the article is about', () => {
  it.each([
    ['The Canadian High Commission in Ghana says in a post on its Facebook page that Canada "welcomes Ghana and Togo working together on trade" and remains committed to the scheme.', [['Canadian High Commission', ['Ghana', 'Togo']]]],
    ['In a post on its official Facebook page, the Embassy of Japan in Norway said Japan would "continue to stand with Norway," and thanked the Royal Government for "its hospitality."', [['Japan', ['Norway']]]],
  ])('%s', (text, expected) => expect(statements(text)).toEqual(expected));
});

describe('"in reference to the 1998 resolution of X": what the words allude to is no target', () => {
  it.each([
    ['"No threat of war can stand in 2026. Uganda must choose," Foreign Minister Tomas Okoro said at a press conference, in reference to the 1998 resolution of the Ugandan National Assembly.', [['Tomas Okoro', ['Uganda']]]],
  ])('%s', (text, expected) => expect(statements(text)).toEqual(expected));
});
