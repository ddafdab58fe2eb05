// Launch points that come from places: adding one found by the search shows it (the map fits it and its rings
// when it lies outside the view); moving one named after a place renames it for where it now is.
import { useCallback, useEffect, useRef, useState } from 'react';
import { loadAllPlaces } from '../data';
import type { LonLat } from '../geo';
import { addSite, moveSite, renameMovedSite, type Scenario } from '../scenario';

/** A request to bring a point into view: a new `n` for each request, so the same point can be asked twice. */
export interface ShowPointRequest {
  lonLat: LonLat;
  n: number;
}

export function usePlacePoints(scenario: Scenario, act: (change: (s: Scenario) => Scenario) => void) {
  const [showRequest, setShowRequest] = useState<ShowPointRequest | null>(null);
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
      setShowRequest((previous) => ({ lonLat, n: (previous?.n ?? 0) + 1 }));
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

  return { showRequest, onAddPlace, onMoveSite };
}
