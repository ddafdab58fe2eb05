import type { Map as LeafletMap } from 'leaflet';
import { describe, expect, it } from 'vitest';
import { ringsAllDrawn, ringsSettled, ringsUnderWay } from '../../src/map/ringsSettled';

const aMap = () => ({}) as LeafletMap;

describe('ringsSettled', () => {
  it('resolves at once when no work is under way', async () => {
    await expect(ringsSettled(aMap())).resolves.toBeUndefined();
  });

  it('waits for the rings to be made and painted, and tells how far they are', async () => {
    const map = aMap();
    const heard: number[] = [];
    let settled = false;
    ringsUnderWay(map, 0.5);
    const waiting = ringsSettled(map, (f) => heard.push(f)).then(() => {
      settled = true;
    });
    ringsUnderWay(map, 0.2, 'painting');
    ringsAllDrawn(map); // made; painting still under way
    await Promise.resolve();
    expect(settled).toBe(false);
    ringsAllDrawn(map, 'painting');
    await waiting;
    expect(settled).toBe(true);
    expect(heard).toEqual([0.25, 0.25, 0.6, 1]);
  });

  it("waits for the launch areas' reach, and does not say it is all done meanwhile", async () => {
    const map = aMap();
    const heard: number[] = [];
    let settled = false;
    ringsUnderWay(map, 0, 'areas');
    const waiting = ringsSettled(map, (f) => heard.push(f)).then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    ringsAllDrawn(map, 'areas');
    await waiting;
    expect(heard).toEqual([0.5, 1]);
  });
});
