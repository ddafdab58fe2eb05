// The country-name candidates of both outline scales, computed once at build time (vite.config.ts) from the
// same outlines the basemap draws, in a compact form: placing them on the page took a 200 ms task after the
// first rings. Runs in Node as well as in the browser: it only reads GeoJSON.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { type LabelCandidate, labelCandidates } from './countryLabels.js';

/** One candidate as a tuple: name, anchor lon and lat, then x, y, width, height on the unit Mercator plane. */
export type PackedLabel = [string, number, number, number, number, number, number];

export interface PackedCountryLabels {
  /** For the 1:110m outlines, largest first. */
  '110m': PackedLabel[];
  /** For the 1:50m outlines: the 1:110m ones and the small countries only 1:50m has, largest first. */
  '50m': PackedLabel[];
}

type Outlines = FeatureCollection<Polygon | MultiPolygon>;

const round = (value: number, digits: number) => Number(value.toFixed(digits));

function pack(c: LabelCandidate): PackedLabel {
  // 1e-9 of the world's width is a thousandth of a pixel at the deepest zoom (12)
  return [
    c.name,
    round(c.anchor[0], 6),
    round(c.anchor[1], 6),
    round(c.x, 9),
    round(c.y, 9),
    round(c.width, 9),
    round(c.height, 9),
  ];
}

/**
 * Candidates for both scales. A country in both keeps its 1:110m placement (its interior point lies far from any
 * coast, where the two scales agree), so the 1:50m set only adds the small countries 1:110m leaves out.
 *
 * @example
 * buildCountryLabels(outlines110m, outlines50m)['110m'][1]?.[0]; // 'Russia' (after Antarctica)
 */
export function buildCountryLabels(outlines110m: Outlines, outlines50m: Outlines): PackedCountryLabels {
  const base = labelCandidates(outlines110m);
  const known = new Set(base.map((c) => c.name));
  const extra = labelCandidates({
    type: 'FeatureCollection',
    features: outlines50m.features.filter((f) => !known.has(f.properties?.name)),
  });
  const detailed = [...base, ...extra].sort((a, b) => b.area - a.area);
  return { '110m': base.map(pack), '50m': detailed.map(pack) };
}

/**
 * The candidates back from their tuples, in the same order.
 *
 * @example
 * unpackCountryLabels([['Russia', 97.7, 62.1, 0.77, 0.2, 0.9, 0.2]])[0]?.anchor; // [97.7, 62.1]
 */
export function unpackCountryLabels(packed: readonly PackedLabel[]): LabelCandidate[] {
  return packed.map(([name, lon, lat, x, y, width, height]) => ({
    name,
    anchor: [lon, lat],
    x,
    y,
    width,
    height,
    // only the order claims space, and the list is in that order already
    area: 0,
  }));
}
