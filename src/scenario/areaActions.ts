// Verbs over the launch areas. Each returns a new scenario and never mutates its input; an unknown code, an
// area already there or a full map returns it unchanged. An empty list is left out, as restore() leaves it.
import { countryByCode } from '../data';
import type { LonLat } from '../geo';
import { areaKey } from './areaName';
import { MAX_AREA_LABEL_LENGTH, MAX_AREA_VERTICES } from './limits';
import { MAX_AREAS } from './restoreAreas';
import type { DrawnArea, FileArea, LaunchArea, Scenario } from './types';

/**
 * Adds a country of the basemap as a launch area, by its ISO 3166-1 alpha-2 code.
 *
 * @example
 * addCountryArea(s, 'ua').areas; // [{ kind: 'country', code: 'UA' }]
 */
export function addCountryArea(s: Scenario, code: string): Scenario {
  const country = countryByCode(code);
  const areas = s.areas ?? [];
  if (!country || areas.length >= MAX_AREAS || areas.some((area) => areaKey(area) === country.code)) return s;
  return { ...s, areas: [...areas, { kind: 'country', code: country.code }] };
}

/**
 * The id the next drawn or file area gets: one more than the highest `aN` of the scenario.
 *
 * @example
 * nextAreaId({ ...s, areas: [{ kind: 'line', id: 'a2', lonLats: [] }] }); // 'a3'
 */
export function nextAreaId(s: Scenario): string {
  const numbers = (s.areas ?? []).map((area) => Number(/^a(\d+)$/.exec(areaKey(area))?.[1] ?? 0));
  return `a${Math.max(0, ...numbers) + 1}`;
}

/**
 * Adds a drawn line or polygon with the vertices given (at most MAX_AREA_VERTICES are kept).
 *
 * @example
 * addDrawnArea(s, 'line', [[36.2, 49.9], [37.5, 48.6]]).areas; // [{ kind: 'line', id: 'a1', lonLats: […] }]
 */
export function addDrawnArea(s: Scenario, kind: DrawnArea['kind'], lonLats: readonly LonLat[]): Scenario {
  const areas = s.areas ?? [];
  if (areas.length >= MAX_AREAS) return s;
  const area: DrawnArea = {
    kind,
    id: nextAreaId(s),
    lonLats: lonLats.slice(0, MAX_AREA_VERTICES).map(([lon, lat]): LonLat => [lon, lat]),
  };
  return { ...s, areas: [...areas, area] };
}

/**
 * Adds the lines and polygons of a file as one launch area.
 *
 * @example
 * addFileArea(s, { label: 'Front line', fileName: 'front.geojson', geometry }).areas?.[0].id; // 'a1'
 */
export function addFileArea(s: Scenario, file: Omit<FileArea, 'kind' | 'id'>): Scenario {
  const areas = s.areas ?? [];
  if (areas.length >= MAX_AREAS) return s;
  return { ...s, areas: [...areas, { kind: 'file', id: nextAreaId(s), ...file }] };
}

/**
 * Replaces a drawn area's vertices: a dragged, typed, added or removed vertex.
 *
 * @example
 * setAreaVertices(s, 'a1', [[36, 48], [38, 49]]);
 */
export function setAreaVertices(s: Scenario, id: string, lonLats: readonly LonLat[]): Scenario {
  return updateDrawn(s, id, (area) => ({
    ...area,
    lonLats: lonLats.slice(0, MAX_AREA_VERTICES).map(([lon, lat]): LonLat => [lon, lat]),
  }));
}

/**
 * Moves one vertex of a drawn area.
 *
 * @example
 * moveAreaVertex(s, 'a1', 0, [36.5, 48.2]);
 */
export function moveAreaVertex(s: Scenario, id: string, index: number, lonLat: LonLat): Scenario {
  return updateDrawn(s, id, (area) =>
    index < 0 || index >= area.lonLats.length
      ? area
      : { ...area, lonLats: area.lonLats.map((old, i): LonLat => (i === index ? [...lonLat] : old)) },
  );
}

/**
 * Names a drawn or file area; an empty name gives a drawn area back its made-up one ("Drawn line 1").
 *
 * @example
 * renameArea(s, 'a1', 'Front line').areas?.[0].label; // 'Front line'
 */
export function renameArea(s: Scenario, id: string, label: string): Scenario {
  const text = [...label.trim()].slice(0, MAX_AREA_LABEL_LENGTH).join('');
  const areas = s.areas ?? [];
  const next = areas.map((area): LaunchArea => {
    if (area.kind === 'country' || area.id !== id) return area;
    if (area.kind === 'file') return text === '' ? area : { ...area, label: text };
    const { label: _, ...rest } = area;
    return text === '' ? rest : { ...rest, label: text };
  });
  return next.every((area, i) => area === areas[i]) ? s : { ...s, areas: next };
}

/**
 * Removes a launch area by its key: a country's code, another area's id.
 *
 * @example
 * removeArea(addCountryArea(s, 'UA'), 'UA').areas; // undefined
 */
export function removeArea(s: Scenario, key: string): Scenario {
  const areas = (s.areas ?? []).filter((area) => areaKey(area) !== key);
  if (areas.length === (s.areas ?? []).length) return s;
  const { areas: _, ...rest } = s;
  return areas.length > 0 ? { ...rest, areas } : rest;
}

function updateDrawn(s: Scenario, id: string, change: (area: DrawnArea) => DrawnArea): Scenario {
  const areas = s.areas ?? [];
  let changed = false;
  const next = areas.map((area) => {
    if (area.kind === 'country' || area.kind === 'file' || area.id !== id) return area;
    const updated = change(area);
    changed ||= updated !== area;
    return updated;
  });
  return changed ? { ...s, areas: next } : s;
}
