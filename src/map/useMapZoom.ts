// The map's current zoom as React state, updated when a zoom ends: the zoom the map shows, fractional where the
// map takes fractional zooms (an embed's quarter levels, an export's frame), so that what is placed in pixels
// (labels, names, a ring's chords) is placed at the scale it is drawn at.
import { useState } from 'react';
import { useMapEvent } from 'react-leaflet';

export function useMapZoom(): number {
  const map = useMapEvent('zoomend', function trackZoom() {
    setZoom(map.getZoom());
  });
  const [zoom, setZoom] = useState(() => map.getZoom());
  return zoom;
}
