// The reach areas' working plane: the ellipsoidal azimuthal equidistant projection, under the names the reach
// code uses. The model stops at the centre's cut locus: points within a few hundred km of its antipode do not map back.
import { azimuthalEquidistant, type PlanePoint } from './azimuthalEquidistant';
import type { LonLat } from './types';

/** A point of the frame in metres: x east along the centre's azimuth 90°, y north along azimuth 0°. */
export type FramePoint = PlanePoint;

export interface AeqdFrame {
  center: LonLat;
  /** Geodesic azimuth and distance from the centre, as x = s·sin(azimuth), y = s·cos(azimuth). */
  project(p: LonLat): FramePoint;
  /** The position at the frame point's azimuth and distance from the centre. */
  unproject(q: FramePoint): LonLat;
}

/**
 * The azimuthal-equidistant frame centred on `center`: distances and azimuths from the centre are true.
 *
 * @example
 * const frame = aeqdFrame([36.23, 49.99]);
 * const [x, y] = frame.project([30.52, 50.45]); // Kyiv, about 410 km west of Kharkiv
 * frame.unproject([x, y]); // ≈ [30.52, 50.45]
 */
export function aeqdFrame(center: LonLat): AeqdFrame {
  const projection = azimuthalEquidistant(center);
  return { center: projection.centre, project: projection.forward, unproject: projection.inverse };
}
