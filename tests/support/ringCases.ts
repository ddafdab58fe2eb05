// The edge cases every ring test runs through; the golden fixtures are named after them.
import type { LonLat } from '../../src/geo';

export interface RingCase {
  name: string;
  center: LonLat;
  rangeKm: number;
  /** What the ring must enclose, known independently of the code (distances to the poles). */
  shape: 'empty' | 'world' | 'disk' | 'northCap' | 'southCap' | 'antipodalHole';
}

const KHARKIV: LonLat = [36.2304, 49.9935];
const KYIV: LonLat = [30.5234, 50.4501];

export const RING_CASES: RingCase[] = [
  { name: 'kharkiv-300km', center: KHARKIV, rangeKm: 300, shape: 'disk' },
  { name: 'kharkiv-460km', center: KHARKIV, rangeKm: 460, shape: 'disk' },
  { name: 'kharkiv-1600km', center: KHARKIV, rangeKm: 1600, shape: 'disk' },
  { name: 'antimeridian-fiji-1600km', center: [178.4419, -18.1416], rangeKm: 1600, shape: 'disk' },
  { name: 'covers-north-pole-svalbard-1600km', center: [15.6356, 78.2232], rangeKm: 1600, shape: 'northCap' },
  {
    name: 'covers-south-pole-mcmurdo-1600km',
    center: [166.6863, -77.8419],
    rangeKm: 1600,
    shape: 'southCap',
  },
  {
    name: 'pole-and-antimeridian-kamchatka-5000km',
    center: [158.65, 53.0167],
    rangeKm: 5000,
    shape: 'northCap',
  },
  // Kyiv is 4,411 km from the North Pole and 15,593 km from the South Pole: 15,000 km encloses only the North Pole.
  { name: 'covers-north-pole-kyiv-15000km', center: KYIV, rangeKm: 15000, shape: 'northCap' },
  { name: 'covers-both-poles-kyiv-17000km', center: KYIV, rangeKm: 17000, shape: 'antipodalHole' },
  { name: 'covers-both-poles-equator-15000km', center: [0, 0], rangeKm: 15000, shape: 'antipodalHole' },
  { name: 'near-antipodal-kyiv-19900km', center: KYIV, rangeKm: 19900, shape: 'antipodalHole' },
  { name: 'whole-earth-21000km', center: KYIV, rangeKm: 21000, shape: 'world' },
  { name: 'zero-range', center: KHARKIV, rangeKm: 0, shape: 'empty' },
  { name: 'through-north-pole-meridian', center: [0, 60], rangeKm: 4000, shape: 'northCap' },
  { name: 'centre-on-north-pole', center: [0, 90], rangeKm: 1000, shape: 'northCap' },
  { name: 'centre-on-antimeridian-equator', center: [180, 0], rangeKm: 1000, shape: 'disk' },
];
