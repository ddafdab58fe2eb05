// A file of lines or areas (GeoJSON, or KML read by @tmcw/togeojson with the browser's DOMParser) turned into
// one launch area: what could be read is kept, each problem is said with its feature and coordinate.
import { kml } from '@tmcw/togeojson';
import { readAreaFeatures } from '../data';
import type { LonLat } from '../geo';
import { type FileArea, type FileAreaGeometry, MAX_FILE_AREA_VERTICES } from '../scenario';

export interface AreaFileResult {
  /** The area to add; null when nothing in the file can be measured from. */
  area: Omit<FileArea, 'kind' | 'id'> | null;
  /** One sentence for the notice: what was opened, or why not, and what was left out. */
  message: string;
}

/**
 * Reads the text of a GeoJSON or KML file.
 *
 * @example
 * readAreaFile('{"type":"LineString","coordinates":[[36,48],[38,49]]}', 'front.geojson').area?.geometry;
 * // { type: 'MultiLineString', coordinates: [[[36, 48], [38, 49]]] }
 */
export function readAreaFile(text: string, fileName: string): AreaFileResult {
  const clean = text.replace(/^\ufeff/, '').trimStart();
  let value: unknown;
  if (clean.startsWith('<')) {
    const doc = new DOMParser().parseFromString(clean, 'application/xml');
    const broken = doc.getElementsByTagName('parsererror')[0];
    if (broken) {
      const why = (broken.textContent ?? '').split('\n').find((line) => /line \d+/i.test(line)) ?? '';
      return {
        area: null,
        message: `${fileName} is not well-formed KML${why ? `: ${why.trim()}` : ''}; the map is unchanged.`,
      };
    }
    // a KML Document's own name names the area, as a GeoJSON collection's "name" does
    const documentName = doc.querySelector('Document > name')?.textContent?.trim();
    value = { ...kml(doc), ...(documentName ? { name: documentName } : {}) };
  } else {
    try {
      value = JSON.parse(clean);
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      return { area: null, message: `${fileName} is not valid JSON (${why}); the map is unchanged.` };
    }
  }
  const read = readAreaFeatures(value, { fileName, maxVertices: MAX_FILE_AREA_VERTICES });
  const leftOut = [...read.problems, ...(read.moreProblems > 0 ? [`… and ${read.moreProblems} more`] : [])];
  const geometry = toGeometry(read.lines, read.polygons);
  if (!geometry) {
    return {
      area: null,
      message: [
        `${fileName} has no line or polygon to measure a reach from; the map is unchanged.`,
        ...leftOut,
      ].join(' · '),
    };
  }
  const label = read.name ?? fileName.replace(/\.(geo)?json$|\.kml$/i, '');
  const parts = [
    read.lines.length > 0 ? `${read.lines.length} ${read.lines.length === 1 ? 'line' : 'lines'}` : '',
    read.polygons.length > 0
      ? `${read.polygons.length} ${read.polygons.length === 1 ? 'polygon' : 'polygons'}`
      : '',
  ].filter(Boolean);
  const opened = `Opened ${fileName} as the launch area "${label}": ${parts.join(' and ')}, ${read.vertexCount.toLocaleString('en')} vertices.`;
  return {
    area: { label, fileName, geometry },
    message: leftOut.length > 0 ? [`${opened} Left out:`, ...leftOut].join(' · ') : opened,
  };
}

function toGeometry(lines: LonLat[][], polygons: LonLat[][][]): FileAreaGeometry | null {
  const lineGeometry = { type: 'MultiLineString' as const, coordinates: lines };
  const polygonGeometry = { type: 'MultiPolygon' as const, coordinates: polygons };
  if (lines.length > 0 && polygons.length > 0) {
    return { type: 'GeometryCollection', geometries: [lineGeometry, polygonGeometry] };
  }
  if (lines.length > 0) return lineGeometry;
  if (polygons.length > 0) return polygonGeometry;
  return null;
}
