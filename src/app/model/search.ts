import type { Actor } from '../../schema';

/**
 * Name search tolerant of transliteration: each word is folded to a key (Haniyeh, Haniya and Hanieh
 * all become "hania"), and a word also matches when its consonant skeleton agrees
 * (Mohammed/Muhammad) or it is one edit away.
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ]/g, '')
    .replace(/(?:eh|ah)$/, 'a')
    .replace(/iy/g, 'i')
    .replace(/ie/g, 'ia')
    .replace(/ou|oo/g, 'u')
    .replace(/ee/g, 'i')
    .replace(/kh/g, 'k')
    .replace(/q/g, 'k')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1');
}

function words(text: string): string[] {
  return text
    .split(/[\s\-_.,;:()"“”]+/)
    .map(foldWord)
    .filter(Boolean);
}

function skeleton(folded: string): string {
  return folded[0] + folded.slice(1).replace(/[aeiouy]/g, '');
}

function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0];
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j];
      previous[j] = Math.min(previous[j] + 1, previous[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length];
}

/** How well one typed word matches one name word: 0 for no match, higher is better. */
function wordScore(typed: string, word: string, isLastTyped: boolean): number {
  if (word === typed) return 4;
  if (isLastTyped && word.startsWith(typed)) return 3;
  if (typed.length >= 4 && skeleton(word) === skeleton(typed)) return 2;
  if (typed.length >= 5 && editDistance(typed, word) <= 1) return 1;
  if (isLastTyped && typed.length >= 4 && editDistance(typed, word.slice(0, typed.length)) <= 1) return 1;
  return 0;
}

function formScore(typedWords: string[], form: string): number {
  const formWords = words(form);
  let total = 0;
  for (let i = 0; i < typedWords.length; i++) {
    const best = Math.max(0, ...formWords.map((word) => wordScore(typedWords[i], word, i === typedWords.length - 1)));
    if (best === 0) return 0;
    total += best;
  }
  return total / typedWords.length + (formWords.length === typedWords.length ? 0.1 : 0);
}

export interface SearchHit {
  actor: Actor;
  /** The name or alias that matched best. */
  matched: string;
  score: number;
}

export function searchActors(actors: readonly Actor[], query: string, limit = 8): SearchHit[] {
  const typedWords = words(query.slice(0, 100));
  if (typedWords.length === 0) return [];
  const typedText = query.trim().toLowerCase();
  const hits: SearchHit[] = [];
  for (const actor of actors) {
    let best: SearchHit | null = null;
    for (const form of [actor.name, ...actor.aliases]) {
      // Among forms that fold alike, the one spelt as typed wins, then the canonical name.
      const score = formScore(typedWords, form) + (form.toLowerCase().includes(typedText) ? 0.08 : 0) + (form === actor.name ? 0.05 : 0);
      if (score > 0.5 && (best === null || score > best.score)) best = { actor, matched: form, score };
    }
    if (best) hits.push(best);
  }
  return hits.sort((a, b) => b.score - a.score || a.actor.name.localeCompare(b.actor.name)).slice(0, limit);
}
