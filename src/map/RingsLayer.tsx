// Draws the range rings and published bands: geometry from the geodesy core (see ringGeometry), at a vertex
// count that follows the zoom; this layer only draws it, in its own pane, largest ring first: each ring's
// fill with no stroke, and its outline along the true ring only (no seam along a pole or a cut). The labels of
// all launch points are placed as one set, clear of one another and of the launch points (see placeRingLabels).
// A heavy map's rings are made in slices (useSlicedRings): meanwhile the rings and labels drawn before stay.
import { svg } from 'leaflet';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useMap } from 'react-leaflet';
import type { Mark, Site, Theme } from '../scenario';
import { drawNow, paneCanvas } from './drawNow';
import { labelInk } from './labelInk';
import { LabelPlaces } from './labelPlaces';
import { MapPane } from './MapPane';
import { markRingsDrawn } from './markRingsDrawn';
import { PANES } from './panes';
import { RingLabels } from './RingLabels';
import { RingLayers } from './RingLayers';
import type { RingSpec } from './ringGeometry';
import { type PlacedRingLabels, ringLabelSpace } from './ringLabelSpace';
import { ringsAllDrawn } from './ringsSettled';
import type { SiteDrag } from './siteDrag';
import { slicePainting } from './slicedPainting';
import { useMapZoom } from './useMapZoom';
import { useSlicedRings } from './useSlicedRings';

export interface RingSystem extends RingSpec {
  name: string;
  color: string;
  /** An outline pattern that tells this system from another of the same colour (systemDash). */
  dash?: string;
}

interface Props {
  sites: Site[];
  systems: RingSystem[];
  highlightedId: string | null;
  /** The map's theme: ring labels take a shade of their ring's colour that reads on its basemap. */
  theme: Theme;
  onHighlight: (systemId: string | null) => void;
  /** Label text of a ring, e.g. "Tomahawk · about 1,600 km". */
  labelOf: (system: RingSystem) => string;
  /** A launch point being dragged (LaunchMarkers): its rings follow it without a new scenario per move. */
  drag?: SiteDrag;
  /** Marked places: the ring labels keep clear of each one's diamond and name, as of a launch point's. */
  marks?: readonly Mark[];
}

const NO_MARKS: readonly Mark[] = [];

const noSubscribe = () => () => undefined;
const noDrag = () => null;

export function RingsLayer({
  sites,
  systems,
  highlightedId,
  theme,
  onHighlight,
  labelOf,
  drag,
  marks = NO_MARKS,
}: Props) {
  const zoom = useMapZoom();
  const map = useMap();
  // Where a dragged launch point is now: only its rings are built again, drawn by a renderer of their own.
  const dragged = useSyncExternalStore(drag?.subscribe ?? noSubscribe, drag?.get ?? noDrag);
  // SVG: a moved path is re-rasterised off the main thread, where a canvas is redrawn and uploaded whole
  const [dragLayer] = useState(() => svg({ pane: PANES.rings.name }));
  const sorted = useMemo(() => [...systems].sort((a, b) => b.rangeKm - a.rangeKm), [systems]);
  // Another set or order of systems makes every ring's layers anew, so the canvas stacks them as on a map
  // opened with these systems (largest first, launch point by launch point): a ticked system's ring is not
  // simply laid on top. Its geometry is kept all the same (the cache below).
  // So does a drop: the dragged point's rings go back among the others, not on top of them.
  const order = useRef({ ids: '', dragging: false, generation: 0 });
  const ids = sorted.map((s) => s.systemId).join(' ');
  const dropped = order.current.dragging && dragged === null;
  if (order.current.ids !== ids || dropped)
    order.current = { ids, dragging: dragged !== null, generation: order.current.generation + 1 };
  else order.current.dragging = dragged !== null;
  const generation = order.current.generation;
  const shownSites = useMemo(
    () =>
      dragged && sites.some((s) => s.id === dragged.id)
        ? sites.map((s) => (s.id === dragged.id ? { ...s, lonLat: dragged.lonLat } : s))
        : sites,
    [sites, dragged],
  );
  const { bySite, complete, labelled } = useSlicedRings(map, shownSites, sorted, zoom);
  const placedLabels = useRef(new LabelPlaces());
  const systemById = useMemo(() => new Map(systems.map((s) => [s.systemId, s])), [systems]);
  // a label's text and ink are the same at every launch point: made once per system, not per label and move
  const labelLooks = useMemo(
    () =>
      new Map(
        systems.map((s) => [s.systemId, { text: labelOf(s), name: s.name, color: labelInk(s.color, theme) }]),
      ),
    [systems, labelOf, theme],
  );
  const draggedId = dragged?.id ?? null;
  // Leaflet's handlers call the latest function: the ring layers need not be told of a new one.
  const highlight = useRef(onHighlight);
  highlight.current = onHighlight;
  const dragRef = useRef(drag);
  dragRef.current = drag;
  const [stableHighlight] = useState(() => (systemId: string | null) => {
    // a pointer dragging a launch point passes over other rings: they are not hovered (each would restyle
    // every ring of the map)
    if (!dragRef.current?.get()) highlight.current(systemId);
  });

  // the country names keep clear of the labels placed last (ringLabelSpace); told after the render
  const placedNow = useRef<PlacedRingLabels | null>(null);
  useEffect(function tellWhereLabelsAre() {
    if (placedNow.current) ringLabelSpace(map).set(placedNow.current);
  });
  useEffect(function drawRingsNow() {
    // in the frame of the change (a pointer move, a click), not in the next one; SVG draws at once already
    const main = paneCanvas(map, PANES.rings.name);
    if (main) {
      slicePainting(main);
      drawNow(main);
    }
    if (!complete) return; // more rings to come
    markRingsDrawn();
    ringsAllDrawn(map);
  });
  useEffect(
    function letWaitersGoOnUnmount() {
      return () => ringsAllDrawn(map);
    },
    [map],
  );
  useEffect(
    function dropDragRenderer() {
      // layers of a new drag add it back (Leaflet's getRenderer)
      if (draggedId === null) dragLayer.remove();
    },
    [draggedId, dragLayer],
  );

  return (
    <>
      <MapPane name={PANES.rings.name} zIndex={PANES.rings.zIndex}>
        {bySite.flatMap(({ site, rings }) =>
          rings.flatMap((ring) => {
            const system = systemById.get(ring.systemId);
            if (!system) return [];
            const moving = site.id === draggedId;
            return [
              <RingLayers
                // a new key moves the ring to the drag renderer and back (a renderer is fixed at creation)
                key={`${site.id}:${ring.systemId}:${generation}${moving ? ':moving' : ''}`}
                ring={ring}
                color={system.color}
                dash={system.dash}
                emphasised={highlightedId === ring.systemId}
                dimmed={highlightedId !== null && highlightedId !== ring.systemId}
                renderer={moving ? dragLayer : undefined}
                onHighlight={stableHighlight}
              />,
            ];
          }),
        )}
      </MapPane>
      <RingLabels
        makeLabels={() => {
          if (!labelled) return [];
          const perSite = labelled.bySite.map(({ site, rings }) => ({
            site,
            drawn: rings.flatMap((ring) => {
              const look = labelLooks.get(ring.systemId);
              return look ? [{ ring, rangeKm: ring.rangeKm, ...look }] : [];
            }),
          }));
          const moving = labelled.bySite.findIndex(({ site }) => site.id === draggedId);
          const siteLabels = perSite.map(({ site, drawn }) => ({
            center: site.lonLat,
            name: site.label,
            labels: drawn.map(({ rangeKm, text }) => ({ rangeKm, text })),
          }));
          // a mark is placed around as a launch point without rings is (its name to the right of it too)
          for (const mark of marks) siteLabels.push({ center: mark.lonLat, name: mark.label, labels: [] });
          const at = placedLabels.current.place(
            labelled.bySite.map((r) => r.rings),
            labelled.zoom,
            siteLabels,
            moving < 0 ? null : moving,
          );
          placedNow.current = { sites: siteLabels, anchors: at };
          return perSite.flatMap(({ site, drawn }, s) =>
            drawn.flatMap(({ ring, text, name, color }, i) => {
              const anchor = at[s]?.[i];
              if (!anchor) return []; // no clear place: hidden, the legend still names the ring
              return [{ key: `${site.id}:${ring.systemId}`, at: anchor, text, name, color }];
            }),
          );
        }}
      />
    </>
  );
}
