// What lies in reach: for each launch point and launch area and each system, the places of the gazetteer within
// range, nearest first, with their distances, and a one-line count. Clicking a place shows it on the map and
// offers to keep it as a mark.
import { type CSSProperties, memo, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import type { Place } from '../data';
import { type LonLat, type PlaceInRange, placesWithinRanges } from '../geo';
import type { DistanceUnit, LaunchArea, Site } from '../scenario';
import { AreaReach } from './AreaReach';
import { ReachList } from './ReachList';
import type { SystemEntry } from './systemEntry';
import { useGrowingCount } from './useGrowingCount';

interface Props {
  sites: Site[];
  /** Launch areas: their lists measure from the area's nearest point. */
  areas?: readonly LaunchArea[];
  systems: SystemEntry[];
  places: Place[] | null;
  units: DistanceUnit;
  onShowPlace: (lonLat: LonLat, name: string) => void;
  /** Keeps a shown place as a mark, under its name. */
  onKeepAsMark?: (lonLat: LonLat, name: string) => void;
  attribution: string;
}

export function InReachPanel(props: Props) {
  // While a launch point is dragged the list waits until it settles, so dragging stays smooth.
  const sites = useSettled(props.sites, SETTLE_MS);
  const { systems, places } = props;
  // A new unit reaches the lists after the map, in a render that yields to the page: a heavy map has thousands.
  const units = useDeferredValue(props.units);
  const areas = props.areas ?? [];
  const [includeInside, setIncludeInside] = useState(false);
  const insideId = useId();
  return (
    <section className="panel-section in-reach" aria-labelledby="reach-heading">
      <h2 id="reach-heading">In reach</h2>
      {!places && <p>Loading places…</p>}
      {places && sites.length === 0 && areas.length === 0 && (
        <p>Add a launch point to see what lies in reach.</p>
      )}
      {places && sites.length > 0 && (
        <SitesReach
          sites={sites}
          systems={systems}
          places={places}
          units={units}
          onShowPlace={props.onShowPlace}
          onKeepAsMark={props.onKeepAsMark}
        />
      )}
      {places && areas.length > 0 && (
        <>
          <label className="include-inside" htmlFor={insideId}>
            <input
              id={insideId}
              type="checkbox"
              checked={includeInside}
              onChange={(e) => setIncludeInside(e.currentTarget.checked)}
            />{' '}
            Include places inside the {areas.length === 1 ? 'area' : 'areas'}
          </label>
          {areas.map((area) => (
            <AreaReach
              key={JSON.stringify(area)}
              area={area}
              systems={systems}
              places={places}
              units={units}
              includeInside={includeInside}
              onShowPlace={props.onShowPlace}
              onKeepAsMark={props.onKeepAsMark}
            />
          ))}
        </>
      )}
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

/**
 * The lists per launch point in slices of about ROWS_PER_SLICE rows, each rendered in a transition: the
 * heaviest map (50 launch points × 53 systems) has 2,650 lists, which rendered, committed and laid out in one
 * go held the page for seconds. The panel shows the first launch points' lists at once; the rest follow within
 * a few frames.
 */
function SitesReach(props: Omit<SiteReachProps, 'site'> & { sites: Site[] }) {
  const { sites, ...rest } = props;
  const step = Math.max(1, Math.floor(ROWS_PER_SLICE / Math.max(1, rest.systems.length)));
  const mounted = useGrowingCount(sites.length, step);
  return sites.slice(0, mounted).map((site) => <SiteReach key={site.id} site={site} {...rest} />);
}

const ROWS_PER_SLICE = 120;

interface SiteReachProps {
  site: Site;
  systems: SystemEntry[];
  places: Place[];
  units: DistanceUnit;
  onShowPlace: (lonLat: LonLat, name: string) => void;
  onKeepAsMark?: ((lonLat: LonLat, name: string) => void) | undefined;
}

interface NearPlaces {
  at: string;
  places: readonly Place[];
  maxM: number;
  /** Within `maxM`, nearest first. */
  near: PlaceInRange<Place>[];
  /** Each range's list, the same array while the places and the point stay (ReachList is memoised). */
  byRange: Map<number, PlaceInRange<Place>[]>;
}

/** The places within `rangeM`: the beginning of the nearest-first list, as placesWithinRanges gives it. */
function listWithin(kept: NearPlaces, rangeM: number): PlaceInRange<Place>[] {
  let list = kept.byRange.get(rangeM);
  if (!list) {
    list = [];
    for (const found of kept.near) {
      if (found.distanceM > rangeM) break;
      list.push(found);
    }
    kept.byRange.set(rangeM, list);
  }
  return list;
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
  // The places within the largest range, nearest first, are kept: ticking or unticking a system (or one with
  // a shorter range) takes its list as their beginning, with no distance measured again.
  const cache = useRef<NearPlaces | null>(null);
  const at = `${site.lonLat[0]},${site.lonLat[1]}`;
  const maxM = Math.max(0, ...systems.map((s) => s.rangeKm * 1000));
  const kept = cache.current;
  if (!kept || kept.at !== at || kept.places !== places || kept.maxM < maxM) {
    const near = placesWithinRanges(site.lonLat, [maxM], places)[0] ?? [];
    cache.current = { at, places, maxM, near, byRange: new Map() };
  }
  const near = cache.current as NearPlaces;
  const lists = systems.map((system) => listWithin(near, system.rangeKm * 1000));
  return (
    <div className="reach-site" style={{ '--rows': systems.length } as CSSProperties}>
      {systems.map((system, i) => (
        <ReachList
          key={system.id}
          system={system}
          fromLabel={site.label}
          found={lists[i] ?? []}
          units={units}
          onShowPlace={onShowPlace}
          onKeepAsMark={onKeepAsMark}
        />
      ))}
    </div>
  );
});
