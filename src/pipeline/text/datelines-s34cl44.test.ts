import { describe, expect, it } from 'vitest';
import { isHeaderPartPlace } from './datelines';
import type { Mention, Sentence } from '../types';

/** The header line `line` above one body sentence, and the place `place` in its second part. */
function headerPlace(line: string, place: string): boolean {
  const text = `${line}\n\nThe minister spoke on Friday.`;
  const sentences = [{ start: 0, end: line.length, blockKind: 'headline' }, { start: line.length + 2, end: text.length, blockKind: 'body' }] as Sentence[];
  const start = line.indexOf(` ${place}`) + 1;
  const mention = { sentence: 0, start, end: start + place.length, kind: 'country', locative: 'place' } as Mention;
  return isHeaderPartPlace(text, mention, sentences, 1);
}

describe('a header part holding only the place, the next part its day after a publication label (publication-lines.json footer labels)', () => {
  it.each([
    ['Daily Courier | Accra | Published: 21 Nov 2026', true],
    ['Daily Courier | Accra | Last updated: 21 Nov 2026', true],
    ['Daily Courier | Accra | First published: 21 Nov 2026', true],
    // Not a label: another event's day.
    ['Daily Courier | Accra | Since 21 Nov 2026', false],
  ])('%s', (line, expected) => expect(headerPlace(line, 'Accra')).toBe(expected));
});
