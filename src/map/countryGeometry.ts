// Natural Earth country outlines made fit for a flat Web Mercator map: rings cut at ±180° made continuous, and
// copies of the world at ±360°, as the rings have. world-atlas is shaped for d3's spherical projections, where a
// jump from 180° to -180° is a short step; on Leaflet's plane it is a band of land across the whole map.
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Polygon | MultiPolygon;

/**
 * A ring whose longitudes jump by more than 180° between neighbours, made continuous by shifting the points
 * after each jump by ±360°. A ring that goes once around a pole (Antarctica: the jumps do not cancel out)
 * cannot be made continuous and is already drawn right on the plane, so it is returned as it is.
 */
export function unwrapRing(ring: Position[]): Position[] {
  let shift = 0;
  let previous: number | undefined;
  const out = ring.map(([lon = 0, lat = 0]) => {
    if (previous !== undefined) {
      if (lon + shift - previous > 180) shift -= 360;
      else if (previous - (lon + shift) > 180) shift += 360;
    }
    previous = lon + shift;
    return [lon + shift, lat];
  });
  return shift === 0 ? out : ring;
}

function mapGeometry(geometry: Area, f: (ring: Position[]) => Position[]): Area {
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(f) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => p.map(f)) };
}

function isArea(f: Feature): f is Feature<Area> {
  return f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
}

/** Every polygonal country with its cut rings made continuous; other features are dropped. */
export function unwrapCountries(countries: FeatureCollection): FeatureCollection<Area> {
  return {
    type: 'FeatureCollection',
    features: countries.features
      .filter(isArea)
      .map((f) => ({ ...f, geometry: mapGeometry(f.geometry, unwrapRing) })),
  };
}

/** The world shifted by `dLon` (±360°), drawn beside the map's own world so land shows under ring copies near 180°. */
export function shiftWorld(countries: FeatureCollection<Area>, dLon: number): FeatureCollection<Area> {
  return {
    type: 'FeatureCollection',
    features: countries.features.map((f) => ({
      ...f,
      geometry: mapGeometry(f.geometry, (ring) => ring.map(([lon = 0, lat = 0]) => [lon + dLon, lat])),
    })),
  };
}
