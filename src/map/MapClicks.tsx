// Reports clicks (and taps) on the map as [lon, lat], for placing launch points and measuring.
import { useMapEvent } from 'react-leaflet';
import type { LonLat } from '../geo';

export function MapClicks({ onClick }: { onClick: (lonLat: LonLat) => void }) {
  useMapEvent('click', function reportClick(e) {
    onClick([e.latlng.lng, e.latlng.lat]);
  });
  return null;
}
