// Where the ring labels of all launch points go, as the rings layer asks for them render after render: placed
// again only when some rings were rebuilt (a zoom, other systems, a drop) or a label or a name changed, not
// on every render (hover, theme). While a launch point is dragged, only its own labels are placed, move by
// move, among the others' as they were when the drag began (a board, see placeSiteLabels): the cost of a
// move does not grow with the number of points that stay put. The drop places every label again. All keep
// clear of the launch areas' reach labels (`kept`), placed before them.
import type { LatLngTuple } from 'leaflet';
import {
  type LabelBoard,
  type LabelPointCache,
  labelBoard,
  placeRingLabels,
  placeSiteLabels,
  type RingLabelPlacement,
  ringLabelPlacement,
  type SiteLabels,
} from './placeRingLabels';
import type { ReachLabel } from './reachLabelBox';

type Anchors = (LatLngTuple | null)[][];

const NO_KEPT: readonly ReachLabel[] = [];

/** Labels placed so far, and whether that is all of them. */
export interface PlacedSoFar {
  at: Anchors;
  done: boolean;
  /** The share placed, 0 to 1. */
  share: number;
}

/** Enough for the tries of every label while a launch point is dragged for a while. */
const MAX_CACHED_LABEL_POINTS = 5000;

export class LabelPlaces {
  private last: { rings: readonly unknown[]; key: string; zoom: number; at: Anchors } | null = null;
  private board: { zoom: number; moving: number; count: number; board: LabelBoard; at: Anchors } | null =
    null;
  private readonly points: LabelPointCache = new Map();
  /** The reach labels the placement last asked for keeps clear of (done or under way): a drag's board too. */
  private kept: readonly ReachLabel[] = NO_KEPT;
  /** A placement under way (placeInSlices), for the rings and key it was started for. */
  private pending: { rings: readonly unknown[]; key: string; placement: RingLabelPlacement } | null = null;

  /**
   * The anchor of each label of each launch point (null: hidden). `rings` are the arrays drawn per launch
   * point (a new array: rebuilt); `moving` is the index of a launch point being dragged, or null.
   */
  place(rings: readonly unknown[], zoom: number, sites: SiteLabels[], moving: number | null): Anchors {
    const site = moving === null ? undefined : sites[moving];
    if (moving !== null && site) {
      const at = [...this.boardFor(zoom, sites, moving).at];
      at[moving] = this.placeMoving(zoom, sites, moving, site);
      return at;
    }
    return this.placeInSlices(rings, zoom, sites, () => true).at;
  }

  /**
   * The anchors of every launch point's labels (no point dragged), placed while `more()` says so and taken up
   * again, where they stopped, by the next call for the same rings and labels: the anchors of labels not
   * placed yet are null. Once done, the same as `place` (the same order: the same result). The labels keep
   * clear of the reach labels `kept`; left out, of those asked for last.
   */
  placeInSlices(
    rings: readonly unknown[],
    zoom: number,
    sites: SiteLabels[],
    more: () => boolean,
    kept: readonly ReachLabel[] = this.kept,
  ): PlacedSoFar {
    this.board = null;
    this.kept = kept;
    const key = JSON.stringify([zoom, sites, kept]);
    const last = this.last;
    if (last && last.key === key && sameItems(last.rings, rings))
      return { at: last.at, done: true, share: 1 };
    let pending = this.pending;
    if (!pending || pending.key !== key || !sameItems(pending.rings, rings)) {
      if (this.points.size > MAX_CACHED_LABEL_POINTS) this.points.clear();
      pending = { rings, key, placement: ringLabelPlacement(sites, zoom, this.points, kept) };
      this.pending = pending;
    }
    const { placement } = pending;
    if (!placement.run(more)) return { at: placement.anchors, done: false, share: placement.share() };
    this.pending = null;
    this.last = { rings, key, zoom, at: placement.anchors };
    return { at: placement.anchors, done: true, share: 1 };
  }

  /** The reach labels the placement last asked for keeps clear of. */
  keptClearOf(): readonly ReachLabel[] {
    return this.kept;
  }

  /**
   * The anchors of the labels of launch point `moving` alone, now at `site` (its place and labels while it is
   * dragged), among the others' in `sites` as they were placed last: the work of a move does not depend on how
   * many points stay put.
   */
  placeMoving(zoom: number, sites: SiteLabels[], moving: number, site: SiteLabels): (LatLngTuple | null)[] {
    if (this.points.size > MAX_CACHED_LABEL_POINTS) this.points.clear();
    return placeSiteLabels(this.boardFor(zoom, sites, moving).board, site, this.points);
  }

  /** The others' labels where they were before the drag (or placed now, after a zoom), as a board. */
  private boardFor(zoom: number, sites: SiteLabels[], moving: number) {
    const kept = this.board;
    if (kept && kept.zoom === zoom && kept.moving === moving && kept.count === sites.length) return kept;
    const before =
      this.last && this.last.zoom === zoom && this.last.at.length === sites.length
        ? this.last.at
        : placeRingLabels(sites, zoom, this.points, this.kept);
    const others = sites.filter((_, s) => s !== moving);
    const board = labelBoard(
      others,
      before.filter((_, s) => s !== moving),
      zoom,
      this.kept,
    );
    this.board = { zoom, moving, count: sites.length, board, at: before };
    return this.board;
  }
}

function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
