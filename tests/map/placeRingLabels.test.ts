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

const KHARKIV: LonLat = [36.23, 49.99];

/** One launch point with no name drawn: every label must find a place here. */
function placeRingLabels(center: LonLat, labels: readonly LabelSpec[], zoom: number): LatLngTuple[] {
  const anchors = placeAll([{ center, name: '', labels }], zoom)[0] ?? [];
  expect(anchors.every((a) => a !== null)).toBe(true);
  return anchors as LatLngTuple[];
}

/** The label's screen box in Web Mercator pixels at a zoom, as `.ring-label` draws it above its anchor. */
function screenBox([lat, lon]: LatLngTuple, text: string, zoom: number) {
  const worldPx = 256 * 2 ** zoom;
  const x = ((lon + 180) / 360) * worldPx;
  const phi = (lat * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * worldPx;
  const width = labelWidthPx(text);
  const top = y - 1.15 * LABEL_HEIGHT_PX;
  return { left: x - width / 2, right: x + width / 2, top, bottom: top + LABEL_HEIGHT_PX };
}

function overlapping(labels: readonly LabelSpec[], anchors: LatLngTuple[], zoom: number): string[] {
  const boxes = labels.map((l, i) => screenBox(anchors[i] as LatLngTuple, l.text, zoom));
  const found: string[] = [];
  boxes.forEach((a, i) => {
    boxes.slice(i + 1).forEach((b, k) => {
      if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
        found.push(`${labels[i]?.text} / ${labels[i + 1 + k]?.text}`);
    });
  });
  return found;
}

/** Every anchor lies on its own ring: its geodesic distance from the centre is the range. */
function expectOnRings(center: LonLat, labels: readonly LabelSpec[], anchors: LatLngTuple[]) {
  expect(anchors).toHaveLength(labels.length);
  anchors.forEach(([lat, lon], i) => {
    expect(distanceM(center, [lon, lat]) / 1000).toBeCloseTo(labels[i]?.rangeKm as number, 3);
  });
}

const top = (center: LonLat, rangeKm: number): LatLngTuple => {
  const [lon, lat] = destination(center, 0, rangeKm * 1000);
  return [lat, lon];
};

const DEFAULTS: LabelSpec[] = [
  { rangeKm: 1600, text: 'Tomahawk · 1,600 km' },
  { rangeKm: 460, text: 'ERAM · 460 km' },
  { rangeKm: 300, text: 'ATACMS · 300 km' },
];

describe('placeRingLabels', () => {
  it('keeps labels that do not collide at the top of their rings', () => {
    const anchors = placeRingLabels(KHARKIV, DEFAULTS, 5);
    DEFAULTS.forEach((label, i) => {
      expect(anchors[i]?.[0]).toBeCloseTo(top(KHARKIV, label.rangeKm)[0], 9);
      expect(anchors[i]?.[1]).toBeCloseTo(KHARKIV[0], 9);
    });
  });

  it('moves the second of two equal ranges along its ring, by the smallest step that clears the first', () => {
    const labels = [
      { rangeKm: 300, text: 'ATACMS · 300 km' },
      { rangeKm: 300, text: 'Fateh-110 · 300 km' },
    ];
    const anchors = placeRingLabels(KHARKIV, labels, 6);
    expect(anchors[0]?.[1]).toBeCloseTo(KHARKIV[0], 9);
    // the tries in order, +20° before −20°; the label takes the first that clears
    const tries = [20, -20, 40, -40, 60, -60].map((azimuth) => {
      const [lon, lat] = destination(KHARKIV, azimuth, 300_000);
      const at: LatLngTuple = [lat, lon];
      return { azimuth, at, clear: overlapping(labels, [anchors[0] as LatLngTuple, at], 6).length === 0 };
    });
    const first = tries.find((t) => t.clear);
    expect(first?.azimuth).toBe(40); // at zoom 6, 20° along a 300 km ring is about 66 px: not yet clear
    expect(anchors[1]?.[0]).toBeCloseTo(first?.at[0] as number, 9);
    expect(anchors[1]?.[1]).toBeCloseTo(first?.at[1] as number, 9);
    expectOnRings(KHARKIV, labels, anchors);
    expect(overlapping(labels, anchors, 6)).toEqual([]);
  });

  it('moves a label off a close range at a low zoom, and leaves it at the top once zoomed in', () => {
    const labels = [
      { rangeKm: 500, text: 'Storm Shadow · 500 km' },
      { rangeKm: 460, text: 'ERAM · 460 km' },
    ];
    const far = placeRingLabels(KHARKIV, labels, 4);
    expect(far[1]?.[1]).not.toBeCloseTo(KHARKIV[0], 3);
    expect(overlapping(labels, far, 4)).toEqual([]);
    expectOnRings(KHARKIV, labels, far);
    const near = placeRingLabels(KHARKIV, labels, 8);
    expect(near[1]?.[1]).toBeCloseTo(KHARKIV[0], 9);
    expect(near[1]?.[0]).toBeCloseTo(top(KHARKIV, 460)[0], 9);
  });

  it('starts from the southernmost point of a ring that passes the North Pole, and keeps clear there', () => {
    const labels = [
      { rangeKm: 5500, text: 'Kh-101 · 5,500 km' },
      { rangeKm: 5500, text: 'Kh-555 · 5,500 km' },
    ];
    const anchors = placeRingLabels(KHARKIV, labels, 2);
    const [lon, lat] = destination(KHARKIV, 180, 5_500_000);
    expect(anchors[0]?.[0]).toBeCloseTo(lat, 9);
    expect(anchors[0]?.[1]).toBeCloseTo(lon, 9);
    expect(anchors[1]?.[0]).toBeLessThan(KHARKIV[1]); // still on the southern side of the ring
    expectOnRings(KHARKIV, labels, anchors);
    expect(overlapping(labels, anchors, 2)).toEqual([]);
  });

  it('puts a label across the antimeridian beside its launch point, not on the far side of the world', () => {
    const fiji: LonLat = [178.4, -18.1];
    const labels = [
      { rangeKm: 1000, text: 'A · 1,000 km' },
      { rangeKm: 1000, text: 'B · 1,000 km' },
      { rangeKm: 1000, text: 'C · 1,000 km' },
    ];
    const anchors = placeRingLabels(fiji, labels, 3);
    for (const [, lon] of anchors) expect(Math.abs(lon - fiji[0])).toBeLessThan(20);
    expect(anchors.some(([, lon]) => lon > 180)).toBe(true);
    expect(overlapping(labels, anchors, 3)).toEqual([]);
  });

  it('spreads many labels of close ranges around their rings without any two covering each other', () => {
    const labels = Array.from({ length: 9 }, (_, i) => ({
      rangeKm: 320 - i * 2,
      text: `System ${i + 1} · ${320 - i * 2} km`,
    }));
    for (const zoom of [5, 6, 7]) {
      const anchors = placeRingLabels(KHARKIV, labels, zoom);
      expectOnRings(KHARKIV, labels, anchors);
      expect(overlapping(labels, anchors, zoom), `zoom ${zoom}`).toEqual([]);
    }
  });

  it('hides the labels that find no clear place, and keeps the others clear and on their rings', () => {
    const labels = Array.from({ length: 30 }, (_, i) => ({ rangeKm: 100, text: `Short ${i} · 100 km` }));
    const [anchors = []] = placeAll([{ center: KHARKIV, name: 'Kharkiv', labels }], 5);
    expect(anchors).toHaveLength(30);
    const shown = anchors.flatMap((a, i) => (a ? [{ a, label: labels[i] as LabelSpec }] : []));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(30);
    expectOnRings(
      KHARKIV,
      shown.map((s) => s.label),
      shown.map((s) => s.a),
    );
    expect(
      overlapping(
        shown.map((s) => s.label),
        shown.map((s) => s.a),
        5,
      ),
    ).toEqual([]);
    expect(placeAll([], 2)).toEqual([]);
    expect(placeAll([{ center: KHARKIV, name: 'Kharkiv', labels: [] }], 2)).toEqual([[]]);
  });
});

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
