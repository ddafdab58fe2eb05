// Draws the range rings and published bands: geometry from the geodesy core (see ringGeometry), at a vertex
// count that follows the zoom; this layer only draws it, in its own pane, largest ring first. Each launch
// point's labels are placed so that they do not cover one another (see placeRingLabels).
import type { LatLngTuple } from 'leaflet';
import { useMemo, useRef } from 'react';
import { Pane, Polygon } from 'react-leaflet';
import type { LonLat } from '../geo';
import type { Site, Theme } from '../scenario';
import { labelInk } from './labelInk';
import { PANES } from './panes';
import { type LabelSpec, placeRingLabels } from './placeRingLabels';
import { RingLabels } from './RingLabels';
import { type RingSpec, type SiteRings, siteRings } from './ringGeometry';
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
                positions={ring.positions}
                pathOptions={{
                  color: system.color,
                  weight: emphasised ? 4 : 2,
                  ...(system.dash ? { dashArray: system.dash } : {}),
                  opacity: dimmed ? 0.35 : 1,
                  fillColor: system.color,
                  fillOpacity: emphasised ? 0.16 : dimmed ? 0.03 : 0.07,
                }}
                // The vertex count already follows the zoom; Leaflet's own 1-px simplification would undo it.
                smoothFactor={0}
                eventHandlers={{
                  mouseover: () => onHighlight(ring.systemId),
                  mouseout: () => onHighlight(null),
                }}
              />,
            ];
            if (ring.band) {
              layers.push(
                <Polygon
                  key={`${key}:band`}
                  positions={ring.band}
                  interactive={false}
                  smoothFactor={0}
                  pathOptions={{
                    color: system.color,
                    weight: 1,
                    dashArray: '4 4',
                    opacity: dimmed ? 0.25 : 0.7,
                    fillColor: system.color,
                    fillOpacity: dimmed ? 0.02 : 0.06,
                    fillRule: 'evenodd',
                  }}
                />,
              );
            }
            return layers;
          }),
        )}
      </Pane>
      <RingLabels
        makeLabels={() =>
          bySite.flatMap(({ site, rings }) => {
            const drawn = rings.flatMap((ring) => {
              const system = systemById.get(ring.systemId);
              return system ? [{ ring, system, rangeKm: ring.rangeKm, text: labelOf(system) }] : [];
            });
            const at = placedLabels.current.place(site.lonLat, rings, drawn, zoom);
            return drawn.map(({ ring, system, text }, i) => ({
              key: `${site.id}:${ring.systemId}`,
              at: at[i] as LatLngTuple,
              text,
              color: labelInk(system.color, theme),
            }));
          })
        }
      />
    </>
  );
}

/**
 * Label anchors per launch point, placed again only when its rings are rebuilt (a new array: a drag, a zoom,
 * other systems) or its label texts change, not on every render (hover, theme).
 */
class LabelPlaces {
  private readonly bySite = new WeakMap<SiteRings[], { texts: string; at: LatLngTuple[] }>();

  place(center: LonLat, rings: SiteRings[], drawn: readonly LabelSpec[], zoom: number): LatLngTuple[] {
    const texts = drawn.map((label) => label.text).join('\n');
    const known = this.bySite.get(rings);
    if (known?.texts === texts) return known.at;
    const at = placeRingLabels(center, drawn, zoom);
    this.bySite.set(rings, { texts, at });
    return at;
  }
}

function ringsKey([lon, lat]: LonLat, zoom: number, specsKey: string): string {
  return `${lon},${lat},${zoom},${specsKey}`;
}
