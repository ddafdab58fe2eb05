// Whether the 1:50m country outlines are loaded, for the panels that measure from a launch area's outline as
// the map draws its reach: the 1:110m one until then.
import { useEffect, useState } from 'react';
import { hasDetailedOutlines, loadDetailedOutlines } from '../data';

/** Whether the 1:50m outlines are loaded (the map asks for them once there is an area; this waits for them). */
export function useDetailedOutlines(wanted = true): boolean {
  const [detailed, setDetailed] = useState(hasDetailedOutlines);
  useEffect(
    function followDetailedOutlines() {
      if (detailed || !wanted) return;
      let current = true;
      loadDetailedOutlines().then(
        () => {
          if (current) setDetailed(true);
        },
        () => {
          // the 1:110m outline stays: coarser, but the whole area
        },
      );
      return () => {
        current = false;
      };
    },
    [detailed, wanted],
  );
  return detailed;
}
