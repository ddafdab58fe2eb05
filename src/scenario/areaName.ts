// What a launch area is called wherever it is shown: a country's name, the label the user gave, or a name
// made from its kind and number ("Drawn line 2"). Also the key that tells areas apart in lists and jobs.
import { countryByCode } from '../data';
import type { LaunchArea } from './types';

/**
 * The area's name for lists, labels, messages and exports.
 *
 * @example
 * areaName({ kind: 'country', code: 'UA' }); // 'Ukraine'
 * areaName({ kind: 'line', id: 'a2', lonLats: [] }); // 'Drawn line 2'
 * areaName({ kind: 'polygon', id: 'a3', label: 'Patrol box', lonLats: [] }); // 'Patrol box'
 */
export function areaName(area: LaunchArea): string {
  if (area.kind === 'country') return countryByCode(area.code)?.name ?? area.code;
  if (area.label !== undefined && area.label !== '') return area.label;
  if (area.kind === 'file') return area.fileName;
  const number = /^a(\d+)$/.exec(area.id)?.[1] ?? area.id;
  return `${area.kind === 'line' ? 'Drawn line' : 'Drawn area'} ${number}`;
}

/**
 * What tells an area apart from the others of a scenario: a country's code, any other area's id.
 *
 * @example
 * areaKey({ kind: 'country', code: 'UA' }); // 'UA'
 * areaKey({ kind: 'line', id: 'a1', lonLats: [] }); // 'a1'
 */
export function areaKey(area: LaunchArea): string {
  return area.kind === 'country' ? area.code : area.id;
}
