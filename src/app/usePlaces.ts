// The gazetteer, loaded lazily (its own chunk) once something needs it (search), or once the page is idle
// after the rings are painted: parsing it must never delay the first rings. A failed load (offline before the
// app was cached) is kept as a problem to show, and the next request tries again.
import { useCallback, useEffect, useState } from 'react';
import { loadPlaces, type Place } from '../data';
import { useAfterFirstPaint } from '../map';

export function usePlaces(loadWhenIdle: boolean) {
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [wanted, setWanted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const idle = useAfterFirstPaint({ enabled: loadWhenIdle, idle: { timeoutMs: 3000, fallbackMs: 1200 } });
  useEffect(
    function loadWhenPageIsIdle() {
      if (idle) setWanted(true);
    },
    [idle],
  );
  useEffect(
    function loadGazetteer() {
      if (!wanted || places) return;
      let live = true;
      loadPlaces().then(
        (loaded) => {
          if (!live) return;
          setPlaces(loaded);
          setProblem(null);
        },
        (error: unknown) => {
          if (!live) return;
          setWanted(false);
          setProblem(error instanceof Error ? error.message : 'The place names could not be loaded.');
        },
      );
      return () => {
        live = false;
      };
    },
    [wanted, places],
  );
  const request = useCallback(() => setWanted(true), []);
  return { places, problem, request };
}
