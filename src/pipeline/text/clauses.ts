/** Helpers shared by the event stages: the actor mentions of a sentence and quote-masked text. */
import { lexicon } from '../model';
import words from '../model/words.json';
import type { Mention, Sentence } from '../types';

/** The sentence with quoted words blanked out (offsets kept), so triggers inside quotes are not read. */
export function maskQuotes(text: string, sentence: Sentence): string {
  let masked = text.slice(sentence.start, sentence.end);
  for (const q of sentence.quotes) {
    const from = Math.max(q.start, sentence.start) - sentence.start;
    const to = Math.min(q.end, sentence.end) - sentence.start;
    masked = masked.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + masked.slice(to);
  }
  return masked;
}

/**
 * 'Kofi "Black Mamba" Mensah', 'X, alias "Tiger",': a nickname of up to three capitalised words in quotation marks,
 * inside a name or after an alias word (words.json nicknameMarkers), names someone: it is no one's words and closes no clause.
 */
export function isNicknameQuote(text: string, quote: { start: number; end: number }): boolean {
  if (!NICKNAME.test(text.slice(quote.start + 1, quote.end - 1))) return false;
  const before = text.slice(Math.max(0, quote.start - 30), quote.start);
  return (/\p{Lu}[\p{L}'’.-]*\s+$/u.test(before) && /^\s+\p{Lu}/u.test(text.slice(quote.end, quote.end + 2))) || nicknameMarkerBefore().test(before);
}

const NICKNAME = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u;
const nicknameMarkerBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.nicknameMarkers)})\s+$`, 'i'));

/** Mentions that can stand for an actor in an event: resolved, not adjectival, not a place, not quoted. */
export function actorMentions(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.entity && !m.modifier && !m.locative && !m.inQuote);
}

export function groupBySentence(mentions: Mention[]): Map<number, Mention[]> {
  const map = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = map.get(m.sentence);
    if (list) list.push(m);
    else map.set(m.sentence, [m]);
  }
  return map;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * "a few days", "two weeks", "hours": a span of time, an optional count (a number or triggers.json vagueSpanOpenings'
 * quantifiers) before one of its units, plus words.json sameDaySpanUnits ("hours") when `withSameDay`, as a pattern
 * source. Stage 06 reads it as an opening adverbial, stage 08 before "after", stage 09 as a vague opening.
 */
export function timeSpanPattern(withSameDay: boolean): string {
  const { quantifiers, units } = lexicon().triggers.vagueSpanOpenings;
  return `(?:(?:\\d+|${phrasePattern(quantifiers)})\\s+)?(?:${phrasePattern(withSameDay ? [...units, ...words.sameDaySpanUnits] : units)})`;
}

/** A time adverbial that may stand between a subject and its verb: "X on Thursday accused Y", "X yesterday met Y". */
export const SUBJECT_TIME_ADVERBIAL = String.raw`(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}\s+[a-z]+|[a-z]+\s+\d{1,2})|yesterday|today|last\s+(?:week|month))(?:\s+(?:morning|afternoon|evening|night))?,?`;

/** Words allowed between two coordinated participants besides roles and adjectival mentions (a possessive's apostrophe left: "Barbados' Foreign Minister"); "(PUK)": a body's acronym in brackets. */
const FILLER = /^(?:[\s,]|and|of|the|'s|’s|'|’|his|her|their|its|right|left|center|centre|heart|proper|\(R\)|\(L\)|\(C\)|\(\p{Lu}[\p{Lu}\p{Ll}&-]{1,9}\)|as well as|both|also|with|visiting|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)*$/iu;

/** What a group of people is called: "leaders", "foreign ministers" (one regex group). */
export const GROUP_NOUNS = String.raw`(leaders|ministers|foreign ministers|presidents|prime ministers|heads of state|heads of government|sides|men|women)`;
/** "the two ministers", "the three leaders": a group named by its number (group 1) and its noun (group 2). */
export const GROUP_NOUN_PHRASE = String.raw`the\s+(two|three|four|five|six)\s+${GROUP_NOUNS}`;

/** The number of members a `GROUP_NOUN_PHRASE` match names. */
export function groupSize(number: string): number {
  return ['two', 'three', 'four', 'five', 'six'].indexOf(number.toLowerCase()) + 2;
}

/** Stand-ins for a group's members ("the two ministers", "they") at offset `at`: only their entities are read. */
export function groupMembers(entities: string[], documentId: string, at: number, sentence = -1): Mention[] {
  return entities.map((entity) => ({ documentId, start: at, end: at, form: '', kind: 'person', entity, country: null, role: null, via: 'group', modifier: false, locative: null, sentence, inQuote: false, knownId: null, affiliation: null }));
}

/** True when only coordination, titles, roles and adjectival words separate two mentions. */
export function coordinated(text: string, first: Mention, second: Mention, skippable: Mention[], roleWords: Set<string>): boolean {
  let between = text.slice(first.end, second.start);
  // "Ferdinand Marcos Jr. and X": the abbreviation's period closes the first name, not its clause.
  if (between.startsWith('.') && lexicon().abbreviations.has(/\p{L}+$/u.exec(text.slice(first.start, first.end))?.[0].toLowerCase() ?? '')) between = ` ${between.slice(1)}`;
  for (const m of skippable) {
    if (m.start >= first.end && m.end <= second.start) between = between.slice(0, m.start - first.end) + ' '.repeat(m.end - m.start) + between.slice(m.end - first.end);
  }
  if (!/\band\b|,|\bwith\b/.test(between) && between.trim() !== '') return false;
  // "H.E." is an honorific with its periods; "Minister," a role with its comma.
  // "and Thai Ambassador to Kenya X": a posting's "to" after its role, and the one capitalised word it names.
  const parts = between.split(/\s+/);
  const posting = (k: number) => parts[k] === 'to' && roleWords.has(parts[k - 1]?.toLowerCase());
  const words = parts.filter((w, k) => w && !roleWords.has(w.toLowerCase().replace(/,/g, '')) && !roleWords.has(w.toLowerCase().replace(/[,.]/g, '')) && !posting(k) && !(posting(k - 1) && /^\p{Lu}\p{L}+$/u.test(w)));
  return FILLER.test(words.join(' ').replace(/\s+/g, ' ').trim());
}

/**
 * One alternation for a word list, any run of spaces between words, that matches what the list's
 * phrases joined longest first would match, and in the same order. Written as a prefix tree
 * ("minister(?:\\s+of\\s+(?:state|defence)|)") because each worker compiles every pattern to
 * native code, and a flat list of long phrases is the largest code it keeps (PERFORMANCE.md, session 29).
 * The order holds because at any point of the tree at most one branch can go on (their next
 * characters differ), and a phrase that goes on is tried before the one that ends there, as longest
 * first does. Branches that differ only by a letter's case are one branch ("[Tt]elephone") when
 * what follows is the same, as `withCapitals` lists are; otherwise (a case-insensitive pattern
 * could try them in another order) the list keeps the flat form.
 */
export function phrasePattern(phrases: string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return phraseTree(sorted) ?? sorted.map((p) => p.split(' ').map(escapeRegExp).join('\\s+')).join('|');
}

interface PhraseNode {
  next: Map<string, PhraseNode>;
  ends: boolean;
}

/** The word list as a prefix tree pattern, or null when no tree keeps the flat form's order. */
function phraseTree(sorted: readonly string[]): string | null {
  if (sorted.some((phrase) => phrase === '' || /[^\S ]/.test(phrase))) return null;
  const root: PhraseNode = { next: new Map(), ends: false };
  for (const phrase of sorted) {
    let node = root;
    for (const unit of Array.from(phrase)) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map(), ends: false }));
      node = child;
    }
    node.ends = true;
  }
  return branches(root)?.join('|') ?? null;
}

/** A node's branches, each a pattern with no alternation outside parentheses ('' when a phrase ends there). */
function branches(node: PhraseNode): string[] | null {
  const byCase = new Map<string, { units: string[]; rest: string }>();
  for (const [unit, child] of node.next) {
    const rest = branches(child);
    if (rest === null) return null;
    const pattern = rest.length === 1 ? rest[0] : `(?:${rest.join('|')})`;
    const folded = unit.toLowerCase();
    const same = byCase.get(folded);
    if (same && same.rest !== pattern) return null;
    if (same) same.units.push(unit);
    else byCase.set(folded, { units: [unit], rest: pattern });
  }
  const out = [...byCase.values()].map(({ units, rest }) => (units.length > 1 ? `[${units.join('')}]` : units[0] === ' ' ? '\\s+' : escapeRegExp(units[0])) + rest);
  return node.ends ? [...out, ''] : out;
}

/** Each phrase as written and with its first letter capitalised, for a pattern that must stay case-sensitive elsewhere. */
export function withCapitals(phrases: string[]): string[] {
  return phrases.flatMap((phrase) => [phrase, phrase[0].toUpperCase() + phrase.slice(1)]);
}

/** A matched phrase in the form its word list uses: lower case, single spaces. */
export function normalizePhrase(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ');
}

/**
 * The matches of a global pattern that matchAll would give, read with exec: matchAll copies the
 * pattern on every call, a measurable cost for the long trigger patterns asked of every sentence.
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    if (match[0] === '') pattern.lastIndex += pattern.unicode && isSurrogatePairAt(text, pattern.lastIndex) ? 2 : 1;
  }
  return matches;
}

function isSurrogatePairAt(text: string, at: number): boolean {
  return (text.codePointAt(at) ?? 0) > 0xffff;
}

/** Computes a value on first use and keeps it: word-list patterns are built once per process. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** "A day earlier,", "The following day,": a day shift (triggers.json dayShifts) opening a sentence, up to its comma, with its shift in days; compiled once. */
export const openingDayShifts = once(() => lexicon().triggers.dayShifts.map((r) => ({ days: r.days, pattern: new RegExp(`^\\s*(?:${r.pattern})(?=\\s*,)`, 'i') })));

/** The statement verbs of the lexicon as one regex alternation (longest first), for the patterns that look for them. */
export const statementVerbAlternation = once(() => phrasePattern(Object.keys(lexicon().triggers.statementVerbs)));
/** Every speech verb as a word, for `allMatches`. */
export const statementVerbPattern = once(() => new RegExp(`\\b(?:${statementVerbAlternation()})\\b`, 'g'));
/**
 * Whether a statement verb starts at `index` of `text` (just after a space). Tested with the one compiled
 * `statementVerbPattern`: every further compiled copy of the verbs' alternation costs memory in each worker.
 */
export function statementVerbAt(text: string, index: number): boolean {
  const pattern = statementVerbPattern();
  pattern.lastIndex = index;
  return pattern.exec(text)?.index === index;
}

/** "…, the Kremlin said.", "…, Angolan officials said.": who reports what the sentence tells, closing it. */
export const trailingAttribution = once(() => new RegExp(`,\\s+[^,;]{1,80}?\\s(?:${statementVerbAlternation()})\\b[^,;]{0,60}$`));

/** Closed by a comma, or running to the end of the sentence ("spoke with Y, who had accused Paris in January."); "with whom" too. */
const RELATIVE_CLAUSE = /,\s+(?:(?:with|to|from|by|for)\s+(?=whom|which))?(?:who|whom|which|whose)\b[^,;]*(?:,|$)/g;

/** A sentence's relative clauses (", who arrived on Thursday,"), as offsets into `sentence`. */
export function relativeClauses(sentence: string): { start: number; end: number }[] {
  return allMatches(sentence, RELATIVE_CLAUSE).map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/** A meeting verb in the past tense (triggers.json pastMeetingVerbs), at the start of the text: a meeting told as background in a "when" clause ("…, when X met Y"); compiled once. */
export const pastMeetingVerb = once(() => new RegExp(`^(?:${phrasePattern(lexicon().triggers.pastMeetingVerbs)})\\b`));

/** "X used the occasion to:", "took the opportunity to:" (words.json occasionTakenVerbs, occasionNouns) closing the lead of a list whose items are X's words, compiled once. */
export const listLead = once(() => new RegExp(String.raw`\s(?:${phrasePattern(words.occasionTakenVerbs)})\s+the\s+(?:${phrasePattern(words.occasionNouns)})\s+to\s*:\s*$`));

/** A government body that sits in another country's capital, ending a phrase ("the Chinese embassy", "Sofia's high commission"; words.json bodiesAbroad). */
export const bodyAbroadAtEnd = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.bodiesAbroad)})$`, 'i'));

/** "University of ", "Institute of the ": an academic institution (words.json academicInstitutionHeads) named after what follows. */
export const institutionOfBefore = once(() => new RegExp(String.raw`\b(?:${phrasePattern(words.academicInstitutionHeads)})\s+of\s+(?:the\s+)?$`, 'u'));
