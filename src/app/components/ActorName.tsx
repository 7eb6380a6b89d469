import type { DatasetIndex } from '../model/dataset-index';

/** An actor's name as a button that selects it. */
export function ActorName({ id, index, onSelect }: { id: string; index: DatasetIndex; onSelect: (id: string) => void }) {
  const actor = index.actors.get(id);
  return (
    <button type="button" className="link-button actor-link" onClick={() => onSelect(id)}>
      {actor?.name ?? id}
    </button>
  );
}
