// The published bands an export holds: for each shown system with a band (both ends given, as the map draws
// them), from each launch point, the area between its two ends, with exact geometry from the geodesy core
// (rangeBand), rounded to 7 decimals. A band the map does not draw (reaching half the equator) is left out.
import type { MultiPolygon, Polygon } from 'geojson';
import { drawsBand } from '../data';
import { geodesicFan, rangeBand } from '../geo';
import type { SystemEntry } from '../panels';
import type { Scenario, Site } from '../scenario';
import { DEFAULT_EXPORT_VERTICES, metres, normalLonLat } from './exportRings';
import { roundGeometry } from './roundGeometry';

export interface ExportBand {
  site: Site;
  system: SystemEntry;
  minM: number;
  maxM: number;
  /** RFC 7946: a polygon with the band's inner edge as its hole, split at 180°, 7 decimals. */
  geometry: Polygon | MultiPolygon;
}

/**
 * Every published band of a scenario, site by site, each site's systems in the order given.
 *
 * @example
 * exportBands(defaultScenario([{ id: 'eram' }]), [eram]).map((b) => [b.minM, b.maxM]); // [[240000, 460000]]
 */
export function exportBands(
  scenario: Scenario,
  systems: readonly SystemEntry[],
  vertices: number = DEFAULT_EXPORT_VERTICES,
): ExportBand[] {
  const banded = systems.filter(drawsBand);
  if (banded.length === 0) return [];
  return scenario.sites.flatMap((site) => {
    const fan = geodesicFan(normalLonLat(site.lonLat), vertices);
    return banded.flatMap((system) => {
      if (!drawsBand(system)) return [];
      const [minM, maxM] = [metres(system.rangeMinKm), metres(system.rangeMaxKm)];
      const band = rangeBand(site.lonLat, minM, maxM, { vertices, fan });
      return band ? [{ site, system, minM, maxM, geometry: roundGeometry(band.geometry) }] : [];
    });
  });
}
