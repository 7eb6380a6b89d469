import { useEffect, useRef, useState } from 'react';
import { loadDocumentText, type TextState } from '../load-text';
import type { DatasetIndex } from '../model/dataset-index';
import { formatEventDate } from '../model/interactions';
import { safeHttpUrl } from '../model/safe-url';
import type { SourceRef } from '../model/view-state';

interface SourceViewerProps {
  index: DatasetIndex;
  source: SourceRef;
  onClose: () => void;
}

/** The whole document as text (fetched from its text shard), the evidence span marked and scrolled into view. */
export function SourceViewer({ index, source, onClose }: SourceViewerProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const markRef = useRef<HTMLElement>(null);
  const document = index.documents.get(source.documentId);
  const [loaded, setLoaded] = useState<{ documentId: string; state: TextState } | null>(null);
  const textState: TextState = loaded?.documentId === source.documentId ? loaded.state : { status: 'loading' };

  useEffect(() => {
    if (!document) return;
    let current = true;
    void loadDocumentText(document).then((state) => current && setLoaded({ documentId: document.id, state }));
    return () => {
      current = false;
    };
  }, [document]);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [source, textState.status]);

  if (!document) return null;
  const url = safeHttpUrl(document.url);
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
      {textState.status === 'loading' && (
        <p className="source-text" role="status">
          Loading the text…
        </p>
      )}
      {textState.status === 'error' && (
        <div className="source-text" role="alert">
          <p>
            The text could not be shown from <code>{textState.file}</code>:
          </p>
          <ul>
            {textState.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {textState.status === 'ready' && (
        <div className="source-text" tabIndex={0} aria-label="Document text">
          {highlighted ? (
            <>
              {textState.text.slice(0, source.start)}
              <mark ref={markRef} className="evidence-mark">
                {textState.text.slice(source.start, source.end)}
              </mark>
              {textState.text.slice(source.end)}
            </>
          ) : (
            textState.text
          )}
        </div>
      )}
    </dialog>
  );
}
