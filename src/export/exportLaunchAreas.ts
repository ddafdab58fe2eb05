// The launch areas an export holds: each area's outline as its reach was computed from it (the outline the
// map has loaded), rounded to 7 decimals, with the area's name.
import type { MultiPolygon, Polygon } from 'geojson';
import { countryOutline } from '../data';
import { areaName, type Scenario } from '../scenario';
import { roundGeometry } from './roundGeometry';

export interface ExportLaunchArea {
  /** `UA` */
  code: string;
  /** `Ukraine` */
  label: string;
  /** Natural Earth scale of the outline. */
  scale: string;
  geometry: Polygon | MultiPolygon;
}

/**
 * Every launch area of a scenario with an outline, in the order added; one the basemap lacks is left out.
 *
 * @example
 * exportLaunchAreas(addCountryArea(s, 'UA'))[0]; // { code: 'UA', label: 'Ukraine', scale: '110m', geometry }
 */
export function exportLaunchAreas(scenario: Scenario): ExportLaunchArea[] {
  return (scenario.areas ?? []).flatMap((area) => {
    const outline = countryOutline(area.code);
    if (!outline) return [];
    return [
      {
        code: area.code,
        label: areaName(area),
        scale: outline.scale,
        geometry: roundGeometry(outline.geometry),
      },
    ];
  });
}
