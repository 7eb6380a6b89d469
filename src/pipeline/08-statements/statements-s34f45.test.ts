import { describe, expect, it } from 'vitest';
import { statementSpeakers } from '../test-support';

describe('"The opposition Congress for Democratic Change said": a body\'s head, "for" and its cause are one body, the speaker', () => {
  it.each([
    ['The opposition Congress for Democratic Renewal (CDR) said in a statement that the government of President Paul Otieno was "more interested in photo opportunities than in paying civil servants".', ['Congress for Democratic Renewal']],
    ['The Movement for Peaceful Change said the government had "betrayed the farmers" of Uganda.', ['Movement for Peaceful Change']],
  ])('%s', (text, expected) => expect(statementSpeakers(text)).toEqual(expected));
});

describe('"X, chairman of the Senate\'s Foreign Affairs, Defence and Security Committee, called on": the committee closes X\'s apposition, X speaks', () => {
  it.each([
    ['Meanwhile, Senator Dr Peter Otieno, chairman of the Senate\'s Foreign Affairs, Defence and National Security Committee, called on the government to "end all ties with Uganda".', ['Peter Otieno']],
    ['Meanwhile, MP Mary Wanjiru, chairwoman of the Council of Representatives\' Foreign Affairs, Defence and Security Committee, called on the government to "recall the ambassador to Uganda".', ['Mary Wanjiru']],
  ])('%s', (text, expected) => expect(statementSpeakers(text)).toEqual(expected));
});

describe('"the coalition Umoja Wetu Kenya, close to the former President, denounced": the run after "the coalition" is its name, a country closing it included', () => {
  it.each([
    ['For its part, the coalition Umoja Wetu Kenya, close to the former President, denounced in a communiqué "a government which prefers the past", and accused President Peter Otieno of "using the IMF as an alibi".', ['Umoja Wetu Kenya']],
  ])('%s', (text, expected) => expect(statementSpeakers(text)).toEqual(expected));
});
