// The rings and ring labels of the launch point being dragged, and nothing else: the one part of the map that
// changes on each pointer move, drawn by MovingSiteRings straight from the move (siteDrag tells it), with no
// render of React, so the work of a move does not grow with the points that stay put (the rings layer does not
// render meanwhile). This component only hands it what React knows: the systems, the zoom, the highlight and
// the others' labels, placed as they were when the drag began.
import type { Renderer } from 'leaflet';
import { memo, useLayoutEffect, useState } from 'react';
import { useMap } from 'react-leaflet';
import type { Site } from '../scenario';
import { type LabelsAround, MovingSiteRings } from './movingSiteRings';
import type { RingSystem } from './RingsLayer';
import type { SiteDrag } from './siteDrag';
import type { LabelLook } from './siteRingLabels';

export type { LabelsAround } from './movingSiteRings';

interface Props {
  drag: SiteDrag;
  /** The point as the scenario has it (its name, its place before the drag). */
  site: Site;
  /** Largest first. */
  systems: RingSystem[];
  labelLooks: ReadonlyMap<string, LabelLook>;
  zoom: number;
  highlightedId: string | null;
  /** Its own SVG renderer: a moved path is re-rasterised off the main thread. */
  renderer: Renderer;
  /** Null while the others' labels are not placed yet: the dragged point's are not drawn either. */
  around: LabelsAround | null;
}

export const DraggedSiteRings = memo(function DraggedSiteRings({
  drag,
  site,
  systems,
  labelLooks,
  zoom,
  highlightedId,
  renderer,
  around,
}: Props) {
  const map = useMap();
  const [moving] = useState(() => {
    const setting = { site, systems, labelLooks, zoom, highlightedId, around };
    return new MovingSiteRings(map, renderer, setting, drag.get()?.lonLat ?? site.lonLat);
  });

  useLayoutEffect(
    function followTheDrag() {
      const follow = () => {
        const now = drag.get();
        if (now?.id === site.id) moving.moveTo(now.lonLat);
      };
      moving.start();
      follow(); // a move since the render
      const stop = drag.subscribe(follow);
      return () => {
        stop();
        moving.remove();
      };
    },
    [drag, site.id, moving],
  );
  useLayoutEffect(
    function drawWithWhatReactKnows() {
      moving.set({ site, systems, labelLooks, zoom, highlightedId, around });
    },
    [moving, site, systems, labelLooks, zoom, highlightedId, around],
  );
  return null;
});
