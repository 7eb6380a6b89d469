import type { Notice } from '../store';

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: number) => void }) {
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((notice) => (
        <p key={notice.id} className="notice">
          <span>{notice.text}</span>
          <button type="button" className="link-button" onClick={() => onDismiss(notice.id)} aria-label={`Dismiss: ${notice.text}`}>
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
