/**
 * Session 35 (cl45): a date after a statement's verb that something was "planned for" is that thing's time, not the speaking's
 * (triggers.json setFor, read by tellsOtherTime). Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../schema';
import { extractArticle } from '../test-support';

/** The date of the sentence's one statement, published 2024-09-18 (a Wednesday). */
function statementDate(text: string): string | null | undefined {
  return extractArticle(text, '2024-09-18').events.find((e): e is Statement => e.type === 'statement')?.date;
}

describe('"said a visit planned for <day>": the day is the visit\'s, not the statement\'s', () => {
  it.each([
    ['Ghanaian Foreign Minister Kofi Adjei said a visit to Lome planned for 12 September had been postponed.', null],
    ["Ghanaian Foreign Minister Kofi Adjei said a visit to Lome planned for September 12 was cancelled at Togo's request.", null],
    // The day of the speaking, before the plan, still dates it.
    ['Ghanaian Foreign Minister Kofi Adjei said on Monday that a visit to Lome planned for 12 September had been postponed.', '2024-09-16'],
  ])('%s', (text, date) => expect(statementDate(text)).toBe(date));
});
