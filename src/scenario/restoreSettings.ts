// Restores the simple settings of a scenario: units, view, title, theme and basemap. A bad value is named
// and dropped; a bad view becomes null, which fits the map to all rings.
import { describeValue } from '../data';
import { checkView, MAX_GIVEN_LON } from './checkLonLat';
import { MAX_TITLE_LENGTH } from './limits';
import { plainText } from './plainText';
import { isRecord, own, type Report } from './readInput';
import type { BasemapId, DistanceUnit, MapView, Projection, Theme } from './types';

const UNITS: readonly DistanceUnit[] = ['km', 'mi', 'nmi'];
const THEMES: readonly Theme[] = ['light', 'dark'];
const BASEMAPS: readonly BasemapId[] = ['offline', 'osm'];
const PROJECTIONS: readonly Projection[] = ['map', 'globe', 'distance'];

/**
 * One of `options`, or undefined (keep what there was) after reporting what was wrong.
 *
 * @example
 * restoreChoice('units', 'mi', ['km', 'mi', 'nmi'], report); // 'mi'
 */
export function restoreChoice<T extends string>(
  field: string,
  value: unknown,
  options: readonly T[],
  report: Report,
): T | undefined {
  const found = options.find((option) => option === value);
  if (found !== undefined) return found;
  const listed = `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
  report(field, `${describeValue(value)} ignored — use ${listed}`);
  return undefined;
}

/**
 * The distance unit: km, mi or nmi, spelled exactly so.
 *
 * @example
 * restoreUnits('nmi', report); // 'nmi'
 */
export function restoreUnits(value: unknown, report: Report): DistanceUnit | undefined {
  return restoreChoice('units', value, UNITS, report);
}

/**
 * The colour theme: light or dark.
 *
 * @example
 * restoreTheme('dark', report); // 'dark'
 */
export function restoreTheme(value: unknown, report: Report): Theme | undefined {
  return restoreChoice('theme', value, THEMES, report);
}

/**
 * The basemap: offline (bundled vector data) or osm (online tiles).
 *
 * @example
 * restoreBasemap('osm', report); // 'osm'
 */
export function restoreBasemap(value: unknown, report: Report): BasemapId | undefined {
  return restoreChoice('basemap', value, BASEMAPS, report);
}

/**
 * How the map is drawn: map (Web Mercator), globe or distance (azimuthal equidistant).
 *
 * @example
 * restoreProjection('globe', report); // 'globe'
 */
export function restoreProjection(value: unknown, report: Report): Projection | undefined {
  return restoreChoice('projection', value, PROJECTIONS, report);
}

/**
 * A valid view, or null (fit all rings) for null and for anything invalid, which is reported.
 *
 * @example
 * restoreView({ center: [36.23, 49.99], zoom: 6 }, report); // { center: [36.23, 49.99], zoom: 6 }
 * restoreView({ center: [36.23, 49.99], zoom: 30 }, report); // null
 */
export function restoreView(value: unknown, report: Report): MapView | null {
  if (value === null) return null;
  const fits = 'the map fits all rings';
  if (!isRecord(value)) {
    report('view', `${describeValue(value)} ignored — not a map view; ${fits}`);
    return null;
  }
  const center = own(value, 'center');
  if (!Array.isArray(center) || center.length < 2) {
    report('view', `ignored — it has no center [longitude, latitude]; ${fits}`);
    return null;
  }
  const checked = checkView(center[0], center[1], own(value, 'zoom'), { maxAbsLon: MAX_GIVEN_LON });
  if ('reason' in checked) {
    report('view', `ignored — ${checked.reason}; ${fits}`);
    return null;
  }
  return checked.view;
}

/**
 * The title as plain text, cut to 120 characters, or undefined (keep what there was) if it is not text.
 * An empty title is allowed.
 *
 * @example
 * restoreTitle('Range of\nATACMS', report); // 'Range of ATACMS'
 */
export function restoreTitle(value: unknown, report: Report): string | undefined {
  if (typeof value !== 'string') {
    report('title', `${describeValue(value)} ignored — not text`);
    return undefined;
  }
  const title = plainText(value, MAX_TITLE_LENGTH);
  if (title.cut) report('title', `cut to ${MAX_TITLE_LENGTH} characters`);
  if (title.removedControls) report('title', 'line breaks and control characters removed');
  return title.text;
}
