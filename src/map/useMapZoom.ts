// The map's current zoom as React state, updated when a zoom ends.
import { useState } from 'react';
import { useMapEvent } from 'react-leaflet';

export function useMapZoom(): number {
  const map = useMapEvent('zoomend', function trackZoom() {
    setZoom(Math.round(map.getZoom()));
  });
  const [zoom, setZoom] = useState(() => Math.round(map.getZoom()));
  return zoom;
}
