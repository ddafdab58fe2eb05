import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { destination, distanceM, type LonLat } from '../../src/geo';
import { LABEL_HEIGHT_PX, labelWidthPx } from '../../src/map/labelWidthPx';
import { type LabelSpec, placeRingLabels } from '../../src/map/placeRingLabels';

const KHARKIV: LonLat = [36.23, 49.99];

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

  it('still gives every label a place on its ring when no clear one exists', () => {
    const labels = Array.from({ length: 30 }, (_, i) => ({ rangeKm: 10, text: `Tiny ${i} · 10 km` }));
    const anchors = placeRingLabels(KHARKIV, labels, 2);
    expectOnRings(KHARKIV, labels, anchors);
    expect(placeRingLabels(KHARKIV, [], 2)).toEqual([]);
  });
});
