// Drawn launch areas in a link, both ways: `areas=` holds each drawn line or polygon as an encoded polyline
// (Google's format, 5 decimals, latitude first), several separated by ";", each optionally labelled
// `label:polyline`. A polygon's polyline repeats its first vertex at the end; a line's does not. File areas are
// not written: they are too big for a link (the saved scenario file keeps them).
import polyline from '@mapbox/polyline';
import type { LonLat } from '../geo';
import { areaName } from './areaName';
import type { DrawnArea, LaunchArea } from './types';
import { decodeUrlText, encodeUrlText } from './urlText';

const PRECISION = 5;
// Every character an encoded polyline is made of: ASCII 63 ("?") to 126 ("~").
const POLYLINE = /^[?-~]*$/;

/**
 * The `areas=` value of a scenario's drawn areas, or undefined when it has none.
 *
 * @example
 * encodeDrawnAreas([{ kind: 'line', id: 'a1', label: 'Front', lonLats: [[36.2, 49.9], [38.58224, 48.64024]] }]);
 * // 'Front:_bqoH_i}{En`uF_hpM'
 */
export function encodeDrawnAreas(areas: readonly LaunchArea[]): string | undefined {
  const drawn = areas.filter((area): area is DrawnArea => area.kind === 'line' || area.kind === 'polygon');
  const texts = drawn.flatMap((area) => {
    const first = area.lonLats[0];
    if (!first) return [];
    const points = area.kind === 'polygon' ? [...area.lonLats, first] : area.lonLats;
    // written as they are: browsers keep a query's `{|}^` unescaped (WHATWG URL), and the reader unescapes
    const line = polyline.encode(
      points.map(([lon, lat]) => [lat, lon]),
      PRECISION,
    );
    // the made-up name ("Drawn line 1") is not written: the reader makes the same one
    return [area.label !== undefined ? `${encodeUrlText(area.label)}:${line}` : line];
  });
  return texts.length > 0 ? texts.join(';') : undefined;
}

/** How many file areas a link leaves out, and their names: the share notice says so. */
export function fileAreasLeftOut(areas: readonly LaunchArea[]): string[] {
  return areas.filter((area) => area.kind === 'file').map(areaName);
}

/**
 * One `areas=` entry read as restore() input ({ kind, label?, lonLats }), or the reason it is not one.
 *
 * @example
 * decodeDrawnArea('Front:_bqoH_i}{En`uF_hpM');
 * // { area: { kind: 'line', label: 'Front', lonLats: [[36.2, 49.9], [38.58224, 48.64024]] } }
 */
export function decodeDrawnArea(raw: string): { area: Record<string, unknown> } | { reason: string } {
  const at = raw.lastIndexOf(':');
  const label = at < 0 ? undefined : decodeUrlText(raw.slice(0, at)).trim();
  // a link copied from some apps comes back with the polyline's characters escaped, or a space for nothing
  const line = decodeUrlText(at < 0 ? raw : raw.slice(at + 1)).trim();
  if (line === '') return { reason: 'no encoded polyline' };
  if (!POLYLINE.test(line)) {
    const bad = [...line].findIndex((char) => !POLYLINE.test(char));
    return {
      reason: `"${[...line][bad]}" at character ${bad + 1} is not part of an encoded polyline`,
    };
  }
  let points: LonLat[];
  try {
    points = polyline.decode(line, PRECISION).map(([lat, lon]): LonLat => [lon, lat]);
  } catch {
    return { reason: 'not an encoded polyline' };
  }
  if (points.some(([lon, lat]) => !Number.isFinite(lon) || !Number.isFinite(lat))) {
    return { reason: 'the encoded polyline ends in the middle of a number' };
  }
  const first = points[0];
  const last = points.at(-1);
  const closed = points.length > 1 && first && last && first[0] === last[0] && first[1] === last[1];
  const lonLats = closed ? points.slice(0, -1) : points;
  return {
    area: {
      kind: closed ? 'polygon' : 'line',
      ...(label !== undefined && label !== '' ? { label } : {}),
      lonLats,
    },
  };
}
