// Brings a launch point just added (from a search, typed coordinates or a restored removal) into view with its
// rings, when it landed outside the view. A map replaced as a whole fits itself (ViewSync), so only a single
// point added to the same map moves the view; a point clicked on the map is already in view.
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { MapView, Site } from '../scenario';
import { FIT_OPTIONS } from './fitOptions';
import { ringsBounds } from './ringsBounds';
import { toLatLng } from './toLatLng';

interface Props {
  sites: Site[];
  /** The largest range drawn from each point. */
  maxRangeM: number;
  animate: boolean;
  /** Hears the view the map moved to, as it hears the user's own moves. */
  onViewChange: (view: MapView) => void;
}

export function ShowAddedSite({ sites, maxRangeM, animate, onViewChange }: Props) {
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
      const at = toLatLng(site.lonLat);
      // a point in any world copy of the view is in view
      if ([-360, 0, 360].some((shift) => map.getBounds().contains([at[0], at[1] + shift]))) return;
      const bounds = ringsBounds([site.lonLat], maxRangeM);
      if (!bounds) return;
      // the new view is the user's (they asked for the point), so it goes into the scenario and the link;
      // reported here because ViewSync may take this move for one of its own
      map.once('moveend', function reportShownView() {
        const c = map.getCenter();
        onViewChange({ center: [round(c.lng, 5), round(c.lat, 5)], zoom: round(map.getZoom(), 2) });
      });
      map.fitBounds(bounds, { ...FIT_OPTIONS, animate });
    },
    // only a change of the points, not of the ranges, moves the view
    [map, sites],
  );
  return null;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
