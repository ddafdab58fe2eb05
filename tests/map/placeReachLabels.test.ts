// placeReachLabels: the labels of launch areas' reaches, clear of one another and of the launch points, each
// moved along its own outline only as far as it must; and the ring labels placed around them.
import { describe, expect, it } from 'vitest';
import { countryOutline } from '../../src/data';
import { type LonLat, nearestOnSource, reachArea, reachSource } from '../../src/geo';
import { placeReachLabels } from '../../src/map/placeReachLabels';
import { placeRingLabels, siteBoxes } from '../../src/map/placeRingLabels';
import { type ReachLabel, reachLabelBox } from '../../src/map/reachLabelBox';
import { reachPaths } from '../../src/map/reachPaths';

const moldova = countryOutline('MD', '110m')?.geometry;
if (!moldova) throw new Error('no outline of Moldova');
const source = reachSource(moldova);

/** The reach of a range from Moldova, as AreasLayer hands it to placeReachLabels. */
function reachFromMoldova(rangeKm: number, text: string) {
  const paths = reachPaths(reachArea(moldova as NonNullable<typeof moldova>, rangeKm * 1000).geometry);
  return { runs: paths.runs, anchor: paths.anchor, below: paths.labelBelow, text };
}

const REACHES = [
  reachFromMoldova(1600, 'Tomahawk from Moldova, 1,600 km'),
  reachFromMoldova(460, 'ERAM from Moldova, 460 km'),
  reachFromMoldova(300, 'ATACMS from Moldova, 300 km'),
];

function meet(a: ReachLabel, b: ReachLabel, zoom: number): boolean {
  const [p, q] = [reachLabelBox(a, 256 * 2 ** zoom), reachLabelBox(b, 256 * 2 ** zoom)];
  return p.minX < q.maxX && q.minX < p.maxX && p.minY < q.maxY && q.minY < p.maxY;
}

describe('placeReachLabels', () => {
  it('leaves every label at its reach’s top where they are apart (zoomed in)', () => {
    const placed = placeReachLabels(REACHES, 6);
    expect(placed.map((label) => label?.at)).toEqual(REACHES.map((r) => r.anchor));
  });

  it('moves a label that would cover another along its own outline, at a low zoom', () => {
    // at zoom 3 ERAM's and ATACMS's tops are 1.4° of latitude apart, about 13 px: their labels met there
    const tops = REACHES.map((r) => ({ at: r.anchor, text: r.text, below: r.below }));
    expect(meet(tops[1] as ReachLabel, tops[2] as ReachLabel, 3)).toBe(true);
    const placed = placeReachLabels(REACHES, 3);
    expect(placed.every((label) => label !== null)).toBe(true);
    const labels = placed as ReachLabel[];
    expect(labels[0]?.at).toEqual(REACHES[0]?.anchor);
    expect(labels[1]?.at).toEqual(REACHES[1]?.anchor);
    expect(labels[2]?.at).not.toEqual(REACHES[2]?.anchor);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(meet(labels[i]!, labels[j]!, 3)).toBe(false);
    // each on its own reach's edge: 300 km from Moldova, as GeographicLib measures it
    const d = nearestOnSource(labels[2]?.at as LonLat, source).distanceM;
    expect(Math.abs(d - 300_000)).toBeLessThan(2_000);
  });

  it('keeps clear of a launch point’s marker and name', () => {
    const top = REACHES[1]?.anchor as LonLat;
    const site = { center: [top[0], top[1] + 0.2] as LonLat, name: 'Rivne', labels: [] };
    const [alone] = placeReachLabels([REACHES[1]!], 6);
    const [beside] = placeReachLabels([REACHES[1]!], 6, [site]);
    expect(alone?.at).toEqual(top);
    expect(beside).not.toBeNull();
    expect(beside?.at).not.toEqual(top);
    const worldPx = 256 * 2 ** 6;
    const box = reachLabelBox(beside as ReachLabel, worldPx);
    for (const o of siteBoxes(site, worldPx))
      expect(box.minX < o.maxX && o.minX < box.maxX && box.minY < o.maxY && o.minY < box.maxY).toBe(false);
    expect(Math.abs(nearestOnSource(beside?.at as LonLat, source).distanceM - 460_000)).toBeLessThan(2_000);
  });

  it('hangs the labels of reaches around the North Pole below their foot, and moves one along its outline', () => {
    const svalbard = { type: 'Point' as const, coordinates: [15.64, 78.22] };
    const fromSvalbard = (km: number, text: string) => {
      const paths = reachPaths(reachArea(svalbard, km * 1000, { vertices: 360 }).geometry);
      return { runs: paths.runs, anchor: paths.anchor, below: paths.labelBelow, text };
    };
    const reaches = [fromSvalbard(1600, 'Tomahawk from Svalbard'), fromSvalbard(1550, 'Other from Svalbard')];
    expect(reaches.every((r) => r.below)).toBe(true);
    const placed = placeReachLabels(reaches, 3) as ReachLabel[];
    expect(placed[0]?.at).toEqual(reaches[0]?.anchor);
    expect(placed[1]).not.toBeNull();
    expect(placed[1]?.at).not.toEqual(reaches[1]?.anchor);
    expect(placed.every((label) => label.below)).toBe(true);
    expect(meet(placed[0] as ReachLabel, placed[1] as ReachLabel, 3)).toBe(false);
    const d = nearestOnSource(placed[1]?.at as LonLat, reachSource(svalbard)).distanceM;
    expect(Math.abs(d - 1_550_000)).toBeLessThan(2_000);
  });

  it('hides a label with no clear place, as a ring’s label is hidden', () => {
    // a small reach's outline at zoom 1 is a few pixels round: one label fits on it, a second nowhere along it
    const small = reachFromMoldova(20, 'Small from Moldova, 20 km');
    const placed = placeReachLabels([small, small], 1);
    expect(placed[0]?.at).toEqual(small.anchor);
    expect(placed[1]).toBeNull();
  });
});

describe('placeRingLabels around reach labels', () => {
  it('moves a ring label off a reach label placed where it would go', () => {
    const kyiv: LonLat = [30.52, 50.45];
    const sites = [{ center: kyiv, name: 'Kyiv', labels: [{ rangeKm: 300, text: 'ATACMS · 300 km' }] }];
    const [[free]] = placeRingLabels(sites, 6) as [[[number, number]]];
    const kept: ReachLabel = { at: [free[1], free[0]], text: 'ERAM from Moldova, 460 km', below: false };
    const [[moved]] = placeRingLabels(sites, 6, new Map(), [kept]) as [[[number, number]]];
    expect(moved).not.toEqual(free);
    const ringLabelAsReach: ReachLabel = { at: [moved[1], moved[0]], text: 'ATACMS · 300 km', below: false };
    // a ring's label sits 6 px lower than a reach's at the same anchor: boxes compared with that margin
    expect(meet(kept, ringLabelAsReach, 6)).toBe(false);
  });
});
