// The pieces of a KML placemark: its fields, typed by one schema for the whole document (KML_SCHEMA), its
// geometry (polygons, lines, points, and collections of them) and its text, escaped, in plain decimals.
import type { Geometry, Position } from 'geojson';
import { escapeXml } from './escapeXml';
import { COORDINATE_DECIMALS } from './roundGeometry';

// The fields of every placemark, typed in one schema: GIS tools read range_m as a number (GDAL reads untyped
// <Data> as text, and a document with a schema by its schema alone).
const FIELDS = {
  kind: 'string',
  system_id: 'string',
  system_name: 'string',
  range_m: 'double',
  range_min_m: 'double',
  range_max_m: 'double',
  site_label: 'string',
  area_code: 'string',
  area_kind: 'string',
  area_label: 'string',
  source: 'string',
} as const;
export type KmlField = keyof typeof FIELDS;
const SCHEMA_ID = 'range-rings';
/** The document's one schema, written before its placemarks. */
export const KML_SCHEMA = [
  `<Schema name="${SCHEMA_ID}" id="${SCHEMA_ID}">`,
  ...Object.entries(FIELDS).map(
    ([name, type]) => `<SimpleField name="${name}" type="${type}"></SimpleField>`,
  ),
  '</Schema>',
].join('\n');

/** A placemark's fields, by the document's schema. */
export function extendedData(data: [KmlField, string | number][]): string {
  return [
    `<ExtendedData><SchemaData schemaUrl="#${SCHEMA_ID}">`,
    ...data.map(([key, value]) => `<SimpleData name="${key}">${escapeXml(String(value))}</SimpleData>`),
    '</SchemaData></ExtendedData>',
  ].join('\n');
}

/** A placemark: its name, description, style, fields and geometry. */
export function placemark(
  name: string,
  description: string,
  styleId: string,
  geometry: Geometry,
  data: [KmlField, string | number][],
): string {
  return [
    '<Placemark>',
    element('name', name),
    element('description', description),
    `<styleUrl>#${styleId}</styleUrl>`,
    extendedData(data),
    kmlGeometry(geometry),
    '</Placemark>',
  ].join('\n');
}

// Any launch area's geometry: polygons, and the lines and points a drawn line or a file may hold.
function kmlGeometry(geometry: Geometry): string {
  const many = (parts: string[]) => ['<MultiGeometry>', ...parts, '</MultiGeometry>'].join('\n');
  switch (geometry.type) {
    case 'Polygon':
      return kmlPolygon(geometry.coordinates);
    case 'MultiPolygon':
      return many(geometry.coordinates.map(kmlPolygon));
    case 'LineString':
      return kmlLine(geometry.coordinates);
    case 'MultiLineString':
      return many(geometry.coordinates.map(kmlLine));
    case 'Point':
      return kmlPoint(geometry.coordinates);
    case 'MultiPoint':
      return many(geometry.coordinates.map(kmlPoint));
    case 'GeometryCollection':
      return many(geometry.geometries.map(kmlGeometry));
  }
}

function kmlLine(positions: Position[]): string {
  return `<LineString><tessellate>1</tessellate><coordinates>${positions.map(position).join(' ')}</coordinates></LineString>`;
}

function kmlPoint(p: Position): string {
  return `<Point><coordinates>${position(p)}</coordinates></Point>`;
}

function kmlPolygon([exterior, ...holes]: Position[][]): string {
  const ring = (positions: Position[] | undefined) =>
    `<LinearRing><coordinates>${(positions ?? []).map(position).join(' ')}</coordinates></LinearRing>`;
  return [
    '<Polygon>',
    `<outerBoundaryIs>${ring(exterior)}</outerBoundaryIs>`,
    ...holes.map((hole) => `<innerBoundaryIs>${ring(hole)}</innerBoundaryIs>`),
    '</Polygon>',
  ].join('\n');
}

// `lon,lat,0` in plain decimals: KML readers do not all accept exponents such as 1e-7.
export function position(p: Position): string {
  return `${decimal(p[0] as number)},${decimal(p[1] as number)},0`;
}

function decimal(value: number): string {
  const text = value.toFixed(COORDINATE_DECIMALS).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** An element holding text, escaped. */
export function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}
