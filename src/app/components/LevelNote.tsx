import type { VisibleSet } from '../model/filters';
import type { CountrySummary, GraphLevel } from '../model/summary';
import { READABLE_ELEMENTS } from '../model/summary';

interface LevelNoteProps {
  summary: CountrySummary | null;
  level: GraphLevel;
  visible: VisibleSet;
  tooLargeToRead: boolean;
  onLevel: (level: GraphLevel) => void;
}

const formatted = (n: number) => n.toLocaleString('en');

/** Says when the graph is the country summary and why, and switches between it and every actor. */
export function LevelNote({ summary, level, visible, tooLargeToRead, onLevel }: LevelNoteProps) {
  const actors = formatted(visible.actorIds.size);
  if (summary) {
    return (
      <p className="level-note" role="status" data-testid="level-note">
        <span>
          <strong>Country summary</strong> of {actors} actors in {formatted(summary.groups.length)} groups
          {level === 'auto' && <>: too many to read as one graph (over {formatted(READABLE_ELEMENTS)} nodes and lines)</>}. Click a country for its actors.
        </span>
        <button type="button" onClick={() => onLevel('actors')}>
          Show every actor
        </button>
      </p>
    );
  }
  if (level !== 'actors') return null;
  return (
    <p className="level-note" role="status" data-testid="level-note">
      <span>
        Every actor is shown ({actors}){tooLargeToRead && <>, more than can be read at once</>}.
      </span>
      <button type="button" onClick={() => onLevel('countries')}>
        Country summary
      </button>
    </p>
  );
}
