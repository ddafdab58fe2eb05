// Every town of the gazetteer, for search: loaded the first time it is asked for (when the user first types a
// name), so its chunk of about 770 KB (gzip) is never part of the first load; then indexed in slices between
// frames, so typing stays smooth while 44,692 names are folded. A failed load is tried again on the next
// request, or when the connection comes back.
import { useCallback, useEffect, useRef, useState } from 'react';
import { indexPlacesInSteps, loadAllPlaces, type PlaceIndex } from '../data';

export function useAllPlaces() {
  const [index, setIndex] = useState<PlaceIndex | null>(null);
  // each request while nothing is loading starts an attempt; a number, so that every one re-runs the load
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);
  const [failed, setFailed] = useState(false);
  const request = useCallback(() => {
    if (busy.current) return;
    busy.current = true;
    setAttempt((n) => n + 1);
  }, []);
  useEffect(
    function loadAndIndexEveryTown() {
      if (attempt === 0 || index) return;
      let live = true;
      let timer: number | undefined;
      loadAllPlaces().then(
        (places) => {
          setFailed(false);
          const steps = indexPlacesInSteps(places);
          const next = () => {
            if (!live) return;
            const step = steps.next();
            if (step.done) setIndex(step.value);
            else timer = window.setTimeout(next, 0);
          };
          next();
        },
        () => {
          // the major places still answer; a later keystroke, or the connection coming back, tries again
          busy.current = false;
          if (live) setFailed(true);
        },
      );
      return () => {
        live = false;
        window.clearTimeout(timer);
      };
    },
    [attempt, index],
  );
  useEffect(
    function tryAgainWhenBackOnline() {
      if (!failed) return;
      window.addEventListener('online', request);
      return () => window.removeEventListener('online', request);
    },
    [failed, request],
  );
  return { index, failed, request };
}
