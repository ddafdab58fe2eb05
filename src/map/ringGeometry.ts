// Ring geometry for the map, computed from the geodesy core and cached per launch point, so that dragging
// one launch point recomputes only its own rings (the others keep their arrays and are not redrawn).
import type { LatLngTuple } from 'leaflet';
import { geodesicFan, type LonLat, mapRing, verticesForZoom, worldCopies } from '../geo';
import { polygonsToLatLngs } from './toLatLng';

export interface RingSpec {
  systemId: string;
  rangeKm: number;
  rangeMinKm?: number;
  rangeMaxKm?: number;
}

export interface SiteRings {
  systemId: string;
  rangeKm: number;
  /** The ring and its world copies, in Leaflet order. */
  positions: LatLngTuple[][][];
  /** The published band (min ring and max ring as rings of one polygon: even-odd fill draws the band). */
  band: LatLngTuple[][][] | null;
}

const EQUATOR_KM = 40_075;

/** The rings of one launch point for the given systems at a zoom, with bands (labels: see placeRingLabels). */
export function siteRings(center: LonLat, specs: readonly RingSpec[], zoom: number): SiteRings[] {
  const maxKm = Math.max(0, ...specs.map((s) => Math.max(s.rangeKm, s.rangeMaxKm ?? 0)));
  const fan = geodesicFan(center, verticesForZoom(center, maxKm * 1000, zoom));
  const ringAt = (km: number) => worldCopies(mapRing(center, km * 1000, fan.count, fan));
  return specs.map((spec) => {
    const positions = polygonsToLatLngs(ringAt(spec.rangeKm));
    const hasBand =
      spec.rangeMinKm !== undefined &&
      spec.rangeMaxKm !== undefined &&
      spec.rangeMaxKm > spec.rangeMinKm &&
      spec.rangeMaxKm < EQUATOR_KM / 2;
    const band = hasBand
      ? polygonsToLatLngs(
          [...ringAt(spec.rangeMaxKm as number).flat(), ...ringAt(spec.rangeMinKm as number).flat()].map(
            (ring) => [ring],
          ),
        )
      : null;
    return { systemId: spec.systemId, rangeKm: spec.rangeKm, positions, band };
  });
}
