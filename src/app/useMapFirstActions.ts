// The reader's changes that the map shows first (useMapFirst): a launch point added from the panel holds the
// whole panel until the map's frame is painted; a system ticked or unticked, or another unit, its lists only;
// a launch point or a mark renamed, the lists but the one it was renamed in.
import { useCallback } from 'react';
import type { LonLat } from '../geo';
import type { Scenario } from '../scenario';
import { type Held, type Hold, useMapFirst } from './useMapFirst';

export interface MapFirstActions {
  held: Held;
  mapFirst: (change: () => void, hold?: Hold) => void;
  /** Adds a launch point, the panel held until the frame with its marker is painted. */
  addPlace: (lonLat: LonLat, label?: string) => void;
  /**
   * Makes a reader's change to the scenario, the panel's lists held until its frame is painted (with 'names',
   * the lists but those of the launch points and marks).
   */
  actMapFirst: (change: (s: Scenario) => Scenario, hold?: 'lists' | 'names') => void;
}

/**
 * @example
 * const { held, addPlace, actMapFirst } = useMapFirstActions(onAddPlace, osm.actByReader);
 */
export function useMapFirstActions(
  onAddPlace: (lonLat: LonLat, label?: string) => void,
  actByReader: (change: (s: Scenario) => Scenario) => void,
): MapFirstActions {
  const { held, mapFirst } = useMapFirst();
  const addPlace = useCallback(
    (lonLat: LonLat, label?: string) => mapFirst(() => onAddPlace(lonLat, label)),
    [mapFirst, onAddPlace],
  );
  const actMapFirst = useCallback(
    (change: (s: Scenario) => Scenario, hold: 'lists' | 'names' = 'lists') =>
      mapFirst(() => actByReader(change), hold),
    [mapFirst, actByReader],
  );
  return { held, mapFirst, addPlace, actMapFirst };
}
