// Where to write each country's name and at which zoom it fits: the pole of inaccessibility of the country's
// largest polygon on the Web Mercator plane, shown when that polygon is wider and taller on screen than the
// name and the name overlaps no larger country's. Label sizes are estimated from the text length, not measured.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { LonLat } from '../geo';
import { type PlanarRing, poleOfInaccessibility } from './poleOfInaccessibility.js';

export interface LabelCandidate {
  name: string;
  anchor: LonLat;
  /** The anchor on the Web Mercator plane as a fraction of the world's width (0 at 180° W, 0 at the top). */
  x: number;
  y: number;
  /** Size of the largest polygon's bounding box on the same plane. */
  width: number;
  height: number;
  /** Area of the largest polygon on the same plane: the larger on screen claims space first. */
  area: number;
}

/** Leaflet's Web Mercator limit: the world is square. */
const MAX_LATITUDE = 85.0511287798;
export const TILE_PX = 256;
/** Sizes for the 11-px label font set in basemap.css. */
const CHAR_WIDTH_PX = 6.2;
const LABEL_PADDING_PX = 6;
const LABEL_HEIGHT_PX = 14;
/** Empty space kept between two labels. */
const LABEL_GAP_PX = 4;

export function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

/** The latitude of a point `y` down the unit Web Mercator plane (mercatorY's inverse). */
export function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** Area on the sinusoidal (equal-area) plane, in square degrees: enough to rank polygons by true size. */
function equalArea(polygon: Position[][]): number {
  let total = 0;
  polygon.forEach((ring, k) => {
    let twice = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [lonA = 0, latA = 0] = ring[i] ?? [];
      const [lonB = 0, latB = 0] = ring[j] ?? [];
      const xa = lonA * Math.cos((latA * Math.PI) / 180);
      const xb = lonB * Math.cos((latB * Math.PI) / 180);
      twice += xb * latA - xa * latB;
    }
    total += (k === 0 ? 1 : -1) * Math.abs(twice / 2);
  });
  return total;
}

function planarArea(rings: PlanarRing[]): number {
  let total = 0;
  rings.forEach((ring, k) => {
    let twice = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xa, ya] = ring[i] as readonly [number, number];
      const [xb, yb] = ring[j] as readonly [number, number];
      twice += xb * ya - xa * yb;
    }
    total += (k === 0 ? 1 : -1) * Math.abs(twice / 2);
  });
  return total;
}

/** A country's largest polygon by true area (its mainland: Alaska never takes the US label). */
export function largestPolygon(geometry: Polygon | MultiPolygon): Position[][] | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let largest: Position[][] | undefined;
  let largestArea = -Infinity;
  for (const polygon of polygons) {
    const area = equalArea(polygon);
    if (area > largestArea) [largest, largestArea] = [polygon, area];
  }
  return largest;
}

/** One candidate for a country: placed in its largest polygon (so Alaska never takes the US label). */
export function labelCandidate(name: string, geometry: Polygon | MultiPolygon): LabelCandidate | null {
  const largest = largestPolygon(geometry);
  if (!largest?.[0] || largest[0].length < 4) return null;
  const rings: PlanarRing[] = largest.map((ring) =>
    ring.map(([lon = 0, lat = 0]) => [mercatorX(lon), mercatorY(lat)] as const),
  );
  const xs = (rings[0] as PlanarRing).map((p) => p[0]);
  const ys = (rings[0] as PlanarRing).map((p) => p[1]);
  const width = Math.max(...xs) - Math.min(...xs);
  const height = Math.max(...ys) - Math.min(...ys);
  // A twentieth of the shorter side: a few pixels at the zoom where the label first fits, and 30 ms for the world.
  const { point } = poleOfInaccessibility(rings, Math.min(width, height) / 20);
  const [x, y] = point;
  return { name, anchor: [x * 360 - 180, latitudeOf(y)], x, y, width, height, area: planarArea(rings) };
}

/** Candidates for every named country, largest first, which is the order they claim space in. */
export function labelCandidates(countries: FeatureCollection): LabelCandidate[] {
  const candidates: LabelCandidate[] = [];
  for (const f of countries.features as Feature[]) {
    const name = f.properties?.name;
    const g = f.geometry;
    if (typeof name !== 'string' || !name || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon'))
      continue;
    const candidate = labelCandidate(name, g);
    if (candidate) candidates.push(candidate);
  }
  return candidates.sort((a, b) => b.area - a.area);
}

export function labelSizePx(name: string): { width: number; height: number } {
  return { width: name.length * CHAR_WIDTH_PX + LABEL_PADDING_PX, height: LABEL_HEIGHT_PX };
}

/** The rule for one label: its country's largest polygon is wider and taller on screen than the label. */
export function labelFits(candidate: LabelCandidate, zoom: number): boolean {
  const worldPx = TILE_PX * 2 ** zoom;
  const label = labelSizePx(candidate.name);
  return candidate.width * worldPx >= label.width && candidate.height * worldPx >= label.height;
}

/** A box in Web Mercator pixels at a zoom (0 at the world's top-left corner). */
export interface PixelBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * The labels to show at a zoom: those that fit, in the given order, skipping any that would overlap one kept
 * or a place `taken` says is taken (a ring's label, a launch point and its name: the map's own words first),
 * and any whose name is written already.
 */
export function pickLabels(
  candidates: LabelCandidate[],
  zoom: number,
  taken: (box: PixelBox) => boolean = () => false,
): LabelCandidate[] {
  const worldPx = TILE_PX * 2 ** zoom;
  const kept: { left: number; top: number; right: number; bottom: number }[] = [];
  const shown: LabelCandidate[] = [];
  const named = new Set<string>();
  for (const c of candidates) {
    // a name with more places than one (a wide country's, namePlaceInView) is written at the first that fits
    if (named.has(c.name) || !labelFits(c, zoom)) continue;
    const { width, height } = labelSizePx(c.name);
    const box = {
      left: c.x * worldPx - width / 2 - LABEL_GAP_PX,
      right: c.x * worldPx + width / 2 + LABEL_GAP_PX,
      top: c.y * worldPx - height / 2 - LABEL_GAP_PX,
      bottom: c.y * worldPx + height / 2 + LABEL_GAP_PX,
    };
    const overlaps = kept.some(
      (k) => box.left < k.right && k.left < box.right && box.top < k.bottom && k.top < box.bottom,
    );
    if (overlaps || taken({ minX: box.left, minY: box.top, maxX: box.right, maxY: box.bottom })) continue;
    kept.push(box);
    shown.push(c);
    named.add(c.name);
  }
  return shown;
}
