// The ring labels of one launch point, as the label placement takes them (SiteLabels) and as the map draws
// them once placed (RingLabel): the same for the points that stay put and for one being dragged.
import type { LatLngTuple } from 'leaflet';
import type { Site } from '../scenario';
import type { SiteLabels } from './placeRingLabels';
import type { RingLabel } from './RingLabels';
import type { SiteRings } from './ringGeometry';

/** A system's label as it reads at every launch point: its text, the name in it and its ink. */
export interface LabelLook {
  text: string;
  name: string;
  color: string;
}

/** What placeRingLabels takes of a launch point and its drawn rings (a ring whose system has no look has no label). */
export function siteLabelsOf(
  site: Site,
  rings: readonly SiteRings[],
  looks: ReadonlyMap<string, LabelLook>,
): SiteLabels {
  return {
    center: site.lonLat,
    name: site.label,
    labels: labelledRings(rings, looks).map(({ ring, look }) => ({ rangeKm: ring.rangeKm, text: look.text })),
  };
}

/** The labels to draw of a launch point's rings, at the anchors placed for them (null: hidden). */
export function siteRingLabels(
  site: Site,
  rings: readonly SiteRings[],
  looks: ReadonlyMap<string, LabelLook>,
  anchors: readonly (LatLngTuple | null)[] | undefined,
): RingLabel[] {
  return labelledRings(rings, looks).flatMap(({ ring, look }, i) => {
    const at = anchors?.[i];
    // no clear place: hidden, the legend still names the ring
    return at ? [{ key: `${site.id}:${ring.systemId}`, at, ...look, system: ring.systemId }] : [];
  });
}

function labelledRings(rings: readonly SiteRings[], looks: ReadonlyMap<string, LabelLook>) {
  return rings.flatMap((ring) => {
    const look = looks.get(ring.systemId);
    return look ? [{ ring, look }] : [];
  });
}
