// The country outlines to draw: Natural Earth 1:110m, bundled, until the map is zoomed to DETAIL_ZOOM or closer;
// then 1:50m, fetched once from its own chunk (packed at build time by basemapDataPlugin) and kept. Each is read
// in one pass into a typed array of unit Web Mercator rings.
import { startTransition, useEffect, useState } from 'react';
import { whenIdle } from './afterFirstPaint';
import { COUNTRIES_110M, type Countries } from './countries110m';
import { unpackOutlines } from './packedOutlines';
import { useMapZoom } from './useMapZoom';

export const DETAIL_ZOOM = 4;

export type { Countries };
export { COUNTRIES_110M };

let countries50m: Countries | undefined;
let loading50m: Promise<Countries> | undefined;

function load50m(): Promise<Countries> {
  loading50m ??= import('virtual:basemap-50m').then(
    (module) => {
      countries50m = { scale: '50m', minZoom: DETAIL_ZOOM, outlines: unpackOutlines(module.default()) };
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
  // by the nearest whole level: an embed fitted at 3.75 draws the 1:50m outlines and names, as at 4
  const wantDetail = drawn && Math.round(zoom) >= DETAIL_ZOOM;
  const [detail, setDetail] = useState(countries50m);
  useEffect(
    function loadDetailWhenZoomedIn() {
      if (!wantDetail || detail) return;
      let current = true;
      // The first rings never wait for the 1:50m outlines: they load once the main thread is idle.
      const cancel = whenIdle(
        () =>
          load50m().then(
            (loaded) => {
              // a transition: the basemap's re-render never blocks the page in one long task
              if (current) startTransition(() => setDetail(loaded));
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
