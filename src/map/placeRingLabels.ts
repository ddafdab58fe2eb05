// Where the labels of one launch point's rings go: each at the top of its ring (its northernmost point, or
// its southernmost when the ring encloses the North Pole), unless that would cover a label placed before
// it; then along its own ring to the nearest azimuth where its estimated screen box is clear. Boxes are
// measured in Web Mercator pixels at the zoom the rings are built for; labels of other launch points are
// not looked at.
import type { LatLngTuple } from 'leaflet';
import { destination, distanceM, type LonLat } from '../geo';
import { LABEL_HEIGHT_PX, labelWidthPx } from './labelWidthPx';
import { toLatLng } from './toLatLng';

export interface LabelSpec {
  rangeKm: number;
  text: string;
}

/** Azimuth step between tries, in degrees: 0, +20, −20, +40, … , ±160, 180 from the top of the ring. */
export const LABEL_STEP_DEG = 20;
const TRIES = 360 / LABEL_STEP_DEG;
/** Clear space kept between two labels, in px. */
const GAP_PX = 2;
/** `.ring-label` is moved up by 115 % of its height from its anchor (src/app/app.css). */
const RAISE = 1.15;
const MAX_RANGE_M = 19_000_000;
const MAX_MERCATOR_LAT = 85.051_128_78;
const TILE_PX = 256;

/**
 * The anchor of each label, in the order given; give the largest ring first, as its label keeps the top.
 * A label that finds no clear place takes the one where it covers the least of the others.
 *
 * @example
 * placeRingLabels([36.23, 49.99], [{ rangeKm: 300, text: 'ATACMS · 300 km' },
 *   { rangeKm: 300, text: 'Fateh-110 · 300 km' }], 6); // the second moves 20° east along the ring
 */
export function placeRingLabels(center: LonLat, labels: readonly LabelSpec[], zoom: number): LatLngTuple[] {
  const worldPx = TILE_PX * 2 ** zoom;
  const northPoleKm = distanceM(center, [center[0], 90]) / 1000;
  // left, top, right, bottom of each placed label, in world pixels
  const boxes = new Float64Array(labels.length * 4);
  const anchors: LatLngTuple[] = [];
  for (let i = 0; i < labels.length; i++) {
    const { rangeKm, text } = labels[i] as LabelSpec;
    const halfWidth = labelWidthPx(text) / 2 + GAP_PX / 2;
    const topAzimuth = rangeKm > northPoleKm ? 180 : 0;
    const rangeM = Math.min(rangeKm * 1000, MAX_RANGE_M);
    let best: LatLngTuple = [0, 0];
    let leastOverlap = Number.POSITIVE_INFINITY;
    for (let k = 0; k < TRIES && leastOverlap > 0; k++) {
      const step = Math.ceil(k / 2) * LABEL_STEP_DEG;
      const [lon, lat] = destination(center, topAzimuth + (k % 2 === 1 ? step : -step), rangeM);
      // beside the launch point, not on another copy of the world (Leaflet does not wrap markers)
      const nearLon = center[0] + ((((lon - center[0] + 180) % 360) + 360) % 360) - 180;
      const x = ((nearLon + 180) / 360) * worldPx;
      const y = mercatorY(lat) * worldPx;
      const left = x - halfWidth;
      const right = x + halfWidth;
      const top = y - RAISE * LABEL_HEIGHT_PX - GAP_PX / 2;
      const bottom = top + LABEL_HEIGHT_PX + GAP_PX;
      let overlap = 0;
      for (let j = 0; j < i * 4; j += 4) {
        const w = Math.min(right, boxes[j + 2] as number) - Math.max(left, boxes[j] as number);
        const h = Math.min(bottom, boxes[j + 3] as number) - Math.max(top, boxes[j + 1] as number);
        if (w > 0 && h > 0) overlap += w * h;
      }
      if (overlap < leastOverlap) {
        leastOverlap = overlap;
        best = toLatLng([nearLon, lat]);
        boxes[i * 4] = left;
        boxes[i * 4 + 1] = top;
        boxes[i * 4 + 2] = right;
        boxes[i * 4 + 3] = bottom;
      }
    }
    anchors.push(best);
  }
  return anchors;
}

/** Web Mercator y of a latitude, 0 at the top of the world and 1 at the bottom. */
function mercatorY(latDeg: number): number {
  const lat = (Math.max(-MAX_MERCATOR_LAT, Math.min(MAX_MERCATOR_LAT, latDeg)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + lat / 2)) / Math.PI) / 2;
}
