import type { Map as LeafletMap } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { mercatorY } from '../../src/map/countryLabels';
import { placeRingLabels, type SiteLabels } from '../../src/map/placeRingLabels';
import { ringLabelSpace } from '../../src/map/ringLabelSpace';

const KHARKIV: SiteLabels = {
  center: [36.23, 49.99],
  name: 'Kharkiv',
  labels: [{ rangeKm: 300, text: 'ATACMS · 300 km' }],
};

/** A 10 px box around a place, in Web Mercator pixels at a zoom. */
function boxAt(lon: number, lat: number, zoom: number) {
  const worldPx = 256 * 2 ** zoom;
  const x = ((lon + 180) / 360) * worldPx;
  const y = mercatorY(lat) * worldPx;
  return { minX: x - 5, minY: y - 5, maxX: x + 5, maxY: y + 5 };
}

describe('ringLabelSpace', () => {
  it('is one space per map, told where the labels were placed', () => {
    const map = {} as LeafletMap;
    expect(ringLabelSpace(map)).toBe(ringLabelSpace(map));
    expect(ringLabelSpace(map).get()).toBeNull();
    expect(ringLabelSpace(map).taker(5)(boxAt(36.23, 49.99, 5))).toBe(false);
  });

  it('takes the launch point, its name and its labels, at any zoom and on every world copy', () => {
    const space = ringLabelSpace({} as LeafletMap);
    const anchors = placeRingLabels([KHARKIV], 6);
    const anchor = anchors[0]?.[0];
    expect(anchor).toBeTruthy();
    const [lat, lon] = anchor ?? [0, 0];
    let told = 0;
    space.subscribe(() => told++);
    space.set({ sites: [KHARKIV], anchors });
    expect(told).toBe(1);
    space.set({ sites: [KHARKIV], anchors }); // the same placing again tells no one
    expect(told).toBe(1);
    for (const zoom of [4, 6, 8]) {
      const taken = space.taker(zoom);
      expect(taken(boxAt(36.23, 49.99, zoom))).toBe(true); // the marker
      // the label is drawn above its anchor (`.ring-label` is raised by its height)
      const label = boxAt(lon, lat, zoom);
      const raised = { ...label, minY: label.minY - 12, maxY: label.maxY - 12 };
      expect(taken(raised)).toBe(true);
      const worldPx = 256 * 2 ** zoom;
      expect(taken({ ...raised, minX: raised.minX + worldPx, maxX: raised.maxX + worldPx })).toBe(true);
      expect(taken(boxAt(0, 0, zoom))).toBe(false);
    }
  });

  it("tells whether a launch point's labels are moving with a drag, as the drag says so", () => {
    const space = ringLabelSpace({} as LeafletMap);
    let told = 0;
    space.subscribe(() => told++);
    expect(space.moving()).toBe(false);
    space.setMoving(true);
    expect(space.moving()).toBe(true);
    expect(told).toBe(0); // a placement tells, not the drag
    space.set({ sites: [KHARKIV], anchors: placeRingLabels([KHARKIV], 6) });
    expect(told).toBe(1);
    space.setMoving(false);
    expect(space.moving()).toBe(false);
  });
});
