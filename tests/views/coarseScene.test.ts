// The scene a moving view draws: rings thinned, their ends kept, the basemap and the points untouched.
import { describe, expect, it } from 'vitest';
import { BASEMAP_PALETTES } from '../../src/map/basemapStyles';
import { coarseScene } from '../../src/views/coarseScene';
import { viewScene } from '../../src/views/viewScene';
import { WORLD_110M } from '../../src/views/worldCountries';

const scene = viewScene({
  sites: [{ label: 'Kharkiv', lonLat: [36.2304, 49.9935] }],
  systems: [
    { systemId: 'tomahawk', name: 'Tomahawk', rangeKm: 1600, color: '#D55E00' },
    { systemId: 'eram', name: 'ERAM', rangeKm: 460, rangeMinKm: 240, rangeMaxKm: 460, color: '#0072B2' },
  ],
  probe: null,
  highlightedId: null,
  zoom: 8,
  labelOf: (s) => s.name,
  labelColorOf: (c) => c,
  basemap: {
    palette: BASEMAP_PALETTES.light,
    graticule: { type: 'MultiLineString', coordinates: [] },
    ...WORLD_110M,
  },
});

describe('coarseScene', () => {
  it('keeps one vertex in four of each ring, with its closing vertex', () => {
    const light = coarseScene(scene, 4);
    scene.rings.forEach((ring, i) => {
      const thin = light.rings[i];
      const full = ring.outline ?? [];
      expect(thin?.outline?.length).toBeLessThanOrEqual(Math.ceil(full.length / 4) + 1);
      expect(thin?.outline?.at(-1)).toEqual(full.at(-1));
      expect(thin?.outline?.[0]).toEqual(full[0]);
    });
    expect(light.rings[1]?.band?.type).toBe('Polygon');
    expect(light.basemap).toBe(scene.basemap);
    expect(light.sites).toBe(scene.sites);
  });

  it('leaves short rings whole', () => {
    expect(coarseScene(scene, 1000).rings[0]?.outline).toBe(scene.rings[0]?.outline);
  });
});
