// Tells what a dropped text file holds by its content, not its name or where it was dropped: a saved map
// (the scenario file's envelope, or a bare scenario), an SVG (exported by the app, or not), a systems file (JSON
// with a systems list, or CSV), or neither.
import { isSvgText } from '../export';

export type DroppedTextKind = 'scenario' | 'svg' | 'systems' | 'areas' | 'unknown';

const SCENARIO_KEYS = ['format', 'scenario', 'sites', 'systemIds', 'customSystems'];
// GeoJSON's own types: a file of lines or areas (a front line, a coastline) to measure reach from.
const GEOJSON_TYPES = [
  'FeatureCollection',
  'Feature',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
  'Point',
  'MultiPoint',
];

/**
 * @example
 * droppedTextKind('{"format":"range-rings-scenario","version":1,"scenario":{}}'); // 'scenario'
 * droppedTextKind('{"systems":[{"id":"eram","name":"ERAM","range_km":460}]}');  // 'systems'
 * droppedTextKind('<svg xmlns="http://www.w3.org/2000/svg">…</svg>');           // 'svg'
 * droppedTextKind('name;range_km\nERAM;460\n');                                  // 'systems'
 * droppedTextKind('{"type":"FeatureCollection","features":[]}');                  // 'areas'
 * droppedTextKind('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2">');  // 'areas'
 * droppedTextKind('hello');                                                       // 'unknown'
 */
export function droppedTextKind(input: string): DroppedTextKind {
  const text = input.replace(/^\ufeff/, '').trimStart();
  if (isSvgText(text)) return 'svg';
  if (text.startsWith('<')) return /<kml[\s>]/.test(text.slice(0, 4096)) ? 'areas' : 'unknown';
  if (text.startsWith('[')) return 'systems';
  if (text.startsWith('{') || /^\/[/*]/.test(text)) {
    const value = parseOrNull(text);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      if (Array.isArray((value as Record<string, unknown>).systems)) return 'systems';
      if (GEOJSON_TYPES.includes(String((value as Record<string, unknown>).type))) return 'areas';
      if (SCENARIO_KEYS.some((key) => Object.hasOwn(value, key))) return 'scenario';
    }
    // Broken JSON: the systems parser names the line of a syntax error, the scenario reader the rest.
    return /"systems"\s*:/.test(text) || /"range_km"\s*:/.test(text) ? 'systems' : 'scenario';
  }
  const header = text.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return /[,;\t]/.test(header) && /\bname\b/i.test(header) ? 'systems' : 'unknown';
}

function parseOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
