// What RFC 7946 asks of a polygon beyond its JSON shape, checked on exported geometry: closed rings of four or
// more positions, longitudes in [-180, 180], exteriors counter-clockwise and holes clockwise, 7 decimals at most.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Everything wrong with a polygon or multipolygon, in words; [] when it is as RFC 7946 asks. */
export function rfc7946Problems(geometry: Polygon | MultiPolygon): string[] {
  const problems: string[] = [];
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (parts.length === 0) problems.push('no polygon');
  parts.forEach((rings, p) => {
    if (rings.length === 0) problems.push(`part ${p}: no exterior ring`);
    rings.forEach((ring, r) => {
      const at = `part ${p}, ring ${r}`;
      if (ring.length < 4) problems.push(`${at}: ${ring.length} positions`);
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (!first || !last || first[0] !== last[0] || first[1] !== last[1]) problems.push(`${at}: not closed`);
      ring.forEach(([lon, lat], i) => {
        if (!(typeof lon === 'number' && lon >= -180 && lon <= 180)) problems.push(`${at}: longitude ${lon}`);
        if (!(typeof lat === 'number' && lat >= -90 && lat <= 90)) problems.push(`${at}: latitude ${lat}`);
        if (!hasAtMost7Decimals(lon as number) || !hasAtMost7Decimals(lat as number)) {
          problems.push(`${at}: [${lon}, ${lat}] has more than 7 decimals`);
        }
        const previous = ring[i - 1];
        if (previous && previous[0] === lon && previous[1] === lat)
          problems.push(`${at}: repeated position ${i}`);
      });
      const area = signedArea(ring);
      if (r === 0 && !(area > 0)) problems.push(`${at}: exterior is not counter-clockwise`);
      if (r > 0 && !(area < 0)) problems.push(`${at}: hole is not clockwise`);
    });
  });
  return problems;
}

/** Twice the planar signed area in degrees² (shoelace): positive for a counter-clockwise ring. */
export function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) {
    const a = ring[i - 1] as Position;
    const b = ring[i] as Position;
    sum += (a[0] as number) * (b[1] as number) - (b[0] as number) * (a[1] as number);
  }
  return sum;
}

function hasAtMost7Decimals(value: number): boolean {
  return Number(value.toFixed(7)) === value;
}
