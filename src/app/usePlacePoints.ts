// Launch points that come from places: adding one found by the search marks its name as the place's;
// moving one named after a place renames it for where it now is.
import { useCallback, useEffect, useRef } from 'react';
import { loadAllPlaces } from '../data';
import type { LonLat } from '../geo';
import { addSite, moveSite, renameMovedSite, type Scenario } from '../scenario';

export function usePlacePoints(scenario: Scenario, act: (change: (s: Scenario) => Scenario) => void) {
  const latest = useRef(scenario);
  useEffect(
    function rememberScenario() {
      latest.current = scenario;
    },
    [scenario],
  );

  const onAddPlace = useCallback(
    (lonLat: LonLat, label?: string) => {
      act((s) => addSite(s, lonLat, label, label ? { labelFrom: 'place' } : {}));
    },
    [act],
  );

  const onMoveSite = useCallback(
    (id: string, lonLat: LonLat, final: boolean) => {
      act((s) => moveSite(s, id, lonLat));
      if (!final || latest.current.sites.find((site) => site.id === id)?.labelFrom !== 'place') return;
      // Every town, so a point dropped by a village takes its name; the chunk is usually loaded by the search
      // that named the point. If it cannot load, the name stays as it was.
      loadAllPlaces().then(
        (places) => act((s) => renameMovedSite(s, id, places)),
        () => undefined,
      );
    },
    [act],
  );

  return { onAddPlace, onMoveSite };
}
