// Dismissible notices: what was ignored in a URL or file, that the online basemap is unreachable, or what was
// just removed, with a button to undo it.
export interface Notice {
  id: string;
  message: string;
  /** A button beside the message, e.g. "Undo". */
  action?: { label: string; run: () => void };
}

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: string) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{n.message}</p>
          {n.action && (
            <button type="button" className="notice-action" onClick={n.action.run}>
              {n.action.label}
            </button>
          )}
          <button type="button" aria-label="Dismiss notice" onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
