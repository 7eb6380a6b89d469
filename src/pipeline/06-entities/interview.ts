/**
 * A question-and-answer interview ("Q: … A: …") whose introduction names one interviewee ("X spoke to
 * <outlet> about …", "In an interview with <outlet>, X …"): the answers are that person's words, so the
 * first person singular in an answer is the interviewee. With no such introduction, or with two people in
 * it, no one is assumed.
 */
import layout from '../model/layout.json';
import words from '../model/words.json';
import { turnLabelAt } from '../02-segment';
import { phrasePattern, withCapitals } from '../text/clauses';
import { nameTokens, plainToken } from '../text/names';
import type { ActorKind } from '../../schema';
import type { DocEntity, Mention, Sentence } from '../types';

const INTERVIEW_CUE = new RegExp(`\\b(?:${phrasePattern(layout.interviewCues)})\\b`, 'i');
/** The pronouns as written and capitalised ("Me too"); "I" only before a lower-case word or an apostrophe ("I spoke", "I've"), never as a numeral ("World War I"). */
const FIRST_PERSON = new RegExp(`\\b(?:${[...new Set(withCapitals(words.firstPersonPronouns.filter((w) => w !== 'I')))].join('|')})\\b|\\bI(?=\\s+\\p{Ll}|['’])`, 'gu');
const OWN_ACCOUNT = new RegExp(`^(?:${words.ownAccountSubjects.join('|')})\\s+\\p{Ll}`, 'u');

/**
 * The entity key of the one person an interview's introduction names in its cue sentences, or null.
 * `documentSentences`: indexes into `sentences` of the document's sentences, in order; `kindOf` gives an entity's kind.
 */
export function intervieweeOf(text: string, sentences: Sentence[], documentSentences: number[], mentionsBySentence: Map<number, Mention[]>, kindOf: (entity: string) => ActorKind | undefined): string | null {
  const turns = documentSentences.map((id) => turnLabelAt(text, sentences[id].start)?.turn);
  if (!turns.includes('question') || !turns.includes('answer')) return null;
  const people = new Set<string>();
  for (const id of documentSentences.slice(0, turns.findIndex((turn) => turn !== undefined))) {
    const sentence = sentences[id];
    if (sentence.blockKind !== 'body' || !INTERVIEW_CUE.test(text.slice(sentence.start, sentence.end))) continue;
    for (const m of mentionsBySentence.get(id) ?? []) if (m.entity && !m.inQuote && kindOf(m.entity) === 'person') people.add(m.entity);
  }
  return people.size === 1 ? [...people][0] : null;
}

/** The answer label ("A:") that opens the line of `sentence`, or null in a question or outside the turns. */
export function answerLabel(text: string, sentence: Sentence): { start: number; end: number } | null {
  const label = turnLabelAt(text, sentence.start);
  return label?.turn === 'answer' ? label : null;
}

/** Whether a line of `text` is a question's label alone ("Question (Jane Roe, Radio X):"), as transcripts of press conferences set their turns. */
export function hasQuestionLabelLines(text: string): boolean {
  return QUESTION_LABEL_LINE.test(text);
}

/**
 * Whether `sentence` is a reporter's question: its line opens with "Q:", or, in a text with question label lines
 * (`labelLines`, from `hasQuestionLabelLines`), the last label line above it is one.
 */
export function inQuestionTurn(text: string, sentence: Sentence, labelLines: boolean): boolean {
  const label = turnLabelAt(text, sentence.start);
  if (label) return label.turn === 'question';
  if (reporterTurn(text, sentence.start) || interviewerTurn(text, sentence.start)) return true;
  if (!labelLines) return false;
  for (let lineEnd = text.lastIndexOf('\n', sentence.start); lineEnd > 0; ) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).trim();
    if (LABEL_LINE.test(line)) return QUESTION_LABEL.test(line);
    lineEnd = lineStart - 1;
  }
  return false;
}

/**
 * "JANE ROE (Radio X): And the minister said … Your reaction?": a briefing's turn labelled with a name and the
 * outlet in parentheses and closed by a question mark is a reporter's question.
 */
function reporterTurn(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = text.indexOf('\n', offset);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).trim();
  return line.endsWith('?') && REPORTER_LABEL.test(line);
}

/**
 * "Caucasus Daily: Baku says …" in an interview by Caucasus Daily: a turn labelled with the outlet, the document's
 * first line alone (its masthead, maybe in capitals: "CAUCASUS DAILY"), is the interviewer's.
 */
function interviewerTurn(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const label = TURN_OWNER.exec(text.slice(lineStart, offset + 1))?.[1];
  return label !== undefined && text.trimStart().slice(0, label.length + 1).toLowerCase() === `${label.toLowerCase()}\n`;
}

/** A line that is only a turn's label: a name or role, perhaps a parenthesis, then a colon. */
const LABEL_LINE = /^[^.!?:\n]{1,100}:$/;
const QUESTION_LABEL = /^(?:Q|Question)\b/;
/** The name or outlet that labels a turn, before the colon that opens its words. */
const TURN_OWNER = /^\s*([^.!?:\n]{2,40}):\s/;
/** A name, then its outlet in parentheses, then a colon and the turn's words. */
const REPORTER_LABEL = /^[^.!?:()\n]{1,60}\([^()\n:]{1,40}\):\s/;
const QUESTION_LABEL_LINE = /^[ \t]*(?:Q|Question)\b[^.!?:\n]{0,80}:[ \t]*$/m;

/**
 * The person whose turn of a transcript `sentence` (at `index` of `sentences`) is in: the turn's label names them
 * ("Prof Murwira: Botswana is family.", "MINISTER TODD: …", or a label line alone, "NATO Secretary General Mark Rutte:",
 * over the paragraphs it opens, in a text with question label lines, `labelLines`). Stage 02 took the label off its
 * line, so it is what stands before the line's first sentence. The label names one of the document's people
 * (`people`) by a whole form of their name at its end, or by its last word as one of their name's words after the
 * first ("Cordero" for Isabel Cordero Andrade). A reporter's label (a parenthesis), an outlet's or an initial's names
 * no one: null; so does a label two people could answer to.
 */
export function labelledTurnSpeaker(text: string, sentences: Sentence[], index: number, labelLines: boolean, people: DocEntity[]): { speaker: string; start: number; end: number } | null {
  const lineStart = text.lastIndexOf('\n', sentences[index].start - 1) + 1;
  let first = index;
  while (first > 0 && sentences[first - 1].documentId === sentences[index].documentId && sentences[first - 1].start >= lineStart) first--;
  const opening = OPENING_LABEL.exec(text.slice(lineStart, sentences[first].start));
  if (opening) return labelledSpan(opening[1], lineStart + opening.index + opening[0].indexOf(opening[1]), people);
  if (!labelLines) return null;
  for (let lineEnd = lineStart - 1; lineEnd > 0; ) {
    const above = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(above, lineEnd).trim();
    if (LABEL_LINE.test(line)) return QUESTION_LABEL.test(line) ? null : labelledSpan(line.slice(0, -1), text.indexOf(line, above), people);
    lineEnd = above - 1;
  }
  return null;
}

/** The person a turn's label at `start` names, with the label's span. */
function labelledSpan(label: string, start: number, people: DocEntity[]): { speaker: string; start: number; end: number } | null {
  const speaker = labelledPerson(label, people);
  return speaker === null ? null : { speaker, start, end: start + label.length };
}

/** The one person of `people` whom a turn's label names, or null. */
function labelledPerson(label: string, people: DocEntity[]): string | null {
  if (label.includes('(')) return null;
  const folded = label.split(/\s+/).map(plainToken);
  const last = folded.at(-1)!;
  let found: string | null = null;
  for (const person of people) {
    const names = person.forms.some((form) => {
      const tokens = nameTokens(form).map(plainToken);
      if (tokens.length > 1 && tokens.length <= folded.length && tokens.every((token, n) => token === folded[folded.length - tokens.length + n])) return true;
      return tokens.length === 1 ? tokens[0] === last && folded.length === 1 : tokens.slice(1).includes(last);
    });
    if (!names) continue;
    if (found !== null && found !== person.key) return null;
    found = person.key;
  }
  return found;
}

/** The label a transcript's turn opens with, as stage 02 left it before the line's first sentence: words, then a colon. */
const OPENING_LABEL = /^\s*(?:\*\*)?([^\s:*()][^:()\n]{0,80}?)(?:\*\*)?:\s*$/;

/** "We have invited X to …": an answer's sentence that opens with the interviewee's own act. */
export function opensWithFirstPerson(sentenceText: string): boolean {
  return OWN_ACCOUNT.test(sentenceText);
}

/** "I", "me" outside quotations in the answers of an interview or a transcript's turns, as mentions of whose words they are (`answererOf` a sentence's index). */
export function firstPersonMentions(text: string, sentences: Sentence[], documentSentences: number[], answererOf: (id: number) => string | null): Mention[] {
  const found: Mention[] = [];
  for (const id of documentSentences) {
    const sentence = sentences[id];
    const answerer = answererOf(id);
    if (answerer === null) continue;
    for (const match of text.slice(sentence.start, sentence.end).matchAll(FIRST_PERSON)) {
      const start = sentence.start + match.index;
      if (!sentence.quotes.some((q) => start >= q.start && start < q.end)) found.push(intervieweeMention(sentence, id, { start, end: start + match[0].length }, answerer, match[0]));
    }
  }
  return found;
}

/** The interviewee as a mention at `span` of sentence `id`: a first-person pronoun, or the answer label that stands for them. */
export function intervieweeMention(sentence: Sentence, id: number, span: { start: number; end: number }, interviewee: string, form = ''): Mention {
  return {
    documentId: sentence.documentId,
    start: span.start,
    end: span.end,
    form,
    kind: 'person',
    entity: interviewee,
    country: null,
    role: null,
    via: 'first-person',
    modifier: false,
    locative: null,
    sentence: id,
    inQuote: false,
    knownId: null,
    affiliation: null,
  };
}
