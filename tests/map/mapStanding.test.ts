// mapStanding: where a map stands, read from Leaflet, and two standings the same only when every number is.
import type { Map as LeafletMap } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { mapStanding, sameStanding } from '../../src/map/mapStanding';

/** A map that stands at a zoom, a pixel origin, a size and a pan, as Leaflet reports them. */
const mapAt = (zoom: number, origin: [number, number], size: [number, number], corner: [number, number]) =>
  ({
    getZoom: () => zoom,
    getPixelOrigin: () => ({ x: origin[0], y: origin[1] }),
    getSize: () => ({ x: size[0], y: size[1] }),
    containerPointToLayerPoint: () => ({ x: corner[0], y: corner[1] }),
  }) as unknown as LeafletMap;

describe('mapStanding', () => {
  it('reads the zoom, the pixel origin, the size and the pan', () => {
    expect(mapStanding(mapAt(5, [100, 200], [800, 600], [-3, 4]))).toEqual([5, 100, 200, 800, 600, -3, 4]);
  });

  it('is the same only when every number is', () => {
    const at = mapStanding(mapAt(5, [100, 200], [800, 600], [-3, 4]));
    expect(sameStanding(at, mapStanding(mapAt(5, [100, 200], [800, 600], [-3, 4])))).toBe(true);
    expect(sameStanding(at, mapStanding(mapAt(6, [100, 200], [800, 600], [-3, 4])))).toBe(false);
    expect(sameStanding(at, mapStanding(mapAt(5, [100, 201], [800, 600], [-3, 4])))).toBe(false);
    expect(sameStanding(at, mapStanding(mapAt(5, [100, 200], [800, 599], [-3, 4])))).toBe(false);
    expect(sameStanding(at, mapStanding(mapAt(5, [100, 200], [800, 600], [-3, 5])))).toBe(false);
  });
});
