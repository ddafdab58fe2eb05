// The one place where the core's [lon, lat] becomes Leaflet's [lat, lng].
import type { LatLngTuple } from 'leaflet';
import type { LonLat, LonLatPolygon } from '../geo';

export function toLatLng([lon, lat]: LonLat): LatLngTuple {
  return [lat, lon];
}

export function polygonsToLatLngs(polys: LonLatPolygon[]): LatLngTuple[][][] {
  return polys.map((poly) => poly.map((ring) => ring.map(toLatLng)));
}
