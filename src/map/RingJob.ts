// The rings of every launch point at one zoom, made a ring at a time up to a deadline, so that the heaviest map
// (thousands of rings) is made in slices of a few tens of milliseconds with the page answering in between,
// where making it in one go held the main thread for seconds. A small map is done within its first slice.
import type { Site } from '../scenario';
import { RENDER_RINGS_MAX } from './renderRingsMax';
import {
  type RingCache,
  type RingDetail,
  type RingSpec,
  type SiteRings,
  siteRingMaker,
} from './ringGeometry';

export interface SiteRingsOf {
  site: Site;
  rings: SiteRings[];
}

export class RingJob {
  /** The rings of each launch point once all of its rings are made. */
  private readonly made: (SiteRings[] | undefined)[];
  private site = 0;
  private ring = 0;
  private current: SiteRings[] = [];
  private ringOf: ((i: number) => SiteRings) | undefined;

  constructor(
    readonly sites: readonly Site[],
    readonly specs: readonly RingSpec[],
    readonly zoom: number,
    private readonly cache: RingCache,
    readonly detail?: RingDetail,
  ) {
    this.made = sites.map(() => undefined);
  }

  get complete(): boolean {
    return this.site >= this.sites.length;
  }

  /** How many launch points have all their rings made. */
  get sitesDone(): number {
    return this.site;
  }

  /** The rings of launch point `s` when they are all made, else undefined. */
  ringsOf(s: number): SiteRings[] | undefined {
    return this.made[s];
  }

  /**
   * Makes what the render that asked for the rings may make: all of a job of at most RENDER_RINGS_MAX rings, up to
   * `deadlineMs` (see run); nothing of a larger one, whose part made there would only lengthen the task that asked
   * (the heaviest map's mount or zoom click) while the picture waits for the rest. True when all are made.
   *
   * @example
   * if (!job.startInRender(performance.now() + 40)) nextTask(() => job.run(performance.now() + 40));
   */
  startInRender(deadlineMs: number): boolean {
    if (this.sites.length * this.specs.length > RENDER_RINGS_MAX) return this.complete;
    return this.run(deadlineMs);
  }

  /** Makes rings until all are made (true) or `deadlineMs` (performance.now()) has passed (false); at least one. */
  run(deadlineMs: number): boolean {
    while (this.site < this.sites.length) {
      const site = this.sites[this.site] as Site;
      this.ringOf ??= siteRingMaker(site.lonLat, this.specs, this.zoom, this.cache, this.detail);
      while (this.ring < this.specs.length) {
        this.current.push(this.ringOf(this.ring++));
        if (this.ring < this.specs.length && performance.now() > deadlineMs) return false;
      }
      this.made[this.site++] = this.current;
      this.current = [];
      this.ring = 0;
      this.ringOf = undefined;
      if (this.site < this.sites.length && performance.now() > deadlineMs) return false;
    }
    return true;
  }
}
