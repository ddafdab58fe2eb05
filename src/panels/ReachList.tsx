// One system's list of places in reach from a launch point or a launch area: a one-line count that opens to the
// places, nearest first, with their distance (to the point, or to the area's nearest point).
import { useState } from 'react';
import type { Place } from '../data';
import type { LonLat, PlaceInRange } from '../geo';
import { type DistanceUnit, formatDistance } from '../scenario';
import { notablePlaces } from './notablePlaces';
import type { SystemEntry } from './systemEntry';

const LISTED = 100;

/** A place in reach; `inside`: within the launch area itself. */
export type FoundPlace = PlaceInRange<Place> & { inside?: boolean };

export function ReachList(props: {
  system: SystemEntry;
  /** What the distances are measured from: a launch point's or an area's name. */
  fromLabel: string;
  found: FoundPlace[];
  units: DistanceUnit;
  onShowPlace: (lonLat: LonLat, name: string) => void;
  /** Keeps the place last shown as a mark, under its name. */
  onKeepAsMark?: ((lonLat: LonLat, name: string) => void) | undefined;
}) {
  const { system, found, units, onKeepAsMark } = props;
  // the place last shown on the map, offered as a mark
  const [chosen, setChosen] = useState<string | null>(null);
  // the list itself is built only when opened: hundreds of rows per system would slow every update
  const [open, setOpen] = useState(false);
  return (
    <details className="reach-system" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span className="swatch" style={{ borderColor: system.color }} aria-hidden="true" />
        <bdi>{system.name}</bdi> from <bdi>{props.fromLabel}</bdi>: {summaryTail(found, units)}
      </summary>
      {open && (
        <ol className="reach-list">
          {found.slice(0, LISTED).map(({ place, distanceM, inside }) => {
            const key = `${place.name}-${place.lonLat[0]}-${place.lonLat[1]}`;
            return (
              <li key={key}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    props.onShowPlace(place.lonLat, place.name);
                    setChosen(key);
                  }}
                >
                  {place.name}
                </button>
                <span className="detail">
                  {' '}
                  {place.iso2} · {inside ? 'inside' : formatDistance(distanceM / 1000, units)}
                </span>
                {onKeepAsMark && chosen === key && (
                  <button
                    type="button"
                    className="keep-mark"
                    onClick={() => {
                      onKeepAsMark(place.lonLat, place.name);
                      setChosen(null);
                    }}
                  >
                    Keep as mark
                  </button>
                )}
              </li>
            );
          })}
          {found.length > LISTED && <li className="more">… and {found.length - LISTED} more</li>}
        </ol>
      )}
    </details>
  );
}

/**
 * The places each list's summary names, by list: the lists stay the same arrays while their launch point and
 * range do, so a change of unit only formats their distances again (a heavy map has thousands of lists, each
 * up to the whole gazetteer long).
 */
const NOTABLE = new WeakMap<readonly FoundPlace[], FoundPlace[]>();

function summaryTail(found: FoundPlace[], units: DistanceUnit): string {
  if (found.length === 0) return 'no city of 100,000 people or more';
  let named = NOTABLE.get(found);
  if (!named) {
    named = notablePlaces(found, 2);
    NOTABLE.set(found, named);
  }
  const notable = named.map(
    (f) => `${f.place.name} (${f.inside ? 'inside' : formatDistance(f.distanceM / 1000, units)})`,
  );
  return `${found.length.toLocaleString()} ${found.length === 1 ? 'city' : 'cities'}, including ${notable.join(' and ')}`;
}
