// cutAtMeridians against the general polygon clipper it stands in for: for rings of every shape from random
// launch points, the pieces (wound as rangeRing winds them) must be the very same positions in the very same
// order as clipping each world copy's strip with turf's intersect (polyclip); what it declines, that clipper does.
import { featureCollection, intersect, polygon, rewind } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { cutAtMeridians } from '../../src/geo/cutAtMeridians';
import { insertMeridianCrossings } from '../../src/geo/insertMeridianCrossings';
import { ringTrace } from '../../src/geo/ringTrace';
import { tracePolygons } from '../../src/geo/tracePolygons';
import type { LonLat, LonLatPolygon } from '../../src/geo/types';
import { seededRandom } from '../support/seededRandom';

/** What splitAtAntimeridian does without the shortcut: one intersect per world copy the polygon touches. */
function clipped(poly: LonLatPolygon, primaryOnly: boolean): LonLatPolygon[] {
  const lons = (poly[0] ?? []).map(([lon]) => lon);
  const lo = Math.min(...lons);
  const hi = Math.max(...lons);
  const kLo = primaryOnly ? 0 : Math.ceil((lo - 180) / 360);
  const kHi = primaryOnly ? 0 : Math.floor((hi + 180) / 360);
  const out: LonLatPolygon[] = [];
  for (let k = kLo; k <= kHi; k++) {
    const [w, e] = [-180 + 360 * k, 180 + 360 * k];
    const strip = polygon([
      [
        [w, -90],
        [e, -90],
        [e, 90],
        [w, 90],
        [w, -90],
      ],
    ]);
    const g = intersect(featureCollection([polygon(poly), strip]))?.geometry;
    if (!g) continue;
    for (const part of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
      out.push(
        part.map((ring) =>
          ring.map((p) => [Math.max(-180, Math.min(180, (p[0] as number) - 360 * k)), p[1] as number]),
        ),
      );
  }
  return out;
}

/** Exteriors counter-clockwise, holes clockwise, as rangeRing finally winds them (each ring keeps its start). */
const wound = (pieces: LonLatPolygon[]) =>
  pieces.map((p) => (rewind(polygon(p)) as ReturnType<typeof polygon>).geometry.coordinates);

function ringPolygons(center: LonLat, rangeM: number, vertices: number) {
  const trace = ringTrace(center, rangeM, vertices);
  return { trace, polys: tracePolygons(trace, insertMeridianCrossings(trace)) };
}

describe('cutAtMeridians', () => {
  it('cuts a small disk across 180° into its western and eastern pieces, each closed along the meridian', () => {
    const pieces = cutAtMeridians(
      [
        [
          [170, 0],
          [180, -1],
          [190, 0],
          [180, 1],
          [170, 0],
        ],
      ],
      false,
    );
    expect(pieces).toEqual([
      [
        [
          [170, 0],
          [180, -1],
          [180, 1],
          [170, 0],
        ],
      ],
      [
        [
          [-180, -1],
          [-170, 0],
          [-180, 1],
          [-180, -1],
        ],
      ],
    ]);
  });

  it('declines a ring that only touches the meridian, or a polygon that is not a ring shape', () => {
    const touching: LonLatPolygon = [
      [
        [170, 0],
        [180, 0],
        [175, 5],
        [170, 0],
      ],
    ];
    expect(
      cutAtMeridians(
        [
          [
            [170, 0],
            [190, 0],
            [175, 5],
            [170, 0],
          ],
          touching[0] ?? [],
        ],
        false,
      ),
    ).toBeNull();
    expect(
      cutAtMeridians(
        [
          [
            [170, 0],
            [179, -1],
            [190, 0],
            [181, 1],
            [170, 0],
          ],
        ],
        false,
      ),
    ).toBeNull();
    expect(
      cutAtMeridians(
        [
          [
            [-200, -10],
            [200, -10],
            [200, 10],
            [-200, 10],
            [-200, -10],
          ],
        ],
        true,
      ),
    ).toBeNull();
  });

  it('gives exactly what the clipper gives, for 150 rings of every shape from random launch points', () => {
    const random = seededRandom(14);
    const shapes = new Map<string, number>();
    let cut = 0;
    for (let i = 0; i < 150; i++) {
      const center: LonLat = [random() * 360 - 180, random() * 180 - 90];
      const rangeM = (i % 2 === 0 ? 14_000 + random() * 6_000 : random() * 6_000) * 1000;
      const { trace, polys } = ringPolygons(center, rangeM, [32, 64, 128][i % 3] as number);
      const primaryOnly = trace.kind === 'world' || trace.kind === 'antipodalHole';
      for (const poly of polys) {
        const lons = (poly[0] ?? []).map(([lon]) => lon);
        if (Math.min(...lons) >= -180 && Math.max(...lons) <= 180) continue; // nothing to cut
        const mine = cutAtMeridians(poly, primaryOnly);
        if (!mine) continue;
        cut++;
        shapes.set(trace.kind, (shapes.get(trace.kind) ?? 0) + 1);
        expect(wound(mine)).toEqual(wound(clipped(poly, primaryOnly)));
      }
    }
    // the shortcut is taken for the shapes it is for, not declined into a test that checks nothing
    expect(cut).toBeGreaterThan(50);
    expect(shapes.get('antipodalHole')).toBeGreaterThan(40);
    expect(shapes.get('disk')).toBeGreaterThan(3);
  }, 30_000); // the clipper it is checked against takes most of that
});
