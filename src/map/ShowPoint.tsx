// Brings a new launch point into view: when it lies outside the map's view, the map fits it and its rings
// (as "Fit rings" does for all of them). A point already in view leaves the view alone.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import type { LonLat } from '../geo';
import { FIT_OPTIONS, ringsBounds } from './ringsBounds';
import { toLatLng } from './toLatLng';

interface Props {
  /** The point to show; a new `n` asks again. */
  request: { lonLat: LonLat; n: number } | null;
  /** The largest range drawn, so the point's rings are fitted too. */
  maxRangeM: number;
  animate: boolean;
}

export function ShowPoint({ request, maxRangeM, animate }: Props) {
  const map = useMap();
  useEffect(
    function fitPointWhenOutOfView() {
      if (!request) return;
      const at = toLatLng(request.lonLat);
      // a point in any world copy of the view is in view
      const inView = [-360, 0, 360].some((shift) => map.getBounds().contains([at[0], at[1] + shift]));
      if (inView) return;
      const bounds = ringsBounds([request.lonLat], maxRangeM);
      if (bounds) map.fitBounds(bounds, { ...FIT_OPTIONS, animate });
    },
    // only a new request moves the map, not a change of the rings
    [map, request],
  );
  return null;
}
