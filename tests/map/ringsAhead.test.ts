import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type RingSpec, type SiteRings, siteRings } from '../../src/map/ringGeometry';
import { AHEAD_SYSTEMS_MAX, drawsRings, makeRingsAhead } from '../../src/map/ringsAhead';

// what the rings ahead made, ring by ring, with the centre and zoom they were made for
const made = vi.hoisted(() => [] as { center: readonly number[]; zoom: number; rings: SiteRings }[]);
vi.mock('../../src/map/ringGeometry', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/map/ringGeometry')>();
  return {
    ...real,
    siteRingMaker: (...args: Parameters<typeof real.siteRingMaker>) => {
      const ringOf = real.siteRingMaker(...args);
      return (i: number) => {
        const rings = ringOf(i);
        made.push({ center: args[0], zoom: args[2], rings });
        return rings;
      };
    },
  };
});

const SPECS: RingSpec[] = [
  { systemId: 'tomahawk', rangeKm: 1600 },
  { systemId: 'eram', rangeKm: 460, rangeMinKm: 240, rangeMaxKm: 460 },
  { systemId: 'atacms', rangeKm: 300 },
];

// the page's idle periods, run by hand: each with the time it leaves
let idle: { id: number; run: IdleRequestCallback; timeout?: number }[] = [];
let nextId = 1;
function runIdle(timeRemainingMs: number): number {
  const due = idle;
  idle = [];
  for (const { run } of due)
    run({ didTimeout: timeRemainingMs === 0, timeRemaining: () => timeRemainingMs } as IdleDeadline);
  return due.length;
}
const marks = () => performance.getEntriesByName('rings-ahead', 'mark') as PerformanceMark[];

let takeBack: (() => void) | undefined;
beforeEach(() => {
  made.length = 0;
  idle = [];
  performance.clearMarks('rings-ahead');
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback, options?: IdleRequestOptions) => {
    idle.push({ id: nextId, run, timeout: options?.timeout });
    return nextId++;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => {
    idle = idle.filter((request) => request.id !== id);
  });
  takeBack = drawsRings(SPECS, 5);
});
afterEach(() => {
  makeRingsAhead(null);
  takeBack?.();
  vi.unstubAllGlobals();
});

describe('makeRingsAhead', () => {
  it('makes nothing at once, then in idle time every ring the layer draws, which a point added there finds', () => {
    makeRingsAhead([31.25, 47.5]);
    expect(made).toHaveLength(0);
    // asked with a timeout: a page busy as the user types still makes them, a ring per task
    expect(idle.map((request) => request.timeout)).toEqual([50]);
    runIdle(50);
    expect(made.map((m) => [m.center, m.zoom, m.rings.systemId])).toEqual(
      SPECS.map((s) => [[31.25, 47.5], 5, s.systemId]),
    );
    expect(marks().map((mark) => mark.detail)).toEqual([{ lonLat: [31.25, 47.5] }]);
    // the point once added: its rings are the very arrays made ahead (the Web Mercator coordinates drawn)
    const added = siteRings([31.25, 47.5], SPECS, 5);
    added.forEach((rings, i) => {
      const ahead = made[i]?.rings;
      expect(rings.ring).toBe(ahead?.ring);
      expect(rings.band).toBe(ahead?.band);
    });
    expect(runIdle(50)).toBe(0); // nothing more asked
  });

  it('makes a ring per idle period that leaves no time, until all are made', () => {
    makeRingsAhead([-60.5, -30.25]);
    for (let ring = 1; ring <= SPECS.length; ring++) {
      expect(runIdle(0)).toBe(1);
      expect(made).toHaveLength(ring);
    }
    expect(marks()).toHaveLength(0);
    runIdle(0);
    expect(marks()).toHaveLength(1);
  });

  it('makes them at the centre addSite stores: a longitude of another world copy is wrapped', () => {
    makeRingsAhead([190, 10]);
    runIdle(50);
    expect(made[0]?.center).toEqual([-170, 10]);
  });

  it('drops what a former choice had not made, and makes nothing for no choice or a place off the globe', () => {
    makeRingsAhead([10, 10]);
    runIdle(0); // one ring of the first choice
    makeRingsAhead([20, 20]);
    runIdle(50);
    expect(made.map((m) => m.center)).toEqual([
      [10, 10],
      [20, 20],
      [20, 20],
      [20, 20],
    ]);

    made.length = 0;
    makeRingsAhead([30, 30]);
    makeRingsAhead(null);
    makeRingsAhead([30, 95]); // latitude past the pole: addSite would not add it
    expect(idle).toHaveLength(0);
    expect(made).toHaveLength(0);
  });

  it('makes nothing for a layer that draws too many systems, or once the layer has taken back what it draws', () => {
    const many: RingSpec[] = Array.from({ length: AHEAD_SYSTEMS_MAX + 1 }, (_, i) => ({
      systemId: `s${i}`,
      rangeKm: 100 + i,
    }));
    takeBack?.();
    const takeBackMany = drawsRings(many, 5);
    makeRingsAhead([40, 40]);
    expect(idle).toHaveLength(0);
    takeBackMany();
    makeRingsAhead([40, 40]);
    expect(idle).toHaveLength(0);
  });

  it('makes them for each map that draws rings, at its own zoom', () => {
    const takeBackOther = drawsRings(SPECS.slice(2), 8);
    makeRingsAhead([50, 50]);
    runIdle(50);
    expect(made.map((m) => [m.zoom, m.rings.systemId])).toEqual([
      [5, 'tomahawk'],
      [5, 'eram'],
      [5, 'atacms'],
      [8, 'atacms'],
    ]);
    takeBackOther();
  });
});
