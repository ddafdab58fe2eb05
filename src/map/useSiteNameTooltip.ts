// A launch point's name beside its marker: a permanent Leaflet tooltip whose content is a <bdi> made here, its
// text set as text, so the name is on the map in the same task as its marker. react-leaflet's <Tooltip> renders
// its children only after the tooltip has opened (a second render, in a later task), then places it again in an
// effect after that: a new point's name came two tasks after its marker and rings.
import { type Marker, Tooltip } from 'leaflet';
import { type RefObject, useEffect, useRef } from 'react';
import { PANES } from './panes';
import { placeNameUnmeasured } from './placeNameUnmeasured';
import type { NameSide } from './siteNameSides';

/** The name's distance from the point, 10 px, on each side (siteNameBox reckons its box with it). */
const NAME_OFFSET: Record<NameSide, [number, number]> = {
  right: [10, 0],
  left: [-10, 0],
  top: [0, -10],
  bottom: [0, 10],
};

/**
 * Shows `label` beside the marker of `markerRef` on `side` (`.site-label`), placed without reading its size.
 *
 * @example
 * useSiteNameTooltip(ref, site.label, 'right');
 */
export function useSiteNameTooltip(markerRef: RefObject<Marker | null>, label: string, side: NameSide): void {
  const text = useRef<HTMLElement | null>(null);
  const latestLabel = useRef(label);
  latestLabel.current = label;
  useEffect(
    function bindName() {
      const marker = markerRef.current;
      if (!marker) return;
      const bdi = document.createElement('bdi');
      bdi.textContent = latestLabel.current;
      text.current = bdi;
      const tooltip = new Tooltip({
        permanent: true,
        direction: side,
        offset: NAME_OFFSET[side],
        className: 'site-label',
        pane: PANES.markers.name,
        // opaque (Leaflet's 0.9 lets the rings through): an opacity is a paint chunk of its own, which the
        // browser layerises again on every frame of a drag, for each name on the map
        opacity: 1,
      });
      tooltip.setContent(bdi);
      placeNameUnmeasured(tooltip);
      marker.bindTooltip(tooltip);
      return () => {
        marker.unbindTooltip();
        text.current = null;
      };
    },
    [markerRef, side],
  );
  useEffect(
    function renameName() {
      const bdi = text.current;
      if (!bdi || bdi.textContent === label) return;
      bdi.textContent = label;
      // the name's size is CSS's (placeNameUnmeasured): its place does not change with its text
    },
    [label],
  );
}
