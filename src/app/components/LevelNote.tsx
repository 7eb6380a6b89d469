import type { CountrySummary, GraphLevel } from '../model/summary';
import { READABLE_ELEMENTS } from '../model/summary';

interface LevelNoteProps {
  summary: CountrySummary | null;
  level: GraphLevel;
  actorCount: number;
  fullGraphElements: number;
  onLevel: (level: GraphLevel) => void;
}

const formatted = (n: number) => n.toLocaleString('en');

/** Says when the graph is the country summary and why, and switches between it and every actor. */
export function LevelNote({ summary, level, actorCount, fullGraphElements, onLevel }: LevelNoteProps) {
  if (summary) {
    return (
      <p className="level-note" role="status" data-testid="level-note">
        <span>
          <strong>Country summary:</strong> {formatted(actorCount)} actors in {formatted(summary.groups.length)} countries and groups
          {level === 'auto' && <> (the full graph has {formatted(fullGraphElements)} nodes and lines, too many to read at once; over {formatted(READABLE_ELEMENTS)})</>}.
          Click a country to see its actors.
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
      <span>Every actor is shown ({formatted(fullGraphElements)} nodes and lines).</span>
      <button type="button" onClick={() => onLevel('countries')}>
        Country summary
      </button>
    </p>
  );
}
