// A ring's Web Mercator coordinates, made before its first drawing would make them.
import type { SiteRings } from './ringGeometry';
import { unitRings } from './unitRings';

/**
 * Makes the packed coordinates RingPath draws from (unitRings keeps them with each path's arrays).
 *
 * @example
 * prepareDrawing(siteRings([30.52, 50.45], [{ systemId: 'atacms', rangeKm: 300 }], 5)[0]);
 */
export function prepareDrawing({ ring, band }: SiteRings): void {
  unitRings(ring.fill);
  unitRings(ring.outline);
  if (band) {
    unitRings(band.fill);
    unitRings(band.outline);
  }
}
