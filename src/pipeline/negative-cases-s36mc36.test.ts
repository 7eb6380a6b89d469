import { describe, expect, it } from 'vitest';
import { occurredMeetings } from './test-support';

const sorted = (text: string) => occurredMeetings(text).sort();

describe('negative twins (s36 mc36): company of a speech, a wreath, a planned or cancelled meeting, a presence elsewhere, several meetings', () => {
  it.each([
    ['"was present." after a wreath-laying told since the meeting', 'President Aldo Verrani received Foreign Minister Tomas Kelvik of Norway at the palace on Monday. Later Verrani laid a wreath at the war memorial in the old town. Defence Minister Ines Brunhilde was present.', ['Aldo Verrani + Tomas Kelvik']],
    ['"Present there were" after a speech told since the meeting', 'President Aldo Verrani received Foreign Minister Tomas Kelvik of Norway at the palace on Monday. Verrani then delivered a speech at the national university. Present there were Trade Minister Ines Brunhilde and Ambassador Karl Osterlund.', ['Aldo Verrani + Tomas Kelvik']],
    ['"Present at the call were" after a planned meeting', 'President Aldo Verrani will receive Foreign Minister Tomas Kelvik of Norway at the palace on Monday. Present at the call were Trade Minister Ines Brunhilde and Ambassador Karl Osterlund.', []],
    ['"was present." after a cancelled meeting', 'President Aldo Verrani was due to receive Foreign Minister Tomas Kelvik of Norway on Monday, but the meeting was cancelled. Defence Minister Ines Brunhilde was present.', []],
    ['"was present at the opening of the fair": another event', 'President Aldo Verrani received Foreign Minister Tomas Kelvik of Norway at the palace on Monday. Defence Minister Ines Brunhilde was present at the opening of the arms fair.', ['Aldo Verrani + Tomas Kelvik']],
    ['"sat in the front row": no joining', 'President Aldo Verrani received Foreign Minister Tomas Kelvik of Norway at the palace on Monday. Defence Minister Ines Brunhilde sat in the front row.', ['Aldo Verrani + Tomas Kelvik']],
    ['"Present there were X, member of the Political Bureau": the body is no attendee', 'General Secretary Oleg Marin received a delegation led by Minister Ivan Petrov at the office building on Wednesday.\n\nPresent there were Foreign Minister Elena Sokolova, member of the Political Bureau of the Central Committee.', ['Elena Sokolova + Ivan Petrov + Oleg Marin']],
    ['"The Prime Minister of the Republic was accompanied by": no country named', 'President Aldo Verrani of Italy received Prime Minister Tomas Kelvik of Norway at the palace on Monday. The Prime Minister of the Republic was accompanied by Ambassador Karl Osterlund.', ['Aldo Verrani + Tomas Kelvik']],
    ['"The delegation of Austria also included": no one of Austria at the meeting', 'Foreign Minister Aldo Verrani of Italy held talks with his Uzbek counterpart Rustam Aliev in Rome on Monday. The delegation of Austria also included Deputy Minister Dilmurod Nazarov.', ['Aldo Verrani + Rustam Aliev']],
    ['"was accompanied by" after a wreath-laying', 'President Aldo Verrani of Italy received Prime Minister Tomas Kelvik of Norway at the palace on Monday. On Tuesday the Prime Minister of Norway laid a wreath at the monument. The Prime Minister of Norway was accompanied by Ambassador Karl Osterlund.', ['Aldo Verrani + Tomas Kelvik']],
  ])('%s', (_label, text, expected) => expect(sorted(text)).toEqual(expected));
});
