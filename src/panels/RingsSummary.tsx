// A text summary of the map for screen readers (and anyone): which rings are drawn from where, in the
// chosen unit, what each launch area's reach covers (the count of cities and the farthest, once the places are
// loaded), and the marked places by name. The in-reach and marks panels list the places.
import type { OutlineScale, Place } from '../data';
import type { DistanceUnit, LaunchArea, Mark, Site } from '../scenario';
import { areaName, formatDistance, formatRange, launchAreaSource } from '../scenario';
import { areaPlacesInReach } from './areaPlacesInReach';
import type { SystemEntry } from './systemEntry';
import { useDetailedOutlines } from './useDetailedOutlines';

export interface AreaSummaryOptions {
  /** The gazetteer, when loaded: then each reach says how many cities it covers and the farthest. */
  places?: readonly Place[] | null;
  /** The outline the map measures from. Default 1:110m. */
  scale?: OutlineScale;
}

export function ringsSummaryText(
  sites: Site[],
  systems: SystemEntry[],
  units: DistanceUnit,
  areas: readonly LaunchArea[] = [],
  options: AreaSummaryOptions = {},
): string {
  const base = siteRingsText(sites, systems, units);
  if (areas.length === 0 || systems.length === 0) return base;
  const reach = areas.map((area) => areaReachText(area, systems, units, options)).join(' ');
  return sites.length === 0 ? reach : `${base} ${reach}`;
}

function siteRingsText(sites: Site[], systems: SystemEntry[], units: DistanceUnit): string {
  if (sites.length === 0) return 'No launch point: no range ring is drawn.';
  if (systems.length === 0) return `No system is shown for ${sites.map((s) => s.label).join(', ')}.`;
  const rings = systems.map((s) => `${s.name} (about ${formatRange(s, units)})`).join(', ');
  const from = sites.map((s) => s.label).join('; ');
  return `Range rings of ${rings}, drawn from ${sites.length === 1 ? '' : `${sites.length} launch points: `}${from}.`;
}

// "Tomahawk's reach from Ukraine (about 1,600 km) covers 1,492 cities …, as far as Lyon (1,598 km) and …"
function areaReachText(
  area: LaunchArea,
  systems: SystemEntry[],
  units: DistanceUnit,
  { places, scale = '110m' }: AreaSummaryOptions,
): string {
  const name = areaName(area);
  const source = places ? launchAreaSource(area, scale) : undefined;
  let lists: ReturnType<typeof areaPlacesInReach> | null = null;
  if (source && places) {
    try {
      lists = areaPlacesInReach(
        source.geometry,
        systems.map((s) => s.rangeKm),
        places,
        false,
      );
    } catch {
      lists = null; // the in-reach panel says why; the summary still says the range
    }
  }
  return systems
    .map((system, i) => {
      const head = `${system.name}'s reach from ${name} (about ${formatRange(system, units)})`;
      const found = lists?.[i];
      if (!found) return `${head} covers every point within that distance of it.`;
      if (found.length === 0) return `${head} covers no city of 100,000 people or more outside it.`;
      const farthest = found
        .slice(-2)
        .reverse()
        .map((f) => `${f.place.name} (${formatDistance(f.distanceM / 1000, units)})`)
        .join(' and ');
      const count = `${found.length.toLocaleString()} ${found.length === 1 ? 'city' : 'cities'}`;
      return `${head} covers ${count} of 100,000 people or more outside it, as far as ${farthest}.`;
    })
    .join(' ');
}

export function RingsSummary(props: {
  sites: Site[];
  systems: SystemEntry[];
  units: DistanceUnit;
  areas?: readonly LaunchArea[];
  places?: readonly Place[] | null;
  marks?: readonly Mark[];
}) {
  const detailed = useDetailedOutlines((props.areas?.length ?? 0) > 0);
  const marks = props.marks ?? [];
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="rings-summary">
      {ringsSummaryText(props.sites, props.systems, props.units, props.areas, {
        places: props.places,
        scale: detailed ? '50m' : '110m',
      })}
      {marks.length > 0 && ` Marked: ${marks.map((mark) => mark.label).join('; ')}.`}
    </p>
  );
}
