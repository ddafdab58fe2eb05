// Brings a launch point just added (from a search, typed coordinates or a restored removal) into view with its
// rings, when it landed outside the view. A map replaced as a whole fits itself (ViewSync), so only a single
// point added to the same map moves the view; a point clicked on the map is already in view.
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { Site } from '../scenario';
import { FIT_OPTIONS, ringsBounds } from './ringsBounds';
import { toLatLng } from './toLatLng';

interface Props {
  sites: Site[];
  /** The largest range drawn from each point. */
  maxRangeM: number;
  animate: boolean;
}

export function ShowAddedSite({ sites, maxRangeM, animate }: Props) {
  const map = useMap();
  const known = useRef<Set<string> | null>(null);
  useEffect(
    function fitAddedSite() {
      const before = known.current;
      known.current = new Set(sites.map((s) => s.id));
      if (!before) return; // the first sites were fitted by the map itself
      const added = sites.filter((s) => !before.has(s.id));
      const site = added[0];
      if (added.length !== 1 || !site || sites.length !== before.size + 1) return;
      if (map.getBounds().contains(toLatLng(site.lonLat))) return;
      const bounds = ringsBounds([site.lonLat], maxRangeM);
      if (bounds) map.fitBounds(bounds, { ...FIT_OPTIONS, animate });
    },
    // only a change of the points, not of the ranges, moves the view
    [map, sites],
  );
  return null;
}
