// What lies in reach of a launch area: for each shown system, the places within range of the area's nearest
// point, nearest first (placesNearSource), the places inside the area left out unless asked for.
import { memo, useEffect, useRef, useState } from 'react';
import { hasDetailedOutlines, loadDetailedOutlines, type Place } from '../data';
import { type LonLat, placesNearSource } from '../geo';
import { areaName, type DistanceUnit, type LaunchArea, launchAreaSource } from '../scenario';
import { type FoundPlace, ReachList } from './ReachList';
import type { SystemEntry } from './systemEntry';

interface Props {
  area: LaunchArea;
  systems: SystemEntry[];
  places: Place[];
  units: DistanceUnit;
  includeInside: boolean;
  onShowPlace: (lonLat: LonLat, name: string) => void;
}

// One area's lists, memoised and cached: a unit change or another area's change recomputes nothing here.
export const AreaReach = memo(function AreaReach({
  area,
  systems,
  places,
  units,
  includeInside,
  onShowPlace,
}: Props) {
  const name = areaName(area);
  // measured from the outline the map draws the reach from: 1:50m once loaded
  const detailed = useDetailedOutlines();
  const source = launchAreaSource(area, detailed ? '50m' : '110m');
  const cache = useRef<{ key: unknown[]; lists: FoundPlace[][] | string } | null>(null);
  const key = [source?.geometry, places, includeInside, ...systems.map((s) => s.rangeKm)];
  if (!cache.current || !sameItems(cache.current.key, key)) {
    let lists: FoundPlace[][] | string;
    if (!source) lists = `No outline of ${name} on the basemap: nothing to measure from.`;
    else {
      try {
        lists = placesNearSource(
          source.geometry,
          systems.map((s) => s.rangeKm * 1000),
          places,
          { includeInside },
        );
      } catch (error) {
        lists = `The places in reach of ${name} could not be found: ${error instanceof Error ? error.message : String(error)}`;
      }
    }
    cache.current = { key, lists };
  }
  const lists = cache.current.lists;
  if (typeof lists === 'string') return <p className="reach-area-problem">{lists}</p>;
  return (
    <div className="reach-site reach-area">
      {systems.map((system, i) => (
        <ReachList
          key={system.id}
          system={system}
          fromLabel={name}
          found={lists[i] ?? []}
          units={units}
          onShowPlace={onShowPlace}
        />
      ))}
    </div>
  );
});

/** Whether the 1:50m outlines are loaded (the map asks for them once there is an area; this waits for them). */
function useDetailedOutlines(): boolean {
  const [detailed, setDetailed] = useState(hasDetailedOutlines);
  useEffect(
    function followDetailedOutlines() {
      if (detailed) return;
      let current = true;
      loadDetailedOutlines().then(
        () => {
          if (current) setDetailed(true);
        },
        () => {
          // the 1:110m outline stays: coarser, but the whole area
        },
      );
      return () => {
        current = false;
      };
    },
    [detailed],
  );
  return detailed;
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
