// What the ring-label placement tests share: Kharkiv and the default labels, one point's placement, a label's
// screen box as drawn, and checks that labels stay clear of one another and on their rings.
import type { LatLngTuple } from 'leaflet';
import { expect } from 'vitest';
import { destination, distanceM, type LonLat } from '../../src/geo';
import { LABEL_HEIGHT_PX, labelWidthPx } from '../../src/map/labelWidthPx';
import { type LabelSpec, placeRingLabels as placeAll } from '../../src/map/placeRingLabels';
import { boxesOverlap } from '../support/screenBoxes';

export const KHARKIV: LonLat = [36.23, 49.99];

/** One launch point with no name drawn: every label must find a place here. */
export function placeRingLabels(center: LonLat, labels: readonly LabelSpec[], zoom: number): LatLngTuple[] {
  const anchors = placeAll([{ center, name: '', labels }], zoom)[0] ?? [];
  expect(anchors.every((a) => a !== null)).toBe(true);
  return anchors as LatLngTuple[];
}

/** The label's screen box in Web Mercator pixels at a zoom, as `.ring-label` draws it above its anchor. */
export function screenBox([lat, lon]: LatLngTuple, text: string, zoom: number) {
  const worldPx = 256 * 2 ** zoom;
  const x = ((lon + 180) / 360) * worldPx;
  const phi = (lat * Math.PI) / 180;
  const y = ((1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2) * worldPx;
  const width = labelWidthPx(text);
  const top = y - 1.15 * LABEL_HEIGHT_PX;
  return { left: x - width / 2, right: x + width / 2, top, bottom: top + LABEL_HEIGHT_PX };
}

export function overlapping(labels: readonly LabelSpec[], anchors: LatLngTuple[], zoom: number): string[] {
  const boxes = labels.map((l, i) => screenBox(anchors[i] as LatLngTuple, l.text, zoom));
  const found: string[] = [];
  boxes.forEach((a, i) => {
    boxes.slice(i + 1).forEach((b, k) => {
      if (boxesOverlap(a, b)) found.push(`${labels[i]?.text} / ${labels[i + 1 + k]?.text}`);
    });
  });
  return found;
}

/** Every anchor lies on its own ring: its geodesic distance from the centre is the range. */
export function expectOnRings(center: LonLat, labels: readonly LabelSpec[], anchors: LatLngTuple[]) {
  expect(anchors).toHaveLength(labels.length);
  anchors.forEach(([lat, lon], i) => {
    expect(distanceM(center, [lon, lat]) / 1000).toBeCloseTo(labels[i]?.rangeKm as number, 3);
  });
}

export const top = (center: LonLat, rangeKm: number): LatLngTuple => {
  const [lon, lat] = destination(center, 0, rangeKm * 1000);
  return [lat, lon];
};

export const DEFAULTS: LabelSpec[] = [
  { rangeKm: 1600, text: 'Tomahawk · 1,600 km' },
  { rangeKm: 460, text: 'ERAM · 460 km' },
  { rangeKm: 300, text: 'ATACMS · 300 km' },
];
