// How many vertices a range ring needs so that, drawn on 256-px Web Mercator tiles at a zoom, no chord
// strays from the true circle by more than a given fraction of a pixel; and no more than that.
import { checkCenter, checkRangeM } from './checkRingInput';
import type { LonLat } from './types';

const EARTH_MEAN_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE_LATITUDE = 111.2;
const MERCATOR_MAX_LAT_DEG = 85.0511287798;
export const MIN_RING_VERTICES = 32;
export const MAX_RING_VERTICES = 8192;
/** The most a chord strays from the true ring by default: half a pixel. */
export const MAX_ERROR_PX = 0.5;

/**
 * Vertex count for a ring of `rangeM` around `center` drawn at `zoom`, with chord error under
 * `maxErrorPx` pixels (default ½). Uses n ≥ 8·√(π·2^z·sec φₙ·sin σ·(cos σ + sin σ·tan φₙ) / e), where
 * σ is the range as an angle and φₙ the ring's most poleward latitude (capped at Mercator's limit):
 * the sagitta of an arc of the ring's largest curvature radius in pixels. Rounded up to a multiple of 4,
 * within [32, 8192].
 *
 * @example
 * verticesForZoom([36.23, 49.99], 1_600_000, 6); // ≈ 148 (1 px would need 105)
 */
export function verticesForZoom(
  center: LonLat,
  rangeM: number,
  zoom: number,
  maxErrorPx = MAX_ERROR_PX,
): number {
  checkCenter(center);
  checkRangeM(rangeM);
  if (!Number.isFinite(zoom)) throw new RangeError(`zoom must be a finite number, got ${zoom}`);
  if (!(maxErrorPx > 0)) throw new RangeError(`maxErrorPx must be > 0, got ${maxErrorPx}`);
  const rangeKm = rangeM / 1000;
  const sigma = Math.min(rangeKm / EARTH_MEAN_RADIUS_KM, Math.PI / 2);
  const phiN =
    (Math.min(Math.abs(center[1]) + rangeKm / KM_PER_DEGREE_LATITUDE, MERCATOR_MAX_LAT_DEG) * Math.PI) / 180;
  const curvature = (Math.sin(sigma) * (Math.cos(sigma) + Math.sin(sigma) * Math.tan(phiN))) / Math.cos(phiN);
  const n = 8 * Math.sqrt((Math.PI * 2 ** zoom * curvature) / maxErrorPx);
  const bounded = Math.min(MAX_RING_VERTICES, Math.max(MIN_RING_VERTICES, Math.ceil(n)));
  return Math.ceil(bounded / 4) * 4;
}
