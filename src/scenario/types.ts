// The one state of the app: everything the user set, serialisable as it is (JSON, URL, localStorage,
// postMessage). Rings, in-reach lists and chart data are derived from it, never stored.
import type { Source } from '../data';
import type { LonLat } from '../geo';

export type DistanceUnit = 'km' | 'mi' | 'nmi';
export type Theme = 'light' | 'dark';
/** `offline`: the bundled Natural Earth vector map; `osm`: OpenStreetMap tiles, fetched online. */
export type BasemapId = 'offline' | 'osm';

/** A launch point the user placed. */
export interface Site {
  /** Stable within a scenario: `s1`, `s2`, … */
  id: string;
  label: string;
  lonLat: LonLat;
  /**
   * 'place' when the label is a gazetteer place's name (picked in the search): moved far from that place,
   * the point takes the name of the place it is moved to, or its coordinates. Absent: the user's own
   * name, which stays, or the coordinates, which follow the point.
   */
  labelFrom?: 'place';
}

/**
 * A system made in the page or loaded from a user's file, kept in the scenario so it is never lost: with all a
 * data file's system has (band, published figures, type, note, sources), each part only when given.
 */
export interface CustomSystem {
  id: string;
  name: string;
  rangeKm: number;
  /** The published band around the range, in kilometres: `rangeMinKm` ≤ `rangeKm` ≤ `rangeMaxKm`. */
  rangeMinKm?: number;
  rangeMaxKm?: number;
  /** The range as published in miles / nautical miles, shown instead of a conversion. */
  rangeMi?: number;
  rangeNmi?: number;
  type?: string;
  variant?: string;
  note?: string;
  /** ISO date the figures were checked. */
  asOf?: string;
  /** Where the figure comes from, as the user typed it (free text), if at all. */
  source?: string;
  /** The sources a systems file gave, as they were read. */
  sources?: Source[];
}

/** A country or territory of the basemap as a launch area, by its ISO 3166-1 alpha-2 code. */
export interface CountryArea {
  kind: 'country';
  /** Upper case: `UA`. */
  code: string;
}

/**
 * A line (a front line, a coastline) or a polygon (a patrol box) the user drew or typed, vertex by vertex. A
 * polygon is closed implicitly: its last vertex is not a copy of the first.
 */
export interface DrawnArea {
  kind: 'line' | 'polygon';
  /** Stable within a scenario: `a1`, `a2`, … */
  id: string;
  /** The user's name for it; absent: "Drawn line 1", "Drawn area 2" (see areaName). */
  label?: string;
  lonLats: LonLat[];
}

/** The lines and polygons of a file the user opened, as read: too big for a link, kept in the scenario file. */
export type FileAreaGeometry =
  | { type: 'MultiLineString'; coordinates: LonLat[][] }
  | { type: 'MultiPolygon'; coordinates: LonLat[][][] }
  | {
      type: 'GeometryCollection';
      geometries: (
        | { type: 'MultiLineString'; coordinates: LonLat[][] }
        | { type: 'MultiPolygon'; coordinates: LonLat[][][] }
      )[];
    };

/** The lines and areas of a GeoJSON or KML file, one launch area for the whole file. */
export interface FileArea {
  kind: 'file';
  /** Stable within a scenario: `a1`, `a2`, … (the same series as drawn areas). */
  id: string;
  label: string;
  /** The name of the file it was read from: `front-line.geojson`. */
  fileName: string;
  geometry: FileAreaGeometry;
}

/**
 * An area launches may come from: a country, a drawn line or polygon, or a file's lines and polygons. Each
 * shown system's reach from it is drawn: every point within range of some point of the area.
 */
export type LaunchArea = CountryArea | DrawnArea | FileArea;

/** A place the story is about (a target, a base, a city): labelled on the map, not a launch point. */
export interface Mark {
  /** Stable within a scenario: `m1`, `m2`, … */
  id: string;
  label: string;
  lonLat: LonLat;
}

/**
 * How the map is drawn: `map`, Web Mercator (Leaflet); `globe`, an orthographic globe; `distance`, an
 * azimuthal equidistant map centred on a launch point, true in distance from it in every direction.
 */
export type Projection = 'map' | 'globe' | 'distance';

export interface MapView {
  center: LonLat;
  zoom: number;
}

export interface Scenario {
  version: 1;
  sites: Site[];
  /** Ids of the systems whose rings are shown: ids of the data file's systems or of custom systems. */
  systemIds: string[];
  customSystems: CustomSystem[];
  units: DistanceUnit;
  /** The map view; null fits the view to all rings. */
  view: MapView | null;
  title: string;
  theme: Theme;
  basemap: BasemapId;
  /** Colours the user chose, `#rrggbb` by system id; absent when every system has its own palette colour. */
  colors?: Record<string, string>;
  /** Launch areas, in the order added; absent when there are none. */
  areas?: LaunchArea[];
  /** The words around an exported map, each absent when empty. */
  subtitle?: string;
  credit?: string;
  note?: string;
  /** Labelled places that are not launch points, in the order added; absent when there are none. */
  marks?: Mark[];
  /** Absent: `map`. */
  projection?: Projection;
  /** The distance map's centre: a site's id; absent, the first site. */
  centreSiteId?: string;
}
