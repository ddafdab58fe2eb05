// Names the map's container for assistive technology. Leaflet makes the container focusable (its keyboard
// pans and zooms) but gives it no role or name, and react-leaflet passes no ARIA props on to it.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

export interface MapNameProps {
  /** What a screen reader says when the map gets the focus. */
  label: string;
}

/**
 * Gives the map's container the role of a named region.
 *
 * @example
 * <MapContainer><MapName label="Map of range rings" /></MapContainer>
 */
export function MapName({ label }: MapNameProps) {
  const map = useMap();
  useEffect(
    function nameTheMap() {
      const container = map.getContainer();
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', label);
    },
    [map, label],
  );
  return null;
}
