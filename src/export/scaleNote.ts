// The note under an exported image on what its view keeps true: Web Mercator keeps none of distance, the globe
// keeps it near its centre, the distance map keeps it from its centre in every direction.
import type { Scenario } from '../scenario';

export const GLOBE_NOTE =
  'Globe: shapes and distances true near the centre. Rings are exact geodesic distances on the WGS84 ellipsoid.';

/**
 * The note for the scenario's view; `mapNote` is the Web Mercator map's.
 *
 * @example
 * scaleNote({ ...scenario, projection: 'distance' }, SCALE_NOTE);
 * // 'Distances from Kharkiv are true in every direction (azimuthal equidistant). Rings are exact …'
 */
export function scaleNote(scenario: Scenario, mapNote: string): string {
  if (scenario.projection === 'globe') return GLOBE_NOTE;
  if (scenario.projection !== 'distance') return mapNote;
  const centre = scenario.sites.find((s) => s.id === scenario.centreSiteId) ?? scenario.sites[0];
  const from = centre ? `Distances from ${centre.label}` : 'Distances from the centre';
  return `${from} are true in every direction (azimuthal equidistant). Rings are exact geodesic distances on the WGS84 ellipsoid.`;
}
