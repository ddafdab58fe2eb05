// Marks: the places a story is about (a target, a base, a city) that are not launch points. Found by name or
// coordinates, or placed with a click on the map; each is renamed here and lists its distance from every launch
// point and which of the shown systems reach it. The map drags them; everything here works by keyboard alone.
import { useDeferredValue, useMemo } from 'react';
import type { Place } from '../data';
import type { LonLat } from '../geo';
import {
  type DistanceUnit,
  describeMarkReach,
  formatLonLat,
  MAX_LABEL_LENGTH,
  type MapView,
  type Mark,
  markReach,
  type Site,
} from '../scenario';
import { CommitTextInput } from './CommitTextInput';
import './marks.css';
import { PlaceSearch } from './PlaceSearch';
import type { SystemEntry } from './systemEntry';

export interface MarksPanelProps {
  marks: readonly Mark[];
  sites: readonly Site[];
  /** The shown systems: the ones a mark can be within reach of. */
  systems: readonly SystemEntry[];
  units: DistanceUnit;
  view: MapView | null;
  places: Place[] | null;
  placesProblem?: string | null;
  /** Whether the next click on the map places a mark. */
  markOnClick: boolean;
  onAdd: (lonLat: LonLat, label?: string) => void;
  onRename: (id: string, label: string) => void;
  onRemove: (id: string) => void;
  onMarkOnClick: (on: boolean) => void;
  onNeedPlaces: () => void;
}

export function MarksPanel(props: MarksPanelProps) {
  const { marks, sites, systems, units, view } = props;
  // a dragged launch point changes the sites every frame: the distances follow in a render that yields to it
  const settledSites = useDeferredValue(sites);
  const reaches = useMemo(
    () => marks.map((mark) => markReach(mark.lonLat, settledSites, systems)),
    [marks, settledSites, systems],
  );
  const near = useMemo(
    () => [...(view ? [view.center] : []), ...sites.map((site) => site.lonLat)],
    [view, sites],
  );
  return (
    <section className="panel-section marks" aria-labelledby="marks-heading">
      <div className="section-head">
        <h2 id="marks-heading">Marks</h2>
        <button
          type="button"
          className={`toggle ${props.markOnClick ? 'on' : ''}`}
          aria-pressed={props.markOnClick}
          onClick={() => props.onMarkOnClick(!props.markOnClick)}
        >
          {props.markOnClick ? 'Click the map… (Esc cancels)' : 'Click the map to mark'}
        </button>
      </div>
      <PlaceSearch
        label="Mark a place"
        placeholder="Moscow, or 55°45′N 37°37′E"
        places={props.places}
        near={near}
        placesProblem={props.placesProblem ?? null}
        onPick={props.onAdd}
        onNeedPlaces={props.onNeedPlaces}
      />
      {marks.length === 0 && (
        <p className="empty">
          No mark yet: a target, a base or a city the story is about, labelled on the map.
        </p>
      )}
      <ul className="mark-list">
        {marks.map((mark, i) => (
          <li key={mark.id} data-mark={mark.id}>
            <div className="mark-row">
              <CommitTextInput
                className="mark-name"
                aria-label={`Name of mark at ${formatLonLat(mark.lonLat)}`}
                dir="auto"
                value={mark.label}
                maxLength={MAX_LABEL_LENGTH}
                onCommit={(label) => props.onRename(mark.id, label)}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove mark ${mark.label}`}
                onClick={() => props.onRemove(mark.id)}
              >
                ×
              </button>
            </div>
            <span className="coords">{formatLonLat(mark.lonLat)}</span>
            <ul className="mark-reach">
              {sites.length === 0 && <li>No launch point to measure from.</li>}
              {(reaches[i] ?? []).map((reach) => (
                <li key={reach.siteId}>
                  <bdi>{describeMarkReach(mark.label, reach, units)}</bdi>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
