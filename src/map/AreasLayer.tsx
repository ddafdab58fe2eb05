// Draws launch areas and each shown system's reach from them (geometry from the core through a worker, see
// useAreaReaches): the area as a neutral grey outline, each reach as a ring is drawn (fill with no stroke, an
// outline in the system's colour along the true boundary only, the band's ends dashed, on every world copy) and
// labelled "Tomahawk from Ukraine, 1,600 km" clear of the outline, of one another and of the launch points
// (useReachLabels); the ring labels are placed around these (reachLabelsOf).
import { useEffect, useMemo, useState } from 'react';
import { Pane, Polygon, Polyline, useMap } from 'react-leaflet';
import { ringLookStyle } from '../scenario';
import { ringLookFor } from './ringLayerStyles';
import { ringOutlineOptions } from './ringOutlineOptions';
import './areas.css';
import { hasDetailedOutlines, loadDetailedOutlines } from '../data';
import {
  type AreaReachJob,
  type AreaReachResult,
  areaKey,
  areaReachJobs,
  type LaunchArea,
  launchAreaSource,
  type Mark,
  type Site,
  type Theme,
} from '../scenario';
import { AreaLabel } from './AreaLabel';
import { whenIdle } from './afterFirstPaint';
import { sourcePaths } from './areaGeometry';
import { labelInk } from './labelInk';
import { PANES } from './panes';
import type { RingSystem } from './RingsLayer';
import { type ReachPaths, reachPaths } from './reachPaths';
import { ringsAllDrawn, ringsUnderWay } from './ringsSettled';
import type { NameSidesAt } from './siteNameSides';
import { useAreaReaches } from './useAreaReaches';
import { useReachLabels } from './useReachLabels';

interface Props {
  areas: readonly LaunchArea[];
  systems: readonly RingSystem[];
  highlightedId: string | null;
  theme: Theme;
  onNotice: (message: string | null) => void;
  /** A ring's label ("Tomahawk · 1,600 km"): a reach's label takes its range from it. */
  labelOf?: (system: RingSystem) => string;
  /** The launch points, whose markers and names the reach labels keep clear of, each name on its side. */
  sites?: readonly Site[];
  nameSides?: NameSidesAt;
  /** Marked places: the reach labels keep clear of each one's diamond and name too. */
  marks?: readonly Mark[];
}

const NO_SITES: readonly Site[] = [];
const NO_MARKS: readonly Mark[] = [];

/** A launch area's own outline, grey and dashed (the true-shape views draw it in the same grey). */
export const AREA_COLOR = { light: '#5a5a5a', dark: '#c8c8c8' } as const;

export function AreasLayer(props: Props) {
  const { areas, systems, highlightedId, theme, onNotice, labelOf, nameSides } = props;
  const { sites = NO_SITES, marks = NO_MARKS } = props;
  const detailed = useDetailedOutlines(areas.length > 0);
  const jobs = useMemo(
    () => areaReachJobs(areas, systems, detailed ? '50m' : '110m'),
    [areas, systems, detailed],
  );
  const { results, pending } = useAreaReaches(jobs);
  const outlines = useMemo(
    () =>
      areas.flatMap((area) => {
        const source = launchAreaSource(area, detailed ? '50m' : '110m');
        if (!source) return [];
        const own = sourcePaths(source.geometry);
        const g = source.geometry;
        // polygons with world copies, and whole where an outline crosses 180° (Fiji, Russia)
        const fills = g.type === 'Polygon' || g.type === 'MultiPolygon' ? reachPaths(g).fill : own.fills;
        return [{ key: areaKey(area), paths: { fills, lines: own.lines } }];
      }),
    [areas, detailed],
  );
  const drawn = useMemo(
    () =>
      jobs.flatMap((job) => {
        // while a new reach is computed (a finer outline, a moved vertex, a new range), the last one stays drawn
        const result = results.get(job.key) ?? lastOfSlot(results, job.slot);
        return result && 'geometry' in result ? [{ job, paths: reachPaths(result.geometry) }] : [];
      }),
    [jobs, results],
  );
  const errors = [...results.values()].flatMap((result) => ('error' in result ? [result.error] : []));
  const errorText =
    errors.length > 0 ? `${errors[0]}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}` : null;
  useEffect(
    function sayWhyAReachIsMissing() {
      if (errorText) onNotice(errorText);
    },
    [errorText, onNotice],
  );
  const systemById = useMemo(() => new Map(systems.map((system) => [system.systemId, system])), [systems]);
  const map = useMap();
  const labels = useReachLabels(drawn, systemById, { labelOf, sites, nameSides, marks });
  const computing = [...new Set(jobs.filter((job) => !results.has(job.key)).map((job) => job.areaLabel))];
  // an export's frame is fitted and captured once every reach asked for is drawn with its label
  const underWay = computing.length > 0;
  useEffect(
    function holdTheFrameUntilTheReachesAreDrawn() {
      if (underWay) ringsUnderWay(map, 0, 'areas');
      else ringsAllDrawn(map, 'areas');
    },
    [map, underWay],
  );
  useEffect(
    function letWaitersGoOnUnmount() {
      return () => ringsAllDrawn(map, 'areas');
    },
    [map],
  );
  if (areas.length === 0) return null;
  return (
    <>
      {/* said while a reach is computed: a large country takes seconds, and the map shows the last one meanwhile */}
      <div className="area-status" role="status">
        {pending > 0 && computing.length > 0 ? `Computing the reach from ${computing.join(', ')}…` : ''}
      </div>
      <Pane name="launchAreas" style={{ zIndex: PANES.rings.zIndex - 5 }}>
        {outlines.flatMap(({ key, paths }) => [
          ...paths.fills.map((fill, i) => (
            <Polygon
              key={`area:${key}:${i}`}
              positions={fill}
              interactive={false}
              smoothFactor={0}
              pathOptions={{
                color: AREA_COLOR[theme],
                weight: 1.5,
                dashArray: '6 3',
                fillColor: AREA_COLOR[theme],
                fillOpacity: 0.12,
              }}
            />
          )),
          ...paths.lines.map((line, i) => (
            <Polyline
              key={`line:${key}:${i}`}
              positions={line}
              interactive={false}
              smoothFactor={0}
              pathOptions={{ color: AREA_COLOR[theme], weight: 2.5, dashArray: '6 3' }}
            />
          )),
        ])}
      </Pane>
      <Pane name="areaReaches" style={{ zIndex: PANES.rings.zIndex - 1 }}>
        {drawn.flatMap(({ job, paths }) => {
          const system = systemById.get(job.systemId);
          return system ? reachLayers(job, paths, system, highlightedId) : [];
        })}
      </Pane>
      <Pane name="areaLabels" style={{ zIndex: PANES.labels.zIndex + 4, pointerEvents: 'none' }}>
        {labels.flatMap(({ key, system, label, copies }) =>
          copies.map(({ dLon, at }) => (
            <AreaLabel
              key={`label:${key}:${dLon}`}
              at={at}
              below={label.below}
              worldCopy={dLon !== 0}
              text={label.text}
              color={labelInk(system.color, theme)}
              system={system.systemId}
            />
          )),
        )}
      </Pane>
    </>
  );
}

/**
 * Whether the 1:50m outlines are loaded: asked for once there is an area, when the main thread is idle, so
 * the first reach (from 1:110m) is never delayed by parsing them.
 */
function useDetailedOutlines(wanted: boolean): boolean {
  const [detailed, setDetailed] = useState(hasDetailedOutlines);
  useEffect(
    function loadDetailWhenAreasShown() {
      if (!wanted || detailed) return;
      let current = true;
      const cancel = whenIdle(
        () =>
          loadDetailedOutlines().then(
            () => {
              if (current) setDetailed(true);
            },
            () => {
              // the 1:110m outlines stay: coarser, but the whole area
            },
          ),
        { timeoutMs: 2500, fallbackMs: 800 },
      );
      return () => {
        current = false;
        cancel();
      };
    },
    [wanted, detailed],
  );
  return detailed;
}

/** The result drawn last for this area, system and part, whatever its range or vertices were. */
function lastOfSlot(
  results: ReadonlyMap<string, AreaReachResult>,
  slot: string,
): AreaReachResult | undefined {
  for (const [key, result] of results) if (key.startsWith(slot)) return result;
  return undefined;
}

function reachLayers(job: AreaReachJob, paths: ReachPaths, system: RingSystem, highlightedId: string | null) {
  const look = ringLookFor(job.systemId, highlightedId);
  const style = ringLookStyle(look);
  if (job.part !== 'range') {
    return [
      <Polyline
        key={job.key}
        positions={paths.outline}
        interactive={false}
        smoothFactor={0}
        pathOptions={{ color: system.color, weight: 1, dashArray: '4 4', opacity: style.bandEdgeOpacity }}
      />,
    ];
  }
  return [
    <Polygon
      key={job.key}
      positions={paths.fill}
      interactive={false}
      smoothFactor={0}
      pathOptions={{
        stroke: false,
        fillColor: system.color,
        fillOpacity: style.fillOpacity,
      }}
    />,
    <Polyline
      key={`${job.key}:outline`}
      positions={paths.outline}
      interactive={false}
      smoothFactor={0}
      pathOptions={ringOutlineOptions(system, look)}
    />,
  ];
}
