// Lets the map take the fractional zooms its `zoomSnap` asks for (an embed's quarter levels): Leaflet snaps
// every zoom to a whole level when 3D transforms are off, as they are here. Rendered before ViewSync, whose
// first fit then lands on a quarter level.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { allowFractionalZoom } from './fitFrame';

export function FractionalZoom() {
  const map = useMap();
  useEffect(
    function takeFractionalZooms() {
      allowFractionalZoom(map);
    },
    [map],
  );
  return null;
}
