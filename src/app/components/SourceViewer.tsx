import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../model/dataset-index';
import { formatEventDate } from '../model/interactions';
import { safeHttpUrl } from '../model/safe-url';
import type { SourceRef } from '../model/view-state';

interface SourceViewerProps {
  index: DatasetIndex;
  source: SourceRef;
  onClose: () => void;
}

/** The whole document as text, the evidence span marked and scrolled into view. */
export function SourceViewer({ index, source, onClose }: SourceViewerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const document = index.documents.get(source.documentId);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [source]);

  if (!document) return null;
  const url = safeHttpUrl(document.url);
  const text = document.text;
  const highlighted = source.end > source.start;
  return (
    <dialog ref={dialogRef} className="source-viewer" aria-labelledby="source-title" onClose={onClose}>
      <header className="source-head">
        <div>
          <h2 id="source-title">{document.title ?? document.path}</h2>
          <p className="source-meta">
            {[document.outlet, document.date ? formatEventDate(document.date) : 'publication date unknown', document.path].filter(Boolean).join(' · ')}
            {url && (
              <>
                {' · '}
                <a href={url} target="_blank" rel="noopener noreferrer">
                  original article
                </a>
              </>
            )}
          </p>
        </div>
        <button type="button" className="dialog-close" onClick={() => dialogRef.current?.close()} autoFocus>
          Close
        </button>
      </header>
      <div className="source-text" tabIndex={0} aria-label="Document text">
        {highlighted ? (
          <>
            {text.slice(0, source.start)}
            <mark ref={markRef} className="evidence-mark">
              {text.slice(source.start, source.end)}
            </mark>
            {text.slice(source.end)}
          </>
        ) : (
          text
        )}
      </div>
    </dialog>
  );
}
