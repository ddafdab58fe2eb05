// Keeps the map view and the scenario's view in step: the user's pans and zooms are reported; a view set
// from outside (URL, host page) is flown to; with no view, the map fits all rings. MapContainer's own
// props are fixed after mount, so this child does it through useMap.
import { latLngBounds } from 'leaflet';
import { useEffect, useRef } from 'react';
import { useMap, useMapEvent } from 'react-leaflet';
import { type LonLat, mapRing } from '../geo';
import type { MapView } from '../scenario';
import { toLatLng } from './toLatLng';

interface Props {
  view: MapView | null;
  /** Launch points and the largest range drawn from them, for fitting. */
  centers: LonLat[];
  maxRangeM: number;
  /** Changes whenever the map should fit the rings again (e.g. a "fit" button). */
  fitRequest: number;
  onViewChange: (view: MapView) => void;
  /** Smooth moves (flyTo) for views set from outside; off for the first view and reduced motion. */
  animate: boolean;
}

const MERCATOR_MAX_LAT = 85;

export function ViewSync({ view, centers, maxRangeM, fitRequest, onViewChange, animate }: Props) {
  const map = useMap();
  const applying = useRef(false);
  const first = useRef(true);

  useMapEvent('moveend', function reportView() {
    // a move the app made (fit, or a view set from outside) is not the user's: it is not reported, so a
    // scenario without a view keeps fitting its rings on any screen
    if (applying.current) {
      applying.current = false;
      return;
    }
    const c = map.getCenter();
    onViewChange({ center: [round(c.lng, 5), round(c.lat, 5)], zoom: round(map.getZoom(), 2) });
  });

  useEffect(
    function applyViewFromScenario() {
      if (!view) return;
      const c = map.getCenter();
      const same =
        Math.abs(c.lat - view.center[1]) < 1e-4 &&
        Math.abs(c.lng - view.center[0]) < 1e-4 &&
        Math.abs(map.getZoom() - view.zoom) < 0.01;
      if (same) return;
      applying.current = true;
      if (animate && !first.current) map.flyTo(toLatLng(view.center), view.zoom, { duration: 0.8 });
      else map.setView(toLatLng(view.center), view.zoom, { animate: false });
      first.current = false;
    },
    [map, view, animate],
  );

  // Refits only on mount and on a new fit request, not when the rings change.
  useEffect(
    function fitViewToRings() {
      if (view && fitRequest === 0) {
        first.current = false;
        return;
      }
      if (centers.length === 0) return;
      const points = centers.flatMap((c) =>
        maxRangeM > 0 ? mapRing(c, maxRangeM, 64).flatMap((poly) => poly[0] ?? []) : [c],
      );
      const bounds = latLngBounds(
        points.map(([lon, lat]) =>
          toLatLng([lon, Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat))]),
        ),
      );
      applying.current = true;
      map.fitBounds(bounds, { padding: [24, 24], animate: animate && !first.current, maxZoom: 9 });
      first.current = false;
    },
    [map, fitRequest],
  );
  return null;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
