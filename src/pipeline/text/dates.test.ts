import { describe, expect, it } from 'vitest';
import { findDates } from './dates';

const first = (text: string, reference: string | null, captionReference = false) => findDates(text, reference, captionReference)[0];

describe('date expressions under news conventions', () => {
  it.each([
    // [text, reference, date, precision]
    ['met on Monday in Nairobi', '2023-11-06', '2023-11-06', 'day'],
    ['was in Lima on Sunday', '2023-11-06', '2023-11-05', 'day'],
    ['said on Thursday', '2024-06-14', '2024-06-13', 'day'],
    ['last Saturday', '2023-11-06', '2023-11-04', 'day'],
    ['on the morning of 6th November 2023', null, '2023-11-06', 'day'],
    ['in Canberra, Australia April 14, 2025', null, '2025-04-14', 'day'],
    ['since Oct. 17 and', '2023-11-06', '2023-10-17', 'day'],
    ['a March 28 agreement', '2025-04-14', '2025-03-28', 'day'],
    ['a March 28 agreement', '2023-11-06', '2023-03-28', 'day'],
    ['talks in December', '2024-03-01', '2023-12-01', 'month'],
    ['in March 2022', null, '2022-03-01', 'month'],
  ])('%s (reference %s) → %s', (text, reference, date, precision) => {
    const found = first(text, reference);
    expect(found?.date).toBe(date);
    expect(found?.precision).toBe(precision);
  });

  it.each([
    ['on Monday', null, /no publication date/],
    ['last week', '2023-11-06', /no single day/],
    ['earlier this year', '2023-11-06', /no single day/],
    ['next Tuesday', '2023-11-06', /points forward/],
    ['arrived a few days ago', null, /no single day|no publication date/],
    ['three days ago', null, /no publication date/],
  ])('%s stays undated with a reason', (text, reference, reason) => {
    const found = first(text, reference);
    expect(found?.date).toBeNull();
    expect(found?.unresolved).toMatch(reason);
  });

  it('"N days ago" counts back from the publication date and says so', () => {
    expect(first('three days ago', '2023-11-06')).toMatchObject({ date: '2023-11-03', relative: true });
  });

  it('a dated caption pins only its own weekday', () => {
    expect(first('on Monday', '2024-03-04', true)?.date).toBe('2024-03-04');
    expect(first('on Tuesday', '2024-03-04', true)?.date).toBeNull();
  });

  it('leaves "a day after" to the event-relative rule', () => {
    expect(findDates('a day after meeting the envoy', '2023-11-06')).toEqual([]);
  });
});
