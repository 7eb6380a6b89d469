/**
 * Statements (session 35, s47): in an interview's answer, "X told me that …" is the interviewee's account, whose
 * words are about what X's country does, not about X.
 */
import { describe, expect, it } from 'vitest';
import { firstStatementTargets, statementSpeakers } from '../test-support';

/** A "Q:"/"A:" interview of a Zambian minister, whose introduction names him alone. */
function interview(answer: string): string {
  return `Haimbe: "The corridor is a road we build together"\n\nZambia's Minister of Foreign Affairs, Mulambo Haimbe, returned from Lilongwe on Sunday.\n\nHaimbe spoke to The Mast about the corridor. Excerpts:\n\nQ: Did Malawi commit to the corridor?\n\nA: ${answer}`;
}

describe('the interviewee passes on what they were told', () => {
  it.each<[answer: string, target: string, teller: string]>([
    ['On Monday I received the Malawian Foreign Minister, Nancy Tembo. She told me that Lilongwe "sees its future on the corridor".', 'Malawi', 'Nancy Tembo'],
  ])('%s', (answer, target, teller) => {
    const text = interview(answer);
    expect(statementSpeakers(text)).toEqual(['Mulambo Haimbe']);
    expect(firstStatementTargets(text, 'Mulambo Haimbe')).toContain(target);
    expect(firstStatementTargets(text, 'Mulambo Haimbe')).not.toContain(teller);
  });
});
