// The rings and ring labels of a launch point being dragged, drawn straight from the pointer move, with no
// React render: each move makes its rings where it is now (chords within a pixel, only the world copies near
// the view), sets the `d` of its SVG paths and moves its label markers, and the frame of that move shows them.
// Its layers are made once as the drag begins and kept to the drop; what React passes in (the systems, the
// zoom, the highlight, the others' labels) is taken with `set`, which draws again where the point is.
import { type Map as LeafletMap, type Marker, marker, type Renderer } from 'leaflet';
import type { LonLat } from '../geo';
import type { Site } from '../scenario';
import type { LabelPlaces } from './labelPlaces';
import { markRingsDrawn } from './markRingsDrawn';
import { movingRingParts } from './movingRingParts';
import { mapPane, PANES } from './panes';
import type { SiteLabels } from './placeRingLabels';
import type { RingLabel } from './RingLabels';
import { RingPath } from './RingPath';
import type { RingSystem } from './RingsLayer';
import { type RingDetail, type SiteRings, siteRingMaker } from './ringGeometry';
import { RING_LABELS_PANE, ringLabelIcon } from './ringLabelIcon';
import { ringLabelSpace } from './ringLabelSpace';
import { ringLookFor, ringLooks } from './ringLayerStyles';
import { ringsAllDrawn } from './ringsSettled';
import { type LabelLook, siteLabelsOf, siteRingLabels } from './siteRingLabels';
import { slideMarker } from './slideMarker';

/** The labels of every launch point (and mark) as placed last, at `zoom`; `moving` is the dragged one's index. */
export interface LabelsAround {
  places: LabelPlaces;
  sites: SiteLabels[];
  moving: number;
  zoom: number;
}

/** What the map's React layers tell the moving rings: all but the point's place. */
export interface MovingRingsSetting {
  /** The point as the scenario has it (its name, its place before the drag). */
  site: Site;
  /** Largest first, as the rings layer stacks them. */
  systems: readonly RingSystem[];
  labelLooks: ReadonlyMap<string, LabelLook>;
  zoom: number;
  highlightedId: string | null;
  /** Null while the others' labels are not placed yet: the dragged point's are not drawn either. */
  around: LabelsAround | null;
}

/** The most a moving ring's chord strays from the true ring, in pixels: the eye does not tell it from ½. */
export const MOVING_MAX_ERROR_PX = 1;

export class MovingSiteRings {
  private readonly paths = new Map<string, RingPath>();
  private readonly labels = new Map<string, { marker: Marker; label: RingLabel }>();
  /** Whether its paths have been drawn once, in their order: a path added later is stacked again. */
  private stacked = false;
  private setting: MovingRingsSetting;
  private at: LonLat;

  /** `at`: where the point is now (nothing is drawn before `set`). */
  constructor(
    private readonly map: LeafletMap,
    private readonly renderer: Renderer,
    setting: MovingRingsSetting,
    at: LonLat,
  ) {
    this.setting = setting;
    this.at = at;
    mapPane(map, RING_LABELS_PANE, PANES.labels.zIndex + 5, 'none');
  }

  /**
   * Its labels move from now to `remove` (the drop or the unmount): the country names need not follow each of
   * their placements meanwhile (PlaceLabels). Told once, as the drag's rings are put up, not at every move.
   */
  start(): void {
    ringLabelSpace(this.map).setMoving(true);
  }

  /** Takes what React passes now and draws the point where it is. */
  set(setting: MovingRingsSetting): void {
    this.setting = setting;
    this.draw(true);
  }

  /** The point is at `lonLat` now: its rings and labels are drawn there, in this task. */
  moveTo(lonLat: LonLat): void {
    if (lonLat[0] === this.at[0] && lonLat[1] === this.at[1]) return;
    this.at = lonLat;
    this.draw(false);
  }

  /** Takes its paths and labels off the map: the drop (the labels no longer move). */
  remove(): void {
    ringLabelSpace(this.map).setMoving(false);
    for (const path of this.paths.values()) path.remove();
    for (const { marker } of this.labels.values()) marker.remove();
    this.paths.clear();
    this.stacked = false;
    this.labels.clear();
  }

  /** `restyle`: the systems or the highlight may have changed (a move keeps every path's style). */
  private draw(restyle: boolean): void {
    const { site, systems, labelLooks, zoom, highlightedId, around } = this.setting;
    const moved: Site = { ...site, lonLat: this.at };
    const ringOf = siteRingMaker(this.at, systems, zoom, undefined, movingDetail(this.map));
    const rings = systems.map((_, i) => ringOf(i));
    const unused = new Set(this.paths.keys());
    const order: string[] = [];
    let added = false;
    rings.forEach((ring, r) => {
      const system = systems[r] as RingSystem;
      const looks = ringLooks(system.color, system.dash, ringLookFor(system.systemId, highlightedId));
      for (const part of movingRingParts(ring, looks)) {
        const key = `${system.systemId}:${part.id}`;
        unused.delete(key);
        order.push(key);
        const path = this.paths.get(key);
        if (path) {
          path.setRings(part.rings);
          if (restyle) path.setStyle(part.style);
          continue;
        }
        // largest ring first, each ring's parts bottom first: a new path goes on top, as it is added
        added = true;
        const made = new RingPath(part.rings, part.closed, {
          ...part.style,
          pane: PANES.rings.name,
          renderer: this.renderer,
          interactive: false, // a pointer dragging a point passes over its rings: they are not hovered
        });
        this.paths.set(key, made.addTo(this.map));
      }
    });
    // a path added among others (a ring whose fill and outline part or meet as it crosses the map's edge, a
    // system ticked meanwhile) is put back in its place in the stack, not left over the smaller rings
    if (added && this.stacked) for (const key of order) this.paths.get(key)?.bringToFront();
    this.stacked = true;
    for (const key of unused) {
      this.paths.get(key)?.remove();
      this.paths.delete(key);
    }
    this.placeLabels(moved, rings, labelLooks, zoom, around);
    markRingsDrawn();
    ringsAllDrawn(this.map);
  }

  private placeLabels(
    site: Site,
    rings: readonly SiteRings[],
    looks: ReadonlyMap<string, LabelLook>,
    zoom: number,
    around: LabelsAround | null,
  ): void {
    let labels: RingLabel[] = [];
    if (around && around.zoom === zoom) {
      // its name stays on the side it had when the drag began, as its marker shows it
      const placing = { ...siteLabelsOf(site, rings, looks), side: around.sites[around.moving]?.side };
      const anchors = around.places.placeMoving(around.zoom, around.sites, around.moving, placing);
      labels = siteRingLabels(site, rings, looks, anchors);
    }
    const unused = new Set(this.labels.keys());
    for (const label of labels) {
      unused.delete(label.key);
      const shown = this.labels.get(label.key);
      if (shown && sameInk(shown.label, label)) {
        if (shown.label.at[0] !== label.at[0] || shown.label.at[1] !== label.at[1])
          slideMarker(shown.marker, label.at);
        shown.label = label;
        continue;
      }
      shown?.marker.remove();
      const made = marker(label.at, {
        icon: ringLabelIcon(label),
        interactive: false,
        keyboard: false,
        pane: RING_LABELS_PANE,
      });
      this.labels.set(label.key, { marker: made.addTo(this.map), label });
    }
    for (const key of unused) {
      this.labels.get(key)?.marker.remove();
      this.labels.delete(key);
    }
  }
}

function sameInk(a: RingLabel, b: RingLabel): boolean {
  return a.text === b.text && a.name === b.name && a.color === b.color;
}

/** A moving ring's detail: coarser chords, and no world copy that stays a view's width away from the view. */
function movingDetail(map: LeafletMap): RingDetail {
  const view = map.getBounds();
  const west = view.getWest();
  const east = view.getEast();
  const width = east - west;
  return { maxErrorPx: MOVING_MAX_ERROR_PX, within: [west - width, east + width] };
}
