// The basemap's Natural Earth countries as d3-geo draws them on the sphere: world-atlas is made for d3 (its
// rings wound for d3, cut at ±180°, which a spherical projection joins again), so no unwrapping as on the map.
// 1:110m is bundled in the views' chunk as world-atlas's TopoJSON (its shared arcs make each border once);
// 1:50m is the basemap's own chunk, read back into TopoJSON once, and is drawn when the view is still.
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110mTopology from 'world-atlas/countries-110m.json';
import { unpackTopology } from '../data';

export interface WorldCountries {
  scale: '110m' | '50m';
  /** The land to fill. */
  countries: FeatureCollection<Polygon | MultiPolygon>;
  /** Coasts and borders to stroke, each once, without the cuts along ±180° (no border runs there). */
  borders: MultiLineString;
}

const onCut = (p: Position | undefined) => p !== undefined && Math.abs(p[0] ?? 0) >= 180 - 1e-9;

/** Lines with their stretches along ±180° left out: stroked, a cut would show as a border across the sea. */
export function withoutCuts(lines: readonly Position[][]): Position[][] {
  const out: Position[][] = [];
  for (const line of lines) {
    let run: Position[] = [];
    line.forEach((point, i) => {
      if (i > 0 && onCut(point) && onCut(line[i - 1])) {
        if (run.length > 1) out.push(run);
        run = [];
      }
      run.push(point);
    });
    if (run.length > 1) out.push(run);
  }
  return out;
}

function fromTopology(scale: WorldCountries['scale'], data: unknown): WorldCountries {
  const topology = data as Topology<{ countries: GeometryCollection }>;
  const all = feature(topology, topology.objects.countries) as FeatureCollection;
  return {
    scale,
    countries: {
      type: 'FeatureCollection',
      features: all.features.filter(
        (f): f is FeatureCollection<Polygon | MultiPolygon>['features'][number] =>
          f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon',
      ),
    },
    borders: {
      type: 'MultiLineString',
      coordinates: withoutCuts(mesh(topology, topology.objects.countries).coordinates),
    },
  };
}

export const WORLD_110M: WorldCountries = fromTopology('110m', countries110mTopology);

let world50m: WorldCountries | undefined;
let loading: Promise<WorldCountries> | undefined;

/** The 1:50m countries once loaded, else undefined. */
export function loadedWorld50m(): WorldCountries | undefined {
  return world50m;
}

/**
 * Loads the 1:50m countries (once); a failed load lets a later call try again, and the 1:110m ones stay drawn.
 *
 * @example
 * const detail = await loadWorld50m();
 */
export function loadWorld50m(): Promise<WorldCountries> {
  // the basemap's own 1:50m chunk, read back into its TopoJSON: one copy of the outlines for map, views and areas
  loading ??= import('virtual:basemap-50m').then(
    (module) => {
      world50m = fromTopology('50m', unpackTopology(module.default()));
      return world50m;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
