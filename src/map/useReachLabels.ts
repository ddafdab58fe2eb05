// Where a map's launch area reach labels go at its zoom (placeReachLabels): each range's label clear of the
// others' and of the launch points and marked places, larger ranges first; published for the ring labels,
// which are placed around them (reachLabelsOf).
import type { LatLngTuple } from 'leaflet';
import { useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import type { AreaReachJob, Mark, Site } from '../scenario';
import { placeReachLabels } from './placeReachLabels';
import type { SiteLabels } from './placeRingLabels';
import type { RingSystem } from './RingsLayer';
import { reachLabel } from './reachLabel';
import type { ReachLabel } from './reachLabelBox';
import { reachLabelsOf } from './reachLabelsOf';
import type { ReachPaths } from './reachPaths';
import type { NameSidesAt } from './siteNameSides';
import { toLatLng } from './toLatLng';
import { useMapZoom } from './useMapZoom';

/** A reach label placed, with the places it is written at: its reach's own world copy and one west and east. */
export interface PlacedReachLabel {
  key: string;
  system: RingSystem;
  label: ReachLabel;
  copies: { dLon: number; at: LatLngTuple }[];
}

interface KeepClearOf {
  /** A ring's label ("Tomahawk · 1,600 km"): a reach's label takes its range from it. */
  labelOf?: ((system: RingSystem) => string) | undefined;
  sites: readonly Site[];
  /** The side of each launch point's name at a zoom, as LaunchMarkers draws it. */
  nameSides?: NameSidesAt | undefined;
  marks: readonly Mark[];
}

const COPIES = [-360, 0, 360];

/**
 * The labels of the drawn reaches (a range's, not a band's ends), placed at the map's zoom.
 *
 * @example
 * const labels = useReachLabels(drawn, systemById, { labelOf, sites, nameSides, marks });
 */
export function useReachLabels(
  drawn: readonly { job: AreaReachJob; paths: ReachPaths }[],
  systemById: ReadonlyMap<string, RingSystem>,
  { labelOf, sites, nameSides, marks }: KeepClearOf,
): PlacedReachLabel[] {
  const map = useMap();
  const zoom = useMapZoom();
  // each range's label where it is clear of the others' and of the launch points, larger ranges first
  const labels = useMemo((): PlacedReachLabel[] => {
    const wanted = drawn.flatMap(({ job, paths }) => {
      const system = systemById.get(job.systemId);
      if (!system || job.part !== 'range') return [];
      const text = reachLabel(system, job.areaLabel, labelOf);
      return [
        { job, system, reach: { runs: paths.runs, anchor: paths.anchor, below: paths.labelBelow, text } },
      ];
    });
    if (wanted.length === 0) return [];
    wanted.sort((a, b) => b.system.rangeKm - a.system.rangeKm);
    const sides = nameSides?.(zoom);
    // the launch points and the marked places, as the ring labels keep clear of them (RingsLayer)
    const points: SiteLabels[] = sites.map((site) => ({
      center: site.lonLat,
      name: site.label,
      side: sides?.get(site.id),
      labels: [],
    }));
    for (const mark of marks) points.push({ center: mark.lonLat, name: mark.label, labels: [] });
    const placed = placeReachLabels(
      wanted.map((w) => w.reach),
      zoom,
      points,
    );
    return wanted.flatMap(({ job, system }, i) => {
      const label = placed[i];
      if (!label) return [];
      const copies = COPIES.map((dLon) => ({ dLon, at: toLatLng([label.at[0] + dLon, label.at[1]]) }));
      return [{ key: job.key, system, label, copies }];
    });
  }, [drawn, systemById, labelOf, zoom, sites, nameSides, marks]);
  useEffect(
    function letTheRingLabelsKeepClear() {
      // no label, no zoom: a map with no areas does not re-render its rings layer on each zoom for this
      reachLabelsOf(map).set(
        labels.map(({ label }): ReachLabel => label),
        labels.length > 0 ? zoom : null,
      );
    },
    [map, labels, zoom],
  );
  useEffect(
    function forgetTheLabelsOnUnmount() {
      return () => reachLabelsOf(map).set([], null);
    },
    [map],
  );
  return labels;
}
