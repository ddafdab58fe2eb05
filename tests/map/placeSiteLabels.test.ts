// Ring labels of several launch points: priority between them, their names, both sides of 180°, cached
// label points, and one point placed on a board of the others.
import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { destination, distanceM, type LonLat } from '../../src/geo';
import { LABEL_HEIGHT_PX, labelWidthPx } from '../../src/map/labelWidthPx';
import {
  type LabelSpec,
  labelBoard,
  placeRingLabels as placeAll,
  placeSiteLabels,
} from '../../src/map/placeRingLabels';
import { DEFAULTS, KHARKIV, overlapping, screenBox, top } from './ringLabelChecks';

const BELGOROD: LonLat = [36.58, 50.6];
const SUMY: LonLat = [34.8, 50.91];
const THREE_SITES = [
  { center: KHARKIV, name: 'Kharkiv', labels: DEFAULTS },
  { center: BELGOROD, name: 'Belgorod', labels: DEFAULTS },
  { center: SUMY, name: 'Sumy', labels: DEFAULTS },
];

/** The box of a launch point's marker and name, as the map draws them (a Leaflet tooltip to the right). */
function siteBox(center: LonLat, name: string, zoom: number) {
  const { left, top } = screenBox(toLatLngTuple(center), '', zoom);
  const x = left;
  const y = top + 1.15 * LABEL_HEIGHT_PX;
  return { left: x - 12, right: x + 16 + labelWidthPx(name) + 14, top: y - 16, bottom: y + 16 };
}

const toLatLngTuple = ([lon, lat]: LonLat): LatLngTuple => [lat, lon];

describe('placeRingLabels over several launch points', () => {
  for (const zoom of [4, 5, 6, 7]) {
    it(`keeps the labels of three close launch points clear of one another and of every name, at zoom ${zoom}`, () => {
      const anchors = placeAll(THREE_SITES, zoom);
      const shown = THREE_SITES.flatMap((site, s) =>
        site.labels.flatMap((label, l) => {
          const a = anchors[s]?.[l];
          return a ? [{ label, a, box: screenBox(a, label.text, zoom) }] : [];
        }),
      );
      expect(shown.length).toBeGreaterThanOrEqual(3);
      expect(
        overlapping(
          shown.map((s) => s.label),
          shown.map((s) => s.a),
          zoom,
        ),
      ).toEqual([]);
      for (const site of THREE_SITES) {
        const name = siteBox(site.center, site.name, zoom);
        for (const { label, box } of shown) {
          const covers =
            box.left < name.right && name.left < box.right && box.top < name.bottom && name.top < box.bottom;
          expect(covers, `${label.text} covers ${site.name}`).toBe(false);
        }
      }
      anchors.forEach((siteAnchors, s) => {
        const site = THREE_SITES[s] as (typeof THREE_SITES)[number];
        siteAnchors.forEach((a, l) => {
          if (a)
            expect(distanceM(site.center, [a[1], a[0]]) / 1000).toBeCloseTo(
              site.labels[l]?.rangeKm as number,
              3,
            );
        });
      });
    });
  }

  it('gives way by priority: the larger ring first, then the first launch point', () => {
    const west: LonLat = [36.0, 50];
    const east: LonLat = [36.3, 50]; // 21 km east: at zoom 6 the tops of equal rings are 55 px apart
    const ring = (rangeKm: number) => [{ rangeKm, text: `System · ${rangeKm} km` }];
    const sameRange = placeAll(
      [
        { center: west, name: '', labels: ring(300) },
        { center: east, name: '', labels: ring(300) },
      ],
      6,
    );
    expect(sameRange[0]?.[0]).toEqual(top(west, 300));
    expect(sameRange[1]?.[0]?.[1]).not.toBeCloseTo(east[0], 3);
    // the second launch point's larger ring now keeps its top, and the first one's label moves
    const larger = placeAll(
      [
        { center: west, name: '', labels: ring(300) },
        { center: east, name: '', labels: ring(301) },
      ],
      6,
    );
    expect(larger[1]?.[0]?.[1]).toBeCloseTo(east[0], 9);
    expect(larger[0]?.[0]?.[1]).not.toBeCloseTo(west[0], 3);
    // at a zoom where the three launch points' labels all fit, all are shown
    expect(
      placeAll(THREE_SITES, 8)
        .flat()
        .every((a) => a !== null),
    ).toBe(true);
  });

  it('moves a label off a launch point name that sits at the top of its ring', () => {
    const labels = [{ rangeKm: 300, text: 'ATACMS · 300 km' }];
    const [lon, lat] = destination(KHARKIV, 0, 300_000);
    const alone = placeAll([{ center: KHARKIV, name: 'Kharkiv', labels }], 6)[0]?.[0];
    expect(alone?.[1]).toBeCloseTo(KHARKIV[0], 9);
    const withName = placeAll(
      [
        { center: KHARKIV, name: 'Kharkiv', labels },
        { center: [lon, lat], name: 'A place on the ring', labels: [] },
      ],
      6,
    )[0]?.[0];
    expect(withName).not.toBeNull();
    expect(withName?.[1]).not.toBeCloseTo(KHARKIV[0], 3);
  });

  it('sees labels of launch points on both sides of 180° as neighbours', () => {
    const labels = [{ rangeKm: 200, text: 'A · 200 km' }];
    const anchors = placeAll(
      [
        { center: [179.9, -17], name: '', labels },
        { center: [-179.9, -17], name: '', labels },
      ],
      5,
    );
    const a = anchors[0]?.[0] as LatLngTuple;
    const b = anchors[1]?.[0] as LatLngTuple;
    expect(a[1]).toBeCloseTo(179.9, 6);
    // the second label would sit 0.2° away from the first, beside it on screen: it moves
    expect(Math.abs(b[1] - -179.9)).toBeGreaterThan(0.01);
  });
});

describe('placeRingLabels with a cache of label points', () => {
  it('places the same labels from cached points, at every zoom, after one launch point moved', () => {
    const cache = new Map();
    for (const zoom of [3, 5, 7])
      expect(placeAll(THREE_SITES, zoom, cache)).toEqual(placeAll(THREE_SITES, zoom));
    const moved = [
      { ...THREE_SITES[0], center: [36.5, 50.1] as LonLat },
      ...THREE_SITES.slice(1),
    ] as typeof THREE_SITES;
    expect(placeAll(moved, 5, cache)).toEqual(placeAll(moved, 5));
    expect(cache.size).toBe(12); // three ranges at each of the four places a launch point has been
  });
});

describe('placeSiteLabels on a board of the others', () => {
  const SHORT: LabelSpec[] = [
    { rangeKm: 250, text: 'Storm Shadow · 250 km' },
    { rangeKm: 120, text: 'HIMARS · 120 km' },
  ];

  for (const zoom of [4, 5, 6, 7]) {
    it(`places a last, shorter-ranged launch point as the whole set does, at zoom ${zoom}`, () => {
      // last in priority (the shortest ranges, the last point): in the whole set it is placed after the others
      const moving = { center: [36.6, 50.3] as LonLat, name: 'Moving', labels: SHORT };
      const all = placeAll([...THREE_SITES, moving], zoom);
      const board = labelBoard(THREE_SITES, all.slice(0, 3), zoom);
      const before = board.taken.all().length;
      expect(placeSiteLabels(board, moving)).toEqual(all[3]);
      expect(board.taken.all().length).toBe(before); // the board is left as it was given
    });
  }

  it('keeps each placed label clear of the others on the board, wherever the point goes', () => {
    const zoom = 6;
    const others = THREE_SITES;
    const anchors = placeAll(others, zoom);
    const board = labelBoard(others, anchors, zoom);
    const placedBoxes = others.flatMap((site, s) =>
      site.labels.flatMap((label, l) => {
        const a = anchors[s]?.[l];
        return a ? [screenBox(a, label.text, zoom)] : [];
      }),
    );
    let shown = 0;
    for (let step = 0; step < 20; step++) {
      const moving = {
        center: [35.4 + step * 0.1, 49.6 + step * 0.05] as LonLat,
        name: 'Moving',
        labels: DEFAULTS,
      };
      const mine = placeSiteLabels(board, moving);
      mine.forEach((a, l) => {
        if (!a) return;
        shown++;
        const box = screenBox(a, DEFAULTS[l]?.text as string, zoom);
        for (const other of placedBoxes)
          expect(
            box.left < other.right &&
              other.left < box.right &&
              box.top < other.bottom &&
              other.top < box.bottom,
          ).toBe(false);
      });
    }
    expect(shown).toBeGreaterThan(20);
  });
});
