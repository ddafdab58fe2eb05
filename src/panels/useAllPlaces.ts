// Every town of the gazetteer, for search: loaded the first time it is asked for (when the user first types a
// name), so its chunk of about 770 KB (gzip) is never part of the first load; then indexed in slices between
// frames, so typing stays smooth while 44,692 names are folded.
import { useCallback, useEffect, useState } from 'react';
import { indexPlacesInSteps, loadAllPlaces, type PlaceIndex } from '../data';

export function useAllPlaces() {
  const [index, setIndex] = useState<PlaceIndex | null>(null);
  const [wanted, setWanted] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(
    function loadAndIndexEveryTown() {
      if (!wanted || index) return;
      let live = true;
      let timer: number | undefined;
      loadAllPlaces().then(
        (places) => {
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
          // the major places still answer; a later keystroke tries again
          if (!live) return;
          setFailed(true);
          setWanted(false);
        },
      );
      return () => {
        live = false;
        window.clearTimeout(timer);
      };
    },
    [wanted, index],
  );
  const request = useCallback(() => setWanted(true), []);
  return { index, failed, request };
}
