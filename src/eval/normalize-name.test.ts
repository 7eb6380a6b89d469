import { describe, expect, it } from 'vitest';
import { normalizeName } from './normalize-name';

describe('normalizeName', () => {
  it.each([
    // accents and case
    ['Ebrāhīm Raʾīsī', 'ebrahim raisi'],
    ['Mevlüt Çavuşoğlu', 'mevlut cavusoglu'],
    ['ＩＲＧＣ', 'irgc'],
    // apostrophes and quotes are removed, not spaced
    ["Mohammad Shiaa' al-Sudani", 'mohammad shiaa al sudani'],
    ['Mohammad Shiaa’ al-Sudani', 'mohammad shiaa al sudani'],
    ['Khamenei’s', 'khameneis'],
    ['“Hamas”', 'hamas'],
    ['«Hezbollah»', 'hezbollah'],
    // hyphens and dashes are spaces
    ['Hossein Amir-Abdollahian', 'hossein amir abdollahian'],
    ['Amir–Abdollahian', 'amir abdollahian'],
    ['Amir—Abdollahian', 'amir abdollahian'],
    ['Amir‑Abdollahian', 'amir abdollahian'],
    // other punctuation is a space
    ['Antony J. Blinken', 'antony j blinken'],
    ['U.S.', 'u s'],
    ['Dalati & Nohra', 'dalati nohra'],
    ['Office/Leader', 'office leader'],
    // leading titles dropped, repeatedly
    ['Ayatollah Ali Khamenei', 'ali khamenei'],
    ['Mr. al-Sudani', 'al sudani'],
    ['Mr Al-Sudani', 'al sudani'],
    ['Mrs. Clinton', 'clinton'],
    ['Ms Rice', 'rice'],
    ['Dr. Rouhani', 'rouhani'],
    ['The Pentagon', 'pentagon'],
    ['Sheikh Tamim bin Hamad Al Thani', 'tamim bin hamad al thani'],
    ['the Ayatollah Ali Khamenei', 'ali khamenei'],
    ['Mr. Dr. Sheikh Foo', 'foo'],
    // titles only at the front, and only as whole words
    ['Ali the Great', 'ali the great'],
    ['Theodore Mrsic', 'theodore mrsic'],
    ['Hossein Sheikholeslam', 'hossein sheikholeslam'],
    // spaces collapsed
    ['  Nawaf \t  Salam  ', 'nawaf salam'],
    ['Mr.  —  Salam', 'salam'],
    // a bare title leaves nothing to compare
    ['Mr.', ''],
    ['The', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeName(input)).toBe(expected);
  });
});
