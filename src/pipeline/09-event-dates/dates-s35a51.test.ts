/**
 * Event dates (session 35, a51): a live blog's entry headed by a time with a colon and no dash ("17:12 Video call with
 * …") or by a time written "p. m." with a space ("03:40 p. m. | Bilateral") is on the blog's day. Hand-written, about
 * other countries than the probes'.
 */
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../schema';
import { extractArticle, findActor } from '../test-support';

/** A live blog dated by its page line, its entries under headings that open on a time of day, newest first. */
const liveBlog = (heading: string) =>
  [
    'LIVE: Andean leaders in Quito',
    'Wednesday, 4 Mar 2026',
    '18:40 - Closing',
    'That is all from us for today.',
    heading,
    'After their lunch, Ecuadorian President Ana Solís held a video call with Chilean President Tomás Vidal-Rojas.',
    '12:30 - Arrivals',
    'The delegations arrive at the Carondelet Palace.',
  ].join('\n');

describe("a live blog's entry under a heading that opens on a time is on the blog's day", () => {
  it.each(['17:12 Video call with Santiago', '05:12 p. m. | Video call'])('%s', (heading) => {
    const dataset = extractArticle(liveBlog(heading), null);
    const ids = ['Ana Solís', 'Tomás Vidal-Rojas'].map((name) => findActor(dataset, name)?.id);
    const meeting = dataset.events.find((e): e is Meeting => e.type === 'meeting' && ids.every((id) => id && e.participants.includes(id)));
    expect(meeting?.date).toBe('2026-03-04');
  });
});
