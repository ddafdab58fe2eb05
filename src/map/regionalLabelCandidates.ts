// More places for a wide country's name: its outline cut into bands of longitude, and into smaller cells, each
// piece's own interior point. The country's one label sits in its middle (Russia's in Siberia), so a map of
// its western border, of Ukraine or the Caucasus, showed no "Russia" at all; with these, a view that holds a
// part of the country holds a place for its name, and the view writes it once (namePlaceInView). Build time only.
import { bboxClip, bboxPolygon, polygon as turfPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { type LabelCandidate, labelCandidate } from './countryLabels.js';

/** A country at least this wide (its largest polygon) gets more places: Russia, Canada, China, Brazil… */
const WIDE_DEGREES = 30;
/** The pieces: bands of longitude (for the zooms where a band fits its name), then cells of a few degrees. */
const PIECES: readonly { lon: number; lat: number }[] = [
  { lon: 20, lat: 180 },
  { lon: 8, lat: 5 },
];
/**
 * The latitudes pieces keep within: beyond them Web Mercator stretches a piece past any view a reader frames
 * (Antarctica's coast, the Arctic islands), and the country's own place serves.
 */
const SOUTHMOST = -60;
const NORTHMOST = 78;
/** A piece less than this share of its whole cell (a cape, an island cut by the cell) is no place for a name. */
const LEAST_SHARE = 0.3;

/**
 * The candidates of `outline`'s pieces (its polygon in longitude and latitude, exterior first), each in the
 * piece's largest part, largest first; none for a country narrower than 30°.
 *
 * @example
 * regionalLabelCandidates('Russia', russiaOutline); // bands west to east, then cells near the western border…
 */
export function regionalLabelCandidates(name: string, outline: Position[][]): LabelCandidate[] {
  const exterior = outline[0] ?? [];
  const lons = exterior.map(([lon = 0]) => lon);
  const lats = exterior.map(([, lat = 0]) => lat);
  const [west, east] = [Math.min(...lons), Math.max(...lons)];
  const [south, north] = [Math.min(...lats), Math.max(...lats)];
  if (east - west < WIDE_DEGREES) return [];
  const shape = turfPolygon(outline);
  const found: LabelCandidate[] = [];
  for (const size of PIECES)
    for (let lon = west; lon < east; lon += size.lon)
      for (let lat = Math.max(SOUTHMOST, south); lat < Math.min(NORTHMOST, north); lat += size.lat) {
        const top = Math.min(NORTHMOST, lat + size.lat);
        const box: [number, number, number, number] = [lon, lat, lon + size.lon, top];
        const piece = bboxClip(shape, box).geometry as Polygon | MultiPolygon;
        const candidate = piece.coordinates.length > 0 ? labelCandidate(name, piece) : null;
        const whole = labelCandidate(name, bboxPolygon(box).geometry);
        if (candidate && whole && candidate.area >= LEAST_SHARE * whole.area) found.push(candidate);
      }
  return found.sort((a, b) => b.area - a.area);
}
