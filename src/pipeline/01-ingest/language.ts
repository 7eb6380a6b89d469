/**
 * Step 5 of ingest: a warning for an article that does not read as English. The later stages' titles, verbs and
 * cues are English, so such an article is still processed (its dates and known names may be found) but the user
 * is told why its people, meetings and statements may be missing.
 */
import { franc } from 'franc-min';
import functionWords from './english-function-words.json';

const ENGLISH_FUNCTION_WORDS = new Set(functionWords.words);
/** The opening is enough to tell a language, and keeps the check cheap on long articles. */
const SAMPLE_CHARS = 3000;
/** Fewer words say too little to judge. */
const MIN_WORDS = 30;
/** Prose in a cased script has most words in lower case; a list of names and titles has no function words in any language. */
const MAX_CAPITALISED_SHARE = 0.5;
/** English articles measured 22 % or more; Spanish news 1 %. */
const MIN_ENGLISH_SHARE = 0.1;

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The warning's reason when the text does not read as English, else null. */
export function notEnglishReason(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  if (words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length > MAX_CAPITALISED_SHARE) return null;
  const englishShare = words.filter((word) => ENGLISH_FUNCTION_WORDS.has(word.toLowerCase())).length / words.length;
  if (englishShare >= MIN_ENGLISH_SHARE) return null;
  // Only the rare low-share article pays for a language guess (about 6 ms a document).
  const language = franc(sample);
  if (language === 'eng') return null;
  return `reads as ${languageName(language)}, not English (${Math.round(englishShare * 100)} % of its words are common English ones); extraction rules are English-only, so its people, meetings and statements may be missed`;
}

function languageName(code: string): string {
  if (code === 'und') return 'another language';
  const name = languageNames.of(code);
  return name === undefined || name === code ? `language ${code}` : name;
}
