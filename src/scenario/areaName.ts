// The name a launch area goes by in labels, lists, summaries and exports: a country's name from the basemap.
import { countryByCode } from '../data';
import type { LaunchArea } from './types';

/**
 * The area's name: a country's name, or its code when the basemap does not know it.
 *
 * @example
 * areaName({ kind: 'country', code: 'UA' }); // 'Ukraine'
 * areaName({ kind: 'country', code: 'ZZ' }); // 'ZZ'
 */
export function areaName(area: LaunchArea): string {
  return countryByCode(area.code)?.name ?? area.code;
}
