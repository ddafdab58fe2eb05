// The page's header: the map's title and the subtitle, and outside an embed the view, the export actions and the
// panel's toggle.
import type { ReactNode } from 'react';
import type { Scenario } from '../scenario';
import { ViewSelect } from '../views';
import { SUBTITLE } from './pageShell';

type Projection = NonNullable<Scenario['projection']>;

export interface AppHeaderProps {
  title: string | undefined;
  embed: boolean;
  projection: Projection;
  onProjection: (projection: Projection) => void;
  /** The export image, embed and file buttons (ExportActions), as the app holds them. */
  exportActions: ReactNode;
  panelOpen: boolean;
  onTogglePanel: () => void;
}

export function AppHeader({
  title,
  embed,
  projection,
  onProjection,
  exportActions,
  panelOpen,
  onTogglePanel,
}: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="header-title">
        {/* isolated: a right-to-left title cannot reorder the header around it; an empty title stays :empty */}
        <h1>{title && <bdi>{title}</bdi>}</h1>
        <p className="subtitle">{SUBTITLE}</p>
      </div>
      {!embed && (
        <div className="header-actions">
          <ViewSelect value={projection} onChange={onProjection} />
          {exportActions}
          <button
            type="button"
            className="panel-toggle"
            aria-expanded={panelOpen}
            aria-controls="side-panel"
            onClick={onTogglePanel}
          >
            {panelOpen ? 'Hide panel' : 'Show panel'}
          </button>
        </div>
      )}
    </header>
  );
}
