// RangeMap's container when the map was drawn before React mounted (firstMap): the same Leaflet map is
// provided to the layers, as MapContainer provides the one it makes, and its element is moved into the page
// that React rendered, where the first page had it, at the same size, so nothing is laid out or fitted again.
import './adoptedMap.css';
import { createLeafletContext, LeafletContext } from '@react-leaflet/core';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { drawNow, paneCanvas } from './drawNow';
import type { FirstMap } from './firstMap';
import { PANES } from './panes';

export function AdoptedMap({ first, children }: { first: FirstMap; children: ReactNode }) {
  const [context] = useState(() => createLeafletContext(first.map));
  const host = useCallback(
    (node: HTMLDivElement | null) => {
      if (node && first.element.parentNode !== node) node.appendChild(first.element);
    },
    [first],
  );
  useEffect(
    function dropFirstLayers() {
      // the children's effects ran first: their outlines and rings are on the map already
      for (const layer of first.layers) layer.remove();
      first.layers.length = 0;
      // the canvases are drawn again now, not in the next animation frame
      for (const pane of [PANES.basemap.name, PANES.rings.name]) {
        const canvas = paneCanvas(first.map, pane);
        if (canvas) drawNow(canvas);
      }
    },
    [first],
  );
  const removal = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    function removeMapOnUnmount() {
      // StrictMode unmounts and mounts again at once: only a map not mounted again by then is removed
      clearTimeout(removal.current);
      return () => {
        removal.current = setTimeout(() => first.map.remove());
      };
    },
    [first],
  );
  return (
    <div className="adopted-map" ref={host}>
      {createPortal(<LeafletContext value={context}>{children}</LeafletContext>, first.element)}
    </div>
  );
}
