// A range ring as an RFC 7946 GeoJSON Feature: every point at a given WGS84 geodesic distance from a
// launch point, split at the antimeridian at the exact crossing, closed along the poles it encloses.
import { rewind } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { checkCenter, checkRangeM, checkVertexCount } from './checkRingInput';
import type { GeodesicFan } from './geodesicFan';
import { insertMeridianCrossings } from './insertMeridianCrossings';
import { ringTrace, type TraceVertex } from './ringTrace';
import { splitAtAntimeridian } from './splitAtAntimeridian';
import { tracePolygons } from './tracePolygons';
import type { LonLat } from './types';

export interface RangeRingOptions {
  /** Evenly spaced azimuths to trace (rounded up to a multiple of 4); default 360. */
  vertices?: number;
  /**
   * Geodesics from this centre to re-use ({@link geodesicFan} with at least `vertices`): several ranges from
   * one launch point then share them. The ring is the same with or without it.
   */
  fan?: GeodesicFan;
}

export interface RangeRingProperties {
  center: LonLat;
  rangeM: number;
  /** What the ring encloses: see {@link ringTrace}. */
  shape: 'empty' | 'world' | 'disk' | 'northCap' | 'southCap' | 'antipodalHole';
}

/**
 * Every point within `rangeM` metres (WGS84 geodesic distance) of `center`, as an RFC 7946 Feature:
 * longitudes in [-180, 180], split at the antimeridian into a MultiPolygon at the exact crossing,
 * exterior rings counter-clockwise, holes clockwise, every ring closed. A ring around one pole is closed
 * along ±180° and the pole; around both poles it is the world with a hole at the antipode; at or past
 * half a meridian (20,003.93 km) it is the whole world. Range 0 gives an empty Polygon.
 * Throws a RangeError for a centre off the globe, a negative or non-finite range, or a bad vertex count.
 *
 * @example
 * const ring = rangeRing([36.2304, 49.9935], 1_600_000); // Tomahawk range from Kharkiv
 * ring.geometry.type; // 'Polygon'
 */
export function rangeRing(
  center: LonLat,
  rangeM: number,
  options: RangeRingOptions = {},
): Feature<Polygon | MultiPolygon, RangeRingProperties> {
  checkCenter(center);
  checkRangeM(rangeM);
  const vertices = options.vertices ?? 360;
  checkVertexCount(vertices);
  const lon0 =
    center[0] >= -180 && center[0] <= 180 ? center[0] : ((((center[0] + 180) % 360) + 360) % 360) - 180;
  const trace = ringTrace([lon0, center[1]], rangeM, vertices, options.fan);
  const properties: RangeRingProperties = { center: [lon0, center[1]], rangeM, shape: trace.kind };
  const withCrossings = insertMeridianCrossings(trace);
  const continuous = tracePolygons(
    trace,
    trace.kind === 'northCap' || trace.kind === 'southCap'
      ? capFromAntimeridian(withCrossings)
      : withCrossings,
  );
  // The world box spans three world copies; only the one over [-180, 180] is kept.
  const primaryOnly = trace.kind === 'world' || trace.kind === 'antipodalHole';
  const pieces = splitAtAntimeridian(continuous, primaryOnly);
  const geometry: Polygon | MultiPolygon =
    pieces.length === 1
      ? { type: 'Polygon', coordinates: pieces[0] as Position[][] }
      : pieces.length === 0
        ? { type: 'Polygon', coordinates: [] }
        : { type: 'MultiPolygon', coordinates: pieces };
  const feature: Feature<Polygon | MultiPolygon, RangeRingProperties> = {
    type: 'Feature',
    properties,
    geometry,
  };
  if (pieces.length > 0) rewind(feature, { mutate: true });
  return feature;
}

/**
 * A pole cap's chain spans 360° of longitude from the meridian opposite the centre; restarted at its
 * antimeridian crossing, it spans exactly [-180°, 180°] and closes along the pole as one polygon, instead
 * of two pieces that touch along that opposite meridian (invalid for GIS tools).
 */
function capFromAntimeridian(chain: TraceVertex[]): TraceVertex[] {
  const at = chain.findIndex((v, i) => i > 0 && i < chain.length - 1 && Math.abs(v.lon % 360) === 180);
  if (at < 0) return chain; // the chain already starts and ends on ±180°
  const first = chain[0] as TraceVertex;
  const last = chain[chain.length - 1] as TraceVertex;
  const turn = last.lon - first.lon; // ±360: the direction the chain runs round the pole
  const head = chain.slice(at);
  const tail = chain.slice(1, at + 1).map((v) => ({ ...v, lon: v.lon + turn }));
  const rotated = [...head, ...tail];
  const shift =
    -360 *
    Math.round(((rotated[0] as TraceVertex).lon + (rotated[rotated.length - 1] as TraceVertex).lon) / 720);
  return rotated.map((v) => ({ ...v, lon: v.lon + shift }));
}
