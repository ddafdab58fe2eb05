// placeRingLabels for one launch point: labels on their rings, clear of one another, moved by the smallest step.
import type { LatLngTuple } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { destination, type LonLat } from '../../src/geo';
import { type LabelSpec, placeRingLabels as placeAll } from '../../src/map/placeRingLabels';
import { DEFAULTS, expectOnRings, KHARKIV, overlapping, placeRingLabels, top } from './ringLabelChecks';

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
