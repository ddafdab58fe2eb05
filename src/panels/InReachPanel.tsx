// What lies in reach: for each launch point and system, the places of the gazetteer within range, nearest
// first, with their distances, and a one-line count. Clicking a place shows it on the map and offers to keep it
// as a mark.
import { memo, useEffect, useRef, useState } from 'react';
import type { Place } from '../data';
import { type LonLat, type PlaceInRange, placesWithinRanges } from '../geo';
import type { DistanceUnit, Site } from '../scenario';
import { formatDistance } from '../scenario';
import type { SystemEntry } from './systemEntry';

interface Props {
  sites: Site[];
  systems: SystemEntry[];
  places: Place[] | null;
  units: DistanceUnit;
  onShowPlace: (lonLat: LonLat, name: string) => void;
  /** Keeps a shown place as a mark, under its name. */
  onKeepAsMark?: (lonLat: LonLat, name: string) => void;
  attribution: string;
}

const LISTED = 100;

export function InReachPanel(props: Props) {
  // While a launch point is dragged the list waits until it settles, so dragging stays smooth.
  const sites = useSettled(props.sites, SETTLE_MS);
  const { systems, places, units } = props;
  return (
    <section className="panel-section in-reach" aria-labelledby="reach-heading">
      <h2 id="reach-heading">In reach</h2>
      {!places && <p>Loading places…</p>}
      {places && sites.length === 0 && <p>Add a launch point to see what lies in reach.</p>}
      {places &&
        sites.map((site) => (
          <SiteReach
            key={site.id}
            site={site}
            systems={systems}
            places={places}
            units={units}
            onShowPlace={props.onShowPlace}
            onKeepAsMark={props.onKeepAsMark}
          />
        ))}
      <p className="attribution">{props.attribution}</p>
    </section>
  );
}

const SETTLE_MS = 200;

/** The value, once it has stopped changing for `delayMs` (the first value at once). */
function useSettled<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(
    function settleAfterDelay() {
      const timer = window.setTimeout(() => setSettled(value), delayMs);
      return () => window.clearTimeout(timer);
    },
    [value, delayMs],
  );
  return settled;
}

interface SiteReachProps {
  site: Site;
  systems: SystemEntry[];
  places: Place[];
  units: DistanceUnit;
  onShowPlace: (lonLat: LonLat, name: string) => void;
  onKeepAsMark?: ((lonLat: LonLat, name: string) => void) | undefined;
}

// One launch point's lists, memoised: moving one point recomputes only its own lists.
const SiteReach = memo(function SiteReach({
  site,
  systems,
  places,
  units,
  onShowPlace,
  onKeepAsMark,
}: SiteReachProps) {
  const cache = useRef<{ key: string; lists: PlaceInRange<Place>[][] } | null>(null);
  const key = `${site.lonLat[0]},${site.lonLat[1]}|${systems.map((s) => s.rangeKm).join(',')}`;
  if (cache.current?.key !== key) {
    const lists = placesWithinRanges(
      site.lonLat,
      systems.map((s) => s.rangeKm * 1000),
      places,
    );
    cache.current = { key, lists };
  }
  const lists = cache.current.lists;
  return (
    <div className="reach-site">
      {systems.map((system, i) => (
        <ReachList
          key={system.id}
          system={system}
          siteLabel={site.label}
          found={lists[i] ?? []}
          units={units}
          onShowPlace={onShowPlace}
          onKeepAsMark={onKeepAsMark}
        />
      ))}
    </div>
  );
});

function ReachList(props: {
  system: SystemEntry;
  siteLabel: string;
  found: PlaceInRange<Place>[];
  units: DistanceUnit;
  onShowPlace: (lonLat: LonLat, name: string) => void;
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
        <bdi>{system.name}</bdi> from <bdi>{props.siteLabel}</bdi>: {summaryTail(found, units)}
      </summary>
      {open && (
        <ol className="reach-list">
          {found.slice(0, LISTED).map(({ place, distanceM }) => {
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
                  {place.iso2} · {formatDistance(distanceM / 1000, units)}
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

function summaryTail(found: PlaceInRange<Place>[], units: DistanceUnit): string {
  if (found.length === 0) return 'no city of 100,000 people or more';
  // the launch point's own town is no news: the notable places are the largest ones farther out
  const farther = found.filter((f) => f.distanceM > 10_000);
  const notable = [...(farther.length ? farther : found)]
    .sort(
      (a, b) => Number(b.place.capital) - Number(a.place.capital) || b.place.population - a.place.population,
    )
    .slice(0, 2)
    .map((f) => `${f.place.name} (${formatDistance(f.distanceM / 1000, units)})`);
  return `${found.length.toLocaleString()} ${found.length === 1 ? 'city' : 'cities'}, including ${notable.join(' and ')}`;
}
