// What a projected view draws, as plain data derived from the scenario: each launch point's rings and bands (the
// map's exact vertices at the same zoom), launch points, marks and a probed point. No projection, no canvas.
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { drawnReachKm, drawsBand } from '../data';
import { geodesicFan, geodesicPath, type LonLat, verticesForZoom } from '../geo';
import type { BasemapPalette } from '../map';
import { ringLookFor } from '../scenario';
import { type SphereArea, sphereBand, sphereRing, sphereRingVertices } from './sphereRing';

/** A system as the views draw it: the map's RingSystem. */
export interface ViewSystem {
  systemId: string;
  name: string;
  rangeKm: number;
  rangeMinKm?: number;
  rangeMaxKm?: number;
  color: string;
  dash?: string;
}

export interface SceneRing {
  systemId: string;
  color: string;
  /** Canvas dash pattern, empty for a solid line. */
  dash: number[];
  /** Text of its label, e.g. "Tomahawk · about 1,600 km". */
  label: string;
  /** Label colour, a shade of the ring's that reads on the basemap. */
  labelColor: string;
  area: SphereArea;
  /** The true ring to stroke, as a line (a stroked polygon would also stroke the horizon it is cut at). */
  outline: Position[] | null;
  band: SphereArea;
  bandOutlines: Position[][];
  emphasised: boolean;
  dimmed: boolean;
}

export interface SceneReach {
  systemId: string;
  color: string;
  area: Polygon | MultiPolygon;
  /** The true boundary as open lines: never the edges the core adds along ±180° or a pole, which are no limit. */
  outlines?: Position[][];
  /** e.g. "Tomahawk from Ukraine, 1,600 km", in `labelColor`. */
  label?: string;
  labelColor?: string;
  /** The system's dash, as its rings' (viewScene sets it; none: solid). */
  dash?: number[];
  /** A highlight's look, as its system's rings' (viewScene sets it; none: plain). */
  emphasised?: boolean;
  dimmed?: boolean;
}

export interface ScenePoint {
  label: string;
  lonLat: LonLat;
}

export interface Scene {
  basemap: {
    /** Natural Earth's scale of the countries. */
    scale: '110m' | '50m';
    palette: BasemapPalette;
    countries: FeatureCollection<Polygon | MultiPolygon>;
    /** Coasts and borders, stroked. */
    borders: MultiLineString;
    /** Lines of the graticule (a projection may bring its own, e.g. circles of round distance). */
    graticule: { type: 'MultiLineString'; coordinates: Position[][] };
  };
  rings: SceneRing[];
  sites: ScenePoint[];
  marks: ScenePoint[];
  probe: { lonLat: LonLat; name: string | null; paths: LonLat[][] } | null;
  /** Launch areas' reach, each wound for d3 (inside clockwise), filled as a ring's area is. */
  reaches?: SceneReach[];
  /** Launch areas' own outlines (a country's, a drawn line or area), stroked grey and dashed under the reaches. */
  areaOutlines?: { color: string; lines: Position[][] };
}

export interface SceneInput {
  sites: readonly ScenePoint[];
  systems: readonly ViewSystem[];
  marks?: readonly ScenePoint[];
  probe: LonLat | null;
  probeName?: string | null;
  highlightedId: string | null;
  /** The zoom the map would draw at: the vertex count follows it, as on the map. */
  zoom: number;
  labelOf: (system: ViewSystem) => string;
  labelColorOf: (color: string) => string;
  basemap: Scene['basemap'];
  /** Launch areas' reaches, given the dash and the highlight's look of their system's rings. */
  reaches?: readonly SceneReach[];
}

const PROBE_SEGMENTS = 96;

function dashOf(dash: string | undefined): number[] {
  return dash
    ? dash
        .split(/[\s,]+/)
        .map(Number)
        .filter(Number.isFinite)
    : [];
}

/**
 * The scene of a projected view, largest ring first (so a smaller one's fill is drawn over a larger one's).
 *
 * @example
 * viewScene({ sites: [{ label: 'Kharkiv', lonLat: [36.23, 49.99] }], systems, probe: null, highlightedId: null,
 *   zoom: 3, labelOf: (s) => s.name, labelColorOf: (c) => c, basemap }).rings[0].area; // { type: 'Polygon', … }
 */
export function viewScene(input: SceneInput): Scene {
  const sorted = [...input.systems].sort((a, b) => b.rangeKm - a.rangeKm);
  const zoom = Math.max(0, Math.min(18, Math.round(input.zoom)));
  const rings: SceneRing[] = [];
  for (const site of input.sites) {
    const maxKm = Math.max(0, ...sorted.map(drawnReachKm));
    if (maxKm <= 0) continue;
    const fan = geodesicFan(site.lonLat, verticesForZoom(site.lonLat, maxKm * 1000, zoom));
    for (const system of sorted) {
      const rangeM = system.rangeKm * 1000;
      const outline = sphereRingVertices(site.lonLat, rangeM, fan.count, fan);
      const banded = drawsBand(system);
      const bandEdges = banded
        ? [system.rangeMaxKm, system.rangeMinKm].map((km) =>
            sphereRingVertices(site.lonLat, km * 1000, fan.count, fan),
          )
        : [];
      rings.push({
        systemId: system.systemId,
        color: system.color,
        dash: dashOf(system.dash),
        label: input.labelOf(system),
        labelColor: input.labelColorOf(system.color),
        area: sphereRing(site.lonLat, rangeM, fan.count, fan),
        outline: Array.isArray(outline) ? outline : null,
        band: banded
          ? sphereBand(site.lonLat, system.rangeMaxKm * 1000, system.rangeMinKm * 1000, fan.count, fan)
          : null,
        bandOutlines: bandEdges.filter((edge): edge is Position[] => Array.isArray(edge)),
        ...ringLookFor(system.systemId, input.highlightedId),
      });
    }
  }
  const probe = input.probe;
  const dashes = new Map(input.systems.map((s) => [s.systemId, dashOf(s.dash)]));
  const reaches = input.reaches?.map((reach) => ({
    ...reach,
    dash: dashes.get(reach.systemId) ?? [],
    ...ringLookFor(reach.systemId, input.highlightedId),
  }));
  return {
    basemap: input.basemap,
    rings,
    sites: input.sites.map((s) => ({ label: s.label, lonLat: s.lonLat })),
    marks: (input.marks ?? []).map((m) => ({ label: m.label, lonLat: m.lonLat })),
    probe: probe
      ? {
          lonLat: probe,
          name: input.probeName ?? null,
          paths: input.sites.map((s) => geodesicPath(s.lonLat, probe, PROBE_SEGMENTS)),
        }
      : null,
    ...(reaches ? { reaches } : {}),
  };
}
