import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../schema';
import { layoutGraph } from './graph';

describe('layoutGraph', () => {
  it('lists each event pair as two actor indexes: speaker with each target, the first participant with each other', () => {
    const actors = ['a', 'b', 'c'].map((id) => ({ id })) as Dataset['actors'];
    const events = [
      { type: 'statement', speaker: 'b', targets: ['a', 'c'] },
      { type: 'meeting', participants: ['c', 'a', 'b'] },
    ] as Dataset['events'];
    const graph = layoutGraph({ actors, events });
    expect(graph.actorIds).toEqual(['a', 'b', 'c']);
    expect([...graph.pairs]).toEqual([1, 0, 1, 2, 2, 0, 2, 1]);
  });
});
