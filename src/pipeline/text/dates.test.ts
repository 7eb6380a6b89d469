import { readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import dateParserCues from '../model/date-parser-cues.json';
import { findDates, maskLeadingDateline, parserFor, YearAloneParser } from './dates';

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
    // A day with no year in an article from January: the last such day before it, in the year before.
    ['met on 3 March', '2027-01-15', '2026-03-03', 'day'],
    ['in March 2022', null, '2022-03-01', 'month'],
    ['In 2019, the two presidents met in Accra', '2024-03-01', '2019-01-01', 'year'],
    ['met the emir in Doha in 2021.', null, '2021-01-01', 'year'],
    // A part of the reference day, as "today" is.
    ['met the envoy this morning in Dakar', '2025-09-17', '2025-09-17', 'day'],
    ['will brief reporters this evening', '2025-09-17', '2025-09-17', 'day'],
  ])('%s (reference %s) → %s', (text, reference, date, precision) => {
    const found = first(text, reference);
    expect(found?.date).toBe(date);
    expect(found?.precision).toBe(precision);
  });

  it.each<[text: string, date: string, precision: string, relative: boolean]>([
    ['met in Harare last month', '2026-09-01', 'month', true],
    ['met in Harare last year', '2025-01-01', 'year', true],
    ['met in Harare in September 2026', '2026-09-01', 'month', false],
  ])('"%s" is a month or a year, read against the reference only when the words are relative', (text, date, precision, relative) => {
    expect(first(text, '2026-10-14')).toMatchObject({ date, precision, relative });
  });

  it.each([
    ['on Monday', null, /no publication date/],
    ['last week', '2023-11-06', /no single day/],
    ['earlier this year', '2023-11-06', /no single day/],
    ['next Tuesday', '2023-11-06', /points forward/],
    ['arrived a few days ago', null, /no single day|no publication date/],
    ['three days ago', null, /no publication date/],
    ['met the envoy this morning in Dakar', null, /no publication date/],
  ])('%s stays undated with a reason', (text, reference, reason) => {
    const found = first(text, reference);
    expect(found?.date).toBeNull();
    expect(found?.unresolved).toMatch(reason);
  });

  it.each(['met in 2018 and 2019', 'talks in 2018-19', 'visits in 2018 or 2019', 'a 2019 summit'])('"%s": no one year', (text) => {
    expect(findDates(text, '2024-03-01')).toEqual([]);
  });

  it('a weekday\'s abbreviation alone is a name, not a day ("Sun Weidong", "Mon State"); written out it is a day', () => {
    expect(findDates('Vice Foreign Minister Sun Weidong met officials from Mon State.', '2024-03-12')).toEqual([]);
    expect(first('Vice Foreign Minister Sun Weidong met them on Sunday.', '2024-03-12')?.date).toBe('2024-03-10');
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

describe('leading datelines', () => {
  it('blanks every form of the day, each of which holds a digit', () => {
    for (const [sentence, dateline] of [
      ['NAIROBI, March 4 (Reuters) - The envoy met X.', 'NAIROBI, March 4 (Reuters) - '],
      ['COLOMBO, May 28, 2025 — X met Y.', 'COLOMBO, May 28, 2025 — '],
      ['Geneva, 12th March, 2025: X met Y.', 'Geneva, 12th March, 2025: '],
      ['Lima, 4 March - X met Y.', 'Lima, 4 March - '],
      ['Quito, June 2/2025 (EFE) -- X met Y.', 'Quito, June 2/2025 (EFE) -- '],
      ['Quito, June 2, 2025, EFE -- X met Y.', 'Quito, June 2, 2025, EFE -- '],
    ]) {
      expect(maskLeadingDateline(sentence)).toBe(' '.repeat(dateline.length) + sentence.slice(dateline.length));
    }
  });

  it('leaves a sentence without a dateline as it is', () => {
    for (const sentence of ['Nairobi, the capital - X met Y.', 'NAIROBI, March - X met Y on 4 March.', 'X met Y in 2025.', 'Quito, June 2, 2025, the day X met Y.']) expect(maskLeadingDateline(sentence)).toBe(sentence);
  });
});

describe('chrono parsers left out by their cues', () => {
  const options = { instant: new Date('2024-03-04T12:00:00Z'), timezone: 0 };
  // Everything the date rules read of a result.
  const read = (results: chrono.ParsedResult[]) =>
    results.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString(), (['year', 'month', 'day', 'weekday', 'hour'] as const).map((c) => r.start.isCertain(c))]);
  // chrono's casual configuration with our year parser, every parser run on every text.
  const everyParser = new chrono.Chrono({ parsers: [...chrono.casual.parsers, new YearAloneParser()], refiners: chrono.casual.refiners });
  const sameAsChrono = (text: string) => expect(read(parserFor(text).parse(text, options, { forwardDate: false }))).toEqual(read(everyParser.parse(text, options, { forwardDate: false })));

  it('were read off the installed chrono-node, and name only parsers it has', () => {
    const installed = JSON.parse(readFileSync(new URL('../../../node_modules/chrono-node/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(installed.version).toBe(dateParserCues.chronoVersion);
    const names = new Set([...chrono.casual.parsers, new YearAloneParser()].map((parser) => parser.constructor.name));
    expect(dateParserCues.cues.flatMap((cue) => cue.parsers).filter((name) => !names.has(name))).toEqual([]);
  });

  it.each([
    'The talks were held on 2024-03-04 in Nairobi.',
    'He arrived on 4/3/2024 and left on 5.3.',
    'The accord signed 2023/11/06 and 2023 Nov 6 still holds.',
    'Talks resumed in 03/2024.',
    'They met at 10:30 and again at 5 pm, then from 9 to 11.',
    'Earnings of 5 a day and 12 EST were reported.',
    'He met the envoy 6th November 2023, on the 5thofjan and firstofmarch.',
    'The meeting on November 6th, Nov. 7 and Sept 8, 2023 ended on Junefirst.',
    'In 2000ADjan and 1999 of May the summit took place; inmarch too.',
    'It may rain in May and mayor Mayfair said so in Mayof.',
    'On Monday, last Tuesday, Wednesdaythis week, onFriday, nextsaturday and the weekend.',
    'Three days ago, a week before, two months earlier, an hour later and 3 days from now.',
    // The number forms, time units and closing words of the ago and later spans, one a text: their cues read them backwards.
    ...['A couple     days after', 'half an hour later', '1.5 hrs before', 'six mos out', 'a few d ago', 'met 2yr henceforth', 'Twelve weeks forward'],
    ...['the quarter earlier', 'a couple of weeks earlier', 'several s later', 'eleven mins from now', 'One year, two months and 3 days ago', 'an  few qtr after', 'seven Years Ago', 'a y ago'],
    'In five days, within a month, for the next two weeks, this year, past month, +2 hours.',
    'Today, tonight, tomorrow, tmrw, overmorrow, yesterday, last night and now.',
    'This morning, in the afternoon, at noon, midday and midnight, late evening.',
    'By the end of the month and the last day of month.',
  ])('%s', sameAsChrono);

  it('give the same results as chrono on sentences of date-like words', () => {
    const word = fc.constantFrom(
      ...'on in of at from the a an last next this past after before ago earlier later out month week year day days hours m d s 5th 1st first twenty March Mar May may Sept. Dec declared Novikov Kimaro Monday Mon Thurs weekend tonight noon 2024 24 12 5 3.50 10:30 pm am EST - / . , :'.split(' '),
    );
    const separator = fc.constantFrom('', ' ', ' ', ', ', '-', '/', '.');
    const sentence = fc.array(fc.tuple(word, separator), { maxLength: 12 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(fc.property(sentence, (text) => {
      sameAsChrono(text);
    }), { seed: 20240304, numRuns: 3000 });
  });
});
