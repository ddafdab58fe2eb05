// A text summary of the map for screen readers (and anyone): which rings are drawn from where, in the
// chosen unit. What lies in reach is listed by the in-reach panel.
import type { DistanceUnit, LaunchArea, Site } from '../scenario';
import { areaName, formatRange } from '../scenario';
import type { SystemEntry } from './systemEntry';

export function ringsSummaryText(
  sites: Site[],
  systems: SystemEntry[],
  units: DistanceUnit,
  areas: readonly LaunchArea[] = [],
): string {
  const base = siteRingsText(sites, systems, units);
  if (areas.length === 0 || systems.length === 0) return base;
  const names = areas.map(areaName).join(', ');
  const reach = `Reach from anywhere in ${names}: ${systems.map((s) => `${s.name} (about ${formatRange(s, units)})`).join(', ')}.`;
  return sites.length === 0 ? reach : `${base} ${reach}`;
}

function siteRingsText(sites: Site[], systems: SystemEntry[], units: DistanceUnit): string {
  if (sites.length === 0) return 'No launch point: no range ring is drawn.';
  if (systems.length === 0) return `No system is shown for ${sites.map((s) => s.label).join(', ')}.`;
  const rings = systems.map((s) => `${s.name} (about ${formatRange(s, units)})`).join(', ');
  const from = sites.map((s) => s.label).join('; ');
  return `Range rings of ${rings}, drawn from ${sites.length === 1 ? '' : `${sites.length} launch points: `}${from}.`;
}

export function RingsSummary(props: {
  sites: Site[];
  systems: SystemEntry[];
  units: DistanceUnit;
  areas?: readonly LaunchArea[];
}) {
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="rings-summary">
      {ringsSummaryText(props.sites, props.systems, props.units, props.areas)}
    </p>
  );
}
