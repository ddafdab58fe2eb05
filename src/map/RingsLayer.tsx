// Draws the range rings and published bands: geometry from the geodesy core (see ringGeometry), at a vertex
// count that follows the zoom; this layer only draws it, in its own pane, largest ring first: each ring's
// fill with no stroke, and its outline along the true ring only (no seam along a pole or a cut). The labels of
// all launch points are placed as one set, clear of one another, of the launch points and of the launch areas'
// reach labels (see placeRingLabels, reachLabelsOf).
// A heavy map's rings are made in slices (useSlicedRings): meanwhile the rings and labels drawn before stay.
// While a launch point is dragged, this layer renders only when the drag begins and ends: the dragged point's
// rings and labels are drawn apart, move by move (DraggedSiteRings), the others' stay as they are.
import { svg } from 'leaflet';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useMap } from 'react-leaflet';
import { MAX_ERROR_PX } from '../geo';
import { type Mark, type OnHighlight, prepareDistanceFormats, type Site, type Theme } from '../scenario';
import { afterTheFrame } from './afterTheFrame';
import { DraggedSiteRings, type LabelsAround } from './DraggedSiteRings';
import { drawNow, paneCanvas } from './drawNow';
import { canvasHasPaths } from './hideEmptyCanvas';
import { labelInk } from './labelInk';
import { LabelPlaces } from './labelPlaces';
import { MapPane } from './MapPane';
import { markRingsDrawn } from './markRingsDrawn';
import { mirrorCanvas } from './mirrorCanvas';
import { nextTask } from './nextTask';
import { PANES } from './panes';
import type { SiteLabels } from './placeRingLabels';
import { RingLabels } from './RingLabels';
import { reachLabelsOf } from './reachLabelsOf';
import type { RingSpec } from './ringGeometry';
import { type PlacedRingLabels, ringLabelSpace } from './ringLabelSpace';
import { MOST_RING_PARTS } from './ringParts';
import { drawsRings } from './ringsAhead';
import { ringsAllDrawn } from './ringsSettled';
import type { SiteDrag } from './siteDrag';
import type { NameSidesAt } from './siteNameSides';
import { siteLabelsOf, siteRingLabels } from './siteRingLabels';
import { siteRingLayers } from './siteRingLayers';
import { useMapZoom } from './useMapZoom';
import { useSlicedRings } from './useSlicedRings';
import { wrapRingsCanvas } from './wrapRingsCanvas';

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
  onHighlight: OnHighlight;
  /** Label text of a ring, e.g. "Tomahawk · about 1,600 km". */
  labelOf: (system: RingSystem) => string;
  /** A launch point being dragged (LaunchMarkers): its rings follow it without a new scenario per move. */
  drag?: SiteDrag;
  /** Marked places: the ring labels keep clear of each one's diamond and name, as of a launch point's. */
  marks?: readonly Mark[];
  /** The side of each launch point's name at a zoom, as LaunchMarkers draws it (nameSidesKept). */
  nameSides: NameSidesAt;
  /**
   * Canvas pixels per CSS pixel the rings are drawn at (an export's map, FrameMap.drawAt): their chords keep
   * within half of such a pixel, so a ring drawn at 2× or 6× is as round as on screen. 1 by default.
   */
  pixelRatio?: number;
}

const NO_MARKS: readonly Mark[] = [];

const noSubscribe = () => () => undefined;

export function RingsLayer({
  sites,
  systems,
  highlightedId,
  theme,
  onHighlight,
  labelOf,
  drag,
  marks = NO_MARKS,
  nameSides,
  pixelRatio = 1,
}: Props) {
  const zoom = useMapZoom();
  const map = useMap();
  // Which launch point is dragged, not where it is: a move does not render this layer.
  const draggedId = useSyncExternalStore(
    drag?.subscribe ?? noSubscribe,
    useCallback(() => drag?.get()?.id ?? null, [drag]),
  );
  // SVG: a moved path is re-rasterised off the main thread, where a canvas is redrawn and uploaded whole
  const [dragLayer] = useState(() => svg({ pane: PANES.rings.name }));
  const sorted = useMemo(() => [...systems].sort((a, b) => b.rangeKm - a.rangeKm), [systems]);
  const detail = useMemo(
    () => (pixelRatio > 1 ? { maxErrorPx: MAX_ERROR_PX / pixelRatio } : undefined),
    [pixelRatio],
  );
  const { bySite, complete, labelled } = useSlicedRings(map, sites, sorted, zoom, detail);
  // a point about to be added (the search's choice) has its rings made ahead for what this layer draws
  useEffect(
    function offerRingsAhead() {
      return drawsRings(sorted, zoom);
    },
    [sorted, zoom],
  );
  const placedLabels = useRef(new LabelPlaces());
  // the launch areas' reach labels, placed before the ring labels, which keep clear of them
  const reachLabels = useMemo(() => reachLabelsOf(map), [map]);
  const reaches = useSyncExternalStore(reachLabels.subscribe, reachLabels.get);
  const stackStarts = useMemo(() => stackStartsOf(bySite.map(({ rings }) => rings.length)), [bySite]);
  const systemById = useMemo(() => new Map(systems.map((s) => [s.systemId, s])), [systems]);
  // a label's text and ink are the same at every launch point: made once per system, not per label and move;
  // only once there are labels to show (a heavy map's first render has none: its numbers are formatted later)
  const looksWanted = labelled !== null || draggedId !== null;
  const labelLooks = useMemo(
    () =>
      new Map(
        looksWanted
          ? systems.map((s) => [
              s.systemId,
              { text: labelOf(s), name: s.name, color: labelInk(s.color, theme) },
            ])
          : [],
      ),
    [systems, labelOf, theme, looksWanted],
  );
  useEffect(function prepareLabelNumbersAhead() {
    // in a task of its own after the mount, not in the render that first formats a range
    return nextTask(() => prepareDistanceFormats());
  }, []);
  // Leaflet's handlers call the latest function: the ring layers need not be told of a new one.
  const highlight = useRef(onHighlight);
  highlight.current = onHighlight;
  const dragRef = useRef(drag);
  dragRef.current = drag;
  const [stableHighlight] = useState(
    (): OnHighlight => (systemId, from) => {
      // a pointer dragging a launch point passes over other rings: they are not hovered (each would restyle
      // every ring of the map)
      if (!dragRef.current?.get()) highlight.current(systemId, from);
    },
  );

  // every launch point's labels (and each mark, placed around as a launch point without rings is), for the
  // placement of all of them and for the dragged point's among the others
  const siteLabels = useMemo(() => {
    if (!labelled) return null;
    // each name on the side of its marker LaunchMarkers draws it on
    const sides = nameSides(labelled.zoom);
    const all: SiteLabels[] = labelled.bySite.map(({ site, rings }) => ({
      ...siteLabelsOf(site, rings, labelLooks),
      side: sides.get(site.id),
    }));
    for (const mark of marks) all.push({ center: mark.lonLat, name: mark.label, labels: [] });
    return all;
  }, [labelled, labelLooks, marks, nameSides]);
  const moving = labelled ? labelled.bySite.findIndex(({ site }) => site.id === draggedId) : -1;
  const around = useMemo(
    (): LabelsAround | null =>
      labelled && siteLabels && moving >= 0
        ? { places: placedLabels.current, sites: siteLabels, moving, zoom: labelled.zoom }
        : null,
    [labelled, siteLabels, moving],
  );
  const draggedSite = draggedId === null ? undefined : sites.find((s) => s.id === draggedId);

  // the country names keep clear of the labels placed last (ringLabelSpace); told after the render
  const placedNow = useRef<PlacedRingLabels | null>(null);
  useEffect(function tellWhereLabelsAre() {
    if (placedNow.current) ringLabelSpace(map).set(placedNow.current);
  });
  useEffect(function drawRingsNow() {
    // in the frame of the change (a pointer move, a click), not in the next one; SVG draws at once already
    const main = paneCanvas(map, PANES.rings.name);
    if (main) {
      wrapRingsCanvas(main);
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
    function showOthersRingsByACopyWhileDragging() {
      // while a point is dragged, the other points' rings stay as they are on the canvas, drawn just now
      // (drawRingsNow): a copy shows them, and the frames of the moves do without the canvas's layer. The copy
      // is taken once the frame of the drag's start has rasterised the canvas: taken in this task, it made the
      // canvas be rasterised here for it, and again for the frame (a 10 × 5 drag's start read 58 ms against 45)
      const main = paneCanvas(map, PANES.rings.name);
      if (draggedId === null || !main || !canvasHasPaths(main)) return;
      let end: (() => void) | undefined;
      const cancel = afterTheFrame(() => {
        end = mirrorCanvas(main);
      });
      return () => {
        cancel();
        end?.();
      };
    },
    [map, draggedId],
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
        {bySite.flatMap(({ site, rings }, s) =>
          site.id === draggedId
            ? []
            : siteRingLayers(rings, {
                keyPrefix: site.id,
                systemById,
                highlightedId,
                // largest first, launch point by launch point, as the first map stacks them
                stackFrom: stackStarts[s] as number,
                onHighlight: stableHighlight,
              }),
        )}
        {drag && draggedSite && (
          <DraggedSiteRings
            drag={drag}
            site={draggedSite}
            systems={sorted}
            labelLooks={labelLooks}
            zoom={zoom}
            highlightedId={highlightedId}
            renderer={dragLayer}
            around={around}
          />
        )}
      </MapPane>
      <RingLabels
        makeLabels={(more) => {
          if (!labelled || !siteLabels) return { labels: [], done: true, share: 1 };
          // while a point is dragged its labels are its own (DraggedSiteRings); the others' stay where they were
          const { at, done, share } = placedLabels.current.placeInSlices(
            labelled.bySite.map((r) => r.rings),
            labelled.zoom,
            siteLabels,
            more,
            // placed at another zoom (the areas' labels follow a zoom before the rings are made for it), the
            // reach labels are taken once the rings are at that zoom too: the ones taken before stand meanwhile
            reaches.zoom === null || reaches.zoom === labelled.zoom ? reaches.labels : undefined,
          );
          placedNow.current = { sites: siteLabels, anchors: at, kept: placedLabels.current.keptClearOf() };
          const labels = labelled.bySite.flatMap(({ site, rings }, s) =>
            site.id === draggedId ? [] : siteRingLabels(site, rings, labelLooks, at[s]),
          );
          return { labels, done, share };
        }}
      />
    </>
  );
}

/** Where each launch point's ring paths begin in the canvas's stack, given how many rings each has. */
function stackStartsOf(ringCounts: readonly number[]): number[] {
  let next = 0;
  return ringCounts.map((count) => {
    const start = next;
    next += count * MOST_RING_PARTS;
    return start;
  });
}
