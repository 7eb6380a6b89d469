/**
 * How long something lasted or will take ("the first visit in three years", "for two years", "within 18 months") is no
 * day, month or year of what the sentence tells; a count of days ahead still is. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const REFERENCE = '2026-03-12';
const datesIn = (sentence: string) => findDates(sentence, REFERENCE).filter((d) => d.date).map((d) => d.date);

describe('a count of months or years after "in", "within" or "for" is a length of time, not when', () => {
  it.each<[sentence: string, dates: string[]]>([
    ['Kenyan Foreign Minister Musalia Mudavadi held talks in Kampala on Monday, the first visit by a Kenyan foreign minister in three years.', ['2026-03-09']],
    ['The two countries have disputed the island for two years.', []],
    ['The ministers agreed to finish the railway within 18 months.', []],
    ['Fiji and Tonga have not held border talks in six months.', []],
    // A count of days ahead is a day.
    ['The Prime Minister will travel to Suva in five days.', ['2026-03-17']],
    // A year alone is a year.
    ['In 2019, the two leaders met in Apia.', ['2019-01-01']],
  ])('%s', (sentence, dates) => {
    expect(datesIn(sentence)).toEqual(dates);
  });
});
