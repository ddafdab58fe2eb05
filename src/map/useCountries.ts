// The country outlines to draw: Natural Earth 1:110m, bundled, until the map is zoomed to DETAIL_ZOOM or closer;
// then 1:50m, fetched once from its own chunk (about 230 KB gzipped) and kept. Each is converted once.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useEffect, useState } from 'react';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries110mTopology from 'world-atlas/countries-110m.json';
import { whenIdle } from './afterFirstPaint';
import { unwrapCountries } from './countryGeometry';
import { useMapZoom } from './useMapZoom';

export const DETAIL_ZOOM = 4;

export interface Countries {
  scale: '110m' | '50m';
  /** The zoom from which these outlines are drawn; below it they are about to be replaced by coarser ones. */
  minZoom: number;
  /** One world, -180° to 180° except where a country crosses 180° and goes on past it. */
  outlines: FeatureCollection<Polygon | MultiPolygon>;
}

function fromTopology(scale: Countries['scale'], data: unknown): Countries {
  const topology = data as Topology<{ countries: GeometryCollection }>;
  return {
    scale,
    minZoom: scale === '50m' ? DETAIL_ZOOM : 0,
    outlines: unwrapCountries(feature(topology, topology.objects.countries) as FeatureCollection),
  };
}

export const COUNTRIES_110M = fromTopology('110m', countries110mTopology);

let countries50m: Countries | undefined;
let loading50m: Promise<Countries> | undefined;

function load50m(): Promise<Countries> {
  loading50m ??= import('world-atlas/countries-50m.json').then(
    (module) => {
      countries50m = fromTopology('50m', module.default);
      return countries50m;
    },
    (error: unknown) => {
      // Let a later zoom try again (a chunk can fail to load while a dev server restarts).
      loading50m = undefined;
      throw error;
    },
  );
  return loading50m;
}

/**
 * The outlines for the map's current zoom; the 1:110m ones stay until the 1:50m ones are ready. While `drawn` is
 * false (an online basemap is shown) the 1:50m ones are not fetched.
 */
export function useCountries(drawn: boolean): Countries {
  const zoom = useMapZoom();
  const wantDetail = drawn && zoom >= DETAIL_ZOOM;
  const [detail, setDetail] = useState(countries50m);
  useEffect(
    function loadDetailWhenZoomedIn() {
      if (!wantDetail || detail) return;
      let current = true;
      // Parsing 750 KB of outlines takes the main thread for a while: wait until it is idle, so the first
      // rings are never delayed by it.
      const cancel = whenIdle(
        () =>
          load50m().then(
            (loaded) => {
              if (current) setDetail(loaded);
            },
            () => {
              // The 1:110m outlines stay: coarser, but a whole map.
            },
          ),
        { timeoutMs: 2500, fallbackMs: 800 },
      );
      return () => {
        current = false;
        cancel();
      };
    },
    [wantDetail, detail],
  );
  return wantDetail && detail ? detail : COUNTRIES_110M;
}
