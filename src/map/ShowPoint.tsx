// Brings a new launch point into view: when it lies outside the map's view, the map fits it and its rings
// (as "Fit rings" does for all of them). A point already in view leaves the view alone.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LonLat } from '../geo';
import type { MapView } from '../scenario';
import { FIT_OPTIONS, ringsBounds } from './ringsBounds';
import { toLatLng } from './toLatLng';

interface Props {
  /** The point to show; a new `n` asks again. */
  request: { lonLat: LonLat; n: number } | null;
  /** The largest range drawn, so the point's rings are fitted too. */
  maxRangeM: number;
  animate: boolean;
  /** Hears the view the map moved to, as it hears the user's own moves. */
  onViewChange: (view: MapView) => void;
}

export function ShowPoint({ request, maxRangeM, animate, onViewChange }: Props) {
  const map = useMap();
  useEffect(
    function fitPointWhenOutOfView() {
      if (!request) return;
      const at = toLatLng(request.lonLat);
      // a point in any world copy of the view is in view
      const inView = [-360, 0, 360].some((shift) => map.getBounds().contains([at[0], at[1] + shift]));
      if (inView) return;
      const bounds = ringsBounds([request.lonLat], maxRangeM);
      if (!bounds) return;
      // The new view is the user's (they asked for the point), so it goes into the scenario and the link;
      // reported here because ViewSync may take this move for one of its own.
      map.once('moveend', function reportShownView() {
        const c = map.getCenter();
        onViewChange({ center: [round(c.lng, 5), round(c.lat, 5)], zoom: round(map.getZoom(), 2) });
      });
      map.fitBounds(bounds, { ...FIT_OPTIONS, animate });
    },
    // only a new request moves the map, not a change of the rings
    [map, request],
  );
  return null;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
