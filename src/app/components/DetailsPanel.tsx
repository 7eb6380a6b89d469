import { useEffect, useRef } from 'react';
import type { Actor } from '../../schema';
import type { DatasetIndex } from '../model/dataset-index';
import { eventsForEdge, parseEdgeId, type EdgeKey } from '../model/edges';
import type { VisibleSet } from '../model/filters';
import type { CountrySummary } from '../model/summary';
import { compareNewestFirst, interactionsByCounterpart, involves } from '../model/interactions';
import type { Selection, SourceRef } from '../model/view-state';
import { countryName } from '../country-names';
import { ActorName } from './ActorName';
import { EventCard } from './EventCard';
import { SummaryPanel } from './SummaryPanel';

interface DetailsPanelProps extends DetailsProps {
  selection: Selection;
  /** The country summary on screen, listed when nothing is selected. */
  summary: CountrySummary | null;
  onDrillInto: (groups: string[]) => void;
  onClose: () => void;
}

export function DetailsPanel({ index, visible, selection, summary, onSelectActor, onDrillInto, onOpenSource, onClose }: DetailsPanelProps) {
  const selectionKey = selection ? `${selection.kind}:${selection.id}` : '';
  const panelRef = useRef<HTMLElement>(null);
  useEffect(() => {
    panelRef.current?.scrollTo?.({ top: 0 });
  }, [selectionKey]);

  const actor = selection?.kind === 'actor' ? index.actors.get(selection.id) : undefined;
  const edge = selection?.kind === 'edge' ? parseEdgeId(selection.id) : null;
  return (
    <aside ref={panelRef} className={`panel${selection ? ' panel-open' : ''}`} aria-labelledby="panel-title">
      {selection && (
        <button type="button" className="panel-close" onClick={onClose} aria-label="Close details">
          ×
        </button>
      )}
      {actor ? (
        <ActorDetails actor={actor} index={index} visible={visible} onSelectActor={onSelectActor} onOpenSource={onOpenSource} />
      ) : edge ? (
        <EdgeDetails edge={edge} index={index} visible={visible} onSelectActor={onSelectActor} onOpenSource={onOpenSource} />
      ) : summary ? (
        <SummaryPanel summary={summary} onDrillInto={onDrillInto} />
      ) : (
        <>
          <h2 id="panel-title">Details</h2>
          <p className="panel-help">Select an actor or a line in the graph, in the list, or through the search box to read who met whom and the sentences that say so.</p>
        </>
      )}
    </aside>
  );
}

/** What both kinds of details read and do. */
interface DetailsProps {
  index: DatasetIndex;
  visible: VisibleSet;
  onSelectActor: (id: string) => void;
  onOpenSource: (source: SourceRef) => void;
}

interface EdgeDetailsProps extends DetailsProps {
  edge: EdgeKey;
}

function EdgeDetails({ edge, index, visible, onSelectActor, onOpenSource }: EdgeDetailsProps) {
  const shown = eventsForEdge(visible.events, edge.id).sort(compareNewestFirst);
  const hidden = eventsForEdge(index.dataset.events, edge.id).length - shown.length;
  return (
    <>
      <h2 id="panel-title">
        {index.actors.get(edge.source)?.name ?? edge.source} {edge.type === 'meeting' ? '—' : '→'} {index.actors.get(edge.target)?.name ?? edge.target}
      </h2>
      <p className="panel-sub">{edge.type === 'meeting' ? 'Meetings between the pair' : 'Statements from the first about the second'}</p>
      {hidden > 0 && <p className="hidden-note">{hidden === 1 ? '1 event is' : `${hidden} events are`} hidden by the filters.</p>}
      {shown.map((event) => (
        <EventCard key={event.id} event={event} index={index} onSelectActor={onSelectActor} onOpenSource={onOpenSource} />
      ))}
    </>
  );
}

interface ActorDetailsProps extends DetailsProps {
  actor: Actor;
}

function ActorDetails({ actor, index, visible, onSelectActor, onOpenSource }: ActorDetailsProps) {
  const shown = visible.events.filter((event) => involves(event, actor.id));
  const total = index.dataset.events.filter((event) => involves(event, actor.id));
  const meetings = shown.filter((event) => event.type === 'meeting').length;
  const groups = interactionsByCounterpart(shown, actor.id);
  // One line per role; a claim naming the country wins over one that does not.
  const roles = [...new Map([...actor.roles].sort((a, b) => Number(a.country !== null) - Number(b.country !== null)).map((role) => [role.role.toLowerCase(), role])).values()];
  const merge = index.dataset.merges.find((record) => record.actorId === actor.id);
  const documentTitle = (id: string) => index.documents.get(id)?.title ?? id;
  return (
    <>
      <h2 id="panel-title">
        {actor.name}
      </h2>
      <p className="panel-sub">
        <span className={`kind-badge kind-${actor.kind}`}>{actor.kind}</span>
        {actor.country && <> · {countryName(actor.country)}</>}
      </p>
      {roles.length > 0 && (
        <ul className="roles">
          {roles.map((role) => (
            <li key={role.role.toLowerCase()}>
              {role.role}
              {role.country && role.country !== actor.country && <> ({countryName(role.country)})</>}
              {role.asOf && <> as of {role.asOf}</>}
            </li>
          ))}
        </ul>
      )}
      <p className="counts">
        <strong>{shown.length}</strong> {shown.length === 1 ? 'event' : 'events'} shown ({meetings} {meetings === 1 ? 'meeting' : 'meetings'}, {shown.length - meetings}{' '}
        {shown.length - meetings === 1 ? 'statement' : 'statements'}) with {groups.filter((group) => group.counterpartId).length} counterparts
        {total.length > shown.length && <> · {total.length - shown.length} hidden by the filters</>}
      </p>
      {actor.aliasUses.length > 1 && (
        <details className="aliases">
          <summary>
            Also called {actor.aliases.slice(0, 4).join(', ')}
            {actor.aliases.length > 4 && ` and ${actor.aliases.length - 4} more`}
          </summary>
          <p className="aliases-why">These names are one actor{merge ? ` (${merge.rule})` : ''}. Each form and the documents that use it:</p>
          <ul>
            {actor.aliasUses.map((use) => (
              <li key={use.form}>
                <q>{use.form}</q> in {use.documentIds.map(documentTitle).join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3>Interactions</h3>
      {groups.length === 0 && <p className="hidden-note">No interactions in the current view.</p>}
      {groups.map((group) => (
        <section key={group.counterpartId ?? '(none)'} className="counterpart" aria-label={group.counterpartId ? `With ${index.actors.get(group.counterpartId)?.name ?? group.counterpartId}` : 'Without a counterpart'}>
          <h4>
            {group.counterpartId ? (
              <>
                with <ActorName id={group.counterpartId} index={index} onSelect={onSelectActor} />
              </>
            ) : (
              'Statements without a named target'
            )}{' '}
            <span className="count">({group.events.length})</span>
          </h4>
          {group.events.map((event) => (
            <EventCard key={event.id} event={event} index={index} onSelectActor={onSelectActor} onOpenSource={onOpenSource} />
          ))}
        </section>
      ))}
    </>
  );
}
