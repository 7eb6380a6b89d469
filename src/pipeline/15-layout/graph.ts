/**
 * What the layout reads of a dataset, in a module of its own: the CLI's main thread builds it
 * without loading Cytoscape, which only the layout's thread needs.
 */
import type { Dataset } from '../../schema';

/**
 * All the layout reads of a dataset: its actor ids and, for each actor pair of each event, the
 * indexes of the two actors in `actorIds`. Small and cheap to copy, so the layout can run in
 * another thread while this one validates and writes the dataset.
 */
export interface LayoutGraph {
  actorIds: string[];
  /** Two indexes into `actorIds` per pair, in the events' order. */
  pairs: Int32Array<ArrayBuffer>;
}

export function layoutGraph(dataset: Pick<Dataset, 'actors' | 'events'>): LayoutGraph {
  const actorIds = dataset.actors.map((actor) => actor.id);
  const indexOf = new Map(actorIds.map((id, index) => [id, index]));
  let count = 0;
  for (const event of dataset.events) count += event.type === 'statement' ? event.targets.length : Math.max(0, event.participants.length - 1);
  const pairs = new Int32Array(2 * count);
  let at = 0;
  const add = (first: string, other: string) => {
    pairs[at++] = indexOf.get(first)!;
    pairs[at++] = indexOf.get(other)!;
  };
  for (const event of dataset.events) {
    if (event.type === 'statement') for (const target of event.targets) add(event.speaker, target);
    else for (let i = 1; i < event.participants.length; i++) add(event.participants[0], event.participants[i]);
  }
  return { actorIds, pairs };
}
