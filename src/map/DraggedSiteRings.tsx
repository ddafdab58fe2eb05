// The rings and ring labels of the launch point being dragged, and nothing else: the one part of the map that
// renders on each pointer move. It follows the drag (siteDrag), makes that point's rings where it is now, draws
// them with their own renderer and places its labels among the others' as they were when the drag began, so
// the work of a move does not grow with the points that stay put (the rings layer does not render meanwhile).
// While moving, the rings are made with chords within a pixel of the true ring (half a pixel at rest) and only
// their world copies near the view: the drop draws them exact, at full detail, with the others.
import type { Map as LeafletMap, Renderer } from 'leaflet';
import { memo, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useMap } from 'react-leaflet';
import type { Site } from '../scenario';
import type { LabelPlaces } from './labelPlaces';
import { markRingsDrawn } from './markRingsDrawn';
import type { SiteLabels } from './placeRingLabels';
import { RingLabelMarkers } from './RingLabels';
import type { RingSystem } from './RingsLayer';
import type { RingDetail } from './ringGeometry';
import { ringsAllDrawn } from './ringsSettled';
import type { SiteDrag } from './siteDrag';
import { type LabelLook, siteLabelsOf, siteRingLabels } from './siteRingLabels';
import { siteRingLayers } from './siteRingLayers';
import { useSlicedRings } from './useSlicedRings';

/** The labels of every launch point (and mark) as placed last, at `zoom`; `moving` is the dragged one's index. */
export interface LabelsAround {
  places: LabelPlaces;
  sites: SiteLabels[];
  moving: number;
  zoom: number;
}

interface Props {
  drag: SiteDrag;
  /** The point as the scenario has it (its name, its place before the drag). */
  site: Site;
  systems: RingSystem[];
  systemById: ReadonlyMap<string, RingSystem>;
  labelLooks: ReadonlyMap<string, LabelLook>;
  zoom: number;
  highlightedId: string | null;
  renderer: Renderer;
  onHighlight: (systemId: string | null) => void;
  /** Null while the others' labels are not placed yet: the dragged point's are not drawn either. */
  around: LabelsAround | null;
}

export const DraggedSiteRings = memo(function DraggedSiteRings({
  drag,
  site,
  systems,
  systemById,
  labelLooks,
  zoom,
  highlightedId,
  renderer,
  onHighlight,
  around,
}: Props) {
  const map = useMap();
  const at = useSyncExternalStore(drag.subscribe, drag.get)?.lonLat ?? site.lonLat;
  const sites = useMemo(() => [{ ...site, lonLat: at }], [site, at]);
  const { bySite, complete, labelled } = useSlicedRings(map, sites, systems, zoom, movingDetail(map));
  const rings = bySite[0]?.rings ?? [];
  const labels = useMemo(() => {
    const now = labelled?.bySite[0];
    if (!around || !now || labelled.zoom !== around.zoom) return [];
    // its name stays on the side it had when the drag began, as its marker shows it
    const placing = {
      ...siteLabelsOf(now.site, now.rings, labelLooks),
      side: around.sites[around.moving]?.side,
    };
    const anchors = around.places.placeMoving(around.zoom, around.sites, around.moving, placing);
    return siteRingLabels(now.site, now.rings, labelLooks, anchors);
  }, [labelled, around, labelLooks]);

  useEffect(function tellRingsDrawn() {
    // its renderer is an SVG: drawn already, in the event of the pointer move
    if (!complete) return; // more rings to come
    markRingsDrawn();
    ringsAllDrawn(map);
  });

  return (
    <>
      {siteRingLayers(rings, {
        keyPrefix: `${site.id}:moving`,
        systemById,
        highlightedId,
        renderer,
        onHighlight,
      })}
      <RingLabelMarkers labels={labels} />
    </>
  );
});

/** The most a moving ring's chord strays from the true ring, in pixels: the eye does not tell it from ½. */
export const MOVING_MAX_ERROR_PX = 1;

/** A moving ring's detail: coarser chords, and no world copy that stays a view's width away from the view. */
function movingDetail(map: LeafletMap): RingDetail {
  const view = map.getBounds();
  const west = view.getWest();
  const east = view.getEast();
  const width = east - west;
  return { maxErrorPx: MOVING_MAX_ERROR_PX, within: [west - width, east + width] };
}
