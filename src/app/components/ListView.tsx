import { useMemo } from 'react';
import type { DatasetIndex } from '../model/dataset-index';
import type { VisibleSet } from '../model/filters';
import { compareNewestFirst, formatEventDate } from '../model/interactions';
import { countryName } from '../country-names';
import type { Selection } from '../model/view-state';
import { ActorName } from './ActorName';

interface ListViewProps {
  index: DatasetIndex;
  visible: VisibleSet;
  selection: Selection;
  onSelectActor: (id: string) => void;
}

/** The graph as tables: an alternative to the canvas for keyboards, screen readers and small screens. */
export function ListView({ index, visible, selection, onSelectActor }: ListViewProps) {
  const actors = useMemo(
    () =>
      [...visible.actorIds]
        .map((id) => index.actors.get(id)!)
        .sort((a, b) => (visible.eventCountByActor.get(b.id) ?? 0) - (visible.eventCountByActor.get(a.id) ?? 0) || a.name.localeCompare(b.name)),
    [index, visible],
  );
  const events = useMemo(() => [...visible.events].sort(compareNewestFirst), [visible]);
  const selectedActor = selection?.kind === 'actor' ? selection.id : null;
  return (
    <div className="list-view">
      <section aria-labelledby="actors-table-title">
        <h2 id="actors-table-title" className="section-title">
          Actors ({actors.length})
        </h2>
        <table className="data-table" data-testid="actors-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Kind</th>
              <th scope="col">Country</th>
              <th scope="col">Events</th>
            </tr>
          </thead>
          <tbody>
            {actors.map((actor) => (
              <tr key={actor.id} data-actor-id={actor.id} aria-current={actor.id === selectedActor ? 'true' : undefined}>
                <th scope="row">
                  <ActorName id={actor.id} index={index} onSelect={onSelectActor} />
                </th>
                <td>{actor.kind}</td>
                <td>{actor.country ? countryName(actor.country) : '—'}</td>
                <td>{visible.eventCountByActor.get(actor.id) ?? 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="events-table-title">
        <h2 id="events-table-title" className="section-title">
          Events ({events.length})
        </h2>
        <table className="data-table" data-testid="events-table">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">Who</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => {
              const [from, to] = event.type === 'meeting' ? [event.participants, []] : [[event.speaker], event.targets];
              return (
                <tr key={event.id} data-event-id={event.id} className={event.status !== 'occurred' ? 'event-tentative' : undefined}>
                  <td className="nowrap">{formatEventDate(event.date, event.datePrecision)}</td>
                  <td>
                    {event.type === 'meeting' ? 'meeting' : `statement (${event.kind.toLowerCase()})`}
                    {event.status !== 'occurred' && <span className="event-status">{event.status}</span>}
                  </td>
                  <td>
                    <ActorNames ids={from} index={index} onSelect={onSelectActor} />
                    {to.length > 0 && ' → '}
                    <ActorNames ids={to} index={index} onSelect={onSelectActor} />
                  </td>
                  <td className="quote-cell">{event.evidence[0].quote}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}

function ActorNames({ ids, index, onSelect }: { ids: string[]; index: DatasetIndex; onSelect: (id: string) => void }) {
  return ids.map((id, i) => (
    <span key={id}>
      {i > 0 && ', '}
      <ActorName id={id} index={index} onSelect={onSelect} />
    </span>
  ));
}
