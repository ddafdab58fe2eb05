// The Leaflet map shown in an element, for code that holds only the element (an export framing its own map
// like the one on screen). RangeMap registers its map here.
import type { Map as LeafletMap } from 'leaflet';
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';

const maps = new WeakMap<Element, LeafletMap>();

/** The map in `element`, if a RangeMap drew one there. */
export function mapOfElement(element: Element | null): LeafletMap | undefined {
  return element ? maps.get(element) : undefined;
}

/** Registers the surrounding map under its container element while mounted. */
export function RegisterMap() {
  const map = useMap();
  useEffect(
    function registerMap() {
      const element = map.getContainer();
      maps.set(element, map);
      return () => {
        maps.delete(element);
      };
    },
    [map],
  );
  return null;
}
