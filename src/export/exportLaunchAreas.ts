// The launch areas an export holds: each area's own geometry as its reach was computed from it (a country's
// outline as the map has loaded it, a drawn line or polygon, a file's lines and polygons), rounded to 7
// decimals, with the area's name.
import type { Geometry } from 'geojson';
import { areaName, type LaunchArea, launchAreaSource, type Scenario } from '../scenario';
import { roundSourceGeometry } from './roundSourceGeometry';

export interface ExportLaunchArea {
  area: LaunchArea;
  /** `Ukraine`, `Drawn line 1`, a file's label */
  label: string;
  /** A country's Natural Earth scale, e.g. `50m`. */
  scale?: string;
  geometry: Geometry;
}

/**
 * Every launch area of a scenario with something to measure from, in the order added; a country the basemap
 * lacks, or a drawn area with no vertex yet, is left out.
 *
 * @example
 * exportLaunchAreas(addCountryArea(s, 'UA'))[0]; // { area, label: 'Ukraine', scale: '110m', geometry }
 */
export function exportLaunchAreas(scenario: Scenario): ExportLaunchArea[] {
  return (scenario.areas ?? []).flatMap((area) => {
    const source = launchAreaSource(area);
    if (!source) return [];
    return [
      {
        area,
        label: areaName(area),
        ...(source.scale !== undefined ? { scale: source.scale } : {}),
        geometry: roundSourceGeometry(source.geometry),
      },
    ];
  });
}
