import { countryName } from '../country-names';
import { groupLabel } from '../model/country-groups';
import type { CountrySummary } from '../model/summary';

interface SummaryPanelProps {
  summary: CountrySummary;
  onDrillInto: (groups: string[]) => void;
}

/** The summary's countries as a list: what the canvas shows, readable and reachable by keyboard. */
export function SummaryPanel({ summary, onDrillInto }: SummaryPanelProps) {
  return (
    <>
      <h2 id="panel-title">Country summary</h2>
      <p className="panel-help">
        Each node is a country with its actors, sized by all their events; lines count the meetings between countries and the statements from one about
        another that the filters keep. Choose a country to see its actors, or an actor through the search box.
      </p>
      <ul className="summary-groups" data-testid="summary-groups">
        {summary.groups.map((group) => (
          <li key={group.group}>
            <button type="button" className="link-button" onClick={() => onDrillInto([group.group])}>
              {groupLabel(group.group, countryName)}
            </button>{' '}
            <span className="summary-counts">
              {group.actors} {group.actors === 1 ? 'actor' : 'actors'} · {group.meetings} {group.meetings === 1 ? 'meeting' : 'meetings'} · {group.statements}{' '}
              {group.statements === 1 ? 'statement' : 'statements'}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
