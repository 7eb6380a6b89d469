/**
 * Step 5 of ingest: a warning for an article that does not read as English. The later stages' titles, verbs and
 * cues are English, so such an article is still processed (its dates and known names may be found) but the user
 * is told why its people, meetings and statements may be missing.
 */
import functionWords from './english-function-words.json';

const ENGLISH_FUNCTION_WORDS = new Set(functionWords.words);
/** The opening is enough to tell a language, and keeps the check cheap on long articles. */
const SAMPLE_CHARS = 3000;
/** Fewer words say too little to judge. */
const MIN_WORDS = 30;
/** Prose in a cased script has most words in lower case; a list of names and titles has no function words in any language. */
const MAX_CAPITALISED_SHARE = 0.5;
/**
 * English articles measured 22 % or more; Spanish news 1 %. The language is not named: a language guesser (franc-min)
 * loaded in every document worker cost about 14 MB of peak memory at 10k documents (docs/PERFORMANCE.md, Session 21).
 */
const MIN_ENGLISH_SHARE = 0.1;

const CAPITALISED = /^\p{Lu}/u;

/**
 * The warning's reason when the text does not read as English, else null. Either share alone clears the text, so
 * the English words are counted first and only until there are enough (most articles), the capitals only after.
 */
export function notEnglishReason(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const words = sample.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return null;
  let english = 0;
  for (const word of words) {
    if (ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()) && ++english / words.length >= MIN_ENGLISH_SHARE) return null;
  }
  if (words.filter((word) => CAPITALISED.test(word)).length / words.length > MAX_CAPITALISED_SHARE) return null;
  return `does not read as English (${Math.round((english / words.length) * 100)} % of its words are common English ones); extraction rules are English-only, so its people, meetings and statements may be missed`;
}
