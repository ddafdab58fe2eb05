// The rings an export holds: each shown system from each launch point, in that order, with exact geometry
// from the geodesy core, rounded to 7 decimals. A system with no positive, finite range has no ring.
import type { MultiPolygon, Polygon } from 'geojson';
import { geodesicFan, type LonLat, rangeRing } from '../geo';
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
  return scenario.sites.flatMap((site) => {
    // one fan of geodesics per launch point, shared by its rings: setting up a geodesic costs more than a point on it
    const fan = geodesicFan(normalLonLat(site.lonLat), vertices);
    return systems.flatMap((system) => {
      if (!(Number.isFinite(system.rangeKm) && system.rangeKm > 0)) return [];
      const rangeM = metres(system.rangeKm);
      const ring = rangeRing(site.lonLat, rangeM, { vertices, fan });
      const geometry = roundGeometry(ring.geometry);
      return geometry.coordinates.length > 0 ? [{ site, system, rangeM, geometry }] : [];
    });
  });
}

/** The centre as rangeRing traces it, longitude in [-180, 180], so that the fan is used for it. */
export function normalLonLat([lon, lat]: LonLat): LonLat {
  return [lon >= -180 && lon <= 180 ? lon : ((((lon + 180) % 360) + 360) % 360) - 180, lat];
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
