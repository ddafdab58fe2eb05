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

describe('LabelPlaces in slices', () => {
  /** Forty launch points with six labels each, crowded enough that some labels move and some are hidden. */
  const CROWD: SiteLabels[] = Array.from({ length: 40 }, (_, i) => ({
    center: [10 + (i % 8) * 1.5, 40 + Math.floor(i / 8) * 1.2] as LonLat,
    name: `P${i + 1}`,
    labels: [...DEFAULTS, { rangeKm: 900, text: 'S1 · 900 km' }, { rangeKm: 120, text: 'S2 · 120 km' }],
  }));

  it('places the labels a few at a time, taking up where it stopped, and ends where one placement ends', () => {
    const zoom = 5;
    const rings = CROWD.map(() => []);
    const whole = placeRingLabels(CROWD, zoom);
    const places = new LabelPlaces();
    const placedCounts: number[] = [];
    let calls = 0;
    for (;;) {
      calls += 1;
      let left = 7; // seven labels per slice
      const soFar = places.placeInSlices(rings, zoom, CROWD, () => --left > 0);
      const placed = soFar.at.flat().filter((a) => a !== null).length;
      placedCounts.push(placed);
      // every label placed so far is where the whole placement puts it
      soFar.at.forEach((site, s) => {
        site.forEach((anchor, l) => {
          if (anchor) expect(anchor).toEqual(whole[s]?.[l]);
        });
      });
      if (soFar.done) {
        expect(soFar.share).toBe(1);
        expect(soFar.at).toEqual(whole);
        break;
      }
      expect(soFar.share).toBeGreaterThan(0);
      expect(soFar.share).toBeLessThan(1);
    }
    const labels = CROWD.length * 5;
    expect(calls).toBe(Math.ceil(labels / 7));
    // the count of labels shown only grows
    expect(placedCounts).toEqual([...placedCounts].sort((a, b) => a - b));
    // done: the next call for the same labels places nothing again
    expect(places.placeInSlices(rings, zoom, CROWD, () => false)).toEqual({
      at: whole,
      done: true,
      share: 1,
    });
  });

  it('starts again when the labels change before it is done', () => {
    const zoom = 5;
    const places = new LabelPlaces();
    const first = places.placeInSlices(
      CROWD.map(() => []),
      zoom,
      CROWD,
      () => false,
    );
    expect(first.done).toBe(false);
    // a unit change: the same rings, other texts
    const inMiles = CROWD.map((site) => ({
      ...site,
      labels: site.labels.map((l) => ({ ...l, text: `${l.text.replace(' km', '')} mi` })),
    }));
    const rings = inMiles.map(() => []);
    let placed = places.placeInSlices(rings, zoom, inMiles, () => false);
    while (!placed.done) placed = places.placeInSlices(rings, zoom, inMiles, () => false);
    expect(placed.at).toEqual(placeRingLabels(inMiles, zoom));
  });
});

describe('LabelPlaces around the launch areas’ reach labels', () => {
  it('keeps clear of them when placing all, and a dragged point’s labels keep clear of them too', () => {
    const zoom = 5;
    const rings = SITES.map(() => []);
    const free = placeRingLabels(SITES, zoom);
    // a reach's label where the first point's largest ring label would be
    const [lat, lon] = (free[0]?.[0] ?? [0, 0]) as [number, number];
    const kept = [{ at: [lon, lat] as LonLat, text: 'Tomahawk from Moldova, 1,600 km', below: false }];
    const places = new LabelPlaces();
    const all = places.placeInSlices(rings, zoom, SITES, () => true, kept);
    expect(all.at).toEqual(placeRingLabels(SITES, zoom, new Map(), kept));
    expect(all.at[0]?.[0]).not.toEqual(free[0]?.[0]);
    // asked again with the reach labels left out (placed at another zoom): those asked for last stand
    expect(places.placeInSlices(rings, zoom, SITES, () => true).at).toBe(all.at);
    expect(places.keptClearOf()).toBe(kept);
    // the first point dragged a little: its labels are placed on a board that holds the reach's label
    const moved = { ...(SITES[0] as SiteLabels), center: [22.05, 44.02] as LonLat };
    const board = labelBoard(SITES.slice(1), all.at.slice(1), zoom, kept);
    expect(places.placeMoving(zoom, SITES, 0, moved)).toEqual(placeSiteLabels(board, moved));
    const onFreeBoard = placeSiteLabels(labelBoard(SITES.slice(1), all.at.slice(1), zoom), moved);
    expect(places.placeMoving(zoom, SITES, 0, moved)).not.toEqual(onFreeBoard);
  });
});
