// The distance scale a distance map shows for its state and size: the graticule of round distances from the
// centre out to the view's farthest corner. Panning and zooming a little keep the same circles, so the last
// graticule is kept while its step and count stay, and frames do not solve thousands of geodesics again.
import { EQUATORIAL_RADIUS_M } from '../geo';
import type { DistanceUnit } from '../scenario';
import {
  type DistanceGraticule,
  distanceGraticule,
  distanceScaleStep,
  viewReachM,
} from './distanceGraticule';
import { scaleForZoom, type ViewSize, type ViewState } from './viewProjection';

/** Vertices per circle: at a few hundred pixels of radius, a 2° chord is not seen. */
const CIRCLE_VERTICES = 180;

/**
 * A function from a distance map's state and size to its scale in `unit`, remembering the last one.
 *
 * @example
 * const scaleOf = distanceScaleFor('km');
 * scaleOf({ center: [36.23, 49.99], zoom: 3, offset: [0, 0] }, { width: 800, height: 600 }).step; // 500
 */
export function distanceScaleFor(
  unit: DistanceUnit,
  locale?: string,
): (state: ViewState, size: ViewSize) => DistanceGraticule {
  let last: { key: string; graticule: DistanceGraticule } | null = null;
  return (state, size) => {
    const pixelsPerMetre = scaleForZoom(state.zoom) / EQUATORIAL_RADIUS_M;
    const centrePx: [number, number] = [size.width / 2 + state.offset[0], size.height / 2 + state.offset[1]];
    const reachM = viewReachM(centrePx, [size.width, size.height], pixelsPerMetre);
    const { step, count } = distanceScaleStep(reachM, unit);
    const key = `${state.center[0]},${state.center[1]}|${step}|${count}`;
    if (last?.key !== key) {
      const graticule = distanceGraticule(state.center, {
        reachM,
        unit,
        vertices: CIRCLE_VERTICES,
        ...(locale ? { locale } : {}),
      });
      last = { key, graticule };
    }
    return last.graticule;
  };
}
