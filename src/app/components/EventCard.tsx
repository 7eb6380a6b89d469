import { useState } from 'react';
import type { DiplographEvent, Evidence } from '../../schema';
import type { DatasetIndex } from '../model/dataset-index';
import { firstReported, formatEventDate } from '../model/interactions';
import type { SourceRef } from '../model/view-state';
import { ActorName } from './ActorName';

interface EventCardProps {
  event: DiplographEvent;
  index: DatasetIndex;
  onOpenSource: (source: SourceRef) => void;
  onSelectActor: (id: string) => void;
}

function eventTitle(event: DiplographEvent): string {
  if (event.type === 'meeting') return event.mode === 'in-person' ? 'Meeting' : `Meeting (${event.mode})`;
  return `Statement · ${event.kind.toLowerCase()}`;
}

/** Events reported by many articles show their first quotes; the rest are a click away. */
const QUOTES_SHOWN = 3;

export function EventCard({ event, index, onOpenSource, onSelectActor }: EventCardProps) {
  const [showAll, setShowAll] = useState(false);
  const first = firstReported(event, index);
  const tentative = event.status !== 'occurred';
  const actorLink = (id: string) => <ActorName key={id} id={id} index={index} onSelect={onSelectActor} />;
  return (
    <article className={`event-card event-${event.type}${tentative ? ' event-tentative' : ''}`} aria-label={`${eventTitle(event)}, ${formatEventDate(event.date, event.datePrecision)}`}>
      <header className="event-head">
        <span className="event-type">{eventTitle(event)}</span>
        {tentative && <span className="event-status">{event.status}</span>}
        <span className="event-date" title={event.dateDerivation.reason}>
          {formatEventDate(event.date, event.datePrecision)}
        </span>
      </header>
      <p className="event-who">
        {event.type === 'meeting' ? (
          <>
            {event.participants.map((id, i) => (
              <span key={id}>
                {i > 0 && (i === event.participants.length - 1 ? ' and ' : ', ')}
                {actorLink(id)}
              </span>
            ))}
            {event.place && <> in {event.place}</>}
          </>
        ) : (
          <>
            {actorLink(event.speaker)}
            {event.targets.length > 0 && (
              <>
                {' → '}
                {event.targets.map((id, i) => (
                  <span key={id}>
                    {i > 0 && ', '}
                    {actorLink(id)}
                  </span>
                ))}
              </>
            )}
          </>
        )}
      </p>
      <ul className="evidence-list">
        {(showAll ? event.evidence : event.evidence.slice(0, QUOTES_SHOWN)).map((evidence) => (
          <EvidenceItem key={`${evidence.documentId}:${evidence.start}`} evidence={evidence} index={index} onOpenSource={onOpenSource} />
        ))}
      </ul>
      {event.evidence.length > QUOTES_SHOWN && (
        <button type="button" className="link-button more-quotes" aria-expanded={showAll} onClick={() => setShowAll((shown) => !shown)}>
          {showAll ? 'Show fewer quotes' : `Show ${event.evidence.length - QUOTES_SHOWN} more quotes`}
        </button>
      )}
      <p className="event-meta">
        {event.sourceCount === 1 ? '1 independent source' : `${event.sourceCount} independent sources`}
        {first && <> · first reported {formatEventDate(first.date)}</>}
      </p>
    </article>
  );
}

function EvidenceItem({ evidence, index, onOpenSource }: { evidence: Evidence; index: DatasetIndex; onOpenSource: (source: SourceRef) => void }) {
  const document = index.documents.get(evidence.documentId);
  const source = [document?.outlet, document?.title ?? evidence.documentId, document?.date ? formatEventDate(document.date) : null].filter(Boolean).join(' · ');
  return (
    <li className="evidence">
      <blockquote className="quote">{evidence.quote}</blockquote>
      <p className="evidence-source">
        <span>
          {source}
          {evidence.fromCaption && <span className="caption-flag"> (photo caption)</span>}
        </span>{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => onOpenSource({ documentId: evidence.documentId, start: evidence.start, end: evidence.end })}
        >
          Open source
        </button>
      </p>
    </li>
  );
}
