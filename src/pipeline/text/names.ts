/**
 * Name keys that make spelling and transliteration variants of one name compare equal:
 * Haniya/Haniyeh/Hanieh, Ebrahim/Ibrahim, Mohammed/Mohammad, al-Sudani/Sudani, Amir-Abdollahian/Amir Abdollahian,
 * Bagheri/Baqeri, Frolow/Frolov, Mueller/Müller, Oleh/Oleg (model/given-name-variants.json).
 */
import { lexicon } from '../model';
import { foldAccents } from './accents';

/** Lower case, accents and apostrophes dropped, a leading article particle ("al-", "el-") removed. */
export function plainToken(token: string): string {
  const folded = foldedToken(token);
  const particle = folded.match(/^([a-z]+)-(.+)$/);
  if (particle && lexicon().nameParticles.has(particle[1])) return particle[2];
  return folded;
}

/** Lower case, accents and apostrophes dropped; a particle kept ("al-Sisi" as "al-sisi"). */
function foldedToken(token: string): string {
  return foldAccents(token).toLowerCase().replace(/['’‘`ʼ.]/g, '');
}

/**
 * Consonant skeleton with vowel runs reduced to two classes (a/e/i/y and o/u): transliterations of
 * Arabic and Persian names differ mostly within a class (Mohammed/Mohammad, Ebrahim/Ibrahim) and in
 * a final -eh/-ah, while Zhou/Zhao or Müller/Miller differ across classes and stay apart. Short
 * tokens keep their letters: their skeletons collide too easily.
 */
export function tokenKey(token: string): string {
  let key = tokenKeys.get(token);
  if (key === undefined) {
    key = computeTokenKey(token);
    tokenKeys.set(token, key);
  }
  return key;
}

/** Names recur across a corpus; keys are cached per form (the cache grows with the graph, not the text). */
const tokenKeys = new Map<string, string>();

/**
 * One spelling for letters that transliterations and national spellings write two ways: ق as q, k
 * or gh (Qaddoumi/Kaddoumi, Bagheri/Baqeri), x as ks (Alexei/Aleksei), a final -ow for -ov
 * (Frolow/Frolov), German ue/oe/ae for ü/ö/ä (Mueller/Müller), Mac for Mc, an opening Zh or Dzh
 * for J (Zhaparov/Japarov, Dzhaparov), French tch and German tz for ч and ц (Tkatchenko/Tkachenko,
 * Kuznetzov/Kuznetsov), and -oyev/-uyev for the -oev/-uev of е after a vowel (Mirziyoyev/Mirziyoev, Tuyev/Tuev),
 * which the German oe rule would otherwise read as ö.
 */
function canonicalSpelling(plain: string): string {
  return plain
    .replace(/(?<=[ou])yev(?=a?$)/, 'ev')
    .replace(/^mac(?=[a-z])/, 'mc')
    .replace(/^(?:dzh|zh|dj)|dzh/g, 'j')
    .replace(/([uoa])e(?=[^aeiouy])/g, '$1')
    .replace(/x/g, 'ks')
    .replace(/tch/g, 'ch')
    .replace(/tz/g, 'ts')
    .replace(/gh|q/g, 'k')
    .replace(/(?<=[aeiou])w$/, 'v');
}

function computeTokenKey(token: string): string {
  return skeleton(spelledPlain(token));
}

/**
 * A token in lower case without accents, particle or hyphens, its letters spelled one way, a given name's variants as one (Oleh/Oleg);
 * `withParticle`: a particle it opens with kept ("al-Sisi" as "alsisi").
 */
function spelledPlain(token: string, withParticle = false): string {
  return spelledLetters((withParticle ? foldedToken(token) : plainToken(token)).replace(/-/g, ''));
}

/** `spelledPlain` of a plain token (lower case, no accents, particle or hyphens). */
function spelledLetters(plain: string): string {
  const { givenNameVariants, innerDigraphs, joinedArticle } = lexicon();
  const spelled = canonicalSpelling(givenNameVariants.get(plain) ?? plain)
    .replace(joinedArticle, '')
    .replace(innerDigraphs.pattern, (digraph) => innerDigraphs.letters.get(digraph)!);
  // A c before a, o or u sounds k and before e, i or y s, as national spellings write it (Kovalenco/Kovalenko,
  // Belkacem/Belkassem), a č read as c too (Timčo/Timcho); a short name keeps it (Cao and Kao, Cen and Sen are other names).
  return spelled.length < 5 ? spelled : spelled.replace(/c(?=[aou])/g, 'k').replace(/c(?=[eiy])/g, 's');
}

/**
 * A family name's key with the letters its transliterations write otherwise folded too (Paudel/Poudel, Darwish/Darwich,
 * Tsvetanov/Cvetanov: given-name-variants.json surnameLetters). Looser than `tokenKey`: callers join by it only a surname
 * used alone that one person of the document has, or a name whose given names are the same.
 */
export function surnameVariantKey(token: string): string {
  const { surnameLetters } = lexicon();
  const plain = plainToken(token).replace(/-/g, '');
  return skeleton(spelledLetters(plain.replace(surnameLetters.pattern, (spelling) => surnameLetters.letters.get(spelling)!)));
}

function skeleton(plain: string): string {
  if (plain.length < 5) return plain;
  return plain
    .replace(/(?<=[aeiouy])h$/, '')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiy]+/g, 'A')
    .replace(/[ou]+/g, 'U')
    .replace(/(?:A|U){2,}/g, (run) => (run.includes('A') && run.includes('U') ? run : run[0]));
}

/** The tokens of a person's name that identify them: particles-only tokens and initials dropped. */
export function nameTokens(name: string): string[] {
  const words = name.split(/\s+/);
  const tokens = words.filter((t, n) => t && !/^\p{Lu}\.?$/u.test(t) && (!lexicon().nameParticles.has(plainToken(t)) || (n === 0 && familyNameFirst(words, t))));
  // "King Abdullah" is keyed as "Abdullah": the title is no part of the name.
  return tokens.length > 1 && opensWithRegnalTitle(name) ? tokens.slice(1) : tokens;
}

/** "Le Thi Thu Hang", "Le": a capitalised family name written first that is elsewhere a particle, opening a long name or alone (not "Le Drian"). */
function familyNameFirst(words: string[], word: string): boolean {
  return (words.length === 1 || words.length >= 3) && /^\p{Lu}/u.test(word) && lexicon().familyNamesWrittenFirst.has(plainToken(word));
}

/** "King Abdullah", "Sultan Haitham": a form that opens with a monarch's title (roles.json regnalRoles). */
export function opensWithRegnalTitle(form: string): boolean {
  const space = form.indexOf(' ');
  return space > 0 && /^\p{Lu}/u.test(form) && lexicon().regnalRoles.has(form.slice(0, space).toLowerCase());
}

/**
 * Where an ancestor's name begins among the tokens `nameTokens` keeps: after each "bin", "bint" or
 * "ibn" written in lower case ("Mohammed bin Salman": [1]; "Al Hussein bin Abdullah II": [1]). Those
 * tokens name the father, so they alone ("Salman", not "bin Salman") are never the person's short form.
 */
export function patronymicStarts(name: string): number[] {
  const { nameParticles, patronymicParticles } = lexicon();
  const starts: number[] = [];
  let count = 0;
  for (const t of name.split(/\s+/)) {
    if (!t) continue;
    const plain = plainToken(t);
    // A capitalised "Ibn" or "Bin" inside a name opens a family name ("Mohamed Ibn Chambas", "Osama Bin Laden").
    if (patronymicParticles.has(t)) starts.push(count);
    else if (!/^\p{Lu}\.?$/u.test(t) && !nameParticles.has(plain)) count++;
  }
  const titled = opensWithRegnalTitle(name) ? 1 : 0;
  return starts.map((start) => start - titled).filter((start) => start > 0 && start < count - titled);
}

/**
 * "Majed bin Mohammed Al Ansari" is the "Majed Al Ansari" of a list: the name with one "bin X" (a lower-case particle and
 * the ancestor's name after it) left out, where the family name follows; one form per such pair.
 */
export function withoutOneAncestor(name: string): string[] {
  const tokens = name.split(/\s+/).filter(Boolean);
  const { patronymicParticles } = lexicon();
  return tokens.flatMap((t, n) => (n > 0 && patronymicParticles.has(t) && n + 2 < tokens.length ? [[...tokens.slice(0, n), ...tokens.slice(n + 2)].join(' ')] : []));
}

/** "bin Farhan", "Bin Farhan said": a short form that keeps the particle names the son, not the father. */
export function opensWithPatronymic(form: string): boolean {
  const space = form.indexOf(' ');
  return space > 0 && lexicon().patronymicParticles.has(form.slice(0, space).toLowerCase());
}

/**
 * Key of a whole name: its tokens spelled one way each, joined (hyphenated parts too: Mohammad-Reza
 * = Mohammadreza), then reduced to one skeleton. Callers keep the key per name form.
 */
export function fullNameKey(name: string): string {
  return wholeNameKey(nameTokens(name), false);
}

/**
 * Key of a whole name as `fullNameKey` makes it, its particles kept ("Ahmad Abu Bakar" and "Selim Benyahia" are
 * "Ahmad Abubakar" and "Salim Ben Yahia", which the name key, leaving out "Abu" and "Ben", tells apart); initials left out.
 */
export function joinedNameKey(name: string): string {
  return wholeNameKey(withoutInitials(name.split(/\s+/).filter(Boolean)), true);
}

function wholeNameKey(tokens: string[], withParticles: boolean): string {
  // "Mswati II" and "Mswati III" are two monarchs: the number of the reign stays out of the skeleton, which folds repeated letters.
  const reign = tokens.length > 1 && isReignNumber(tokens[tokens.length - 1]) ? tokens.pop() : '';
  return skeleton(tokens.map((token) => spelledPlain(token, withParticles)).join('')) + (reign ? ` ${reign}` : '');
}

/**
 * A name's letters alone, as spacing and joining leave them ("Abdel Aty" and "Abdelatty", "van der Berg" and
 * "Vanderberg", "Al-Sisi" and "Alsisi"): case, accents, spaces, hyphens and apostrophes folded, a doubled letter
 * written once (transliterations double a letter or not); initials left out, particles kept.
 */
export function nameLetters(words: readonly string[]): string {
  return foldAccents(withoutInitials(words).join(''))
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** A name's words without its initials ("J." or "J"), which one spelling writes and another leaves out. */
function withoutInitials(words: readonly string[]): string[] {
  return words.filter((word) => !/^\p{Lu}\.?$/u.test(word));
}

/**
 * The letters (`nameLetters`) of each run of words that closes a name, the whole name too ("Badr Abdel Aty":
 * "badrabdelaty", "abdelaty", "aty"), and of each that opens it, the whole name not ("badr", "badrabdel"). No run
 * a father's particle opens or follows ("bin Farhan Al Saud", "Farhan Al Saud"): it is an ancestor's name.
 */
export function respacedRuns(name: string): { closing: string[]; opening: string[] } {
  const words = name.split(/\s+/).filter(Boolean);
  const { patronymicParticles } = lexicon();
  const closing = words.flatMap((_, n) => (patronymicParticles.has(words[n]) || patronymicParticles.has(words[n - 1]) ? [] : [nameLetters(words.slice(n))]));
  const opening = words.slice(1).map((_, n) => nameLetters(words.slice(0, n + 1)));
  return { closing, opening };
}

/** The number of a reign after a monarch's name, II to XXXIX ("I" alone reads as an initial). */
export function isReignNumber(token: string): boolean {
  return REIGN_NUMBER.test(token);
}

const REIGN_NUMBER = /^X{0,3}(?:IX|IV|VI{0,3}|I{2,3})$|^X{1,3}I?$/;

export function slugify(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/['’‘`ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'actor';
}
