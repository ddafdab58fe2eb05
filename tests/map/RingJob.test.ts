import { describe, expect, it } from 'vitest';
import { RingJob } from '../../src/map/RingJob';
import { RENDER_RINGS_MAX } from '../../src/map/renderRingsMax';
import { type RingSpec, type SiteRings, siteRings } from '../../src/map/ringGeometry';
import type { Site } from '../../src/scenario';

const SITES: Site[] = [
  { id: 'kyiv', label: 'Kyiv', lonLat: [30.52, 50.45] },
  { id: 'fiji', label: 'Suva', lonLat: [178.44, -18.14] },
];
const SPECS: RingSpec[] = [
  { systemId: 'far', rangeKm: 19_500 },
  { systemId: 'band', rangeKm: 1600, rangeMinKm: 1200, rangeMaxKm: 2500 },
  { systemId: 'near', rangeKm: 300 },
];

describe('RingJob', () => {
  it('makes one ring per call when the deadline has passed, and ends with what siteRings makes', () => {
    const job = new RingJob(SITES, SPECS, 3, new Map<string, SiteRings>());
    let calls = 0;
    while (!job.run(0)) {
      calls++;
      // a launch point's rings are given only once all of them are made
      expect(job.ringsOf(job.sitesDone)).toBeUndefined();
    }
    expect(calls + 1).toBe(SITES.length * SPECS.length);
    expect(job.complete).toBe(true);
    SITES.forEach((site, s) => {
      const expected = siteRings(site.lonLat, SPECS, 3);
      const made = job.ringsOf(s) ?? [];
      expect(made.map((r) => r.systemId)).toEqual(['far', 'band', 'near']);
      made.forEach((ring, i) => {
        expect(ring.ring).toEqual(expected[i]?.ring);
        expect(ring.band).toEqual(expected[i]?.band);
      });
    });
  });

  it('makes them all in one call when there is time, reusing the rings its cache holds', () => {
    const cache = new Map<string, SiteRings>();
    const first = new RingJob(SITES, SPECS, 4, cache);
    expect(first.run(Number.POSITIVE_INFINITY)).toBe(true);
    const again = new RingJob(SITES, SPECS, 4, cache);
    expect(again.run(0)).toBe(false); // one ring, then the deadline
    expect(again.run(Number.POSITIVE_INFINITY)).toBe(true);
    expect(again.ringsOf(1)?.[2]).toBe(first.ringsOf(1)?.[2]);
  });

  it('makes a small job in the render, and leaves all of a larger one to its slices', () => {
    const small = new RingJob(SITES, SPECS, 3, new Map<string, SiteRings>());
    expect(small.startInRender(Number.POSITIVE_INFINITY)).toBe(true);
    expect(small.ringsOf(1)?.map((r) => r.systemId)).toEqual(['far', 'band', 'near']);

    // one ring more than a render makes, each a short one (quick to make)
    const near = SPECS.filter((s) => s.systemId === 'near');
    const many: Site[] = Array.from({ length: RENDER_RINGS_MAX + 1 }, (_, i) => ({
      id: `p${i}`,
      label: `P${i}`,
      lonLat: [-170 + (i % 50) * 6.8, -60 + Math.floor(i / 50) * 30],
    }));
    const large = new RingJob(many, near, 3, new Map<string, SiteRings>());
    expect(large.startInRender(Number.POSITIVE_INFINITY)).toBe(false);
    expect(large.sitesDone).toBe(0);
    expect(large.ringsOf(0)).toBeUndefined();
    // its slices make every ring, the same as siteRings
    expect(large.run(Number.POSITIVE_INFINITY)).toBe(true);
    const last = many.length - 1;
    const expected = siteRings((many[last] as Site).lonLat, near, 3);
    expect(large.ringsOf(last)?.map((r) => r.ring)).toEqual(expected.map((r) => r.ring));
  });
});
