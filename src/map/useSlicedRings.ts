// The rings layer's rings, made within a time budget (RingJob): what the render that asks for them cannot make
// in RENDER_BUDGET_MS is made in slices, in tasks of their own between frames, while the rings drawn before
// stay on the map (Web Mercator coordinates: after a zoom they are drawn rescaled); the map takes the new
// rings in one render once all are made, so the canvas is redrawn once, not per slice (a heavy map's canvas
// is itself painted in slices, see slicedPainting). The default map is made within the budget, in the render
// of the change, as before; a job too large to be made there is made all in slices (RingJob.startInRender).
import type { Map as LeafletMap } from 'leaflet';
import { useEffect, useRef, useState } from 'react';
import type { Site } from '../scenario';
import { nextTask } from './nextTask';
import { RingJob, type SiteRingsOf } from './RingJob';
import type { RingCache, RingDetail, RingSpec, SiteRings } from './ringGeometry';
import { ringsUnderWay } from './ringsSettled';

/** Rings made in the render itself; past it, the rest comes in slices. */
const RENDER_BUDGET_MS = 40;
/** One slice: well within the 50 ms after which a task delays what the user does. */
const SLICE_MS = 40;

export interface SlicedRings {
  /** The rings to draw: the new ones where made, else those drawn before at the same launch point. */
  bySite: SiteRingsOf[];
  /** All rings are made: `bySite` is what the map shows once done. */
  complete: boolean;
  /** The last complete set and the zoom it was made for: the labels are placed for it. */
  labelled: { bySite: SiteRingsOf[]; zoom: number } | null;
}

interface Made {
  job: RingJob;
  /** The rings used by this job (the cache's next content, see carryOver). */
  used: Map<string, SiteRings>;
}

/** A ring cache that reads the kept rings and notes those used now. */
function carryOver(last: Map<string, SiteRings>, next: Map<string, SiteRings>): RingCache {
  return {
    get(key) {
      const rings = last.get(key) ?? next.get(key);
      if (rings) next.set(key, rings);
      return rings;
    },
    set: (key, rings) => next.set(key, rings),
  };
}

/**
 * `detail`, when given, is read as a job starts (a new launch point's place, system or zoom); a new `maxErrorPx`
 * starts a job of its own (an export drawn at a higher pixel density).
 */
export function useSlicedRings(
  map: LeafletMap,
  sites: Site[],
  specs: RingSpec[],
  zoom: number,
  detail?: RingDetail,
): SlicedRings {
  const cache = useRef(new Map<string, SiteRings>());
  const made = useRef<Made | null>(null);
  const shown = useRef(new Map<string, SiteRingsOf>());
  const out = useRef<{ job: RingJob; value: SlicedRings } | null>(null);
  const lastComplete = useRef<SlicedRings['labelled']>(null);
  const [, setProgress] = useState(0);

  let now = made.current;
  if (
    !now ||
    now.job.sites !== sites ||
    now.job.specs !== specs ||
    now.job.zoom !== zoom ||
    now.job.detail?.maxErrorPx !== detail?.maxErrorPx
  ) {
    const used = new Map<string, SiteRings>();
    const job = new RingJob(sites, specs, zoom, carryOver(cache.current, used), detail);
    job.startInRender(performance.now() + RENDER_BUDGET_MS);
    now = { job, used };
    made.current = now;
  }
  const { job } = now;
  // A render while the slices are under way (the app's, a hover's) shows what the job's own render showed: the
  // rings made since are taken all at once when the last is made. Taken there, a part of them was painted anew
  // in slices of its own that held the rest back, and with them the labels, placed only for all the rings.
  if (!out.current || out.current.job !== job || out.current.value.complete !== job.complete) {
    const complete = job.complete;
    if (complete) keepUsed(cache, now.used);
    const bySite = sites.map((site, s): SiteRingsOf => {
      const rings = job.ringsOf(s);
      if (rings) return { site, rings };
      return { site, rings: ringsBefore(shown.current.get(site.id), site, specs) };
    });
    shown.current = new Map(bySite.map((of) => [of.site.id, of]));
    if (complete) lastComplete.current = { bySite, zoom };
    else if (lastComplete.current) {
      // the labels of launch points that are still there, as they were placed
      const ids = new Set(sites.map((s) => s.id));
      const kept = lastComplete.current.bySite.filter((of) => ids.has(of.site.id));
      if (kept.length < lastComplete.current.bySite.length)
        lastComplete.current = { bySite: kept, zoom: lastComplete.current.zoom };
    }
    out.current = { job, value: { bySite, complete, labelled: lastComplete.current } };
  }

  useEffect(
    function makeTheRestInSlices() {
      if (job.complete) return;
      const slice = () => {
        const done = job.run(performance.now() + SLICE_MS);
        ringsUnderWay(map, job.sitesDone / job.sites.length);
        if (done) setProgress((n) => n + 1);
        else cancel = nextTask(slice);
      };
      ringsUnderWay(map, job.sitesDone / job.sites.length);
      let cancel = nextTask(slice);
      return () => cancel();
    },
    [job, map],
  );

  return out.current.value;
}

/**
 * What was drawn before at a launch point, for the systems still shown: kept on the map until its new rings
 * are made. Nothing when the point has moved.
 */
function ringsBefore(before: SiteRingsOf | undefined, site: Site, specs: readonly RingSpec[]): SiteRings[] {
  if (!before || before.site.lonLat[0] !== site.lonLat[0] || before.site.lonLat[1] !== site.lonLat[1])
    return [];
  const bySystem = new Map(before.rings.map((r) => [r.systemId, r]));
  return specs.flatMap((spec) => {
    const ring = bySystem.get(spec.systemId);
    return ring && ring.rangeKm === spec.rangeKm ? [ring] : [];
  });
}

/**
 * What is drawn now is kept, and what was drawn before too (a system unticked and ticked again), up to a few
 * times as much; past that, only what is drawn now (a long drag leaves a ring per move).
 */
function keepUsed(cache: { current: Map<string, SiteRings> }, used: Map<string, SiteRings>): void {
  if (cache.current === used) return;
  if (cache.current.size + used.size > 4 * used.size + 200) cache.current = used;
  else for (const [key, rings] of used) cache.current.set(key, rings);
}
