// The rings of a launch point not added yet, made while the user chooses where it goes (the coordinates typed in
// the search, or the place its Enter would add), in the page's idle time: the add then finds them kept
// (ringGeometry) in the Web Mercator coordinates they are drawn from, and its key shows the point with its rings
// in the next frame, where making them there made that key's task too long for one frame.
import type { LonLat } from '../geo';
import { checkLonLat } from '../scenario';
import { nextTask } from './nextTask';
import { type RingSpec, type SiteRings, siteRingMaker } from './ringGeometry';

/** Past this many systems, nothing is made ahead: the rings kept for other points would make room for a guess. */
export const AHEAD_SYSTEMS_MAX = 12;
/** Where the page has no idle callbacks: what one task may spend. */
const TASK_BUDGET_MS = 4;
/** A page that is never idle (a gazetteer loading as the user types) makes a ring per task after this long. */
const IDLE_WAIT_MS = 50;

interface Drawing {
  specs: readonly RingSpec[];
  zoom: number;
}

const drawings = new Set<Drawing>();
let stop: (() => void) | undefined;

/**
 * A rings layer says which systems it draws and at what zoom, for as long as it does (call what it returns to
 * take it back): rings ahead are made for them.
 *
 * @example
 * useEffect(() => drawsRings(specs, zoom), [specs, zoom]);
 */
export function drawsRings(specs: readonly RingSpec[], zoom: number): () => void {
  const drawing = { specs, zoom };
  drawings.add(drawing);
  return () => {
    drawings.delete(drawing);
  };
}

/**
 * Makes, in idle time, the rings a launch point added at `lonLat` would have on each map that draws rings
 * (drawsRings). A new call, or null, drops what the last call had not made yet. Once all are made, a
 * 'rings-ahead' performance mark tells where (its detail's `lonLat`).
 *
 * @example
 * makeRingsAhead([36.23, 49.99]); // as the user types "49.99 36.23"
 */
export function makeRingsAhead(lonLat: LonLat | null): void {
  stop?.();
  stop = undefined;
  if (!lonLat) return;
  // where addSite will put it, to the last bit: the kept rings are found by their centre
  const checked = checkLonLat(lonLat[0], lonLat[1]);
  if ('reason' in checked) return;
  const center = checked.lonLat;
  const jobs = [...drawings].filter((d) => d.specs.length > 0 && d.specs.length <= AHEAD_SYSTEMS_MAX);
  if (jobs.length === 0) return;
  let job = 0;
  let ring = 0;
  let ringOf: ((i: number) => SiteRings) | undefined;
  stop = whenIdle((timeLeftMs) => {
    do {
      const drawing = jobs[job];
      if (!drawing) {
        performance.mark('rings-ahead', { detail: { lonLat: center } });
        return true;
      }
      ringOf ??= siteRingMaker(center, drawing.specs, drawing.zoom);
      ringOf(ring++); // kept by ringGeometry, where the add finds it
      if (ring >= drawing.specs.length) {
        job++;
        ring = 0;
        ringOf = undefined;
      }
    } while (timeLeftMs() > 1);
    return false;
  });
}

/** Runs `work` in idle periods until it returns true (done); returns a function that stops it. */
function whenIdle(work: (timeLeftMs: () => number) => boolean): () => void {
  let cancel: () => void = () => undefined;
  const idle = typeof requestIdleCallback === 'function';
  const next = () => {
    if (idle) {
      const handle = requestIdleCallback(
        (deadline) => {
          if (!work(() => deadline.timeRemaining())) next();
        },
        { timeout: IDLE_WAIT_MS },
      );
      cancel = () => cancelIdleCallback(handle);
    } else {
      cancel = nextTask(() => {
        const end = performance.now() + TASK_BUDGET_MS;
        if (!work(() => end - performance.now())) next();
      });
    }
  };
  next();
  return () => cancel();
}
