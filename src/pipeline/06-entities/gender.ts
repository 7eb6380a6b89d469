/**
 * The gender a document gives a person, for "he" and "she": a title beside a mention ("Ms. Hassan",
 * "Queen Margrethe", "the chairwoman") or a given name of one gender (given-names.json). Evidence
 * that disagrees, or none, leaves it unknown, and an unknown gender never rules a person out.
 */
import words from '../model/words.json';
import { lexicon } from '../model';
import { givenNameGender, type Gender } from '../text/given-names';
import { nameTokens } from '../text/names';
import type { Mention } from '../types';

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
    // A lone token is a surname as often as a given name; "Pham Minh Chinh" opens with a family name.
    const byName = tokens.length >= 2 && !lexicon().familyNamesWrittenFirst.has(tokens[0].toLowerCase()) ? givenNameGender(tokens[0]) : null;
    if (byName) found.add(byName);
  }
  return found.size === 1 ? [...found][0] : null;
}
