import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { LabelPlaces } from '../../src/map/labelPlaces';
import { labelBoard, placeRingLabels, placeSiteLabels, type SiteLabels } from '../../src/map/placeRingLabels';

const DEFAULTS = [
  { rangeKm: 1600, text: 'Tomahawk · 1,600 km' },
  { rangeKm: 460, text: 'ERAM · 460 km' },
  { rangeKm: 300, text: 'ATACMS · 300 km' },
];

/** Ten launch points in two rows, as a crowded map has them. */
const SITES: SiteLabels[] = Array.from({ length: 10 }, (_, i) => ({
  center: [22 + (i % 5) * 2.4, 44 + Math.floor(i / 5) * 2] as LonLat,
  name: `P${i + 1}`,
  labels: DEFAULTS,
}));

describe('LabelPlaces while a launch point is dragged', () => {
  it('places the moving point alone among the others as they were placed before the drag', () => {
    const zoom = 5;
    const places = new LabelPlaces();
    const rings = SITES.map(() => []);
    const before = places.place(rings, zoom, SITES, null);
    expect(before).toEqual(placeRingLabels(SITES, zoom));
    const moving = 3;
    const others = SITES.filter((_, s) => s !== moving);
    const board = labelBoard(
      others,
      before.filter((_, s) => s !== moving),
      zoom,
    );
    for (let step = 1; step <= 5; step++) {
      const site = {
        ...(SITES[moving] as SiteLabels),
        center: [29.2 - step * 0.3, 44 + step * 0.2] as LonLat,
      };
      const mine = places.placeMoving(zoom, SITES, moving, site);
      expect(mine).toEqual(placeSiteLabels(board, site));
      // the whole set as `place` gives it: the others where they were, the moving point's as placed alone
      const all = places.place(rings, zoom, SITES.with(moving, site), moving);
      expect(all.filter((_, s) => s !== moving)).toEqual(before.filter((_, s) => s !== moving));
      expect(all[moving]).toEqual(mine);
    }
    expect(mineShown(places.placeMoving(zoom, SITES, moving, SITES[moving] as SiteLabels))).toBeGreaterThan(
      0,
    );
  });
});

function mineShown(anchors: readonly unknown[]): number {
  return anchors.filter((a) => a !== null).length;
}
