// Runs GDAL's ogrinfo on exported files, so that exports are judged by the reader GIS tools use, not by this
// project's own code. GDAL is required: without ogrinfo these checks fail and say how to install it.
import { spawnSync } from 'node:child_process';

export const INSTALL_HINT =
  'ogrinfo (GDAL) is not installed: run `apt-get install gdal-bin` (Debian); .ci/run installs it in CI';

export interface OgrResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs ogrinfo with these arguments; throws with the install hint when GDAL is missing. */
export function ogrinfo(args: string[], env: Record<string, string> = {}): OgrResult {
  const run = spawnSync('ogrinfo', args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (run.error) {
    const code = (run.error as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? INSTALL_HINT : `ogrinfo failed to start: ${run.error.message}`);
  }
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export interface LayerSummary {
  name: string;
  featureCount: number;
}

/** `ogrinfo -ro -al -so`: the layers and their feature counts; throws when GDAL cannot open the file. */
export function layerSummaries(file: string): LayerSummary[] {
  const run = ogrinfo(['-ro', '-al', '-so', file]);
  if (run.status !== 0) throw new Error(`ogrinfo could not open ${file}:\n${run.stderr}`);
  const layers: LayerSummary[] = [];
  for (const line of run.stdout.split('\n')) {
    const name = /^Layer name: (.*)$/.exec(line);
    if (name) layers.push({ name: name[1] as string, featureCount: Number.NaN });
    const count = /^Feature Count: (\d+)$/.exec(line);
    const last = layers[layers.length - 1];
    if (count && last) last.featureCount = Number(count[1]);
  }
  return layers;
}

export type ValidityMethod = 'ST_IsValid' | 'ST_MakeValid';

export interface ValidityResult {
  method: ValidityMethod;
  /** Features whose geometry GEOS does not call valid (OGC simple features rules). */
  invalid: number;
}

/**
 * Counts the features of a layer whose geometry is not valid, the way GEOS (so QGIS and PostGIS) sees it.
 *
 * What works, measured on Debian 12's gdal-bin 3.6: the SQLite dialect with SpatiaLite loaded gives
 * `ST_IsValid`. Without SpatiaLite (a GDAL built without it, or `SPATIALITE_LOAD=NO`) the dialect has no
 * `ST_IsValid`, but GDAL's own `ST_MakeValid` (GEOS) is still there and returns a valid geometry unchanged:
 * a geometry it changes was invalid. The OGR SQL dialect has neither, and `-geom=SUMMARY` never checks
 * validity, so they are no fallback. Both methods flag a self-touching multipolygon (tested beside this).
 */
export function countInvalid(file: string, layer: string, env: Record<string, string> = {}): ValidityResult {
  const table = `"${layer.replace(/"/g, '""')}"`;
  const query = (method: ValidityMethod) =>
    ogrinfo(
      [
        '-ro',
        '-q',
        '-dialect',
        'SQLite',
        '-sql',
        method === 'ST_IsValid'
          ? `SELECT COUNT(*) AS invalid FROM ${table} WHERE NOT ST_IsValid(geometry)`
          : `SELECT COUNT(*) AS invalid FROM ${table} WHERE ST_MakeValid(geometry) IS NOT geometry`,
        file,
      ],
      env,
    );
  for (const method of ['ST_IsValid', 'ST_MakeValid'] as const) {
    const run = query(method);
    const count = /invalid \(Integer\) = (\d+)/.exec(run.stdout);
    if (run.status === 0 && count) return { method, invalid: Number(count[1]) };
    if (!/no such function/i.test(run.stderr)) {
      throw new Error(`ogrinfo could not check validity of ${file} (${method}):\n${run.stderr}`);
    }
  }
  throw new Error(`this GDAL has neither ST_IsValid nor ST_MakeValid in its SQLite dialect (${file})`);
}
