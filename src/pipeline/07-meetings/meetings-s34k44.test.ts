/**
 * Meetings (session 34, k44): a group's members listed after a colon, each with a title apposed and kept apart by semicolons.
 */
import { describe, expect, it } from 'vitest';
import { occurredMeetings } from '../test-support';

describe('"received the members of the X Group: A, title; B, title; and C, title": everyone listed met the subject', () => {
  it.each<[text: string, meetings: string[]]>([
    [
      'Prime Minister Jonas Weller received on Thursday at the Villa Rosenborg the members of the Nordic Elders Group: Dame Anna Lindqvist-Berg, former President of Finland; Pekka Virtanen, former Foreign Minister of Trinidad and Tobago; and Lars Ostberg, former Attorney General of the Bahamas.',
      ['Anna Lindqvist-Berg + Jonas Weller + Lars Ostberg + Pekka Virtanen'],
    ],
    [
      'Prime Minister Jonas Weller received on Thursday Anna Lindqvist-Berg, former President of Finland; Pekka Virtanen, former Foreign Minister of Estonia; and Lars Ostberg, former Attorney General of Norway.',
      ['Anna Lindqvist-Berg + Jonas Weller + Lars Ostberg + Pekka Virtanen'],
    ],
  ])('%s', (text, meetings) => {
    expect(occurredMeetings(text)).toEqual(meetings);
  });
});
