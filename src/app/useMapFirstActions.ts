// The reader's changes that the map shows first (useMapFirst): a launch point added from the panel holds the
// whole panel until the map's frame is painted; a system ticked or unticked, or another unit, its lists only.
import { useCallback } from 'react';
import type { LonLat } from '../geo';
import type { Scenario } from '../scenario';
import { type Held, useMapFirst } from './useMapFirst';

export interface MapFirstActions {
  held: Held;
  mapFirst: (change: () => void, hold?: 'panel' | 'lists') => void;
  /** Adds a launch point, the panel held until the frame with its marker is painted. */
  addPlace: (lonLat: LonLat, label?: string) => void;
  /** Makes a reader's change to the scenario, the panel's lists held until its frame is painted. */
  actMapFirst: (change: (s: Scenario) => Scenario) => void;
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
    (change: (s: Scenario) => Scenario) => mapFirst(() => actByReader(change), 'lists'),
    [mapFirst, actByReader],
  );
  return { held, mapFirst, addPlace, actMapFirst };
}
