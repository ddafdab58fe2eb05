// Writes a scenario as a readable query string that a journalist can edit by hand. Positions keep 5 decimals
// (about 1 m) and zoom 2, so a link is exact only to that; site ids are not written (they come back `s1`, `s2`, …).

import type { Source } from '../data';
import { customSystemId } from './customSystemId';
import { defaultScenario } from './defaultScenario';
import { encodeDrawnAreas } from './drawnAreasUrl';
import { formatLonLat } from './formatLonLat';
import { rangeUrlText } from './rangeUrlText';
import { WORD_FIELDS } from './restoreWords';
import type { CustomSystem, Mark, Scenario, Site } from './types';
import { SOURCE_URL_FIELDS } from './urlParameters';
import { encodeUrlText, formatUrlNumber } from './urlText';

const COORDINATE_DECIMALS = 5;
const ZOOM_DECIMALS = 2;

/**
 * The query string of a scenario, without '?': `sites`, `systems`, `from` (countries as launch areas), `areas`
 * (drawn lines and polygons; a file's areas are left out), `custom`, `units`, `view`, `title`, `subtitle`,
 * `credit`, `note`, `theme`, `basemap`, `colors`, `marks`, `projection`, `centre` (in the distance view) in that
 * order. `sites` and `systems` are always written;
 * the others only when they differ from what `decodeScenarioUrl` fills in. Pass `defaults` = `defaultScenario(systems)`: values equal to it are
 * left out where that stays unambiguous, and its systemIds tell custom system ids from the data file's.
 *
 * @example
 * encodeScenarioUrl(defaultScenario([{ id: 'atacms' }]));
 * // 'sites=49.9935,36.2304,Kharkiv&systems=atacms'
 * encodeScenarioUrl({ ...s, customSystems: [{ id: 'custom-fateh-110', name: 'Fateh-110', rangeKm: 300 }] });
 * // '…&custom=Fateh-110:300km'
 */
export function encodeScenarioUrl(s: Scenario, defaults?: Scenario): string {
  const implicit = defaultScenario([]);
  const omits = <K extends 'units' | 'title' | 'theme' | 'basemap'>(key: K) =>
    s[key] === implicit[key] && (defaults === undefined || defaults[key] === implicit[key]);
  const urlIds = customIdsInUrl(s.customSystems, defaults?.systemIds ?? []);
  const parts = [
    `sites=${s.sites.map(siteText).join(';')}`,
    `systems=${s.systemIds.map((id) => encodeUrlText(urlIds.get(id) ?? id)).join(',')}`,
  ];
  const countries = (s.areas ?? []).flatMap((area) => (area.kind === 'country' ? [area.code] : []));
  if (countries.length > 0) parts.push(`from=${countries.join(',')}`);
  const drawn = encodeDrawnAreas(s.areas ?? []);
  if (drawn !== undefined) parts.push(`areas=${drawn}`);
  if (s.customSystems.length > 0) parts.push(`custom=${s.customSystems.map(customText).join(';')}`);
  if (!omits('units')) parts.push(`units=${s.units}`);
  if (s.view) {
    const [lon, lat] = s.view.center;
    const zoom = formatUrlNumber(s.view.zoom, ZOOM_DECIMALS);
    parts.push(`view=${coordinate(lat)},${coordinate(lon)},${zoom}`);
  }
  if (!omits('title')) parts.push(`title=${encodeUrlText(s.title)}`);
  for (const field of WORD_FIELDS) {
    const word = s[field];
    if (word) parts.push(`${field}=${encodeUrlText(word)}`);
  }
  if (!omits('theme')) parts.push(`theme=${s.theme}`);
  if (!omits('basemap')) parts.push(`basemap=${s.basemap}`);
  const colors = Object.entries(s.colors ?? {});
  if (colors.length > 0) {
    const text = colors.map(([id, color]) => `${encodeUrlText(urlIds.get(id) ?? id)}:${color.slice(1)}`);
    parts.push(`colors=${text.join(',')}`);
  }
  if (s.marks && s.marks.length > 0) parts.push(`marks=${s.marks.map(siteText).join(';')}`);
  if (s.projection !== undefined && s.projection !== 'map') parts.push(`projection=${s.projection}`);
  // The distance map's centre, by position (a link's sites carry no ids); the first is the default.
  const centreAt = s.sites.findIndex((site) => site.id === s.centreSiteId);
  if (s.projection === 'distance' && centreAt > 0) parts.push(`centre=${centreAt + 1}`);
  return parts.join('&');
}

function coordinate(value: number): string {
  return formatUrlNumber(value, COORDINATE_DECIMALS);
}

// A label that only repeats the coordinates is left out: the reader writes the same one back. Marks are
// written the same way as sites.
function siteText(site: Site | Mark): string {
  const lat = coordinate(site.lonLat[1]);
  const lon = coordinate(site.lonLat[0]);
  const unlabelled = site.label === formatLonLat([Number(lon), Number(lat)]);
  return unlabelled ? `${lat},${lon}` : `${lat},${lon},${encodeUrlText(site.label)}`;
}

function customText(system: CustomSystem): string {
  const text = `${encodeUrlText(system.name)}:${rangeUrlText(system.rangeKm)}`;
  const parts = [system.source ? `${text}:${encodeUrlText(system.source)}` : text];
  if (system.rangeMinKm !== undefined) parts.push(`min=${rangeUrlText(system.rangeMinKm)}`);
  if (system.rangeMaxKm !== undefined) parts.push(`max=${rangeUrlText(system.rangeMaxKm)}`);
  if (system.rangeMi !== undefined) parts.push(`mi=${system.rangeMi}`);
  if (system.rangeNmi !== undefined) parts.push(`nmi=${system.rangeNmi}`);
  for (const key of ['type', 'variant', 'note'] as const) {
    const value = system[key];
    if (value !== undefined) parts.push(`${key}=${encodeUrlText(value)}`);
  }
  if (system.asOf !== undefined) parts.push(`asof=${system.asOf}`);
  for (const source of system.sources ?? []) parts.push(`src=${sourceUrlText(source)}`);
  return parts.join(':');
}

// A source's publisher, title, date, address and figure, escaped and joined by ","; empty ends are left out.
function sourceUrlText(source: Source): string {
  const fields = SOURCE_URL_FIELDS.map((key) => encodeUrlText(source[key] ?? ''));
  while (fields.at(-1) === '') fields.pop();
  return fields.join(',');
}

// A link carries names, not ids: the reader derives each custom id from its name, in order. The shown systems
// are written with those derived ids, so a scenario whose custom ids came from a file still links right.
function customIdsInUrl(
  systems: readonly CustomSystem[],
  dataSystemIds: readonly string[],
): Map<string, string> {
  const taken = new Set(dataSystemIds);
  const ids = new Map<string, string>();
  for (const system of systems) {
    const id = customSystemId(system.name, taken);
    taken.add(id);
    ids.set(system.id, id);
  }
  return ids;
}
