// One place for a country's name per view: a wide country's, where the view shows it; pickLabels writes it once.
import { describe, expect, it } from 'vitest';
import { type LabelCandidate, mercatorX, mercatorY, pickLabels } from '../../src/map/countryLabels';
import { namePlaceInView } from '../../src/map/namePlaceInView';

const at = (name: string, lon: number, lat: number, size = 0.05): LabelCandidate => ({
  name,
  anchor: [lon, lat],
  x: mercatorX(lon),
  y: mercatorY(lat),
  width: size,
  height: size,
  area: size * size,
});
/** The pixels a 920 × 720 view centred on [lon, lat] covers at `zoom`. */
const viewAround = (lon: number, lat: number, zoom: number) => {
  const world = 256 * 2 ** zoom;
  const [x, y] = [mercatorX(lon) * world, mercatorY(lat) * world];
  return { minX: x - 460, maxX: x + 460, minY: y - 360, maxY: y + 360 };
};

const SIBERIA = at('Russia', 108.7, 65.1, 0.45);
const NEAR_MOSCOW = at('Russia', 38.1, 58.8);
const KURSK = at('Russia', 37, 52);
const UKRAINE = at('Ukraine', 31.2, 49);
const CANDIDATES = [SIBERIA, UKRAINE, NEAR_MOSCOW, KURSK];

describe('namePlaceInView', () => {
  it('keeps a name’s places in the view, and no other, when it has one there', () => {
    expect(namePlaceInView(CANDIDATES, 4, viewAround(36.2, 50, 4))).toEqual([UKRAINE, NEAR_MOSCOW, KURSK]);
    expect(namePlaceInView(CANDIDATES, 6, viewAround(36.2, 50, 6))).toEqual([UKRAINE, KURSK]);
  });

  it('keeps a name’s own place when none is in view, and a name with one place as it is', () => {
    expect(namePlaceInView(CANDIDATES, 6, viewAround(2, 47, 6))).toEqual([SIBERIA, UKRAINE]);
    expect(namePlaceInView([UKRAINE], 6, viewAround(2, 47, 6))).toEqual([UKRAINE]);
  });

  it('finds a place in the copy of the world the view shows', () => {
    const world = 256 * 2 ** 4;
    const view = viewAround(36.2, 50, 4);
    const nextCopy = { ...view, minX: view.minX + world, maxX: view.maxX + world };
    expect(namePlaceInView(CANDIDATES, 4, nextCopy)).toEqual([UKRAINE, NEAR_MOSCOW, KURSK]);
  });

  it('is written once, at the first of its places that is free (pickLabels)', () => {
    const shown = pickLabels(namePlaceInView(CANDIDATES, 4, viewAround(36.2, 50, 4)), 4);
    expect(shown.map((c) => c.name)).toEqual(['Ukraine', 'Russia']);
    expect(shown[1]).toBe(NEAR_MOSCOW);
    // where the first is taken (a ring's label there), the next place in view takes the name
    const worldPx = 256 * 2 ** 4;
    const moscowY = NEAR_MOSCOW.y * worldPx;
    const taken = (box: { minY: number; maxY: number }) => box.minY < moscowY && moscowY < box.maxY;
    const withTaken = pickLabels(namePlaceInView(CANDIDATES, 4, viewAround(36.2, 50, 4)), 4, taken);
    expect(withTaken.find((c) => c.name === 'Russia')).toBe(KURSK);
  });
});
