// Dismissible notices: what was ignored in a URL or file, that the online basemap is unreachable, or what was
// just removed, with a button to undo it.
export interface NoticeAction {
  label: string;
  run: () => void;
}

export interface Notice {
  id: string;
  message: string;
  /** A button beside the message, e.g. "Undo", or several for a choice. */
  action?: NoticeAction | readonly NoticeAction[];
}

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss: (id: string) => void }) {
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className="notice">
          <p>{n.message}</p>
          {actionsOf(n).map((a) => (
            <button key={a.label} type="button" className="notice-action" onClick={a.run}>
              {a.label}
            </button>
          ))}
          <button type="button" aria-label="Dismiss notice" onClick={() => onDismiss(n.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

function actionsOf(n: Notice): readonly NoticeAction[] {
  if (!n.action) return [];
  return 'label' in n.action ? [n.action] : n.action;
}
