// Launch points that come from places: adding one found by the search marks its name as the place's;
// moving one named after a place renames it for where it now is. A move, once dropped, can be undone.
import { useCallback, useEffect, useRef } from 'react';
import { loadAllPlaces } from '../data';
import type { LonLat } from '../geo';
import { addSite, moveSite, renameMovedSite, type Scenario, type Site } from '../scenario';

export function usePlacePoints(
  scenario: Scenario,
  act: (change: (s: Scenario) => Scenario) => void,
  moved?: (before: Site) => void,
) {
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

  // each point as it was when its move began: a drag may commit its moves before the drop
  const moveStarts = useRef(new Map<string, Site>());
  const onMoveSite = useCallback(
    (id: string, lonLat: LonLat, final: boolean) => {
      const now = latest.current.sites.find((site) => site.id === id);
      const start = moveStarts.current.get(id) ?? now;
      if (!final && start) moveStarts.current.set(id, start);
      if (final) moveStarts.current.delete(id);
      act((s) => moveSite(s, id, lonLat));
      if (final && start && (start.lonLat[0] !== lonLat[0] || start.lonLat[1] !== lonLat[1])) moved?.(start);
      if (!final || latest.current.sites.find((site) => site.id === id)?.labelFrom !== 'place') return;
      // Every town, so a point dropped by a village takes its name; the chunk is usually loaded by the search
      // that named the point. If it cannot load, the name stays as it was.
      loadAllPlaces().then(
        (places) => act((s) => renameMovedSite(s, id, places)),
        () => undefined,
      );
    },
    [act, moved],
  );

  return { onAddPlace, onMoveSite };
}
