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
import type { ActorKind } from '../../schema';
import type { Mention, Sentence } from '../types';

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

/** "We have invited X to …": an answer's sentence that opens with the interviewee's own act. */
export function opensWithFirstPerson(sentenceText: string): boolean {
  return OWN_ACCOUNT.test(sentenceText);
}

/** "I", "me" outside quotations in the interview's answers, as mentions of the interviewee. */
export function firstPersonMentions(text: string, sentences: Sentence[], documentSentences: number[], interviewee: string): Mention[] {
  const found: Mention[] = [];
  for (const id of documentSentences) {
    const sentence = sentences[id];
    if (!answerLabel(text, sentence)) continue;
    for (const match of text.slice(sentence.start, sentence.end).matchAll(FIRST_PERSON)) {
      const start = sentence.start + match.index;
      if (!sentence.quotes.some((q) => start >= q.start && start < q.end)) found.push(intervieweeMention(sentence, id, { start, end: start + match[0].length }, interviewee, match[0]));
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
