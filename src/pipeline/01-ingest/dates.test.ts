import { describe, expect, it } from 'vitest';
import { readMetaDate } from './dates';

describe('readMetaDate', () => {
  it.each<[unknown, string]>([
    ['2023-11-06', '2023-11-06'],
    [' 2023-11-06 ', '2023-11-06'],
    ['2023-11-06T23:30:00-05:00', '2023-11-06'],
    ['2023-11-06 08:00', '2023-11-06'],
    ['20231106', '2023-11-06'],
    [20231106, '2023-11-06'],
    ['2023/11/06', '2023-11-06'],
    ['November 6, 2023', '2023-11-06'],
    ['6 Nov 2023', '2023-11-06'],
    ['Mon, 06 Nov 2023 10:00:00 GMT', '2023-11-06'],
    ['Monday, November 6, 2023 11:30 PM EST', '2023-11-06'],
    ['13.11.2023', '2023-11-13'],
    ['06.06.2023', '2023-06-06'],
    [new Date(Date.UTC(2023, 10, 6)), '2023-11-06'],
  ])('reads %j as %s', (input, expected) => {
    expect(readMetaDate(input)).toEqual({ ok: true, date: expected });
  });

  it.each<[unknown, string]>([
    ['next tuesday', '"next tuesday" is not a full calendar date'],
    ['Nov 2023', '"Nov 2023" is not a full calendar date'],
    ['2023-02-30', '"2023-02-30" is not a calendar date'],
    ['2023-13-01T00:00:00Z', '"2023-13-01T00:00:00Z" is not a calendar date'],
    ['06.11.2023', '"06.11.2023" could be day-month or month-day'],
    ['', '"" is not a full calendar date'],
    [null, 'is not text'],
    [['2023-11-06'], 'is not text'],
    [new Date(Number.NaN), 'is not a valid date'],
  ])('refuses %j', (input, problem) => {
    expect(readMetaDate(input)).toEqual({ ok: false, problem });
  });
});
