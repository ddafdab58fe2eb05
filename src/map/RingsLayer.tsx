// Draws the range rings and published bands: geometry from the geodesy core (see ringGeometry), at a vertex
// count that follows the zoom; this layer only draws it, in its own pane, largest ring first: each ring's
// fill with no stroke, and its outline along the true ring only (no seam along a pole or a cut). The labels of
// all launch points are placed as one set, clear of one another and of the launch points (see placeRingLabels).
import { type LatLngTuple, svg } from 'leaflet';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { Pane, useMap } from 'react-leaflet';
import type { Site, Theme } from '../scenario';
import { drawNow, paneCanvas } from './drawNow';
import { labelInk } from './labelInk';
import { markRingsDrawn } from './markRingsDrawn';
import { PANES } from './panes';
import { type LabelPointCache, placeRingLabels, type SiteLabels } from './placeRingLabels';
import { RingLabels } from './RingLabels';
import { RingLayers } from './RingLayers';
import { type RingSpec, type SiteRings, siteRings } from './ringGeometry';
import type { SiteDrag } from './siteDrag';
import { useMapZoom } from './useMapZoom';

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
}

const noSubscribe = () => () => undefined;
const noDrag = () => null;

/** A ring cache that reads the last render's rings and keeps those used now. */
class CarryOver extends Map<string, SiteRings> {
  constructor(
    private readonly last: Map<string, SiteRings>,
    private readonly next: Map<string, SiteRings>,
  ) {
    super();
  }
  override get(key: string): SiteRings | undefined {
    const rings = this.last.get(key) ?? this.next.get(key);
    if (rings) this.next.set(key, rings);
    return rings;
  }
  override set(key: string, rings: SiteRings): this {
    this.next.set(key, rings);
    return this;
  }
}

export function RingsLayer({ sites, systems, highlightedId, theme, onHighlight, labelOf, drag }: Props) {
  const zoom = useMapZoom();
  const cache = useRef(new Map<string, SiteRings>());
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
  const bySite = useMemo(
    function buildRingsPerSite() {
      const next = new Map<string, SiteRings>();
      const result = shownSites.map((site) => ({
        site,
        rings: siteRings(site.lonLat, sorted, zoom, new CarryOver(cache.current, next)),
      }));
      cache.current = next; // keep only what is drawn now
      return result;
    },
    [shownSites, zoom, sorted],
  );
  const placedLabels = useRef(new LabelPlaces());
  const systemById = useMemo(() => new Map(systems.map((s) => [s.systemId, s])), [systems]);
  const draggedId = dragged?.id ?? null;
  // Leaflet's handlers call the latest function: the ring layers need not be told of a new one.
  const highlight = useRef(onHighlight);
  highlight.current = onHighlight;
  const [stableHighlight] = useState(() => (systemId: string | null) => highlight.current(systemId));

  const map = useMap();
  useEffect(function drawRingsNow() {
    // in the frame of the change (a pointer move, a click), not in the next one; SVG draws at once already
    const main = paneCanvas(map, PANES.rings.name);
    if (main) drawNow(main);
    markRingsDrawn();
  });
  useEffect(
    function dropDragRenderer() {
      // layers of a new drag add it back (Leaflet's getRenderer)
      if (draggedId === null) dragLayer.remove();
    },
    [draggedId, dragLayer],
  );

  return (
    <>
      <Pane name={PANES.rings.name} style={{ zIndex: PANES.rings.zIndex }}>
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
      </Pane>
      <RingLabels
        makeLabels={() => {
          const perSite = bySite.map(({ site, rings }) => ({
            site,
            drawn: rings.flatMap((ring) => {
              const system = systemById.get(ring.systemId);
              return system ? [{ ring, system, rangeKm: ring.rangeKm, text: labelOf(system) }] : [];
            }),
          }));
          const at = placedLabels.current.place(
            bySite,
            zoom,
            perSite.map(({ site, drawn }) => ({
              center: site.lonLat,
              name: site.label,
              labels: drawn.map(({ rangeKm, text }) => ({ rangeKm, text })),
            })),
          );
          return perSite.flatMap(({ site, drawn }, s) =>
            drawn.flatMap(({ ring, system, text }, i) => {
              const anchor = at[s]?.[i];
              if (!anchor) return []; // no clear place: hidden, the legend still names the ring
              return [
                {
                  key: `${site.id}:${ring.systemId}`,
                  at: anchor,
                  text,
                  name: system.name,
                  color: labelInk(system.color, theme),
                },
              ];
            }),
          );
        }}
      />
    </>
  );
}

/**
 * Label anchors of all launch points, placed again only when some rings are rebuilt (a drag, a zoom, other
 * systems) or a label or a launch point's name changes, not on every render (hover, theme).
 */
class LabelPlaces {
  private last: { rings: readonly unknown[]; key: string; at: (LatLngTuple | null)[][] } | null = null;
  private readonly points: LabelPointCache = new Map();

  place(
    rings: readonly { rings: SiteRings[] }[],
    zoom: number,
    sites: SiteLabels[],
  ): (LatLngTuple | null)[][] {
    const key = JSON.stringify([zoom, sites]);
    const ringArrays = rings.map((r) => r.rings);
    const last = this.last;
    if (last && last.key === key && sameItems(last.rings, ringArrays)) return last.at;
    if (this.points.size > MAX_CACHED_LABEL_POINTS) this.points.clear();
    const at = placeRingLabels(sites, zoom, this.points);
    this.last = { rings: ringArrays, key, at };
    return at;
  }
}

/** Enough for the tries of every label while a launch point is dragged for a while. */
const MAX_CACHED_LABEL_POINTS = 5000;

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
