/**
 * The gender a document gives a person, for "he" and "she": a title beside a mention ("Ms. Hassan",
 * "Queen Margrethe", "the chairwoman") or a given name of one gender (given-names.json). Evidence
 * that disagrees, or none, leaves it unknown, and an unknown gender never rules a person out.
 */
import givenNames from '../model/given-names.json';
import words from '../model/words.json';
import { foldAccents } from '../text/accents';
import { nameTokens } from '../text/names';
import type { Mention } from '../types';

export type Gender = 'female' | 'male';

const TITLES = new Map<string, Gender>([...words.feminineTitles.map((t) => [t, 'female'] as const), ...words.masculineTitles.map((t) => [t, 'male'] as const)]);

/** The word just before a mention, a period dropped: honorifics are kept out of mention spans. */
const WORD_BEFORE = /([\p{L}]+)\.?\s+$/u;

/** The gender a pronoun ("he", "she") names, or null for any other word. */
export function pronounGender(form: string): Gender | null {
  const lower = form.toLowerCase();
  return lower === 'she' ? 'female' : lower === 'he' ? 'male' : null;
}

/** What the person's mentions and full names say of their gender: one answer, or null. */
export function genderOf(text: string, mentions: readonly Mention[], forms: readonly string[]): Gender | null {
  const found = new Set<Gender>();
  for (const m of mentions) {
    const byRole = m.role ? TITLES.get(m.role) : undefined;
    if (byRole) found.add(byRole);
    const before = text.slice(Math.max(0, m.start - 16), m.start).match(WORD_BEFORE)?.[1];
    const byTitle = before ? TITLES.get(before.toLowerCase()) : undefined;
    if (byTitle) found.add(byTitle);
  }
  for (const form of forms) {
    const tokens = nameTokens(form);
    // A lone token is a surname as often as a given name.
    const byName = tokens.length >= 2 ? givenNameGender(tokens[0]) : null;
    if (byName) found.add(byName);
  }
  return found.size === 1 ? [...found][0] : null;
}

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
