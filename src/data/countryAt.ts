// The country of the basemap under a point, for picking a launch area by clicking the map. The test is on the
// sphere (d3-geo): a ring of Natural Earth that meets ±180° steps from 180 to -180 at one latitude, an edge of
// no length on the sphere but one across the whole world in a plane, so a planar test fails for Russia.
import { geoContains } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { COUNTRIES } from './countries';
import { countryOutline, hasDetailedOutlines, type OutlineScale, uncodedOutlines } from './countryOutline';

type Box = readonly [west: number, south: number, east: number, north: number];

const BOX_MARGIN_DEG = 1;
const boxes = new Map<string, Box | null>();

/**
 * The alpha-2 code of the country whose outline holds a point, at a scale (by default the most detailed
 * loaded); null at sea or in a land the basemap gives no code.
 *
 * @example
 * countryAt([30.52, 50.45]); // 'UA' (Kyiv)
 * countryAt([31.0, 43.0]);   // null (the Black Sea)
 */
export function countryAt(lonLat: readonly [number, number], scale?: OutlineScale): string | null {
  const point = onFirstWorld(lonLat);
  if (!point) return null;
  for (const country of COUNTRIES) {
    const outline = countryOutline(country.code, scale);
    if (outline && holds(`${outline.scale}:${country.code}`, outline.geometry, point)) return country.code;
  }
  return null;
}

/**
 * The Natural Earth name of a land of the basemap under a point that has no code (and so cannot be a launch
 * area), or null: a click there is on land, not at sea.
 *
 * @example
 * uncodedLandAt([45.0, 9.5], '110m'); // 'Somaliland'
 */
export function uncodedLandAt(lonLat: readonly [number, number], scale?: OutlineScale): string | null {
  const point = onFirstWorld(lonLat);
  if (!point) return null;
  const at: OutlineScale = scale ?? (hasDetailedOutlines() ? '50m' : '110m');
  return uncodedOutlines(at).find((land) => holds(`${at}:${land.name}`, land.geometry, point))?.name ?? null;
}

/** A click on a world copy east or west of the first one, read on the first; null for no number. */
function onFirstWorld([lon, lat]: readonly [number, number]): [number, number] | null {
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return null;
  const x = ((((lon + 180) % 360) + 360) % 360) - 180;
  return [x === -180 && lon > 0 ? 180 : x, lat];
}

function holds(key: string, geometry: Polygon | MultiPolygon, point: [number, number]): boolean {
  let box = boxes.get(key);
  if (box === undefined) {
    box = boxOf(geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);
    boxes.set(key, box);
  }
  const [x, y] = point;
  if (!box || x < box[0] || x > box[2] || y < box[1] || y > box[3]) return false;
  return geoContains(geometry, point);
}

function boxOf(polygons: readonly Position[][][]): Box | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons)
    for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  // a great-circle edge bows a little poleward of its ends: a degree of margin keeps every such point in
  return west <= east
    ? [west - BOX_MARGIN_DEG, south - BOX_MARGIN_DEG, east + BOX_MARGIN_DEG, north + BOX_MARGIN_DEG]
    : null;
}
