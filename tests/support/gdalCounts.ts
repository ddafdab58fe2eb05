// What GDAL reads from a geodata file, to check our readers against: its features and vertices, as ogr2ogr
// writes them out as GeoJSON.
import { execFileSync } from 'node:child_process';

/** Features and vertices as GDAL's ogr2ogr reads them from `file` (a GeoJSON copy written to stdout). */
export function gdalCounts(file: URL): { features: number; vertices: number } {
  const out = execFileSync('ogr2ogr', ['-f', 'GeoJSON', '/vsistdout/', file.pathname], { encoding: 'utf8' });
  const fc = JSON.parse(out) as { features: { geometry: { coordinates: unknown } | null }[] };
  const count = (value: unknown): number =>
    Array.isArray(value) && typeof value[0] === 'number'
      ? 1
      : Array.isArray(value)
        ? value.reduce((n, v) => n + count(v), 0)
        : 0;
  return {
    features: fc.features.length,
    vertices: fc.features.reduce((n, f) => n + count(f.geometry?.coordinates), 0),
  };
}
