// The rings an export holds: each shown system from each launch point, in that order, with exact geometry
// from the geodesy core, rounded to 7 decimals. A system with no positive, finite range has no ring.
import type { MultiPolygon, Polygon } from 'geojson';
import { rangeRing } from '../geo';
import type { SystemEntry } from '../panels';
import type { Scenario, Site } from '../scenario';
import { roundGeometry } from './roundGeometry';

export const DEFAULT_EXPORT_VERTICES = 360;

export interface ExportRing {
  site: Site;
  system: SystemEntry;
  rangeM: number;
  /** RFC 7946: split at 180°, exteriors counter-clockwise, 7 decimals. */
  geometry: Polygon | MultiPolygon;
}

/**
 * Every ring of a scenario, site by site, each site's systems in the order given.
 *
 * @example
 * exportRings(defaultScenario([{ id: 'atacms' }]), [atacms]).map((r) => r.rangeM); // [300000]
 */
export function exportRings(
  scenario: Scenario,
  systems: readonly SystemEntry[],
  vertices: number = DEFAULT_EXPORT_VERTICES,
): ExportRing[] {
  return scenario.sites.flatMap((site) =>
    systems.flatMap((system) => {
      if (!(Number.isFinite(system.rangeKm) && system.rangeKm > 0)) return [];
      const rangeM = metres(system.rangeKm);
      const ring = rangeRing(site.lonLat, rangeM, { vertices });
      const geometry = roundGeometry(ring.geometry);
      return geometry.coordinates.length > 0 ? [{ site, system, rangeM, geometry }] : [];
    }),
  );
}

/**
 * Kilometres to metres without binary noise: 1.1 km is 1100 m, not 1100.0000000000002.
 *
 * @example
 * metres(1.1); // 1100
 */
export function metres(km: number): number {
  return Math.round(km * 1e6) / 1e3;
}
