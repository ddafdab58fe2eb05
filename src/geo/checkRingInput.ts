// Validation shared by the geodesy functions: a clear RangeError that names the bad argument and its value.
import type { LonLat } from './types';

/**
 * Throws a RangeError unless `center` is a finite `[lon, lat]` with lat in [-90, 90].
 *
 * @example
 * checkCenter([36.23, 49.99]); // passes
 * checkCenter([36.23, 95]);    // throws RangeError: latitude must be within [-90, 90], got 95
 */
export function checkCenter(center: LonLat, name = 'center'): void {
  if (!Array.isArray(center) || center.length < 2) {
    throw new RangeError(`${name} must be [lon, lat], got ${String(center)}`);
  }
  const [lon, lat] = center;
  if (typeof lon !== 'number' || !Number.isFinite(lon)) {
    throw new RangeError(`${name} longitude must be a finite number, got ${String(lon)}`);
  }
  if (typeof lat !== 'number' || !Number.isFinite(lat) || lat < -90 || lat > 90) {
    throw new RangeError(`${name} latitude must be within [-90, 90], got ${String(lat)}`);
  }
}

/**
 * Throws a RangeError unless `rangeM` is a finite number ≥ 0 (metres).
 *
 * @example
 * checkRangeM(1_600_000); // passes
 * checkRangeM(-1);        // throws RangeError: range must be a finite distance ≥ 0 m, got -1
 */
export function checkRangeM(rangeM: number): void {
  if (typeof rangeM !== 'number' || !Number.isFinite(rangeM) || rangeM < 0) {
    throw new RangeError(`range must be a finite distance ≥ 0 m, got ${String(rangeM)}`);
  }
}

/**
 * Throws a RangeError unless `vertices` is a whole number from 8 to 100,000.
 *
 * @example
 * checkVertexCount(256); // passes
 */
export function checkVertexCount(vertices: number): void {
  if (!Number.isInteger(vertices) || vertices < 8 || vertices > 100_000) {
    throw new RangeError(`vertices must be a whole number from 8 to 100000, got ${String(vertices)}`);
  }
}
