// The outline of a country of the basemap as RFC 7946 geometry, for reach areas: Natural Earth 1:110m,
// bundled (the rings the first map draws, data/packRings, made into geometry when first asked for), until the
// 1:50m outlines have been loaded (loadDetailedOutlines), then 1:50m. Edges crossing ±180° are cut there by
// Natural Earth, which reachArea reads as one area. Countries are Natural Earth's, de facto lines.
import packed110m from 'virtual:basemap-110m';
import type { Geometry, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNTRIES, countryByCode } from './countries';
import { ringsGeometries } from './ringsGeometries';
import { unpackTopology } from './unpackTopology';

export type OutlineScale = '110m' | '50m';

export interface CountryOutline {
  scale: OutlineScale;
  geometry: Polygon | MultiPolygon;
}

type Countries = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

interface Land {
  /** Natural Earth's name. */
  name: string;
  geometry: () => Geometry | null;
}

/** The 1:110m lands, read from the shipped rings the first time they are asked for. */
let lands110m: Land[] | undefined;
let countries50m: Countries | undefined;

/** The lands of a scale, each made into geometry when asked for; undefined for a scale not loaded yet. */
function landsAt(scale: OutlineScale): Land[] | undefined {
  if (scale === '110m') {
    lands110m ??= [...ringsGeometries(packed110m())].map(([name, geometry]) => ({
      name,
      geometry: () => geometry,
    }));
    return lands110m;
  }
  const topology = countries50m;
  return topology?.objects.countries.geometries.map((object) => ({
    name: (object.properties as { name?: string } | undefined)?.name ?? '',
    geometry: () => (feature(topology, object) as { geometry: Geometry | null }).geometry,
  }));
}

const cache = new Map<string, CountryOutline | null>();
let loading: Promise<void> | undefined;

/**
 * The outline of a country by its alpha-2 code at a scale, by default the most detailed loaded so far; null
 * for a code the basemap lacks, or a scale not loaded yet.
 *
 * @example
 * countryOutline('UA')?.geometry.type; // 'MultiPolygon' (or 'Polygon', by scale)
 */
export function countryOutline(code: string, wanted?: OutlineScale): CountryOutline | null {
  const scale: OutlineScale = wanted ?? (countries50m ? '50m' : '110m');
  const key = `${scale}:${code}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const outline = readOutline(scale, code);
  cache.set(key, outline);
  return outline;
}

/**
 * Loads the 1:50m outlines (the same chunk the basemap loads when zoomed in); later `countryOutline` calls
 * return them. Rejects when the chunk cannot load, and may be called again.
 *
 * @example
 * await loadDetailedOutlines(); countryOutline('UA')?.scale; // '50m'
 */
export function loadDetailedOutlines(): Promise<void> {
  if (countries50m) return Promise.resolve();
  loading ??= import('virtual:basemap-50m').then(
    (module) => {
      countries50m = unpackTopology(module.default());
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Whether the 1:50m outlines are loaded. */
export function hasDetailedOutlines(): boolean {
  return countries50m !== undefined;
}

/** A land of the basemap that the country table gives no code, by its Natural Earth name: `Somaliland`. */
export interface UncodedOutline {
  name: string;
  geometry: Polygon | MultiPolygon;
}

const uncoded = new Map<OutlineScale, readonly UncodedOutline[]>();

/**
 * The outlines of the basemap's lands that have no code (so cannot be a launch area), at a scale, by default
 * the most detailed loaded; empty for a scale not loaded yet.
 *
 * @example
 * uncodedOutlines('110m').map((land) => land.name); // ['N. Cyprus', 'Somaliland']
 */
export function uncodedOutlines(wanted?: OutlineScale): readonly UncodedOutline[] {
  const scale: OutlineScale = wanted ?? (countries50m ? '50m' : '110m');
  const all = landsAt(scale);
  if (!all) return [];
  const known = uncoded.get(scale);
  if (known) return known;
  const coded = new Set(COUNTRIES.map((country) => country.outline));
  const lands: UncodedOutline[] = [];
  for (const land of all) {
    if (coded.has(land.name)) continue;
    const geometry = land.geometry();
    if (geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon')
      lands.push({ name: land.name, geometry });
  }
  uncoded.set(scale, lands);
  return lands;
}

function readOutline(scale: OutlineScale, code: string): CountryOutline | null {
  const country = countryByCode(code);
  const geometry =
    country &&
    landsAt(scale)
      ?.find((land) => land.name === country.outline)
      ?.geometry();
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon' ? { scale, geometry } : null;
}
