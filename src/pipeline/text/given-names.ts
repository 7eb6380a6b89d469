/** Given names of one gender (model/given-names.json), looked up without holding them in a Set. */
import givenNames from '../model/given-names.json';
import { foldAccents } from './accents';

export type Gender = 'female' | 'male';

const genderByGivenName = new Map<string, Gender | null>();

export function givenNameGender(name: string): Gender | null {
  let gender = genderByGivenName.get(name);
  if (gender === undefined) {
    const lower = name.toLowerCase();
    gender = listedGender(lower) ?? listedGender(foldAccents(lower));
    genderByGivenName.set(name, gender);
  }
  return gender;
}

/**
 * The lists are "|"-joined strings: a Set of 64,000 names costs megabytes a thread. They are sorted
 * (scripts/given-names.ts), so a binary search over the names finds one in a few comparisons where
 * a scan of the whole string took a tenth of a millisecond.
 */
function listedGender(lower: string): Gender | null {
  if (isListed(givenNames.female, lower)) return 'female';
  if (isListed(givenNames.male, lower)) return 'male';
  return null;
}

/** Whether `name` is one of the sorted, "|"-joined and "|"-enclosed `names`. */
function isListed(names: string, name: string): boolean {
  let low = 0;
  let high = names.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = names.lastIndexOf('|', middle) + 1;
    if (start >= high) return false;
    const end = names.indexOf('|', start);
    const listed = names.slice(start, end);
    if (listed === name) return true;
    if (listed < name) low = end;
    else high = start - 1;
  }
  return false;
}
