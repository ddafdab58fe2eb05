// What lies in reach of a launch area: for each shown system, the places within range of the area's nearest
// point, nearest first (placesNearSource), the places inside the area left out unless asked for.
import { memo } from 'react';
import type { Place } from '../data';
import type { LonLat } from '../geo';
import { areaName, type DistanceUnit, type LaunchArea, launchAreaSource } from '../scenario';
import { areaPlacesInReach } from './areaPlacesInReach';
import { type FoundPlace, ReachList } from './ReachList';
import type { SystemEntry } from './systemEntry';
import { useDetailedOutlines } from './useDetailedOutlines';

interface Props {
  area: LaunchArea;
  systems: SystemEntry[];
  places: Place[];
  units: DistanceUnit;
  includeInside: boolean;
  onShowPlace: (lonLat: LonLat, name: string) => void;
  onKeepAsMark?: ((lonLat: LonLat, name: string) => void) | undefined;
}

// One area's lists, memoised, and computed once for the same outline, places and ranges (areaPlacesInReach).
export const AreaReach = memo(function AreaReach({
  area,
  systems,
  places,
  units,
  includeInside,
  onShowPlace,
  onKeepAsMark,
}: Props) {
  const name = areaName(area);
  // measured from the outline the map draws the reach from: 1:50m once loaded
  const detailed = useDetailedOutlines();
  const source = launchAreaSource(area, detailed ? '50m' : '110m');
  let lists: FoundPlace[][] | string;
  if (!source) lists = `No outline of ${name} on the basemap: nothing to measure from.`;
  else {
    try {
      lists = areaPlacesInReach(
        source.geometry,
        systems.map((s) => s.rangeKm),
        places,
        includeInside,
      );
    } catch (error) {
      lists = `The places in reach of ${name} could not be found: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
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
          onKeepAsMark={onKeepAsMark}
        />
      ))}
    </div>
  );
});
