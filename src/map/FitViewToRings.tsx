// Fits the view to the rings once, when the map first shows them (a MapContainer's own props are fixed
// after mount, so the view is changed from a child through useMap).
import { latLngBounds } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import { type LonLat, mapRing } from '../geo';
import { toLatLng } from './toLatLng';

const MERCATOR_MAX_LAT = 85;

export function FitViewToRings({ centers, maxRangeM }: { centers: LonLat[]; maxRangeM: number }) {
  const map = useMap();
  const done = useRef(false);
  useEffect(
    function fitViewToRings() {
      if (done.current || centers.length === 0) return;
      done.current = true;
      const points = centers.flatMap((c) =>
        maxRangeM > 0 ? mapRing(c, maxRangeM, 64).flatMap((poly) => poly[0] ?? []) : [c],
      );
      const bounds = latLngBounds(
        points.map(([lon, lat]) =>
          toLatLng([lon, Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat))]),
        ),
      );
      map.fitBounds(bounds, { padding: [16, 16], animate: false });
    },
    [map, centers, maxRangeM],
  );
  return null;
}
