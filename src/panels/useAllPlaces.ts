// Every town of the gazetteer, for search: loaded the first time it is asked for (when the user first types a
// name), so its chunk of about 750 KB (gzip) is never part of the first load.
import { useCallback, useEffect, useState } from 'react';
import { loadAllPlaces, type Place } from '../data';

export function useAllPlaces() {
  const [places, setPlaces] = useState<Place[] | null>(null);
  const [wanted, setWanted] = useState(false);
  const [failed, setFailed] = useState(false);
  useEffect(
    function loadEveryTown() {
      if (!wanted || places) return;
      let live = true;
      loadAllPlaces().then(
        (loaded) => live && setPlaces(loaded),
        () => {
          // the major places still answer; a later keystroke tries again
          if (!live) return;
          setFailed(true);
          setWanted(false);
        },
      );
      return () => {
        live = false;
      };
    },
    [wanted, places],
  );
  const request = useCallback(() => setWanted(true), []);
  return { places, failed, request };
}
