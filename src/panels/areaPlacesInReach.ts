// The places in reach of a launch area, shared by the in-reach list and the map's text summary: computed once
// for an area's outline, the gazetteer, the ranges and the choice of places inside, and kept for the latest few.
import type { Geometry } from 'geojson';
import type { Place } from '../data';
import { type PlaceNearSource, placesNearSource } from '../geo';

const kept: { key: unknown[]; lists: PlaceNearSource<Place>[][] }[] = [];
const KEPT = 8;

/**
 * For each of `rangesKm`, the places within range of `geometry`, nearest first (see placesNearSource).
 * Throws a RangeError for a geometry the core cannot measure from.
 *
 * @example
 * areaPlacesInReach(ukraine, [300, 1600], places, false)[0][0].place.name; // 'Belgorod'
 */
export function areaPlacesInReach(
  geometry: Geometry,
  rangesKm: readonly number[],
  places: readonly Place[],
  includeInside: boolean,
): PlaceNearSource<Place>[][] {
  const key = [geometry, places, includeInside, rangesKm.join(',')];
  const found = kept.find((k) => k.key.every((part, i) => part === key[i]));
  if (found) return found.lists;
  const lists = placesNearSource(
    geometry,
    rangesKm.map((km) => km * 1000),
    places,
    { includeInside },
  );
  kept.unshift({ key, lists });
  kept.length = Math.min(kept.length, KEPT);
  return lists;
}
