// The distance map's scale: concentric circles at round distances from the centre in the reader's unit, their
// labels, and optional azimuth spokes, as plain lon/lat lines for any painter (computed with GeographicLib,
// so each vertex is at its true distance). Circles stop short of the antipode's cut locus (~19,950 km).
import type { LineString } from 'geojson';
import { azimuthalEquidistant, HALF_MERIDIAN_M, type LonLat } from '../geo';
import { type DistanceUnit, formatDistance, KM_PER_UNIT } from '../scenario';

export interface DistanceCircle {
  /** The circle's true radius: geodesic distance from the centre. */
  distanceM: number;
  /** "1,000 km", in the unit asked for. */
  label: string;
  /** Where the label goes: on the circle, at the graticule's label azimuth. */
  labelAt: LonLat;
  /** The circle, closed, longitudes in [-180, 180]. */
  line: LineString;
}

export interface DistanceSpoke {
  azimuthDeg: number;
  /** From the centre out to the last circle (or the rim's edge), along the geodesic at this azimuth. */
  line: LineString;
}

export interface DistanceGraticule {
  /** The distance between circles, in the unit: 1, 2, 5, 10, 20, 50, … */
  step: number;
  unit: DistanceUnit;
  circles: DistanceCircle[];
  spokes: DistanceSpoke[];
}

export interface DistanceGraticuleOptions {
  /** How far from the centre the view reaches (e.g. to its farthest corner): sets the step. */
  reachM: number;
  unit: DistanceUnit;
  /** A spoke every this many degrees of azimuth from north (e.g. 30); none when absent. */
  spokeEveryDeg?: number;
  /** Default 180: labels are stacked straight below the centre. */
  labelAzimuthDeg?: number;
  /** Vertices per circle; default 360. */
  vertices?: number;
  locale?: string;
}

// More circles than this crowd the map; the step grows to the next round value instead.
const MAX_CIRCLES = 8;
// Past this distance some azimuths have crossed the cut locus: their circle would not be a circle.
const LAST_CIRCLE_M = 19_900_000;
const SPOKE_POINTS = 64;

/**
 * Concentric circles every `step` (the smallest of 1, 2, 5 × 10ⁿ in the unit that gives at most 8 within
 * `reachM`), labelled, plus spokes if asked.
 *
 * @example
 * const g = distanceGraticule([36.2304, 49.9935], { reachM: 3_000_000, unit: 'km' });
 * g.step; // 500
 * g.circles.map((c) => c.label); // ['500 km', '1,000 km', …, '3,000 km']
 */
export function distanceGraticule(centre: LonLat, options: DistanceGraticuleOptions): DistanceGraticule {
  const { unit } = options;
  const metresPerUnit = KM_PER_UNIT[unit] * 1000;
  const reachM = Math.min(Math.max(options.reachM, 0), HALF_MERIDIAN_M);
  const { step } = distanceScaleStep(reachM, unit);
  const plane = azimuthalEquidistant(centre);
  const at = (azimuthDeg: number, distanceM: number): LonLat => {
    const azimuth = (azimuthDeg * Math.PI) / 180;
    return plane.inverse([distanceM * Math.sin(azimuth), distanceM * Math.cos(azimuth)]);
  };
  const vertices = Math.max(8, Math.round(options.vertices ?? 360));
  const labelAzimuthDeg = options.labelAzimuthDeg ?? 180;
  const circles: DistanceCircle[] = [];
  for (let k = 1; ; k++) {
    const distanceM = k * step * metresPerUnit;
    if (distanceM > reachM || distanceM > LAST_CIRCLE_M) break;
    const coordinates = Array.from({ length: vertices }, (_, i) => at((360 * i) / vertices, distanceM));
    coordinates.push(coordinates[0] as LonLat);
    circles.push({
      distanceM,
      label: formatDistance((k * step * metresPerUnit) / 1000, unit, options.locale),
      labelAt: at(labelAzimuthDeg, distanceM),
      line: { type: 'LineString', coordinates },
    });
  }
  const spokes: DistanceSpoke[] = [];
  const every = options.spokeEveryDeg;
  if (every !== undefined && every > 0 && every <= 360) {
    const lengthM = circles.at(-1)?.distanceM ?? Math.min(reachM, LAST_CIRCLE_M);
    for (let azimuthDeg = 0; azimuthDeg < 360 - 1e-9; azimuthDeg += every) {
      const coordinates = Array.from({ length: SPOKE_POINTS + 1 }, (_, i) =>
        at(azimuthDeg, (lengthM * i) / SPOKE_POINTS),
      );
      spokes.push({ azimuthDeg, line: { type: 'LineString', coordinates } });
    }
  }
  return { step, unit, circles, spokes };
}

/**
 * How far from the centre a view reaches: the distance to its farthest corner, at most half a meridian.
 * `pixelsPerMetre` is the projection's true scale; `centrePx` where the centre is drawn.
 *
 * @example
 * viewReachM([400, 300], [800, 600], 1e-4); // 5,000,000 m: the corners are 500 px from the centre
 */
export function viewReachM(
  centrePx: [number, number],
  sizePx: [number, number],
  pixelsPerMetre: number,
): number {
  const [cx, cy] = centrePx;
  const [w, h] = sizePx;
  const farthestPx = Math.max(
    Math.hypot(cx, cy),
    Math.hypot(w - cx, cy),
    Math.hypot(cx, h - cy),
    Math.hypot(w - cx, h - cy),
  );
  return Math.min(farthestPx / pixelsPerMetre, HALF_MERIDIAN_M);
}

/**
 * The step distanceGraticule takes for a reach, and how many circles it draws: two reaches with the same answer
 * have the same graticule (a view can keep it while it pans or zooms a little).
 *
 * @example
 * distanceScaleStep(3_000_000, 'km'); // { step: 500, count: 6 }
 */
export function distanceScaleStep(reachM: number, unit: DistanceUnit): { step: number; count: number } {
  const metresPerUnit = KM_PER_UNIT[unit] * 1000;
  const reach = Math.min(Math.max(reachM, 0), HALF_MERIDIAN_M);
  const step = roundStep(reach / metresPerUnit / MAX_CIRCLES);
  const count = Math.floor(Math.min(reach, LAST_CIRCLE_M) / (step * metresPerUnit));
  return { step, count };
}

// The smallest of 1, 2, 5 × 10ⁿ that is at least `least` (and at least 1).
function roundStep(least: number): number {
  for (let power = 1; ; power *= 10) {
    for (const m of [1, 2, 5]) if (m * power >= least) return m * power;
  }
}
