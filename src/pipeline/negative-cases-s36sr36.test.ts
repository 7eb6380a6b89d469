/**
 * Things that must NOT become statement targets (session 36, sr36): what a labelled turn of a transcript tells
 * besides what its speaker says of others. Hand-written, about other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import { allStatementTargets as targetsOf } from './test-support';

/** A name labels a transcript's turns only where it opens two of them. */
const CLOSING = '\n\nNordic Review: Thank you.\n\nTamm-Ruus: Thank you.';
const INTERVIEW = 'Nordic Review\nINTERVIEW\n\nEstonian Foreign Minister Kaarel Tamm-Ruus spoke to the Nordic Review in Tallinn on Friday. Excerpts.\n\nNordic Review: And the week?\n\n';

describe("a labelled turn's account of what people did, and the people it names doing so, are no targets", () => {
  it.each<[answer: string, notTarget: string]>([
    ['Tamm-Ruus: We spoke about the corridor. Secretary Mart Kivi-Sepp understood perfectly.', 'Mart Kivi-Sepp'],
    ['Tamm-Ruus: The minister had a telephone conversation with the Director General of the World Health Organization on Thursday.', 'World Health Organization'],
    ['Tamm-Ruus: President Viktor Lukas-Sorin is busy. If the agenda allows, he could attend the signing in Riga.', 'Viktor Lukas-Sorin'],
  ])('%s', (answer, notTarget) => {
    expect(targetsOf(`${INTERVIEW}${answer}${CLOSING}`, 'Kaarel Tamm-Ruus')).not.toContain(notTarget);
  });
});

describe("a reporter's question labelled with their outlet states nothing", () => {
  it('"Nordic Review: …" is no turn of the interviewee', () => {
    const text = `${INTERVIEW.replace('And the week?', 'Latvia says Estonia is blocking the corridor.')}Tamm-Ruus: That is their position.${CLOSING}`;
    expect(targetsOf(text, 'Kaarel Tamm-Ruus')).not.toContain('Latvia');
  });
});

describe("a labelled turn passing on a third person's words is no statement of its speaker's", () => {
  it.each<[answer: string, notTarget: string]>([
    ['Tamm-Ruus: The minister had a call with the Director General of the World Health Organization, Dr Anton Weiss-Kohler, on Thursday. He told Dr Weiss-Kohler that the Organization must not allow itself to be "used as a tool."', 'Anton Weiss-Kohler'],
  ])('%s', (answer, notTarget) => {
    expect(targetsOf(`${INTERVIEW}${answer}${CLOSING}`, 'Kaarel Tamm-Ruus')).not.toContain(notTarget);
  });
});
