// movingRingParts: a dragged point's ring drawn with one path where its fill and outline are the same line,
// styled as the two paths were; a ring whose fill closes along the pole keeps its outline apart.
import { describe, expect, it } from 'vitest';
import type { LonLat } from '../../src/geo';
import { movingRingParts } from '../../src/map/movingRingParts';
import { siteRingMaker } from '../../src/map/ringGeometry';
import { ringLookFor, ringLooks } from '../../src/map/ringLayerStyles';
import { ringParts } from '../../src/map/ringParts';

const KHARKIV: LonLat = [36.23, 49.99];
const LONGYEARBYEN: LonLat = [15.65, 78.22];
const ERAM = { systemId: 'eram', rangeKm: 460, rangeMinKm: 370, rangeMaxKm: 460 };
const TOMAHAWK = { systemId: 'tomahawk', rangeKm: 1600 };
const looks = ringLooks('#e69f00', '6 4', ringLookFor('eram', null));
const moving = { maxErrorPx: 1 };

describe('movingRingParts', () => {
  it("draws a disk's fill and outline, and its band's, as one path each, styled as the two were", () => {
    const rings = siteRingMaker(KHARKIV, [ERAM], 6, undefined, moving)(0);
    const apart = ringParts(rings, looks);
    const parts = movingRingParts(rings, looks);
    expect(parts.map((p) => p.id)).toEqual(['fill+outline', 'bandFill+bandOutline']);
    // the same arrays as the fill's: the outline traced the same points
    expect(parts[0]?.rings).toBe(apart[0]?.rings);
    expect(parts[0]?.closed).toBe(true);
    expect(parts[0]?.style).toEqual({
      color: '#e69f00',
      weight: 2,
      dashArray: '6 4',
      opacity: 1,
      fill: true,
      stroke: true,
      fillColor: '#e69f00',
      fillOpacity: 0.07,
    });
    expect(parts[1]?.style).toEqual({
      color: '#e69f00',
      weight: 1,
      dashArray: '4 4',
      opacity: 0.7,
      className: 'ring-band',
      fill: true,
      stroke: true,
      fillColor: '#e69f00',
      fillOpacity: 0.06,
      fillRule: 'evenodd',
    });
  });

  it('keeps the outline of a ring around the pole apart: its fill closes along edges that are not the ring', () => {
    const rings = siteRingMaker(LONGYEARBYEN, [TOMAHAWK], 3, undefined, moving)(0);
    const parts = movingRingParts(rings, looks);
    expect(parts.map((p) => p.id)).toEqual(['fill', 'outline']);
    expect(parts.map(({ id: _, ...part }) => part)).toEqual(ringParts(rings, looks));
    expect(parts[0]?.style.stroke).toBe(false);
  });

  it('merges no fill with an outline that traces other points', () => {
    const rings = siteRingMaker(KHARKIV, [TOMAHAWK], 5, undefined, moving)(0);
    const other = siteRingMaker(KHARKIV, [{ systemId: 'x', rangeKm: 1599 }], 5, undefined, moving)(0);
    const parts = movingRingParts(
      { ring: { ...rings.ring, outline: other.ring.outline }, band: null },
      looks,
    );
    expect(parts.map((p) => p.id)).toEqual(['fill', 'outline']);
  });
});
