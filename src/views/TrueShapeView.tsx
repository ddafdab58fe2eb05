// The globe or the distance map of a scenario, in the map's place: the same launch points, rings, bands, labels,
// marks and probed point, drawn by ProjectedView through the view's projection. Where the reader left either is
// kept as the scenario's view (the globe: the point facing the reader; the distance map, which is about a site:
// the point in the middle of the screen; and the zoom), so a link, a reload or a host page shows it again.
import { geoGraticule10 } from 'd3';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { drawnReachKm } from '../data';
import type { LonLat } from '../geo';
import { AREA_COLOR, BASEMAP_PALETTES, labelInk, reachLabel, trueRuns, useAreaReaches } from '../map';
import {
  areaReachJobs,
  type DistanceUnit,
  formatLonLat,
  type LaunchArea,
  launchAreaSource,
  type MapView,
  type Mark,
  type Site,
  type Theme,
} from '../scenario';
import { d3Winding } from './d3Winding';
import { distanceScaleFor } from './distanceScaleFor';
import { ProjectedView, type ProjectedViewHandle } from './ProjectedView';
import {
  distanceViewProjection,
  fittedView,
  globeProjection,
  type ViewSize,
  type ViewState,
} from './viewProjection';
import { type ViewSystem, viewScene } from './viewScene';
import { loadedWorld50m, loadWorld50m, WORLD_110M } from './worldCountries';

export interface TrueShapeViewProps {
  projection: 'globe' | 'distance';
  sites: readonly Site[];
  systems: readonly ViewSystem[];
  marks?: readonly Mark[];
  /** Launch areas: each shown system's reach from them is filled as a ring is. */
  areas?: readonly LaunchArea[];
  /** The distance map's centre, a site's id; absent, the first site. */
  centreSiteId?: string;
  view: MapView | null;
  theme: Theme;
  /** The distance map's scale is in this unit (the scenario's); km when absent. */
  unit?: DistanceUnit;
  highlightedId: string | null;
  probe: LonLat | null;
  probeName?: string | null;
  fitRequest: number;
  animate: boolean;
  wheelZoom?: boolean;
  labelOf: (system: ViewSystem) => string;
  onMapClick?: (lonLat: LonLat) => void;
  onViewChange?: (view: MapView) => void;
  /** A fixed size (the export's frame); without it the view fills its box. */
  size?: ViewSize;
  onReady?: (handle: ProjectedViewHandle | null) => void;
}

const GRATICULE = geoGraticule10();
const DETAIL_DELAY_MS = 400;

/** The site the distance map is true from: the chosen one, else the first. */
export function distanceCentre(sites: readonly Site[], centreSiteId?: string): Site | null {
  return sites.find((s) => s.id === centreSiteId) ?? sites[0] ?? null;
}

/** The distance map about `centre` with `shown` in the middle of the view, at `zoom`. */
function distanceStateShowing(centre: LonLat, shown: LonLat, zoom: number): ViewState | null {
  const at = distanceViewProjection({ center: centre, zoom, offset: [0, 0] }, { width: 0, height: 0 })(shown);
  if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) return null;
  return { center: centre, zoom, offset: [-at[0], -at[1]] };
}

/** The place in the middle of a distance map's view; null off the map (past the antipode's rim). */
function distanceMiddle(state: ViewState): LonLat | null {
  const middle = distanceViewProjection(state, { width: 0, height: 0 }).invert?.([0, 0]);
  if (!middle || !Number.isFinite(middle[0]) || !Number.isFinite(middle[1])) return null;
  return [Math.round(middle[0] * 1e5) / 1e5, Math.round(middle[1] * 1e5) / 1e5];
}

export function TrueShapeView(props: TrueShapeViewProps) {
  const { projection: kind, sites, systems, theme } = props;
  const [zoomLevel, setZoomLevel] = useState(() => Math.round(props.view?.zoom ?? 3));
  const [detail, setDetail] = useState(loadedWorld50m);
  useEffect(
    function loadDetailWhenSettled() {
      if (detail) return;
      let current = true;
      const timer = setTimeout(() => {
        loadWorld50m().then(
          (loaded) => current && setDetail(loaded),
          () => {
            // the 1:110m outlines stay: coarser, but a whole world
          },
        );
      }, DETAIL_DELAY_MS);
      return () => {
        current = false;
        clearTimeout(timer);
      };
    },
    [detail],
  );
  const jobs = useMemo(
    () => areaReachJobs(props.areas ?? [], systems).filter((job) => job.part === 'range'),
    [props.areas, systems],
  );
  const { results } = useAreaReaches(jobs);
  const labelOf = props.labelOf;
  const reaches = useMemo(() => {
    const systemOf = new Map(systems.map((s) => [s.systemId, s]));
    return jobs.flatMap((job) => {
      const result = results.get(job.key);
      const system = systemOf.get(job.systemId);
      if (!result || !('geometry' in result) || !system) return [];
      const geometry = result.geometry;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      // the core's split along ±180° and the pole is no range limit: only the true boundary is stroked
      const outlines = polygons
        .flat()
        .flatMap((ring) => trueRuns(ring.map(([lon = 0, lat = 0]): LonLat => [lon, lat])));
      return [
        {
          systemId: job.systemId,
          color: system.color,
          area: d3Winding(geometry),
          outlines,
          label: reachLabel(system, job.areaLabel, labelOf),
          labelColor: labelInk(system.color, theme),
        },
      ];
    });
  }, [jobs, results, systems, labelOf, theme]);
  const areaLines = useMemo(
    () =>
      (props.areas ?? []).flatMap((area) => {
        const g = launchAreaSource(area, '110m')?.geometry;
        if (!g) return [];
        if (g.type === 'LineString') return [g.coordinates];
        if (g.type === 'MultiLineString') return g.coordinates;
        if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [];
        const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
        // a country split at ±180° (Fiji, Russia) is outlined along its coasts and borders, not the seam
        return polygons
          .flat()
          .flatMap((ring) => trueRuns(ring.map(([lon = 0, lat = 0]): LonLat => [lon, lat])));
      }),
    [props.areas],
  );
  const areaPoints = useMemo(
    () => areaLines.flatMap((line) => line.map(([lon = 0, lat = 0]): LonLat => [lon, lat])),
    [areaLines],
  );
  const centre = kind === 'distance' ? distanceCentre(sites, props.centreSiteId) : null;
  const scene = useMemo(
    () => ({
      ...viewScene({
        sites,
        systems,
        marks: props.marks ?? [],
        probe: props.probe,
        probeName: props.probeName ?? null,
        highlightedId: props.highlightedId,
        zoom: zoomLevel,
        labelOf: props.labelOf,
        labelColorOf: (color) => labelInk(color, theme),
        basemap: { palette: BASEMAP_PALETTES[theme], ...(detail ?? WORLD_110M), graticule: GRATICULE },
        reaches,
      }),
      areaOutlines: { color: AREA_COLOR[theme], lines: areaLines },
    }),
    [
      areaLines,
      reaches,
      sites,
      systems,
      props.marks,
      props.probe,
      props.probeName,
      props.highlightedId,
      zoomLevel,
      props.labelOf,
      theme,
      detail,
    ],
  );
  const unit = props.unit ?? 'km';
  const distanceScale = useMemo(
    () => (kind === 'distance' ? distanceScaleFor(unit) : undefined),
    [kind, unit],
  );
  // what is drawn is fitted: a figure only published (Tomahawk's 2,500 km, no band drawn) would frame it loosely
  const maxRangeKm = Math.max(0, ...systems.map(drawnReachKm));
  const centreLonLat = centre?.lonLat ?? null;
  const onFit = useCallback(
    (size: ViewSize) =>
      fittedView(
        kind,
        // a launch area's reach runs from its outline: fitted from its vertices as from launch points
        [...sites.map((s) => s.lonLat), ...areaPoints],
        maxRangeKm,
        size,
        kind === 'distance' ? centreLonLat : null,
      ),
    [kind, sites, areaPoints, maxRangeKm, centreLonLat],
  );
  const view = props.view;
  const state = useMemo<ViewState | null>(() => {
    if (!view) return null;
    const shown: LonLat = [view.center[0], view.center[1]];
    if (kind === 'globe') return { center: shown, zoom: view.zoom, offset: [0, 0] };
    return centreLonLat ? distanceStateShowing(centreLonLat, shown, view.zoom) : null;
  }, [view, kind, centreLonLat]);
  const onViewChange = props.onViewChange;
  const onRest = useCallback(
    (rest: ViewState) => {
      const zoom = Math.round(rest.zoom * 100) / 100;
      if (kind === 'globe') onViewChange?.({ center: rest.center, zoom });
      else {
        const middle = distanceMiddle(rest);
        if (middle) onViewChange?.({ center: middle, zoom });
      }
    },
    [kind, onViewChange],
  );
  const describe = useCallback(
    (at: ViewState) =>
      kind === 'globe'
        ? `Globe centred on ${formatLonLat(at.center)}, zoom ${at.zoom.toFixed(1)}. Drag or use the arrow keys to turn it, + and − to zoom; click to measure distances.`
        : `Distance map centred on ${centre?.label ?? formatLonLat(at.center)}: distances from it are true in every direction. Drag or use the arrow keys to pan, + and − to zoom; click to measure distances.`,
    [kind, centre?.label],
  );
  return (
    <ProjectedView
      key={`${kind}:${centreLonLat?.join(',') ?? ''}`}
      className={`${kind}-view`}
      scene={scene}
      projection={kind === 'globe' ? globeProjection : distanceViewProjection}
      interaction={kind === 'globe' ? 'rotate' : 'pan'}
      state={state}
      fitKey={props.fitRequest}
      onFit={onFit}
      describe={describe}
      animate={props.animate}
      wheelZoom={props.wheelZoom ?? true}
      onRest={onRest}
      onZoomLevel={setZoomLevel}
      {...(distanceScale ? { distanceScale } : {})}
      {...(props.size ? { size: props.size } : {})}
      {...(props.onMapClick ? { onClick: props.onMapClick } : {})}
      {...(props.onReady ? { onReady: props.onReady } : {})}
    />
  );
}
