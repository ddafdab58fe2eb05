// Launch points: find a place or type coordinates to add one; rename, locate and remove each. The
// map adds them by click and moves them by drag; everything here works by keyboard alone.
import { useMemo } from 'react';
import type { Place } from '../data';
import type { LonLat } from '../geo';
import type { MapView, Site } from '../scenario';
import { formatLonLat, siteName } from '../scenario';
import { CommitTextInput } from './CommitTextInput';
import { PlaceSearch } from './PlaceSearch';

interface Props {
  sites: Site[];
  /** The scenario's view, if set: the search prefers places near it and near the launch points. */
  view: MapView | null;
  places: Place[] | null;
  /** Why the place names are missing (they could not be loaded), if they are. */
  placesProblem?: string | null;
  addOnClick: boolean;
  onAdd: (lonLat: LonLat, label?: string) => void;
  onRename: (id: string, label: string) => void;
  onRemove: (id: string) => void;
  onAddOnClick: (on: boolean) => void;
  onNeedPlaces: () => void;
  /** Hears where the search's Enter would add a point (PlaceSearch). */
  onConsider?: (lonLat: LonLat | null) => void;
}

export function SitesPanel(props: Props) {
  const { sites, view } = props;
  const near = useMemo(
    () => [...(view ? [view.center] : []), ...sites.map((site) => site.lonLat)],
    [view, sites],
  );
  return (
    <section className="panel-section sites" aria-labelledby="sites-heading">
      <div className="section-head">
        <h2 id="sites-heading">Launch points</h2>
        <button
          type="button"
          className={`toggle ${props.addOnClick ? 'on' : ''}`}
          aria-pressed={props.addOnClick}
          onClick={() => props.onAddOnClick(!props.addOnClick)}
        >
          {props.addOnClick ? 'Click the map…' : 'Add by clicking the map'}
        </button>
      </div>
      <PlaceSearch
        places={props.places}
        near={near}
        placesProblem={props.placesProblem ?? null}
        onPick={props.onAdd}
        onNeedPlaces={props.onNeedPlaces}
        onConsider={props.onConsider}
      />
      {sites.length === 0 && (
        <p className="empty">No launch point yet: search a place, type coordinates or click the map.</p>
      )}
      <ul className="site-list">
        {sites.map((site) => (
          <li key={site.id} data-site={site.id}>
            <CommitTextInput
              className="site-name"
              aria-label={`Name of launch point at ${formatLonLat(site.lonLat)}`}
              dir="auto"
              value={site.label}
              maxLength={80}
              onCommit={(label) => props.onRename(site.id, label)}
            />
            <span className="coords">{formatLonLat(site.lonLat)}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove launch point ${siteName(site, sites)}`}
              onClick={() => props.onRemove(site.id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
