/**
 * Statements (session 36, sr36): a transcript's turn labelled with one of the article's people ("Tamm-Ruus: …",
 * "MINISTER ASANTE-MENSAH: …", or a label line alone over the paragraphs it opens) is that person's words.
 */
import { describe, expect, it } from 'vitest';
import { allStatementTargets as targetsOf } from '../test-support';

/** A name labels a transcript's turns only where it opens two of them. */
const CLOSING = '\n\nNordic Review: Thank you.\n\nTamm-Ruus: Thank you.';
const INTERVIEW = 'Nordic Review\nINTERVIEW\n\nEstonian Foreign Minister Kaarel Tamm-Ruus spoke to the Nordic Review in Tallinn on Friday. Excerpts.\n\nNordic Review: How are relations with your neighbours?\n\n';
const BRIEFING = 'Ghana minister briefs press\n\nMINISTER ASANTE-MENSAH: Good morning.\n\nRADIO GOLD: Minister, is the border closing?\n\n';
const BRIEFING_CLOSE = '\n\nThe Minister of Foreign Affairs, Kofi Asante-Mensah, held the briefing in Accra on Monday.';
const CONFERENCE = 'Joint press conference\n\nSecretary General Anna Lindqvist-Moe and the Prime Minister of Moldova, Ion Rusu-Cebotari, spoke to reporters in Brussels on Tuesday.\n\nSecretary General Anna Lindqvist-Moe:\n\nGood afternoon.\n\nMoldova is a model partner.\n\nQuestion (Per Holm, Radio Nord):\n\nPrime Minister, is Russia a threat?\n\nPrime Minister Ion Rusu-Cebotari:\n\n';

describe("a turn labelled with one of the article's people is that person's words", () => {
  it.each<[text: string, speaker: string, target: string]>([
    [`${INTERVIEW}Tamm-Ruus: Latvia is family, not a neighbour we visit only in a crisis.`, 'Kaarel Tamm-Ruus', 'Latvia'],
    [`${INTERVIEW}Tamm-Ruus: Yes. President Viktor Lukas-Sorin has ignored every appeal from the region.`, 'Kaarel Tamm-Ruus', 'Viktor Lukas-Sorin'],
    [`${BRIEFING}MINISTER ASANTE-MENSAH: Togo has been a good neighbour. Burkina Faso must understand that the corridor is for everyone.${BRIEFING_CLOSE}`, 'Kofi Asante-Mensah', 'Burkina Faso'],
    [`${CONFERENCE}Russia remains the main threat to our security.`, 'Anna Lindqvist-Moe', 'Moldova'],
    [`${CONFERENCE}Russia remains the main threat to our security.`, 'Ion Rusu-Cebotari', 'Russia'],
  ])('%s', (text, speaker, target) => {
    expect(targetsOf(`${text}${text.startsWith(INTERVIEW) ? CLOSING : ''}`, speaker)).toContain(target);
  });
});
