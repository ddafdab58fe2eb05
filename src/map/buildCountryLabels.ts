// The country-name candidates of both outline scales, computed once at build time (vite.config.ts) from the
// same outlines the basemap draws, in a compact form: placing them on the page took a 200 ms task after the
// first rings. Runs in Node as well as in the browser: it only reads GeoJSON.
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { type LabelCandidate, labelCandidates, largestPolygon, latitudeOf } from './countryLabels.js';
import { regionalLabelCandidates } from './regionalLabelCandidates.js';

/** One candidate as a tuple: name, then x, y, width, height on the unit Mercator plane (x, y its anchor). */
export type PackedLabel = [string, number, number, number, number];

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
  return [c.name, round(c.x, 9), round(c.y, 9), round(c.width, 9), round(c.height, 9)];
}

/**
 * Candidates for both scales. A country in both keeps its 1:110m placement (its interior point lies far from any
 * coast, where the two scales agree), so the 1:50m set only adds the small countries 1:110m leaves out. After
 * every country's own candidate come the band candidates of the widest (regionalLabelCandidates).
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
  // every country's own name claims its space before a wide country's name is placed again in its bands
  const regional = regionalCandidates(outlines110m, base);
  return { '110m': [...base, ...regional].map(pack), '50m': [...detailed, ...regional].map(pack) };
}

/** The band and cell candidates of the widest countries (regionalLabelCandidates), largest first. */
function regionalCandidates(outlines: Outlines, mains: readonly LabelCandidate[]): LabelCandidate[] {
  const mainOf = new Map(mains.map((c) => [c.name, c]));
  const found: LabelCandidate[] = [];
  for (const f of outlines.features) {
    const main = mainOf.get(f.properties?.name);
    const outline = largestPolygon(f.geometry);
    if (main && outline) found.push(...regionalLabelCandidates(main.name, outline));
  }
  return found.sort((a, b) => b.area - a.area);
}

/**
 * The candidates back from their tuples, in the same order.
 *
 * @example
 * unpackCountryLabels([['Russia', 0.77, 0.2, 0.9, 0.2]])[0]?.anchor; // [97.2, 72.7]: longitude, latitude
 */
export function unpackCountryLabels(packed: readonly PackedLabel[]): LabelCandidate[] {
  return packed.map(([name, x, y, width, height]) => ({
    name,
    anchor: [x * 360 - 180, latitudeOf(y)],
    x,
    y,
    width,
    height,
    // only the order claims space, and the list is in that order already
    area: 0,
  }));
}
