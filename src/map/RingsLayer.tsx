// Draws the range rings and published bands: geometry from the geodesy core (see ringGeometry), at a vertex
// count that follows the zoom; this layer only draws it, in its own pane, largest ring first: each ring's
// fill with no stroke, and its outline along the true ring only (no seam along a pole or a cut). The labels of
// all launch points are placed as one set, clear of one another and of the launch points (see placeRingLabels).
import type { LatLngTuple } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { Pane, Polygon, Polyline } from 'react-leaflet';
import type { LonLat } from '../geo';
import type { Site, Theme } from '../scenario';
import { BAND_CLASS } from './frameVectors';
import { labelInk } from './labelInk';
import { markRingsDrawn } from './markRingsDrawn';
import { PANES } from './panes';
import { type LabelPointCache, placeRingLabels, type SiteLabels } from './placeRingLabels';
import { RingLabels } from './RingLabels';
import { type RingSpec, type SiteRings, siteRings } from './ringGeometry';
import { ringOutlineOptions } from './ringOutlineOptions';
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
}

export function RingsLayer({ sites, systems, highlightedId, theme, onHighlight, labelOf }: Props) {
  const zoom = useMapZoom();
  const cache = useRef(new Map<string, SiteRings[]>());
  const sorted = useMemo(() => [...systems].sort((a, b) => b.rangeKm - a.rangeKm), [systems]);
  const specsKey = sorted.map((s) => `${s.systemId}:${s.rangeKm}:${s.rangeMinKm}:${s.rangeMaxKm}`).join('|');
  const bySite = useMemo(
    function buildRingsPerSite() {
      const next = new Map<string, SiteRings[]>();
      const result = sites.map((site) => {
        const key = ringsKey(site.lonLat, zoom, specsKey);
        const rings = cache.current.get(key) ?? siteRings(site.lonLat, sorted, zoom);
        next.set(key, rings);
        return { site, rings };
      });
      cache.current = next; // keep only what is drawn now
      return result;
    },
    [sites, zoom, sorted, specsKey],
  );
  const placedLabels = useRef(new LabelPlaces());
  const systemById = useMemo(() => new Map(systems.map((s) => [s.systemId, s])), [systems]);
  // after the ring layers below have been updated (children's effects run first): every render redraws them
  useEffect(function markRingsHandedToMap() {
    markRingsDrawn();
  });

  return (
    <>
      <Pane name={PANES.rings.name} style={{ zIndex: PANES.rings.zIndex }}>
        {bySite.flatMap(({ site, rings }) =>
          rings.flatMap((ring) => {
            const system = systemById.get(ring.systemId);
            if (!system) return [];
            const dimmed = highlightedId !== null && highlightedId !== ring.systemId;
            const emphasised = highlightedId === ring.systemId;
            const key = `${site.id}:${ring.systemId}`;
            const layers = [
              <Polygon
                key={key}
                positions={ring.ring.fill}
                smoothFactor={0}
                pathOptions={{
                  stroke: false,
                  fillColor: system.color,
                  fillOpacity: emphasised ? 0.16 : dimmed ? 0.03 : 0.07,
                }}
                eventHandlers={{
                  mouseover: () => onHighlight(ring.systemId),
                  mouseout: () => onHighlight(null),
                }}
              />,
              <Polyline
                key={`${key}:outline`}
                positions={ring.ring.outline}
                interactive={false}
                // The vertex count already follows the zoom; Leaflet's own 1-px simplification would undo it.
                smoothFactor={0}
                pathOptions={ringOutlineOptions(system, { emphasised, dimmed })}
              />,
            ];
            if (ring.band) {
              layers.push(
                <Polygon
                  key={`${key}:band`}
                  positions={ring.band.fill}
                  interactive={false}
                  smoothFactor={0}
                  pathOptions={{
                    stroke: false,
                    fillColor: system.color,
                    fillOpacity: dimmed ? 0.02 : 0.06,
                    fillRule: 'evenodd',
                    className: BAND_CLASS,
                  }}
                />,
                <Polyline
                  key={`${key}:band-outline`}
                  positions={ring.band.outline}
                  interactive={false}
                  smoothFactor={0}
                  pathOptions={{
                    color: system.color,
                    weight: 1,
                    dashArray: '4 4',
                    opacity: dimmed ? 0.25 : 0.7,
                    className: BAND_CLASS,
                  }}
                />,
              );
            }
            return layers;
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

function ringsKey([lon, lat]: LonLat, zoom: number, specsKey: string): string {
  return `${lon},${lat},${zoom},${specsKey}`;
}
